package dev.ilrsh.rules.catalog;

import dev.ilrsh.rules.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One validation rule in the catalog.
 *
 * @param name the name exactly as the DfE spreadsheet writes it ({@code R59}, {@code ULN_04},
 *     {@code LearnDelFamType_92})
 * @param aliases other spellings that name the same rule (a corrected typo, a former name)
 * @param category the spreadsheet sheet the rule is on ({@code Cross Record Rules}, {@code Learner} …)
 * @param entity the ILR entity the rule is about; several joined by {@code +}
 * @param fields the fields the rule reads, as {@code Entity.Field}
 * @param status {@code active}, {@code change}, {@code new}, {@code delete} or {@code system rule}
 * @param severity error or warning
 * @param onlineOnly whether the DfE runs it only in the online service
 * @param availability whether ilrsh can run it offline, and if not why
 * @param needs reference data the rule needs ({@code LARS}, {@code ULN register}, {@code postcodes},
 *     {@code organisations}, {@code contract allocations}, {@code EPA organisations}, {@code employer register} …)
 * @param demand what the rule's logic asks of which field, when the catalog says
 * @param summary ilrsh's one-line summary of what the rule checks
 * @param explanation the fuller explanation (markdown) when ilrsh has one
 * @param officialMessage the DfE's error message, when the user has imported the rules spreadsheet
 */
public record RuleEntry(String name, List<String> aliases, String category, String entity, List<String> fields,
		String status, Severity severity, boolean onlineOnly, Availability availability, List<String> needs,
		Optional<RuleDemand> demand, String summary, Optional<String> explanation, Optional<String> officialMessage) {

	public RuleEntry {
		Objects.requireNonNull(name, "name");
		aliases = List.copyOf(aliases);
		fields = List.copyOf(fields);
		needs = List.copyOf(needs);
		demand = demand == null ? Optional.empty() : demand;
		Objects.requireNonNull(summary, "summary");
		explanation = explanation == null ? Optional.empty() : explanation;
		officialMessage = officialMessage == null ? Optional.empty() : officialMessage;
	}

	/** Whether the rule was deleted for this year. */
	public boolean deleted() {
		return availability == Availability.DELETED;
	}

	/** Whether ilrsh can run the rule against a file on its own. */
	public boolean runsOffline() {
		return availability == Availability.OFFLINE;
	}

	/**
	 * Why ilrsh cannot run the rule, in a few words ({@code needs LARS}, {@code runs only online (needs contract
	 * allocations)}, {@code deleted for 2025-26}); empty when it can.
	 */
	public Optional<String> whyNotRunnable() {
		String needed = String.join(", ", needs);
		return switch (availability) {
			case OFFLINE -> Optional.empty();
			case REFERENCE_DATA -> Optional.of("needs " + (needed.isEmpty() ? "reference data" : needed));
			case ONLINE_ONLY -> Optional.of(availability.description() + (needed.isEmpty() ? "" : " (needs " + needed + ")"));
			case SUBMISSION_ONLY, DELETED -> Optional.of(availability.description());
		};
	}

	/** This entry with the DfE's message attached (from an imported spreadsheet). */
	public RuleEntry withOfficialMessage(String message) {
		return new RuleEntry(name, aliases, category, entity, fields, status, severity, onlineOnly, availability, needs,
				demand, summary, explanation, Optional.ofNullable(message).filter(m -> !m.isBlank()));
	}
}

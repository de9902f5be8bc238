package dev.ilrsh.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One rule broken at one place in a file.
 *
 * @param rule the official rule name ({@code R59}), or {@code Schema} for a problem the reader met
 * @param severity error or warning
 * @param learnRefNumber the learner concerned, or null for file-level findings
 * @param uln that learner's ULN, or null
 * @param aimSeqNumber the aim concerned, or null for learner-level findings
 * @param learnAimRef that aim's reference, or null
 * @param swSupAimId that aim's software supplier identifier, or null
 * @param fundModel that aim's funding model, or null
 * @param fields the values that broke the rule, by ILR element name, in the order the rule lists them; null values
 *     are fields that are absent
 * @param message what is wrong here, in plain words
 * @param line the line of the entity the finding is on (0 when not known)
 */
public record Finding(String rule, Severity severity, String learnRefNumber, Long uln, Integer aimSeqNumber,
		String learnAimRef, String swSupAimId, Integer fundModel, Map<String, Object> fields, String message,
		int line) {

	public Finding {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** The field values as the rule-violation report writes them: {@code CompStatus=2|AchDate=}. */
	public String fieldText() {
		StringJoiner text = new StringJoiner("|");
		fields.forEach((name, value) -> text.add(name + "=" + (value == null ? "" : value)));
		return text.toString();
	}

	/** One line for people: rule, where, what. */
	public String describe() {
		StringBuilder b = new StringBuilder(rule).append(' ').append(severity.label().toLowerCase());
		if (learnRefNumber != null) {
			b.append(", learner ").append(learnRefNumber);
		}
		if (aimSeqNumber != null) {
			b.append(", aim ").append(aimSeqNumber);
		}
		return b.append(": ").append(message).toString();
	}
}

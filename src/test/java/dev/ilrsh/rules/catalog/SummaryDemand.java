package dev.ilrsh.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists the catalog's summaries whose wording does not carry the rule's demand: the condition of the {@code demand}
 * column (must be returned, must not be returned, not a valid code, not before …) is not among the conditions the
 * summary's words make, or the field the demand falls on is not named. A maintenance tool, not a test:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:LIBS dev.ilrsh.rules.catalog.SummaryDemand [--field]
 * </pre>
 */
final class SummaryDemand {

	private SummaryDemand() {
	}

	/** Why a summary does not carry its rule's demand, or empty when it does (or the rule has no demand). */
	static Optional<String> gap(RuleEntry e, boolean field) {
		if (e.demand().isEmpty()) {
			return Optional.empty();
		}
		RuleDemand d = e.demand().get();
		String condition = FieldSynonyms.conditionToken(d.condition());
		List<FieldSynonyms.Found> found = FieldSynonyms.findSpelledOut(e.summary());
		Set<String> tokens = found.stream().map(FieldSynonyms.Found::token).collect(Collectors.toSet());
		List<String> gaps = new ArrayList<>();
		// an age ("under 19", "aged 25 or over") is what a rule on the date of birth asks, whatever the condition
		boolean age = d.field().filter("DateOfBirth"::equals).isPresent()
				&& FieldSynonyms.spelledOut(e.summary()).contains("(learner's age)");
		if (!tokens.contains(condition) && !age) {
			gaps.add("no " + condition);
		}
		if (field && d.field().isPresent()) {
			Set<String> held = tokens.stream().map(FieldSynonyms::holder).collect(Collectors.toSet());
			if (!held.contains(d.field().get()) && !tokens.contains(d.field().get())) {
				gaps.add("no " + d.field().get());
			}
		}
		return gaps.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", gaps));
	}

	public static void main(String[] args) {
		boolean field = List.of(args).contains("--field");
		int n = 0;
		for (RuleEntry e : RuleCatalog.loadBundled().all()) {
			if (e.deleted() && !List.of(args).contains("--deleted")) {
				continue;
			}
			Optional<String> gap = gap(e, field);
			if (gap.isPresent()) {
				n++;
				System.out.println(e.name() + "\t" + e.demand().map(d -> d.field().orElse("") + " " + d.condition())
					.orElse("") + "\t" + gap.get() + "\t" + e.summary());
			}
		}
		System.err.println(n + " summaries do not carry their demand");
	}
}

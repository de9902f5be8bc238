package dev.ilrsh.rules.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link Explainer#explain(String)} made of the user's input.
 *
 * @param input the input as given
 * @param kind what the input was taken to be
 * @param best the rule that fits best, if any
 * @param candidates the next candidates, best first (never includes {@code best})
 * @param reportLine the parsed rule-violation report line, when the input was one
 */
public record Explanation(String input, Kind kind, Optional<RuleMatch> best, List<RuleMatch> candidates,
		Optional<ReportLine> reportLine) {

	/** What the input was taken to be. */
	public enum Kind {
		/** A rule name in some spelling, or text containing one. */
		RULE_NAME,
		/** A line of the rule-violation report: rule, {@code Field=value|…}, message. */
		REPORT_LINE,
		/** Free text: a pasted message or a description in the user's words. */
		TEXT
	}

	public Explanation {
		candidates = List.copyOf(candidates);
	}

	/** The field values from a pasted report line, in order; empty otherwise. */
	public Map<String, String> fieldValues() {
		return reportLine.map(ReportLine::values).orElse(Map.of());
	}

	/** Whether a rule was found. */
	public boolean found() {
		return best.isPresent();
	}
}

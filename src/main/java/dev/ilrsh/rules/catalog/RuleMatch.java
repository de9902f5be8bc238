package dev.ilrsh.rules.catalog;

/**
 * A rule found by {@link Explainer}.
 *
 * @param rule the rule
 * @param how how it was found
 * @param score the search score (for a name or an exact official message, 0)
 * @param percent how close it is to the best match, in percent of the best score (the best match is 100)
 */
public record RuleMatch(RuleEntry rule, How how, double score, int percent) {

	/** How a rule was found. */
	public enum How {
		/** The input named the rule (in any spelling). */
		NAME,
		/** The input is the rule's imported official message, give or take case, spacing and a full stop. */
		MESSAGE,
		/** Full-text search over names, summaries, explanations, fields and messages. */
		SEARCH
	}
}

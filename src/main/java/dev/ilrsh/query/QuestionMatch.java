package dev.ilrsh.query;

import java.util.List;

/**
 * How free words matched the question catalog.
 *
 * @param best the question the words ask, or null when none fits well enough
 * @param ranked every question that shares a word with them, best first, at most three
 */
public record QuestionMatch(Question best, List<Scored> ranked) {

	/**
	 * A question and how well it matched.
	 *
	 * @param score Lucene's relevance score over title, synonyms and description
	 * @param coverage the share of the meaningful query words (after stemming, without filler such as "show",
	 *        "learners", "who") found in the question's text, from 0 to 1
	 */
	public record Scored(Question question, float score, double coverage) {
	}
}

package dev.ilrsh.query;

import dev.ilrsh.render.Table;
import java.util.List;

/**
 * What {@code ask} returns.
 *
 * @param question the question answered, or null when nothing fitted the words well enough
 * @param table the answer; empty when no question was answered
 * @param nearest when no question fitted: the three nearest, best first (otherwise the runners-up)
 */
public record AskResult(Question question, Table table, List<QuestionMatch.Scored> nearest) {

	public boolean answered() {
		return question != null;
	}
}

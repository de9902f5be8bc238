package dev.ilrsh.query;

import dev.ilrsh.render.Table;
import java.util.List;

/**
 * What {@code ask} returns.
 *
 * @param reading how the words were read; when it is not sure, it holds the readings to offer instead
 * @param table the answer; empty when nothing was answered
 * @param learners how many learners the conditions selected (all of them when there are none)
 * @param unmatched when nothing matched: the conditions that hold for no learner in the file on their own
 */
public record AskResult(Reading reading, Table table, int learners, List<Condition> unmatched) {

	public AskResult {
		unmatched = List.copyOf(unmatched);
	}

	public boolean answered() {
		return reading.sure();
	}

	/** The named question answered, or null for a plain list or no answer. */
	public Question question() {
		return reading.question();
	}
}

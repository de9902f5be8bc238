package dev.ilrsh.query;

import dev.ilrsh.index.Target;
import dev.ilrsh.render.Table;

/**
 * What {@link Finder#find} returns.
 *
 * @param table the hits shown, at most the limit asked for
 * @param totalHits how many documents matched in all
 * @param target what was searched
 */
public record FindResult(Table table, long totalHits, Target target) {

	/** True when more matched than the table shows. */
	public boolean truncated() {
		return totalHits > table.size();
	}
}

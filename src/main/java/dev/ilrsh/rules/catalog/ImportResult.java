package dev.ilrsh.rules.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link RulesImporter#importFile(Path)} did.
 *
 * @param source the file read
 * @param year the collection year the messages were stored for ({@code 2025-26})
 * @param savedTo where the messages were written
 * @param messages how many rules got a message
 * @param sheets the sheets (for a CSV, the file name) that held a rule table
 * @param rowsRead rule rows read
 * @param withoutMessage rule rows that had no message
 * @param unknownRules rule names with a message that ilrsh's catalog does not know (kept, but not shown by explain)
 */
public record ImportResult(Path source, String year, Path savedTo, int messages, List<String> sheets, int rowsRead,
		int withoutMessage, List<String> unknownRules) {

	public ImportResult {
		sheets = List.copyOf(sheets);
		unknownRules = List.copyOf(unknownRules);
	}

	/** One line for the user. */
	public String summary() {
		return "Imported " + messages + " official messages for " + year + " from " + source.getFileName() + " ("
				+ String.join(", ", sheets) + ") into " + savedTo
				+ (unknownRules.isEmpty() ? "" : "; " + unknownRules.size() + " rule names not in ilrsh's catalog");
	}
}

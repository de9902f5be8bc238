package dev.ilrsh.rules.catalog;

/** A rules spreadsheet that cannot be imported. The message is one line naming the file and, where known, the sheet and row. */
public class RulesImportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public RulesImportException(String message) {
		super(message);
	}

	public RulesImportException(String message, Throwable cause) {
		super(message, cause);
	}
}

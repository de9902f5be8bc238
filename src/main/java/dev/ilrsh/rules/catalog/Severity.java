package dev.ilrsh.rules.catalog;

/** How the DfE treats a failed rule. */
public enum Severity {
	/** The record (or, for file-level rules, the whole file) is rejected. */
	ERROR("E", "Error"),
	/** Reported, but the data is accepted. */
	WARNING("W", "Warning");

	private final String code;

	private final String label;

	Severity(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** The one-letter code used in the catalog file. */
	public String code() {
		return code;
	}

	/** The word users read: {@code Error} or {@code Warning}. */
	public String label() {
		return label;
	}

	/** Reads {@code E}, {@code W}, {@code Error}, {@code Warning} (any case); anything else is an error. */
	public static Severity parse(String text) {
		String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
		return t.startsWith("w") ? WARNING : ERROR;
	}
}

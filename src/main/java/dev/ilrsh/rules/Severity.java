package dev.ilrsh.rules;

import java.util.Locale;

/** How serious a finding is: an error stops the return being accepted, a warning asks for a check. */
public enum Severity {
	ERROR("Error"), WARNING("Warning");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	/** The word the DfE's rule-violation report prints: {@code Error} or {@code Warning}. */
	public String label() {
		return label;
	}

	/** Reads {@code error}, {@code e}, {@code warning} or {@code w} in any case. */
	public static Severity parse(String text) {
		String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return switch (t) {
			case "e", "error", "errors" -> ERROR;
			case "w", "warning", "warnings" -> WARNING;
			default -> throw new IllegalArgumentException("unknown severity '" + text + "': use error or warning");
		};
	}
}

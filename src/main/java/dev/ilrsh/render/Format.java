package dev.ilrsh.render;

import java.util.Locale;

/** How a listing is printed: an aligned text table for people, CSV for spreadsheets, JSON for programs. */
public enum Format {
	TABLE, CSV, JSON;

	/** Parses {@code table}, {@code csv} or {@code json} (any case). */
	public static Format parse(String text) {
		if (text == null || text.isBlank()) {
			return TABLE;
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("unknown format '" + text + "': use table, csv or json");
		}
	}
}

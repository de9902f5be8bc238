package dev.ilrsh.render;

import java.util.Locale;

/** How a listing is given: an aligned text table for people, CSV or an Excel workbook for spreadsheets, JSON for programs. */
public enum Format {
	TABLE, CSV, JSON, XLSX;

	/** Parses {@code table}, {@code csv}, {@code json} or {@code xlsx} (any case). */
	public static Format parse(String text) {
		if (text == null || text.isBlank()) {
			return TABLE;
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("unknown format '" + text + "': use table, csv, json or xlsx");
		}
	}
}

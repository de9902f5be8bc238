package dev.ilrsh.index;

/** How a field is searched and how the query language reads values for it. */
public enum FieldKind {
	/** A code or identifier matched whole (case-insensitively); prefix, wildcard, fuzzy and range work on its text. */
	KEYWORD,
	/** Words (names, address lines): analysed, so single words, phrases and fuzzy terms match. */
	TEXT,
	/** A whole number: exact values and ranges. */
	INT,
	/** A date, held as the number yyyymmdd; queries write dates as YYYY-MM-DD (or YYYY-MM, YYYY). */
	DATE
}

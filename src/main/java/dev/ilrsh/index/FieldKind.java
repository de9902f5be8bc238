package dev.ilrsh.index;

/** How a field is indexed and how the query language reads values for it. */
public enum FieldKind {
	/** A code or identifier matched exactly (case-insensitively); prefix, wildcard and range work on its text. */
	KEYWORD,
	/** Words (names, address lines): analysed, so single words, phrases and fuzzy terms match. */
	TEXT,
	/** A whole number, indexed as a sortable term: exact values and ranges. */
	INT,
	/** A date, indexed as a sortable term holding yyyymmdd; queries write dates as YYYY-MM-DD. */
	DATE
}

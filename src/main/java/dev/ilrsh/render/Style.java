package dev.ilrsh.render;

/**
 * What a piece of output is, so that a terminal can show it in a fitting style; plain output ignores it. The shell
 * decides the colours.
 */
public enum Style {
	PLAIN,
	/** A table's column names. */
	HEADER,
	/** A title (a help page's headings). */
	HEADING,
	/** Commands, field names and values to type, in help and explanations. */
	CODE,
	STRONG,
	EMPHASIS,
	/** Learner references and ULNs: what a person looks for first. */
	KEY,
	/** Validation rule names. */
	RULE,
	ERROR,
	WARNING,
	SUCCESS,
	/** Secondary text: legends, notes. */
	DIM
}

package dev.ilrsh.xml;

/**
 * Something in a file that breaks the schema but did not stop it loading.
 *
 * @param line line of the element concerned (0 when not known)
 * @param learnRefNumber the learner it belongs to, or null for header-level problems
 * @param path where it is, as element names from the learner or message down (e.g.
 *     {@code LearningDelivery[2]/AchDate})
 * @param element the element concerned
 * @param kind what sort of problem it is
 * @param message a plain-English sentence
 */
public record LoadProblem(int line, String learnRefNumber, String path, String element, Kind kind, String message) {

	public enum Kind {
		/** The file's namespace is not the 2025-26 one. */
		WRONG_YEAR,
		/** An element the schema does not have at that place; kept and written back. */
		UNKNOWN_ELEMENT,
		/** An element in the wrong place in its sequence. */
		OUT_OF_ORDER,
		/** A single-valued element given twice; the second is kept as it was and written back. */
		REPEATED,
		/** More (or fewer) repetitions than the schema allows. */
		OCCURRENCES,
		/** A mandatory element is absent. */
		MISSING,
		/** A value of the wrong type: its text is kept as it was. */
		BAD_VALUE,
		/** A value of the right type that breaks a length, pattern or range limit. */
		INVALID_VALUE,
		/** Text or attributes where the schema has none. */
		UNEXPECTED_CONTENT,
		/** A control character from an XML 1.1 file, which XML 1.0 cannot carry: left out when written. */
		UNWRITABLE_CHARACTER
	}

	/** One line for people: where, then what. */
	public String describe() {
		StringBuilder b = new StringBuilder();
		if (line > 0) {
			b.append("line ").append(line).append(": ");
		}
		if (learnRefNumber != null) {
			b.append("learner ").append(learnRefNumber).append(": ");
		}
		return b.append(message).toString();
	}
}

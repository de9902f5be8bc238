package dev.ilrsh.query;

/**
 * One condition read from a question, such as "withdrawn" or "aged 16-18".
 *
 * @param said the words it was read from, as typed
 * @param meaning what ilrsh took them to mean, in plain words with the ILR codes
 * @param scope which documents can answer it
 * @param query the condition in the find query language
 * @param kind what sort of condition it is
 */
public record Condition(String said, String meaning, Scope scope, String query, Kind kind) {

	/** What a condition is about, in the order conditions are told back. */
	public enum Kind {
		STATUS, FUNDING, AGE, CODE, COUNT, DATE, FIELD
	}

	/** Which documents carry what a condition tests. */
	public enum Scope {
		/** Only learner documents (counts of aims, employment, learner FAMs). */
		LEARNER,
		/** Aim documents (an aim's own fields): the condition holds for one aim. */
		AIM,
		/** Both (the learner's identity fields, copied onto aims). */
		ANY
	}
}

package dev.ilrsh.index;

import java.util.Locale;

/** The kind of document a search returns: one per learner, one per aim, or one per programme episode. */
public enum Target {
	LEARNERS("learner"), AIMS("aim"), PROGRAMMES("programme");

	private final String docType;

	Target(String docType) {
		this.docType = docType;
	}

	/** The singular name of one document: learner, aim or programme. */
	public String docType() {
		return docType;
	}

	/** Parses {@code learners}, {@code aims}, {@code programmes} (any case, singular or plural). */
	public static Target parse(String text) {
		if (text == null || text.isBlank()) {
			return LEARNERS;
		}
		String t = text.strip().toLowerCase(Locale.ROOT);
		for (Target target : values()) {
			if (t.equals(target.docType) || t.equals(target.name().toLowerCase(Locale.ROOT))) {
				return target;
			}
		}
		throw new IllegalArgumentException("unknown target '" + text + "': use learners, aims or programmes");
	}
}

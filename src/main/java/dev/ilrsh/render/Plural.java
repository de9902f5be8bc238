package dev.ilrsh.render;

import java.util.Locale;

/** A count with its noun: "1 rule", "531 rules", "20,000 learners". */
public final class Plural {

	private Plural() {
	}

	public static String of(long count, String noun) {
		return of(count, noun, noun + "s");
	}

	public static String of(long count, String singular, String plural) {
		return String.format(Locale.UK, "%,d %s", count, count == 1 ? singular : plural);
	}
}

package dev.ilrsh.rules.catalog;

import java.util.Locale;

/**
 * The lookup key of a rule name as people type it. Case, underscores, hyphens, spaces and dots are dropped, so
 * {@code R59}, {@code R_59}, {@code r59}, {@code ULN_04}, {@code uln04} and {@code ULN-04} meet at one key. The
 * catalog checks at load time that no two rules share a key, so the loose spelling stays unambiguous.
 */
public final class RuleKeys {

	private RuleKeys() {
	}

	/** The key of {@code name}; empty for null or blank input. */
	public static String key(String name) {
		if (name == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				b.append(Character.toLowerCase(c));
			}
		}
		return b.toString().toLowerCase(Locale.ROOT);
	}
}

package dev.ilrsh.rules;

import java.util.Locale;
import java.util.Map;

/**
 * Rule names as people type them. The DfE spreadsheet writes {@code R59} and {@code ULN_04}; the guidance website
 * writes {@code R_59}; people type {@code r59} or {@code uln_04}. All of these meet at one key.
 */
public final class RuleNames {

	/** Spellings in the 2025-26 spreadsheet that are typing slips for another name. */
	private static final Map<String, String> SLIPS = Map.of("dateoofbirth_57", "dateofbirth_57");

	private RuleNames() {
	}

	/**
	 * The lookup key of a rule name: lower case, trimmed, the website's underscore after a leading R dropped
	 * ({@code R_59} → {@code r59}), and a leading zero-padded number kept as written ({@code ULN_04}).
	 */
	public static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String key = name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		if (key.matches("r_\\d+")) {
			key = "r" + key.substring(2);
		}
		return SLIPS.getOrDefault(key, key);
	}

	/** Whether two spellings name the same rule. */
	public static boolean same(String a, String b) {
		return normalise(a).equals(normalise(b));
	}
}

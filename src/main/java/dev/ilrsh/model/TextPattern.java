package dev.ilrsh.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form a text field must have, as the schema's regular expression. Most are one set of characters repeated
 * ({@code [A-Za-z0-9 ]{1,12}}); those are checked on ASCII text by a table of the set's characters, with no matcher
 * made, since the check runs on every person's name, reference and telephone number in the file. Any other text, and
 * any other expression, goes to the regular expression itself, so the answer is always the expression's.
 */
public final class TextPattern {

	/** One bracketed set, without a set inside it, then {@code {n}} or {@code {m,n}}. */
	private static final Pattern ONE_SET_REPEATED =
			Pattern.compile("(\\[(?:\\\\.|[^\\]\\[\\\\])+\\])\\{(\\d+)(?:,(\\d+))?\\}");

	private final Pattern regex;
	/** For a set repeated: which ASCII characters are in it; null for any other expression. */
	private final boolean[] ascii;
	private final int min;
	private final int max;

	private TextPattern(Pattern regex, boolean[] ascii, int min, int max) {
		this.regex = regex;
		this.ascii = ascii;
		this.min = min;
		this.max = max;
	}

	public static TextPattern of(String expression) {
		Pattern regex = Pattern.compile(expression);
		Matcher m = ONE_SET_REPEATED.matcher(expression);
		if (!m.matches()) {
			return new TextPattern(regex, null, 0, 0);
		}
		Pattern set = Pattern.compile(m.group(1));
		boolean[] ascii = new boolean[128];
		for (char c = 0; c < 128; c++) {
			ascii[c] = set.matcher(String.valueOf(c)).matches();
		}
		int min = Integer.parseInt(m.group(2));
		return new TextPattern(regex, ascii, min, m.group(3) == null ? min : Integer.parseInt(m.group(3)));
	}

	/** Whether ASCII text is checked by the table of one set's characters. */
	boolean byTable() {
		return ascii != null;
	}

	/** The expression as the schema gives it. */
	public String expression() {
		return regex.pattern();
	}

	/** Whether the whole of {@code text} has this form. */
	public boolean matches(String text) {
		if (ascii != null) {
			int length = text.length();
			boolean allAscii = true;
			boolean allIn = true;
			for (int i = 0; i < length && allAscii; i++) {
				char c = text.charAt(i);
				if (c >= 128) {
					allAscii = false;
				}
				else if (!ascii[c]) {
					allIn = false;
				}
			}
			if (allAscii) {
				return allIn && length >= min && length <= max;
			}
		}
		return regex.matcher(text).matches();
	}

	@Override
	public String toString() {
		return regex.pattern();
	}
}

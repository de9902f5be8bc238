package dev.ilrsh.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Makes text from a file safe to show on a terminal. ILR values are data from outside: a value holding ESC, BEL, a
 * C1 control, a bidirectional override or a line break could clear the screen, retitle the terminal, reorder what
 * is shown or fake a line. Such characters are shown escaped instead ({@code \x1B}, {@code \u202E}), so they are
 * visible and harmless.
 */
public final class SafeText {

	private SafeText() {
	}

	/** A value as it may be shown on one line: every control and direction character escaped. */
	public static String value(String text) {
		return escape(text, false);
	}

	/** Text for a report: line breaks and tabs kept, every other control and direction character escaped. */
	public static String text(String text) {
		return escape(text, true);
	}

	/** True when {@code c} must not reach a terminal raw (line breaks and tabs included). */
	public static boolean isUnsafe(int c) {
		if (c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F) {
			return true;
		}
		return switch (c) {
			// direction marks, embeddings, overrides and isolates; line and paragraph separators; zero-width no-break
			case 0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
					0x2028, 0x2029, 0xFEFF -> true;
			default -> false;
		};
	}

	private static String escape(String text, boolean keepLayout) {
		if (text == null) {
			return "";
		}
		int i = 0;
		while (i < text.length() && !needsEscape(text.charAt(i), keepLayout)) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, i);
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (needsEscape(c, keepLayout)) {
				appendEscaped(b, c);
			}
			else {
				b.append(c);
			}
		}
		return b.toString();
	}

	private static boolean needsEscape(char c, boolean keepLayout) {
		return isUnsafe(c) && !(keepLayout && (c == '\n' || c == '\t'));
	}

	static void appendEscaped(StringBuilder b, int c) {
		if (c <= 0xFF) {
			b.append(String.format("\\x%02X", c));
		}
		else {
			b.append(String.format("\\u%04X", c));
		}
	}

	/**
	 * A writer that passes text on with line breaks and tabs kept and every other control escaped, so that nothing
	 * printed through it can drive the terminal. A carriage return is kept only as part of a CR LF line end.
	 */
	public static Writer writer(Writer out) {
		return new FilterWriter(out) {
			private boolean pendingReturn;

			@Override
			public void write(int c) throws IOException {
				if (pendingReturn) {
					pendingReturn = false;
					if (c == '\n') {
						out.write("\r\n");
						return;
					}
					out.write("\\x0D");
				}
				if (c == '\r') {
					pendingReturn = true;
				}
				else if (isUnsafe(c) && c != '\n' && c != '\t') {
					StringBuilder b = new StringBuilder();
					appendEscaped(b, c);
					out.write(b.toString());
				}
				else {
					out.write(c);
				}
			}

			@Override
			public void write(char[] chars, int offset, int length) throws IOException {
				int start = offset;
				int end = offset + length;
				for (int i = offset; i < end; i++) {
					char c = chars[i];
					if (pendingReturn || isUnsafe(c) && c != '\n' && c != '\t') {
						out.write(chars, start, i - start);
						write(c);
						start = i + 1;
					}
				}
				out.write(chars, start, end - start);
			}

			@Override
			public void write(String text, int offset, int length) throws IOException {
				write(text.toCharArray(), offset, length);
			}

			@Override
			public void flush() throws IOException {
				if (pendingReturn) {
					pendingReturn = false;
					out.write("\\x0D");
				}
				out.flush();
			}

			@Override
			public void close() throws IOException {
				flush();
				out.close();
			}
		};
	}
}

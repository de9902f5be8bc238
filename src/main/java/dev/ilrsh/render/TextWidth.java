package dev.ilrsh.render;

/**
 * How many terminal columns text takes: combining marks and other zero-width characters take none, East Asian wide
 * and full-width characters take two.
 */
public final class TextWidth {

	/** What a shortened value ends with. */
	public static final String ELLIPSIS = "…";

	private TextWidth() {
	}

	public static int of(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			width += of(c);
			i += Character.charCount(c);
		}
		return width;
	}

	public static int of(int c) {
		int type = Character.getType(c);
		if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
			return 0;
		}
		return isWide(c) ? 2 : 1;
	}

	/** The text cut to at most {@code width} columns, ending with … when something was cut. */
	public static String truncate(String text, int width) {
		if (of(text) <= width) {
			return text;
		}
		if (width <= 0) {
			return "";
		}
		StringBuilder b = new StringBuilder();
		int used = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			int w = of(c);
			if (used + w > width - 1) {
				break;
			}
			b.appendCodePoint(c);
			used += w;
			i += Character.charCount(c);
		}
		return b.append(ELLIPSIS).toString();
	}

	/** Spaces that bring {@code text} to {@code width} columns. */
	public static String pad(String text, int width) {
		int missing = width - of(text);
		return missing <= 0 ? text : text + " ".repeat(missing);
	}

	private static boolean isWide(int c) {
		return c >= 0x1100 && (c <= 0x115F || c == 0x2329 || c == 0x232A
				|| c >= 0x2E80 && c <= 0xA4CF && c != 0x303F || c >= 0xAC00 && c <= 0xD7A3
				|| c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
				|| c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x1F300 && c <= 0x1F64F || c >= 0x1F900 && c <= 0x1F9FF
				|| c >= 0x20000 && c <= 0x3FFFD);
	}
}

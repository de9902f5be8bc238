package dev.ilrsh.xml;

/**
 * The characters an XML 1.0 document may hold. ilrsh writes XML 1.0, but reads XML 1.1 too, where character
 * references may stand for control characters (such as {@code &#x1B;}) that XML 1.0 forbids outright.
 */
final class XmlChars {

	private XmlChars() {
	}

	/** True when XML 1.0 allows this UTF-16 unit alone (surrogates are judged in pairs by {@link #firstForbidden}). */
	static boolean allowed(char c) {
		if (c < 0x20) {
			return c == '\t' || c == '\n' || c == '\r';
		}
		return c < 0xFFFE;
	}

	/** The position of the first character XML 1.0 cannot carry, or -1 when there is none. */
	static int firstForbidden(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0xD800) {
				continue;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
				continue;
			}
			if (Character.isSurrogate(c) || !allowed(c)) {
				return i;
			}
		}
		return -1;
	}

	/** How a character is named in messages: {@code U+001B}. */
	static String name(char c) {
		return String.format("U+%04X", (int) c);
	}
}

package dev.ilrsh.xml;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * Finds the line of the root element's start tag by looking at the file's first bytes. Aalto gives the root the
 * line where the white space before it began, so the fast reader takes the root's line from here; everything after
 * the root it places as Woodstox does.
 */
final class Prolog {

	private static final int LOOK_AHEAD = 1 << 16;

	private Prolog() {
	}

	/**
	 * The line of the root start tag, or -1 when the prolog holds anything but an XML declaration, comments,
	 * processing instructions and white space in UTF-8 (a DOCTYPE, another encoding), has a line break inside the XML
	 * declaration, or is longer than 64 KB.
	 */
	static int rootLine(BufferedInputStream in) throws IOException {
		in.mark(LOOK_AHEAD);
		try {
			byte[] head = in.readNBytes(LOOK_AHEAD);
			int i = 0;
			if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
				i = 3;
			}
			int line = 1;
			while (i < head.length) {
				byte b = head[i];
				if (b == '\n') {
					line++;
					i++;
				}
				else if (b == '\r') {
					line++;
					i += i + 1 < head.length && head[i + 1] == '\n' ? 2 : 1;
				}
				else if (b == ' ' || b == '\t') {
					i++;
				}
				else if (b != '<' || i + 1 >= head.length) {
					return -1;
				}
				else if (head[i + 1] == '?' || head[i + 1] == '!' && startsWith(head, i, "<!--")) {
					String end = head[i + 1] == '?' ? "?>" : "-->";
					int close = indexOf(head, end, i + 2);
					if (close < 0) {
						return -1;
					}
					boolean declaration = startsWith(head, i, "<?xml") && i + 5 < head.length
							&& (head[i + 5] == ' ' || head[i + 5] == '\t' || head[i + 5] == '\r' || head[i + 5] == '\n');
					for (int j = i; j < close; j++) {
						if (head[j] == '\n' || head[j] == '\r' && (j + 1 >= head.length || head[j + 1] != '\n')) {
							if (declaration) {
								return -1; // the fast parser does not count a line break inside the XML declaration
							}
							line++;
						}
					}
					i = close + end.length();
				}
				else {
					return head[i + 1] == '!' ? -1 : line;
				}
			}
			return -1;
		}
		finally {
			in.reset();
		}
	}

	private static boolean startsWith(byte[] bytes, int at, String text) {
		if (at + text.length() > bytes.length) {
			return false;
		}
		for (int k = 0; k < text.length(); k++) {
			if (bytes[at + k] != text.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] bytes, String text, int from) {
		for (int i = from; i + text.length() <= bytes.length; i++) {
			if (startsWith(bytes, i, text)) {
				return i;
			}
		}
		return -1;
	}
}

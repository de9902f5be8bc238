package dev.ilrsh.xml;

/**
 * Checks that bytes are well-formed UTF-8 without a NUL, as they come, for the fast parser: Aalto checks the UTF-8
 * of text but not of names (it read a byte 0x90 in place of the colon of {@code xmlns:xsi} without a word), and it
 * matched {@code </StdC\0ode>} to {@code <StdCode>}, where the careful parser refuses both files. Any such byte makes
 * the read doubtful, and the careful parser decides. Strict as RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF. A run of eight ASCII bytes with no NUL is passed at once.
 */
final class Utf8Check {

	/** Continuation bytes still owed by the sequence in progress. */
	private int owed;
	/** The range the next byte must fall in (tighter than 0x80–0xBF just after some first bytes). */
	private int low = 0x80;
	private int high = 0xBF;

	/** Whether these bytes, following the ones already seen, are well-formed so far. */
	boolean accept(byte[] bytes, int from, int length) {
		int i = from;
		int stop = from + length;
		while (i < stop) {
			if (owed == 0) {
				if (i + Long.BYTES <= stop) {
					long word = ByteWords.at(bytes, i);
					if ((word & ByteWords.HIGHS) == 0 && ByteWords.zeroBytes(word) == 0) {
						i += Long.BYTES;
						continue;
					}
				}
				int b = bytes[i++] & 0xFF;
				if (b == 0) {
					return false;
				}
				if (b < 0x80) {
					continue;
				}
				if (!start(b)) {
					return false;
				}
			}
			else {
				int b = bytes[i++] & 0xFF;
				if (b < low || b > high) {
					return false;
				}
				owed--;
				low = 0x80;
				high = 0xBF;
			}
		}
		return true;
	}

	/** Whether the bytes ended where a character ends. */
	boolean complete() {
		return owed == 0;
	}

	/** Whether the bytes are well-formed UTF-8 on their own. */
	static boolean valid(byte[] bytes, int from, int length) {
		Utf8Check check = new Utf8Check();
		return check.accept(bytes, from, length) && check.complete();
	}

	private boolean start(int b) {
		if (b >= 0xC2 && b <= 0xDF) {
			owed = 1;
		}
		else if (b >= 0xE0 && b <= 0xEF) {
			owed = 2;
			low = b == 0xE0 ? 0xA0 : 0x80;
			high = b == 0xED ? 0x9F : 0xBF;
		}
		else if (b >= 0xF0 && b <= 0xF4) {
			owed = 3;
			low = b == 0xF0 ? 0x90 : 0x80;
			high = b == 0xF4 ? 0x8F : 0xBF;
		}
		else {
			return false;
		}
		return true;
	}
}

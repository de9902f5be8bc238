package dev.ilrsh.xml;

import dev.ilrsh.model.FieldType;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads values straight from the parser's characters when they are in their canonical form (the form the writer
 * gives them), which nearly every value in a real file is, and shares the repeated ones: the same short code, number
 * or date read a million times is one object. Anything else is left to {@link FieldType#parse}, so what a value
 * means never depends on which way it was read.
 */
final class FastValues {

	/** Strings up to this length are shared: codes, postcodes, given names; not addresses or e-mail addresses. */
	static final int SHARED_LENGTH = 12;
	/**
	 * The most strings shared. A file's codes number a few thousand and come early; what keeps coming new is
	 * people's references, names and telephone numbers, which sharing only costs (a table entry each, held for the
	 * whole read: on a 100,000-learner file, tens of megabytes the collector copied). Past this, a text not already
	 * shared is made afresh.
	 */
	static final int MOST_SHARED = 1 << 14;

	private static final int SMALL_INTEGERS = 1 << 16;
	private static final int FIRST_YEAR = 1900;
	private static final int YEARS = 250;

	private String[] strings = new String[1 << 12];
	private int[] hashes = new int[1 << 12];
	/** The characters of each shared string, compared as an array: far quicker than charAt in the quick compiler. */
	private char[][] charsOf = new char[1 << 12][];
	/** For each shared string, the field whose checks it last passed: a code checked once is checked for good. */
	private Object[] passed = new Object[1 << 12];
	private int stringCount;
	/** The slot of the string {@code text} last returned, or -1 when it was not shared. */
	private int last = -1;
	private final Integer[] integers = new Integer[SMALL_INTEGERS];
	private final LocalDate[] dates = new LocalDate[YEARS * 12 * 31];

	/** The text, shared with every earlier equal text when it is short (and among the first {@link #MOST_SHARED}). */
	String text(char[] chars, int start, int length) {
		if (length > SHARED_LENGTH) {
			last = -1;
			return new String(chars, start, length);
		}
		int hash = 0;
		for (int i = start; i < start + length; i++) {
			hash = 31 * hash + chars[i];
		}
		int mask = strings.length - 1;
		for (int slot = mix(hash) & mask;; slot = (slot + 1) & mask) {
			String s = strings[slot];
			if (s == null) {
				if (stringCount >= MOST_SHARED) {
					last = -1;
					return new String(chars, start, length);
				}
				s = new String(chars, start, length);
				strings[slot] = s;
				hashes[slot] = hash;
				charsOf[slot] = java.util.Arrays.copyOfRange(chars, start, start + length);
				last = slot;
				if (++stringCount * 2 > strings.length) {
					grow();
				}
				return s;
			}
			if (hashes[slot] == hash && s.length() == length && same(charsOf[slot], chars, start)) {
				last = slot;
				return s;
			}
		}
	}

	/** True when the text last returned has passed the checks of {@code field} before. */
	boolean passed(Object field) {
		return last >= 0 && passed[last] == field;
	}

	/** Notes that the text last returned passes the checks of {@code field}. */
	void pass(Object field) {
		if (last >= 0) {
			passed[last] = field;
		}
	}

	/** The same as {@link #text(char[], int, int)} for a string already made. */
	String text(String value) {
		return value.length() > SHARED_LENGTH ? value : text(value.toCharArray(), 0, value.length());
	}

	/**
	 * The value of canonical text of a number or date field, or null when the text is not canonical (leading zeros,
	 * spaces, a sign, a time zone, out of range) or the type is read only the general way.
	 */
	Object canonical(FieldType type, char[] chars, int start, int length) {
		return switch (type) {
			case INT -> {
				long v = whole(chars, start, length, 10);
				yield v == Long.MIN_VALUE || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? null : integer((int) v);
			}
			case LONG -> {
				long v = whole(chars, start, length, 18);
				yield v == Long.MIN_VALUE ? null : Long.valueOf(v);
			}
			case DATE -> date(chars, start, length);
			default -> null;
		};
	}

	private Integer integer(int v) {
		if (v < 0 || v >= SMALL_INTEGERS) {
			return v;
		}
		Integer shared = integers[v];
		if (shared == null) {
			shared = v;
			integers[v] = shared;
		}
		return shared;
	}

	/** A whole number written without leading zeros, plus sign or spaces, or Long.MIN_VALUE. */
	private static long whole(char[] chars, int start, int length, int maxDigits) {
		int i = start;
		int end = start + length;
		boolean negative = length > 0 && chars[i] == '-';
		if (negative) {
			i++;
		}
		int digits = end - i;
		if (digits < 1 || digits > maxDigits || chars[i] == '0' && (digits > 1 || negative)) {
			return Long.MIN_VALUE;
		}
		long v = 0;
		for (; i < end; i++) {
			char c = chars[i];
			if (c < '0' || c > '9') {
				return Long.MIN_VALUE;
			}
			v = v * 10 + (c - '0');
		}
		return negative ? -v : v;
	}

	/** A date written YYYY-MM-DD, shared, or null. */
	private LocalDate date(char[] chars, int start, int length) {
		if (length != 10 || chars[start + 4] != '-' || chars[start + 7] != '-') {
			return null;
		}
		int year = digits(chars, start, 4);
		int month = digits(chars, start + 5, 2);
		int day = digits(chars, start + 8, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
			return null;
		}
		int slot = year >= FIRST_YEAR && year < FIRST_YEAR + YEARS ? ((year - FIRST_YEAR) * 12 + month - 1) * 31 + day - 1
				: -1;
		LocalDate shared = slot >= 0 ? dates[slot] : null;
		if (shared != null) {
			return shared;
		}
		try {
			shared = LocalDate.of(year, month, day);
		}
		catch (DateTimeException e) {
			return null;
		}
		if (slot >= 0) {
			dates[slot] = shared;
		}
		return shared;
	}

	private static int digits(char[] chars, int start, int count) {
		int v = 0;
		for (int i = start; i < start + count; i++) {
			char c = chars[i];
			if (c < '0' || c > '9') {
				return -1;
			}
			v = v * 10 + (c - '0');
		}
		return v;
	}

	private static boolean same(char[] shared, char[] chars, int start) {
		for (int i = 0; i < shared.length; i++) {
			if (shared[i] != chars[start + i]) {
				return false;
			}
		}
		return true;
	}

	private static int mix(int hash) {
		return hash ^ (hash >>> 16);
	}

	private void grow() {
		String[] oldStrings = strings;
		int[] oldHashes = hashes;
		Object[] oldPassed = passed;
		char[][] oldChars = charsOf;
		strings = new String[oldStrings.length * 2];
		hashes = new int[strings.length];
		passed = new Object[strings.length];
		charsOf = new char[strings.length][];
		int mask = strings.length - 1;
		for (int i = 0; i < oldStrings.length; i++) {
			if (oldStrings[i] != null) {
				int slot = mix(oldHashes[i]) & mask;
				while (strings[slot] != null) {
					slot = (slot + 1) & mask;
				}
				strings[slot] = oldStrings[i];
				hashes[slot] = oldHashes[i];
				passed[slot] = oldPassed[i];
				charsOf[slot] = oldChars[i];
			}
		}
		last = -1;
	}
}

package dev.ilrsh.anonymise;

/** Making up characters: pronounceable letters for names and places, and characters of the same kind for codes. */
final class Letters {

	static final String CONSONANTS = "bcdfghjklmnprstvwyz";
	static final String VOWELS = "aeiou";
	static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
	static final String DIGITS = "0123456789";

	private Letters() {
	}

	static boolean isAsciiLetter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/**
	 * {@code original} with each ASCII letter replaced by a made-up one of the same case (consonants and vowels
	 * taking turns within each word, so the result can be read out) and, when {@code digitsToo}, each digit by
	 * another digit; everything else stays where it is.
	 */
	static String pronounceable(KeyedRandom r, String original, boolean digitsToo) {
		StringBuilder b = new StringBuilder(original.length());
		boolean vowel = r.next(3) == 0;
		for (int i = 0; i < original.length(); i++) {
			char c = original.charAt(i);
			if (isAsciiLetter(c)) {
				char made = vowel ? r.pick(VOWELS) : r.pick(CONSONANTS);
				vowel = !vowel && r.next(5) != 0 || vowel && r.next(6) == 0;
				b.append(Character.isUpperCase(c) ? Character.toUpperCase(made) : made);
			}
			else {
				if (!Character.isLetterOrDigit(c)) {
					vowel = r.next(3) == 0;
				}
				b.append(digitsToo && isDigit(c) ? r.pick(DIGITS) : c);
			}
		}
		return b.toString();
	}

	/** {@code original} with each letter and digit replaced by a random one of the same kind and case. */
	static String scrambled(KeyedRandom r, String original) {
		StringBuilder b = new StringBuilder(original.length());
		for (int i = 0; i < original.length(); i++) {
			char c = original.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				b.append(r.pick(UPPER));
			}
			else if (c >= 'a' && c <= 'z') {
				b.append(r.pick(LOWER));
			}
			else if (isDigit(c)) {
				b.append(r.pick(DIGITS));
			}
			else if (Character.isLetter(c)) {
				b.append(Character.isUpperCase(c) ? r.pick(UPPER) : r.pick(LOWER));
			}
			else {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** The ASCII letters of a text, in lower case: how names are compared for "the same person". */
	static String lettersOnly(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = Character.toLowerCase(text.charAt(i));
			if (c >= 'a' && c <= 'z') {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** True when a text has a letter or a digit: text without either says nothing about anyone. */
	static boolean meaningful(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetterOrDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** {@code made}'s letters, in order, put in place of {@code original}'s ASCII letters (case as in original). */
	static String sameLetters(String made, String original) {
		String fill = lettersOnly(made);
		StringBuilder b = new StringBuilder(original.length());
		int k = 0;
		for (int i = 0; i < original.length(); i++) {
			char c = original.charAt(i);
			if (isAsciiLetter(c) && k < fill.length()) {
				char f = fill.charAt(k++);
				b.append(Character.isUpperCase(c) ? Character.toUpperCase(f) : f);
			}
			else {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** {@code made} with the case of each letter taken from the same position of {@code original}. */
	static String sameCase(String made, String original) {
		StringBuilder b = new StringBuilder(made.length());
		for (int i = 0; i < made.length(); i++) {
			char c = made.charAt(i);
			boolean upper = i < original.length() && Character.isUpperCase(original.charAt(i));
			b.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
		}
		return b.toString();
	}
}

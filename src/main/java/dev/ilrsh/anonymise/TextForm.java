package dev.ilrsh.anonymise;

import java.util.Locale;

/**
 * How one kind of personal text is replaced: which originals count as the same value (its key), how a
 * replacement is made up, and which form the rules check it against.
 */
abstract class TextForm {

	/** Which originals are one value: they get one replacement (in their own case and spacing). */
	String key(String original) {
		return original;
	}

	/** A made-up replacement for {@code original}. */
	abstract String makeUp(KeyedRandom r, String original);

	/** The replacement chosen for a key, as it appears for one original of that key. */
	String render(String chosen, String original) {
		return chosen;
	}

	/** Whether the rules would see the value as well-formed; null when no rule checks its form. */
	Boolean wellFormed(String value) {
		return null;
	}

	/** Made-up values must not fall on each other: distinct originals stay distinct. */
	boolean distinct() {
		return false;
	}

	static TextForm of(Treatment treatment) {
		return switch (treatment) {
			case LEARNER_REFERENCE -> new LearnerReference();
			case NAME -> new Name();
			case NI_NUMBER -> new NiNumber();
			case POSTCODE -> new Postcode();
			case ADDRESS -> new Words();
			case PHONE, FREE_TEXT -> new Scrambled(false);
			case EMAIL -> new Email();
			case IDENTIFIER -> new Identifier();
			default -> throw new IllegalArgumentException(treatment + " is not text");
		};
	}

	/** References R06 compares without case or outer spaces: one made-up reference of ten letters and digits. */
	static final class LearnerReference extends TextForm {

		@Override
		String key(String original) {
			return original.strip().toUpperCase(Locale.ROOT);
		}

		@Override
		String makeUp(KeyedRandom r, String original) {
			if (!Forms.LEARN_REF.matcher(original).matches()) {
				return Letters.scrambled(r, original);
			}
			StringBuilder b = new StringBuilder(10).append(r.pick(Letters.UPPER));
			for (int i = 1; i < 10; i++) {
				b.append(r.pick(i < 3 ? Letters.UPPER : Letters.DIGITS));
			}
			return b.toString();
		}

		@Override
		Boolean wellFormed(String value) {
			return Forms.LEARN_REF.matcher(value).matches();
		}

		@Override
		boolean distinct() {
			return true;
		}
	}

	/**
	 * Names are compared by their letters alone (case, spaces and punctuation aside) to find the same person: a
	 * name's letters get made-up letters, the same for every name with the same letters, and everything else in it
	 * stays in place.
	 */
	static final class Name extends TextForm {

		@Override
		String key(String original) {
			String letters = Letters.lettersOnly(original);
			return letters.isEmpty() ? "#" + original.toLowerCase(Locale.ROOT) : letters;
		}

		@Override
		String makeUp(KeyedRandom r, String original) {
			String letters = Letters.lettersOnly(original);
			// made from the letters alone, so every spelling of the name (case, spaces) gets the same letters
			return letters.isEmpty() ? Letters.scrambled(r, original) : Letters.pronounceable(r, letters, false);
		}

		@Override
		String render(String chosen, String original) {
			return Letters.lettersOnly(original).isEmpty() ? chosen : Letters.sameLetters(chosen, original);
		}

		@Override
		boolean distinct() {
			return true;
		}
	}

	/** A well-formed NI number becomes ZZ, six digits and the same suffix letter; ZZ is never issued. */
	static final class NiNumber extends TextForm {

		@Override
		String makeUp(KeyedRandom r, String original) {
			if (!Forms.NI_NUMBER.matcher(original).matches()) {
				return Letters.scrambled(r, original);
			}
			StringBuilder b = new StringBuilder("ZZ");
			for (int i = 0; i < 6; i++) {
				b.append(r.pick(Letters.DIGITS));
			}
			return b.append(original.substring(8)).toString();
		}

		@Override
		Boolean wellFormed(String value) {
			return Forms.NI_NUMBER.matcher(value).matches();
		}
	}

	/**
	 * A well-formed postcode becomes one of the same shape whose area starts with Q, V or X, letters no real
	 * postcode starts with; others get characters of the same kinds. ZZ99 9ZZ is kept (see {@link Anonymiser}).
	 */
	static final class Postcode extends TextForm {

		@Override
		String makeUp(KeyedRandom r, String original) {
			if (!Forms.POSTCODE.matcher(original).matches()) {
				return Letters.scrambled(r, original);
			}
			int space = original.indexOf(' ');
			StringBuilder b = new StringBuilder(original.length());
			for (int i = 0; i < original.length(); i++) {
				char c = original.charAt(i);
				if (i == 0) {
					b.append(r.pick(Forms.UNUSED_FIRST_LETTERS));
				}
				else if (Letters.isDigit(c)) {
					b.append(r.pick(Letters.DIGITS));
				}
				else if (c == ' ') {
					b.append(c);
				}
				else {
					b.append(r.pick(i > space ? Forms.INWARD_LETTERS : Letters.UPPER));
				}
			}
			return b.toString();
		}

		@Override
		Boolean wellFormed(String value) {
			return Forms.POSTCODE.matcher(value).matches();
		}
	}

	/** Address lines: made-up, pronounceable words and other numbers, in the line's shape. */
	static final class Words extends TextForm {

		@Override
		String makeUp(KeyedRandom r, String original) {
			return Letters.pronounceable(r, original, true);
		}
	}

	/** Letters and digits replaced by others of the same kind. */
	static final class Scrambled extends TextForm {

		private final boolean distinct;

		Scrambled(boolean distinct) {
			this.distinct = distinct;
		}

		@Override
		String makeUp(KeyedRandom r, String original) {
			return Letters.scrambled(r, original);
		}

		@Override
		boolean distinct() {
			return distinct;
		}
	}

	/** A made-up name at example.invalid, a domain that can never receive mail. */
	static final class Email extends TextForm {

		static final String DOMAIN = "@example.invalid";

		@Override
		String makeUp(KeyedRandom r, String original) {
			int at = original.lastIndexOf('@');
			if (at < 0) {
				return Letters.scrambled(r, original);
			}
			String local = original.substring(0, Math.min(at, 100 - DOMAIN.length()));
			return Letters.pronounceable(r, local, true) + DOMAIN;
		}
	}

	/**
	 * Identifiers others gave (UCAS, student support, contract, SWSupAimId): a UUID becomes another UUID, anything
	 * else characters of the same kinds. SWSupAimId is compared without case to find repeats, so these are too.
	 */
	static final class Identifier extends TextForm {

		@Override
		String key(String original) {
			return original.toLowerCase(Locale.ROOT);
		}

		@Override
		String makeUp(KeyedRandom r, String original) {
			if (!Forms.UUID.matcher(original).matches()) {
				return Letters.scrambled(r, original);
			}
			StringBuilder b = new StringBuilder(36);
			for (int i = 0; i < 36; i++) {
				char c = i == 14 ? '4' : i == 19 ? "89ab".charAt(r.next(4)) : r.pick("0123456789abcdef");
				b.append(i == 8 || i == 13 || i == 18 || i == 23 ? '-' : c);
			}
			return Letters.sameCase(b.toString(), original);
		}

		@Override
		String render(String chosen, String original) {
			return Letters.sameCase(chosen, original);
		}

		@Override
		Boolean wellFormed(String value) {
			return Forms.UUID.matcher(value).matches();
		}

		@Override
		boolean distinct() {
			return true;
		}
	}
}

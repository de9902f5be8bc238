package dev.ilrsh.model;

import java.math.BigDecimal;

/**
 * One simple-valued element as the 2025-26 schema defines it.
 *
 * @param minLength smallest text length for text fields (0: no limit)
 * @param maxLength largest text length for text fields (0: no limit)
 * @param pattern the whole text must match this, or null
 * @param min smallest value for numbers, or null
 * @param max largest value for numbers, or null
 * @param totalDigits most digits for numbers (0: no limit)
 * @param fractionDigits most digits after the point for decimals (0: no limit)
 * @param fixedValue the only value allowed, or null
 */
public record FieldSpec(String name, FieldType type, int minOccurs, int minLength, int maxLength, TextPattern pattern,
		BigDecimal min, BigDecimal max, int totalDigits, int fractionDigits, String fixedValue) implements Member {

	/** The ASCII characters the schema's RestrictedString allows; £ and € are its only others. */
	private static final boolean[] RESTRICTED_ASCII = new boolean[128];

	static {
		String allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ~!@#$%&'()*+,-./:;<=>?[\\]_{}^";
		for (char c : allowed.toCharArray()) {
			RESTRICTED_ASCII[c] = true;
		}
	}

	/** True when every character of {@code s} is one the schema's RestrictedString allows. */
	public static boolean isRestrictedString(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 128 ? !RESTRICTED_ASCII[c] : c != '£' && c != '€') {
				return false;
			}
		}
		return true;
	}

	public static FieldSpec of(String name, FieldType type) {
		return new FieldSpec(name, type, 1, 0, 0, null, null, null, 0, 0, null);
	}

	@Override
	public int maxOccurs() {
		return 1;
	}

	public boolean required() {
		return minOccurs > 0;
	}

	public FieldSpec optional() {
		return new FieldSpec(name, type, 0, minLength, maxLength, pattern, min, max, totalDigits, fractionDigits,
				fixedValue);
	}

	public FieldSpec length(int minimum, int maximum) {
		return new FieldSpec(name, type, minOccurs, minimum, maximum, pattern, min, max, totalDigits, fractionDigits,
				fixedValue);
	}

	public FieldSpec pattern(String regex) {
		return new FieldSpec(name, type, minOccurs, minLength, maxLength, TextPattern.of(regex), min, max,
				totalDigits, fractionDigits, fixedValue);
	}

	public FieldSpec range(String minimum, String maximum) {
		return new FieldSpec(name, type, minOccurs, minLength, maxLength, pattern, new BigDecimal(minimum),
				new BigDecimal(maximum), totalDigits, fractionDigits, fixedValue);
	}

	public FieldSpec digits(int digits) {
		return new FieldSpec(name, type, minOccurs, minLength, maxLength, pattern, min, max, digits, fractionDigits,
				fixedValue);
	}

	public FieldSpec fraction(int digits) {
		return new FieldSpec(name, type, minOccurs, minLength, maxLength, pattern, min, max, totalDigits, digits,
				fixedValue);
	}

	public FieldSpec fixed(String value) {
		return new FieldSpec(name, type, minOccurs, minLength, maxLength, pattern, min, max, totalDigits,
				fractionDigits, value);
	}

	/**
	 * Checks a parsed value against this field's limits.
	 *
	 * @return a plain reason it breaks them, or null when it does not
	 */
	public String check(Object value) {
		if (value instanceof String s) {
			if (fixedValue != null && !fixedValue.equals(s)) {
				return "must be " + fixedValue;
			}
			int length = s.codePointCount(0, s.length());
			if (minLength > 0 && length < minLength) {
				return minLength == 1 ? "must not be empty" : "must be at least " + minLength + " characters long";
			}
			if (maxLength > 0 && length > maxLength) {
				return "is " + length + " characters long; at most " + maxLength + " are allowed";
			}
			if (type == FieldType.RESTRICTED_STRING && !isRestrictedString(s)) {
				return "contains a character the ILR does not allow";
			}
			if (pattern != null && !pattern.matches(s)) {
				return "does not have the form the schema requires";
			}
			return null;
		}
		BigDecimal number;
		if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() != Long.MIN_VALUE) {
			return checkWhole(((Number) value).longValue());
		}
		else if (value instanceof BigDecimal d) {
			number = d;
		}
		else {
			return null;
		}
		if (min != null && number.compareTo(min) < 0) {
			return "must be at least " + min.toPlainString();
		}
		if (max != null && number.compareTo(max) > 0) {
			return "must be at most " + max.toPlainString();
		}
		if (totalDigits > 0 && number.stripTrailingZeros().precision() > totalDigits
				&& number.abs().compareTo(BigDecimal.ONE) >= 0) {
			return "has more than " + totalDigits + " digit" + (totalDigits == 1 ? "" : "s");
		}
		if (fractionDigits > 0 && number.stripTrailingZeros().scale() > fractionDigits) {
			return "has more than " + fractionDigits + " digit" + (fractionDigits == 1 ? "" : "s") + " after the point";
		}
		return null;
	}

	/** {@link #check} for a whole number, the same answers without making a BigDecimal of every value read. */
	private String checkWhole(long v) {
		if (min != null && compare(v, min) < 0) {
			return "must be at least " + min.toPlainString();
		}
		if (max != null && compare(v, max) > 0) {
			return "must be at most " + max.toPlainString();
		}
		// below 10 to the power of the digits allowed, a number cannot have more (nearly every value): no division
		if (totalDigits > 0 && v != 0 && !fitsDigits(Math.abs(v), totalDigits) && significantDigits(v) > totalDigits) {
			return "has more than " + totalDigits + " digit" + (totalDigits == 1 ? "" : "s");
		}
		return null;
	}

	private static int compare(long v, BigDecimal bound) {
		if (bound.scale() == 0 && bound.precision() < 19) {
			return Long.compare(v, bound.longValue());
		}
		return BigDecimal.valueOf(v).compareTo(bound);
	}

	private static final long[] TENS = java.util.stream.LongStream.iterate(1, t -> t * 10).limit(19).toArray();

	/** Whether a whole number of at least 0 is written in at most {@code digits} digits (no division, no logarithm). */
	public static boolean fitsDigits(long number, int digits) {
		return digits > 0 && (digits >= TENS.length || number < TENS[digits]);
	}

	/** Digits without the trailing zeros, as BigDecimal's precision after stripTrailingZeros counts them. */
	private static int significantDigits(long v) {
		long a = Math.abs(v);
		while (a % 10 == 0) {
			a /= 10;
		}
		int digits = 0;
		while (a > 0) {
			a /= 10;
			digits++;
		}
		return digits;
	}
}

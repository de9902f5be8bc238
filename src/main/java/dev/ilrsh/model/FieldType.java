package dev.ilrsh.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The XML Schema types the ILR uses, with the conversion between their text and their Java value. */
public enum FieldType {
	/** The ILR's RestrictedString: a string limited to the printable characters the DfE allows. */
	RESTRICTED_STRING(String.class),
	/** A plain xs:string (names), limited only by its own pattern. */
	STRING(String.class),
	INT(Integer.class),
	LONG(Long.class),
	DATE(LocalDate.class),
	DATE_TIME(LocalDateTime.class),
	DECIMAL(BigDecimal.class);

	private final Class<?> javaType;

	FieldType(Class<?> javaType) {
		this.javaType = javaType;
	}

	public Class<?> javaType() {
		return javaType;
	}

	public boolean isText() {
		return this == RESTRICTED_STRING || this == STRING;
	}

	/**
	 * Reads a value from its XML text.
	 *
	 * @throws IllegalArgumentException with a plain reason when the text is not a value of this type
	 */
	public Object parse(String text) {
		if (isText()) {
			return text;
		}
		String t = text.strip();
		try {
			return switch (this) {
				case INT -> Integer.valueOf(t);
				case LONG -> Long.valueOf(t);
				case DATE -> parseDate(t);
				case DATE_TIME -> parseDateTime(t);
				case DECIMAL -> new BigDecimal(t);
				default -> throw new IllegalStateException();
			};
		}
		catch (NumberFormatException | DateTimeParseException e) {
			throw new IllegalArgumentException(describeExpected());
		}
	}

	/** The canonical XML text of a value of this type. */
	public String format(Object value) {
		return switch (this) {
			case DATE_TIME -> ((LocalDateTime) value).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
			case DECIMAL -> ((BigDecimal) value).toPlainString();
			default -> value.toString();
		};
	}

	public String describeExpected() {
		return switch (this) {
			case INT, LONG -> "a whole number was expected";
			case DATE -> "a date in the form YYYY-MM-DD was expected";
			case DATE_TIME -> "a date and time in the form YYYY-MM-DDThh:mm:ss was expected";
			case DECIMAL -> "a decimal number was expected";
			default -> "text was expected";
		};
	}

	/**
	 * True when {@code text} is exactly how {@link #format} writes its value, so the reader need not keep the raw
	 * text. Checked on characters rather than by formatting, because the reader asks this of every value.
	 */
	public boolean isCanonical(String text) {
		switch (this) {
			case INT, LONG -> {
				int n = text.length();
				int start = n > 0 && text.charAt(0) == '-' ? 1 : 0;
				if (n == start || text.charAt(start) == '0' && n > start + 1 || start == 1 && text.equals("-0")) {
					return false;
				}
				for (int i = start; i < n; i++) {
					char c = text.charAt(i);
					if (c < '0' || c > '9') {
						return false;
					}
				}
				return true;
			}
			case DATE -> {
				return text.length() == 10 && text.charAt(0) != '+' && text.charAt(0) != '-';
			}
			default -> {
				return isText() || format(parse(text)).equals(text);
			}
		}
	}

	private static LocalDate parseDate(String t) {
		// xs:date may carry a time zone (2025-08-01Z, 2025-08-01+01:00); the ILR never relies on it.
		if (t.length() > 10 && t.charAt(4) == '-') {
			String zone = t.substring(10);
			if (!zone.matches("Z|[+-]\\d\\d:\\d\\d")) {
				throw new DateTimeParseException("bad zone", t, 10);
			}
			t = t.substring(0, 10);
		}
		if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
			throw new DateTimeParseException("not YYYY-MM-DD", t, 0);
		}
		try {
			return LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10));
		}
		catch (java.time.DateTimeException e) {
			throw new DateTimeParseException("no such date", t, 0);
		}
	}

	private static int digits(String t, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = t.charAt(i);
			if (c < '0' || c > '9') {
				throw new DateTimeParseException("not a digit", t, i);
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static LocalDateTime parseDateTime(String t) {
		try {
			return LocalDateTime.parse(t);
		}
		catch (DateTimeParseException e) {
			if (t.endsWith("Z")) {
				return LocalDateTime.parse(t.substring(0, t.length() - 1));
			}
			return OffsetDateTime.parse(t).toLocalDateTime();
		}
	}
}

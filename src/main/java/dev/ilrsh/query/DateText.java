package dev.ilrsh.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them, read into the ILR's own form (YYYY-MM-DD).
 *
 * <p>
 * Days: {@code 22/10/2025}, {@code 22/10/25}, {@code 22-10-2025}, {@code 22.10.2025}, {@code 22 Oct 2025},
 * {@code 22nd October 2025}, {@code 2025-10-22}. Months: {@code Oct 2025}, {@code October 2025}, {@code 10/2025},
 * {@code 2025-10}. Day first always: this is an English tool, and 10/22/2025 is refused rather than guessed. A
 * two-digit year is 20YY.
 */
public final class DateText {

	/** A month's name or its abbreviation, without a capturing group. */
	static final String MONTH_WORD = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
			+ "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
	static final String MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
			+ "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

	private static final Pattern NUMERIC_DAY = Pattern.compile("(?<![\\w/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\w/.-])");
	private static final Pattern NAMED_DAY = Pattern.compile(
			"(?<![\\w])(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH_NAME + "\\s+(\\d{4}|\\d{2})(?![\\w])", Pattern.CASE_INSENSITIVE);
	private static final Pattern NAMED_MONTH = Pattern.compile("(?<![\\w])" + MONTH_NAME + "\\s+(\\d{4})(?![\\w])",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern NUMERIC_MONTH = Pattern.compile("(?<![\\w/.-])(\\d{1,2})/(\\d{4})(?![\\w/.-])");
	private static final Pattern ISO = Pattern.compile("(?<![\\w-])(\\d{4})-(0[1-9]|1[0-2])(?:-(\\d{2}))?(?![\\w-])");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

	private DateText() {
	}

	/** The month a month name stands for (1-12), from its first three letters; empty when it is not one. */
	static Optional<Integer> month(String name) {
		String n = name.toLowerCase(Locale.ROOT).replace(".", "");
		return n.length() < 3 ? Optional.empty() : Optional.ofNullable(MONTHS.get(n.substring(0, 3)));
	}

	/**
	 * Reads a whole text as one day or month.
	 *
	 * @throws QueryException when it looks like a date but is not one (31/02/2025, 10/22/2025)
	 */
	public static Optional<Span> parse(String text) {
		String t = text.strip();
		for (Pattern p : List.of(NUMERIC_DAY, NAMED_DAY, NAMED_MONTH, NUMERIC_MONTH, ISO)) {
			Matcher m = p.matcher(t);
			if (m.matches()) {
				return Optional.of(span(p, m, t));
			}
		}
		return Optional.empty();
	}

	/**
	 * Rewrites every date in a query to ISO form, leaving quoted text alone.
	 *
	 * @param bare what to put for a date that is not the value of a field ({@code Field:date}) or a range end; given
	 *        the date's ISO form
	 * @throws QueryException naming a date that cannot be one
	 */
	public static String rewrite(String query, Function<String, String> bare) {
		StringBuilder out = new StringBuilder();
		int from = 0;
		while (from < query.length()) {
			int quote = query.indexOf('"', from);
			int end = quote < 0 ? query.length() : query.indexOf('"', quote + 1);
			end = quote < 0 ? query.length() : end < 0 ? query.length() : end + 1;
			out.append(rewriteUnquoted(query.substring(from, quote < 0 ? query.length() : quote), bare));
			if (quote >= 0) {
				out.append(query, quote, end);
			}
			from = end;
		}
		return out.toString();
	}

	private static String rewriteUnquoted(String text, Function<String, String> bare) {
		String t = text;
		for (Pattern p : List.of(NUMERIC_DAY, NAMED_DAY, NAMED_MONTH, NUMERIC_MONTH, ISO)) {
			Matcher m = p.matcher(t);
			StringBuilder sb = new StringBuilder();
			while (m.find()) {
				String iso = span(p, m, m.group()).iso();
				boolean valueOrRange = valueOrRangeEnd(t, m.start());
				m.appendReplacement(sb, Matcher.quoteReplacement(valueOrRange ? iso : bare.apply(iso)));
			}
			m.appendTail(sb);
			t = sb.toString();
		}
		return t;
	}

	/** Whether the text before a position ends with {@code Field:}, {@code [}, {@code {} or {@code TO}. */
	private static boolean valueOrRangeEnd(String text, int at) {
		String before = text.substring(0, at).stripTrailing();
		return before.endsWith(":") || before.endsWith("[") || before.endsWith("{") || before.endsWith(" TO")
				|| before.equals("TO") || text.substring(0, at).endsWith("(") && before.endsWith(":(");
	}

	private static Span span(Pattern p, Matcher m, String typed) {
		try {
			if (p == NUMERIC_DAY) {
				return Span.day(LocalDate.of(year(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1))));
			}
			if (p == NAMED_DAY) {
				return Span.day(LocalDate.of(year(m.group(3)), month(m.group(2)).orElseThrow(),
						Integer.parseInt(m.group(1))));
			}
			if (p == NAMED_MONTH) {
				return Span.month(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)).orElseThrow()));
			}
			if (p == NUMERIC_MONTH) {
				return Span.month(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
			}
			YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
			return m.group(3) == null ? Span.month(ym) : Span.day(ym.atDay(Integer.parseInt(m.group(3))));
		}
		catch (DateTimeException e) {
			throw new QueryException("'" + typed.strip() + "' is not a date; write it day first, as 22/10/2025, "
					+ "22 Oct 2025 or 2025-10-22");
		}
	}

	private static int year(String digits) {
		return digits.length() == 2 ? 2000 + Integer.parseInt(digits) : Integer.parseInt(digits);
	}
}

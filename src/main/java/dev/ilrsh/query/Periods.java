package dev.ilrsh.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods as people name them in questions: "this year" (the teaching year, 1 August to 31 July), "last month",
 * "Q1" (August to October), "R03" (the collection period for October), "November" (in the teaching year),
 * "2027", "2025/26", and any date {@link DateText} reads.
 *
 * @param yearStart the calendar year the file's teaching year starts in (2025 for 2025-26)
 * @param today what "today", "this month" and "last month" are counted from: the file's preparation date
 */
public record Periods(int yearStart, LocalDate today) {

	/** One period, written without capturing groups so that it can be repeated inside a larger pattern. */
	static final String ATOM = "(?:(?:this|last|next|previous|current) (?:teaching |academic |funding |collection )?year"
			+ "|(?:this|last|next|previous) month"
			+ "|(?:19|20)\\d\\d-\\d\\d-\\d\\d|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
			+ "|q[1-4]|r(?:0?[1-9]|1[0-4])\\b|(?:19|20)\\d\\d/\\d\\d(?!\\d)|(?:19|20)\\d\\d-(?!0[1-9]|1[0-2])\\d\\d(?!\\d)"
			+ "|\\d{1,2}(?:st|nd|rd|th)? " + DateText.MONTH_WORD + " (?:\\d{4}|\\d{2})"
			+ "|" + DateText.MONTH_WORD + "(?: (?:19|20)\\d\\d)?"
			+ "|\\d{1,2}/(?:19|20)\\d\\d|(?:19|20)\\d\\d(?:-(?:0[1-9]|1[0-2]))?)";

	private static final Pattern TEACHING_YEAR = Pattern.compile("((?:19|20)\\d\\d)[/-](\\d\\d)");
	private static final Pattern RELATIVE_YEAR = Pattern.compile("(this|last|next|previous|current) .*year");
	private static final Pattern MONTH_ONLY = Pattern.compile(DateText.MONTH_NAME);

	/** The teaching year of a file for this schema year ("2526" gives 2025). */
	public static Periods forSchemaYear(String schemaYear, LocalDate today) {
		return new Periods(2000 + Integer.parseInt(schemaYear.substring(0, 2)), today);
	}

	/** The teaching year starting in August of a calendar year. */
	public static Span teachingYear(int startYear) {
		return new Span(LocalDate.of(startYear, 8, 1), LocalDate.of(startYear + 1, 7, 31));
	}

	/** Reads one period ({@link #ATOM}); empty when the words are not one. */
	public Optional<Span> read(String words) {
		String w = words.strip().toLowerCase(Locale.ROOT);
		Matcher year = RELATIVE_YEAR.matcher(w);
		if (year.matches()) {
			int shift = switch (year.group(1)) {
				case "last", "previous" -> -1;
				case "next" -> 1;
				default -> 0;
			};
			return Optional.of(teachingYear(yearStart + shift));
		}
		switch (w) {
			case "this month":
				return Optional.of(Span.month(YearMonth.from(today)));
			case "last month", "previous month":
				return Optional.of(Span.month(YearMonth.from(today).minusMonths(1)));
			case "next month":
				return Optional.of(Span.month(YearMonth.from(today).plusMonths(1)));
			default:
				break;
		}
		if (w.matches("q[1-4]")) {
			YearMonth first = YearMonth.of(yearStart, 8).plusMonths(3L * (w.charAt(1) - '1'));
			return Optional.of(new Span(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
		}
		if (w.matches("r\\d{1,2}")) {
			int period = Integer.parseInt(w.substring(1));
			// R13 and R14 are the returns made after the year closes: they cover the whole year, not a month
			return Optional.of(period > 12 ? teachingYear(yearStart)
					: Span.month(YearMonth.of(yearStart, 8).plusMonths(period - 1L)));
		}
		Matcher teaching = TEACHING_YEAR.matcher(w);
		if (teaching.matches() && (Integer.parseInt(teaching.group(1)) + 1) % 100 == Integer.parseInt(teaching.group(2))) {
			return Optional.of(teachingYear(Integer.parseInt(teaching.group(1))));
		}
		if (MONTH_ONLY.matcher(w).matches()) {
			int month = DateText.month(w).orElseThrow();
			return Optional.of(Span.month(YearMonth.of(month >= 8 ? yearStart : yearStart + 1, month)));
		}
		if (w.matches("(19|20)\\d\\d")) {
			return Optional.of(Span.year(Integer.parseInt(w)));
		}
		return DateText.parse(w);
	}
}

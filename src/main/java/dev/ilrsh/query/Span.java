package dev.ilrsh.query;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A run of days, both ends included; a null end is open ("since August" has no last day).
 *
 * @param from the first day, or null
 * @param to the last day, or null
 */
public record Span(LocalDate from, LocalDate to) {

	public static Span day(LocalDate day) {
		return new Span(day, day);
	}

	public static Span month(YearMonth month) {
		return new Span(month.atDay(1), month.atEndOfMonth());
	}

	public static Span year(int year) {
		return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The span in the query language's own form: a day, a month, a year or a range. */
	public String iso() {
		if (from != null && from.equals(to)) {
			return from.toString();
		}
		if (from != null && to != null && from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth())) {
			return YearMonth.from(from).toString();
		}
		if (from != null && to != null && from.getDayOfYear() == 1 && to.getYear() == from.getYear()
				&& to.getMonthValue() == 12 && to.getDayOfMonth() == 31) {
			return Integer.toString(from.getYear());
		}
		return "[" + (from == null ? "*" : from) + " TO " + (to == null ? "*" : to) + "]";
	}

	/** The query that finds this span in one date field. */
	public String in(String field) {
		return field + ":" + iso();
	}

	/** Days before this span: what "before" it means. */
	public Span before() {
		return new Span(null, from == null ? null : from.minusDays(1));
	}

	/** Days after this span. */
	public Span after() {
		return new Span(to == null ? null : to.plusDays(1), null);
	}

	/** This span's first day onwards. */
	public Span onwards() {
		return new Span(from, null);
	}

	/** From this span's start to the end of another. */
	public Span through(Span other) {
		return new Span(from, other.to);
	}
}

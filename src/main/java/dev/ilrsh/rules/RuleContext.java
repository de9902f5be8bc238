package dev.ilrsh.rules;

import dev.ilrsh.model.Message;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * What rules know beyond the learner in front of them: the collection year, the date the return is judged on, the
 * file's header and its name.
 *
 * @param referenceDate the date rules that speak of "the file preparation date" compare with; by default the
 *     header's FilePreparationDate
 * @param today the date rules that speak of "today" compare with (file name and header dates)
 * @param message the file (its header and provider; learners are not to be scanned by learner rules)
 * @param file the file's path, or null when the message was not read from a file
 */
public record RuleContext(LocalDate referenceDate, LocalDate today, Message message, Path file) {

	/** First day of the 2025-26 collection year. */
	public static final LocalDate YEAR_START = LocalDate.of(2025, 8, 1);

	/** Last day of the 2025-26 collection year. */
	public static final LocalDate YEAR_END = LocalDate.of(2026, 7, 31);

	/** 1 January of the collection year, from which a temporary ULN is no longer tolerated. */
	public static final LocalDate JANUARY_FIRST = LocalDate.of(2026, 1, 1);

	/** 31 August of the collection year, the day several age limits are measured on. */
	public static final LocalDate AUGUST_31 = LocalDate.of(2025, 8, 31);

	/** 31 August of the teaching year a date falls in (the year running 1 August to 31 July). */
	public static LocalDate august31OfYearOf(LocalDate date) {
		int year = MonthDay.from(date).isBefore(MonthDay.of(8, 1)) ? date.getYear() - 1 : date.getYear();
		return LocalDate.of(year, 8, 31);
	}

	/** The provider's UKPRN from LearningProvider, or null. */
	public Integer providerUkprn() {
		return message == null || message.learningProvider() == null ? null : message.learningProvider().ukprn();
	}
}

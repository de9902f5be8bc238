package dev.ilrsh.rules;

import dev.ilrsh.model.Message;
import dev.ilrsh.refdata.Lars;
import dev.ilrsh.refdata.RefData;
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
 * @param refData the reference data loaded (LARS), or {@link RefData#NONE}
 */
public record RuleContext(LocalDate referenceDate, LocalDate today, Message message, Path file, RefData refData) {

	public RuleContext {
		refData = refData == null ? RefData.NONE : refData;
	}

	/** A context with no reference data. */
	public RuleContext(LocalDate referenceDate, LocalDate today, Message message, Path file) {
		this(referenceDate, today, message, file, RefData.NONE);
	}

	/**
	 * The LARS loaded. Rules that declare {@link Rule#needs()} are run only when it is, so they may take it as
	 * given; others must allow for null.
	 */
	public Lars lars() {
		return refData.lars().orElse(null);
	}

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

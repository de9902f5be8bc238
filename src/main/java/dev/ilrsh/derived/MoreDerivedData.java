package dev.ilrsh.derived;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Derived data items the rules need beyond those in {@link DerivedData}. */
public final class MoreDerivedData {

	/** The employer identifier used while the real one is not yet known. */
	public static final int EMP_ID_TEMPORARY = 999999999;

	private MoreDerivedData() {
	}

	/**
	 * DD05 (employer identifier) and DD14 (work placement employer identifier): the check digit the first eight
	 * digits call for, weighted 9 down to 2, or -1 ("X") when none can be (a result of 10, or not nine digits).
	 */
	public static int employerCheckDigit(long id) {
		String digits = Long.toString(id);
		if (digits.length() != 9) {
			return -1;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (9 - i) * (digits.charAt(i) - '0');
		}
		int result = 11 - (sum % 11);
		if (result == 11) {
			return 0;
		}
		return result == 10 ? -1 : result;
	}

	/** Whether an employer identifier passes its check digit (the temporary 999999999 always does). */
	public static boolean validEmployerId(Integer id) {
		if (id == null || id == EMP_ID_TEMPORARY) {
			return true;
		}
		int expected = employerCheckDigit(id);
		return expected >= 0 && expected == id % 10;
	}

	/**
	 * The last Friday in June of the school year (1 September to 31 August) in which someone born on
	 * {@code dateOfBirth} turns 16: before it they may not start an apprenticeship.
	 */
	public static LocalDate lastFridayInJuneOfYearTurning16(LocalDate dateOfBirth) {
		LocalDate sixteenth = dateOfBirth.plusYears(16);
		int juneYear = sixteenth.getMonthValue() >= 9 ? sixteenth.getYear() + 1 : sixteenth.getYear();
		return LocalDate.of(juneYear, 6, 30).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
	}
}

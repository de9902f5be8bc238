package dev.ilrsh.derived;

import dev.ilrsh.model.EmploymentStatusMonitoring;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
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

	/** DD35: the aim is funded by a combined (devolved) authority: a SOF record with a code from 110 to 123. */
	public static boolean isCombinedAuthorityFunded(LearningDelivery aim) {
		for (LearningDeliveryFAM f : aim.learningDeliveryFAM()) {
			if ("SOF".equalsIgnoreCase(f.learnDelFAMType()) && f.learnDelFAMCode() != null) {
				try {
					int code = Integer.parseInt(f.learnDelFAMCode().strip());
					if (code >= 110 && code <= 123) {
						return true;
					}
				}
				catch (NumberFormatException e) {
					// not a combined authority code
				}
			}
		}
		return false;
	}

	/**
	 * The employment status that applies on a date: the latest dated on or before it (the first of equals in file
	 * order), or null.
	 */
	public static LearnerEmploymentStatus employmentStatusOn(Learner learner, LocalDate date) {
		if (date == null) {
			return null;
		}
		LearnerEmploymentStatus best = null;
		for (LearnerEmploymentStatus s : learner.learnerEmploymentStatus()) {
			if (s.dateEmpStatApp() != null && !s.dateEmpStatApp().isAfter(date)
					&& (best == null || s.dateEmpStatApp().isAfter(best.dateEmpStatApp()))) {
				best = s;
			}
		}
		return best;
	}

	/**
	 * DD38: an adult skills (FundModel 35) learner unemployed with benefits on the aim's start: on the status that
	 * applies then, BSI 1 with EmpStat 10, 11, 12 or 98; or BSI 4, 5 or 6 with EmpStat 11 or 12; or BSI 4, 5 or 6
	 * with EmpStat 10 and EII 2, 5 or 6.
	 */
	public static boolean isUnemployedWithBenefits(Learner learner, LearningDelivery aim) {
		if (aim.fundModel() == null || aim.fundModel() != 35) {
			return false;
		}
		LearnerEmploymentStatus s = employmentStatusOn(learner, aim.learnStartDate());
		if (s == null || s.empStat() == null) {
			return false;
		}
		int empStat = s.empStat();
		boolean bsi1 = monitoring(s, "BSI", 1);
		boolean bsi456 = monitoring(s, "BSI", 4, 5, 6);
		return (bsi1 && (empStat == 10 || empStat == 11 || empStat == 12 || empStat == 98))
				|| (bsi456 && (empStat == 11 || empStat == 12))
				|| (bsi456 && empStat == 10 && monitoring(s, "EII", 2, 5, 6));
	}

	/** Whether an employment status carries a monitoring record of this type with one of these codes. */
	public static boolean monitoring(LearnerEmploymentStatus status, String type, int... codes) {
		for (EmploymentStatusMonitoring m : status.employmentStatusMonitoring()) {
			if (type.equalsIgnoreCase(m.esmType()) && m.esmCode() != null) {
				for (int c : codes) {
					if (m.esmCode() == c) {
						return true;
					}
				}
			}
		}
		return false;
	}
}

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

	private static boolean ldm318(LearningDelivery aim) {
		for (LearningDeliveryFAM f : aim.learningDeliveryFAM()) {
			if ("LDM".equalsIgnoreCase(f.learnDelFAMType()) && f.learnDelFAMCode() != null
					&& f.learnDelFAMCode().strip().equals("318")) {
				return true;
			}
		}
		return false;
	}

	private static LearnerEmploymentStatus adultStatusOnStart(Learner learner, LearningDelivery aim) {
		return aim.fundModel() != null && aim.fundModel() == 35 ? employmentStatusOn(learner, aim.learnStartDate()) : null;
	}

	private static boolean empStat(LearnerEmploymentStatus s, int... codes) {
		if (s.empStat() == null) {
			return false;
		}
		for (int c : codes) {
			if (s.empStat() == c) {
				return true;
			}
		}
		return false;
	}

	/**
	 * DD12: an adult skills (FundModel 35) learner on JSA, ESA (WRAG) or Universal Credit mandated to training on
	 * the aim's start: BSI 1 or 2, or BSI 4 with LDM 318.
	 */
	public static boolean isMandatedOnBenefits(Learner learner, LearningDelivery aim) {
		LearnerEmploymentStatus s = adultStatusOnStart(learner, aim);
		return s != null && (monitoring(s, "BSI", 1, 2) || (monitoring(s, "BSI", 4) && ldm318(aim)));
	}

	/**
	 * DD21: an adult skills learner unemployed (EmpStat 11, 12) on other state benefits on the aim's start: BSI 3,
	 * or BSI 4 without LDM 318.
	 */
	public static boolean isUnemployedOnOtherBenefits(Learner learner, LearningDelivery aim) {
		LearnerEmploymentStatus s = adultStatusOnStart(learner, aim);
		return s != null && empStat(s, 11, 12) && (monitoring(s, "BSI", 3) || (monitoring(s, "BSI", 4) && !ldm318(aim)));
	}

	/**
	 * DD28: an adult skills learner unemployed with benefits on the aim's start: BSI 1 or 2 with EmpStat 10, 11, 12
	 * or 98; BSI 3 or 4 with EmpStat 11 or 12; or BSI 3 or 4 with EmpStat 10 and EII 2, 5 or 6.
	 */
	public static boolean isUnemployedWithBenefitsBefore2020(Learner learner, LearningDelivery aim) {
		LearnerEmploymentStatus s = adultStatusOnStart(learner, aim);
		if (s == null) {
			return false;
		}
		boolean bsi34 = monitoring(s, "BSI", 3, 4);
		return (monitoring(s, "BSI", 1, 2) && empStat(s, 10, 11, 12, 98)) || (bsi34 && empStat(s, 11, 12))
				|| (bsi34 && empStat(s, 10) && monitoring(s, "EII", 2, 5, 6));
	}

	/**
	 * DD37: an adult skills learner unemployed (EmpStat 11, 12) on other state benefits on the aim's start: BSI 6,
	 * or BSI 4 without LDM 318.
	 */
	public static boolean isUnemployedOnOtherStateBenefits(Learner learner, LearningDelivery aim) {
		LearnerEmploymentStatus s = adultStatusOnStart(learner, aim);
		return s != null && empStat(s, 11, 12) && (monitoring(s, "BSI", 6) || (monitoring(s, "BSI", 4) && !ldm318(aim)));
	}

	/** The letters of a student support number's first four characters, valued 0 up in this order. */
	private static final String SSN_LETTERS = "ABCDEFGHJKLMNPRSTUVWXY";

	/** The check letters, valued 1 up in this order. */
	private static final String SSN_CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

	/**
	 * Whether a student support number has the right form (four letters, eight digits, a check letter; I, O and Q
	 * never used) and check letter: the letters and digits weighted 13 down to 2, summed, and the remainder modulo
	 * 23 taken from 23 gives the check letter's place.
	 */
	public static boolean validStudentSupportNumber(String ssn) {
		String s = ssn.strip().toUpperCase(java.util.Locale.ROOT);
		if (!s.matches("[A-HJ-NPR-Y]{4}[0-9]{8}[A-HJ-NPR-Z]")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			int value = i < 4 ? SSN_LETTERS.indexOf(s.charAt(i)) : s.charAt(i) - '0';
			sum += value * (13 - i);
		}
		int check = 23 - sum % 23;
		return SSN_CHECK_LETTERS.charAt(check - 1) == s.charAt(12);
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

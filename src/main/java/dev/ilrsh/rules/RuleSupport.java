package dev.ilrsh.rules;

import dev.ilrsh.model.AppFinRecord;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Small tests the rules share, named as the rules speak of them. */
final class RuleSupport {

	static final int FM_APPRENTICESHIP = 36;
	static final int FM_NON_FUNDED = 99;
	static final int PROG_STANDARD = 25;
	static final int PROG_BOOTCAMP = 32;

	private RuleSupport() {
	}

	static RuleInfo info(String name, String severity, String sheet, String entity, String summary,
			String... fields) {
		return new RuleInfo(name, Severity.parse(severity), sheet, entity, List.of(fields), summary);
	}

	/** The one-code case, without the array a varargs call makes each time (rules ask this on every aim). */
	static boolean is(Integer value, int code) {
		return value != null && value == code;
	}

	static boolean is(Integer value, int... codes) {
		if (value == null) {
			return false;
		}
		for (int c : codes) {
			if (value == c) {
				return true;
			}
		}
		return false;
	}

	static boolean fm(LearningDelivery aim, int code) {
		return is(aim.fundModel(), code);
	}

	static boolean fm(LearningDelivery aim, int... codes) {
		return is(aim.fundModel(), codes);
	}

	static boolean programmeAim(LearningDelivery aim) {
		return is(aim.aimType(), 1);
	}

	static boolean componentAim(LearningDelivery aim) {
		return is(aim.aimType(), 3);
	}

	/** ProgType 25. */
	static boolean standard(LearningDelivery aim) {
		return is(aim.progType(), PROG_STANDARD);
	}

	/** FundModel 36 and ProgType 25: an apprenticeship-funded standard. */
	static boolean fundedStandard(LearningDelivery aim) {
		return fm(aim, FM_APPRENTICESHIP) && standard(aim);
	}

	/** FundModel 37 and ProgType 32. */
	static boolean bootcamp(LearningDelivery aim) {
		return fm(aim, 37) && is(aim.progType(), PROG_BOOTCAMP);
	}

	/** DD07 as the 2025-26 rules define it: ProgType 25. */
	static boolean dd07(LearningDelivery aim) {
		return standard(aim);
	}

	static boolean onOrAfter(LocalDate date, LocalDate limit) {
		return date != null && !date.isBefore(limit);
	}

	static boolean onOrBefore(LocalDate date, LocalDate limit) {
		return date != null && !date.isAfter(limit);
	}

	/**
	 * Whether a record's type (a FAM or financial record type) is {@code type}, without regard to case as the DfE
	 * compares them. Most comparisons differ at the first letter, which is settled without equalsIgnoreCase.
	 */
	static boolean sameType(String type, String recorded) {
		if (recorded == null || recorded.length() != type.length()) {
			return false;
		}
		if (!type.isEmpty()) {
			char a = type.charAt(0);
			char b = recorded.charAt(0);
			// in ASCII only letters have a case, and | 0x20 makes a capital small: a difference left is a real one
			if (a < 0x80 && b < 0x80 && (a | 0x20) != (b | 0x20)) {
				return false;
			}
		}
		return type.equalsIgnoreCase(recorded);
	}

	static boolean sameCode(String code, String expected) {
		if (code == null) {
			return false;
		}
		String a = code.strip();
		if (a.equals(expected)) {
			return true;
		}
		try {
			return Integer.parseInt(a) == Integer.parseInt(expected);
		}
		catch (NumberFormatException e) {
			return a.equalsIgnoreCase(expected);
		}
	}

	static boolean hasFam(LearningDelivery aim, String type) {
		List<LearningDeliveryFAM> fams = aim.learningDeliveryFAM();
		for (int i = 0; i < fams.size(); i++) {
			LearningDeliveryFAM f = fams.get(i);
			if (sameType(type, f.learnDelFAMType())) {
				return true;
			}
		}
		return false;
	}

	static boolean hasFam(LearningDelivery aim, String type, String... codes) {
		List<LearningDeliveryFAM> fams = aim.learningDeliveryFAM();
		for (int i = 0; i < fams.size(); i++) {
			LearningDeliveryFAM f = fams.get(i);
			if (sameType(type, f.learnDelFAMType())) {
				for (String code : codes) {
					if (sameCode(f.learnDelFAMCode(), code)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	static boolean anyAimHasFam(Learner learner, String type, String... codes) {
		for (LearningDelivery aim : learner.learningDelivery()) {
			if (hasFam(aim, type, codes)) {
				return true;
			}
		}
		return false;
	}

	static boolean restart(LearningDelivery aim) {
		return hasFam(aim, "RES");
	}

	static boolean fin(AppFinRecord record, String type, int... codes) {
		return sameType(type, record.aFinType()) && (codes.length == 0 || is(record.aFinCode(), codes));
	}

	static boolean hasFin(LearningDelivery aim, String type, int... codes) {
		for (AppFinRecord r : aim.appFinRecord()) {
			if (fin(r, type, codes)) {
				return true;
			}
		}
		return false;
	}

	/** The ACT records of an aim, latest DateFrom last. */
	static List<LearningDeliveryFAM> actRecords(LearningDelivery aim) {
		LearningDeliveryFAM only = null;
		int count = 0;
		for (LearningDeliveryFAM f : aim.learningDeliveryFAM()) {
			if (sameType("ACT", f.learnDelFAMType())) {
				only = f;
				count++;
			}
		}
		if (count < 2) {
			return count == 0 ? List.of() : List.of(only);
		}
		return aim.learningDeliveryFAM()
			.stream()
			.filter(f -> sameType("ACT", f.learnDelFAMType()))
			.sorted(Comparator.comparing(LearningDeliveryFAM::learnDelFAMDateFrom,
					Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	/** The latest ACT record by DateFrom, if any. */
	static Optional<LearningDeliveryFAM> latestAct(LearningDelivery aim) {
		List<LearningDeliveryFAM> acts = actRecords(aim);
		return acts.isEmpty() ? Optional.empty() : Optional.of(acts.get(acts.size() - 1));
	}

	/** Days from one date to another (negative when the second is earlier). */
	static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	/** The employment status that applies on a date (see {@link MoreDerivedData#employmentStatusOn}). */
	static LearnerEmploymentStatus statusOn(Learner learner, LocalDate date) {
		return dev.ilrsh.derived.MoreDerivedData.employmentStatusOn(learner, date);
	}

	/** The prior attainment that applies on a date: the latest record dated on or before it, or null. */
	static dev.ilrsh.model.PriorAttain priorAttainOn(Learner learner, LocalDate date) {
		if (date == null) {
			return null;
		}
		dev.ilrsh.model.PriorAttain best = null;
		for (dev.ilrsh.model.PriorAttain p : learner.priorAttain()) {
			if (p.dateLevelApp() != null && !p.dateLevelApp().isAfter(date)
					&& (best == null || p.dateLevelApp().isAfter(best.dateLevelApp()))) {
				best = p;
			}
		}
		return best;
	}

	/** Whether the learner has a learner FAM of this type (with one of these codes, when codes are given). */
	static boolean hasLearnerFam(Learner learner, String type, int... codes) {
		for (dev.ilrsh.model.LearnerFAM f : learner.learnerFAM()) {
			if (sameType(type, f.learnFAMType()) && (codes.length == 0 || is(f.learnFAMCode(), codes))) {
				return true;
			}
		}
		return false;
	}

	/** Whole years between a date of birth and a date, or -1 when either is missing. */
	static int age(Learner learner, LocalDate on) {
		if (learner.dateOfBirth() == null || on == null) {
			return -1;
		}
		return java.time.Period.between(learner.dateOfBirth(), on).getYears();
	}

	static boolean sameProgramme(LearningDelivery a, LearningDelivery b) {
		return Objects.equals(a.progType(), b.progType()) && Objects.equals(a.stdCode(), b.stdCode());
	}

	static String text(Object value) {
		return value == null ? "(none)" : value.toString();
	}
}

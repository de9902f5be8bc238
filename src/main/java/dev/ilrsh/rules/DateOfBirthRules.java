package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.age;
import static dev.ilrsh.rules.RuleSupport.days;
import static dev.ilrsh.rules.RuleSupport.dd07;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.onOrBefore;
import static dev.ilrsh.rules.RuleSupport.programmeAim;
import static dev.ilrsh.rules.RuleSupport.restart;
import static dev.ilrsh.rules.RuleSupport.sameType;
import static dev.ilrsh.rules.RuleSupport.standard;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.derived.MoreDerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import java.time.LocalDate;
import java.util.List;

/** Date of birth: when it must be given, the age limits, and the minimum length of a standard. */
final class DateOfBirthRules {

	private DateOfBirthRules() {
	}

	private static final LocalDate AUG_2016 = LocalDate.of(2016, 8, 1);
	private static final LocalDate JUL_2025 = LocalDate.of(2025, 7, 31);
	private static final LocalDate AUG_2025 = LocalDate.of(2025, 8, 1);

	private static boolean olass(LearningDelivery d) {
		return hasFam(d, "LDM", "034");
	}

	/** A funded standard's programme aim, not a restart, starting within [from, to]. */
	private static boolean standardProgramme(LearningDelivery d, LocalDate from, LocalDate to, int... fundModels) {
		return programmeAim(d) && standard(d) && fm(d, fundModels) && !restart(d) && onOrAfter(d.learnStartDate(), from)
				&& (to == null || onOrBefore(d.learnStartDate(), to));
	}

	private static String planned(LearningDelivery d, int minimum) {
		if (d.learnPlanEndDate() == null) {
			return null;
		}
		long length = days(d.learnStartDate(), d.learnPlanEndDate());
		return length < minimum ? "the standard is planned to last " + length + " days (" + d.learnStartDate()
				+ " to " + d.learnPlanEndDate() + "); it must be planned for at least " + minimum : null;
	}

	private static String actual(LearningDelivery d, int minimum) {
		if (!is(d.compStatus(), 2) || d.learnActEndDate() == null) {
			return null;
		}
		long length = days(d.learnStartDate(), d.learnActEndDate());
		return length < minimum ? "the completed standard lasted " + length + " days (" + d.learnStartDate() + " to "
				+ d.learnActEndDate() + "); at least " + minimum + " are required" : null;
	}

	static List<Rule> rules() {
		String l = RuleInfo.LEARNER;
		return List.of(
				new LearnerLevelRule(info("DateOfBirth_01", "E", l, "Learner",
						"funded learners must have a date of birth", "DateOfBirth"),
						(x, c) -> x.dateOfBirth() == null && x.learningDelivery()
							.stream()
							.anyMatch(d -> fm(d, 25, 82, 35, 36, 37, 38, 81) && !olass(d))
									? "the date of birth is missing and the learner has funded aims" : null),
				new LearnerLevelRule(info("DateOfBirth_02", "W", l, "Learner",
						"community, tailored and non-funded learners should have a date of birth", "DateOfBirth"),
						(x, c) -> x.dateOfBirth() == null && x.learningDelivery()
							.stream()
							.anyMatch(d -> fm(d, 10, 99, 11) && !hasFam(d, "ADL"))
									? "the date of birth is missing" : null),
				new LearnerLevelRule(info("DateOfBirth_04", "E", l, "Learner",
						"the learner must be under 115 at the start of the year", "DateOfBirth"),
						(x, c) -> age(x, RuleContext.YEAR_START) >= 115
								? "date of birth " + x.dateOfBirth() + " makes the learner " + age(x, RuleContext.YEAR_START)
										+ " on 1 August 2025" : null),
				new AimRule(info("DateOfBirth_05", "W", l, "Learner",
						"community and non-funded learners should be at least 4 at the start", "DateOfBirth",
						"LearnStartDate", "FundModel"),
						(x, d, c) -> fm(d, 10, 99) && x.dateOfBirth() != null && d.learnStartDate() != null
								&& age(x, d.learnStartDate()) < 4 ? "the learner is " + age(x, d.learnStartDate())
										+ " at the start of this aim" : null),
				new AimRule(info("DateOfBirth_06", "W", l, "Learner",
						"16-19 funded learners should be at least 13 on 31 August", "DateOfBirth", "FundModel"),
						(x, d, c) -> fm(d, 25, 82) && x.dateOfBirth() != null && age(x, RuleContext.AUGUST_31) < 13
								? "the learner is " + age(x, RuleContext.AUGUST_31) + " on 31 August 2025" : null),
				ChildRule.ofAim(info("DateOfBirth_30", "E", l, "Learner",
						"a funded learner aged 19-24 on 31 August with an EHC plan is funded as 16-19 (SOF 107)",
						"DateOfBirth", "FundModel", "LearnDelFAMType", "LearnDelFAMCode"), LearningDelivery::learningDeliveryFAM,
						(x, d, f, c) -> sameType("SOF", f.learnDelFAMType()) && !RuleSupport.sameCode(f.learnDelFAMCode(), "107")
								&& fm(d, 25, 82, 35, 38, 81) && !dd07(d) && !hasFam(d, "LDM", "034")
								&& age(x, RuleContext.AUGUST_31) >= 19 && age(x, RuleContext.AUGUST_31) <= 24
								&& RuleSupport.hasLearnerFam(x, "EHC")
										? "the learner is " + age(x, RuleContext.AUGUST_31) + " on 31 August 2025 with an EHC plan but "
												+ "the source of funding is SOF " + f.learnDelFAMCode() + ", not 107" : null),
				new LearnerLevelRule(info("DateOfBirth_34", "E", l, "Learner",
						"a 16-19 high needs student (HNS) aged 19-24 on 31 August needs an EHC plan", "DateOfBirth",
						"LearnerFAM", "FundModel"),
						(x, c) -> age(x, RuleContext.AUGUST_31) >= 19 && age(x, RuleContext.AUGUST_31) <= 24
								&& RuleSupport.hasLearnerFam(x, "HNS") && !RuleSupport.hasLearnerFam(x, "EHC")
								&& x.learningDelivery().stream().anyMatch(d -> fm(d, 25))
										? "the learner is " + age(x, RuleContext.AUGUST_31)
												+ " on 31 August 2025, 16-19 funded and a high needs student (HNS) with no EHC record"
										: null),
				new AimRule(info("DateOfBirth_07", "E", l, "Learner",
						"16-19 funding (SOF 107) is not for learners 25 or over on 31 August", "DateOfBirth",
						"FundModel"),
						(x, d, c) -> fm(d, 25, 82) && age(x, RuleContext.AUGUST_31) >= 25 && hasFam(d, "SOF", "107")
								? "the learner is " + age(x, RuleContext.AUGUST_31)
										+ " on 31 August 2025 but the aim is funded as 16-19 (SOF 107)" : null),
				new AimRule(info("DateOfBirth_20", "E", l, "Learner",
						"16-19 funded learners under 19 on 31 August must have SOF 107", "DateOfBirth", "FundModel"),
						(x, d, c) -> fm(d, 25, 82) && x.dateOfBirth() != null && age(x, RuleContext.AUGUST_31) < 19
								&& hasFam(d, "SOF") && !hasFam(d, "SOF", "107")
										? "the learner is under 19 on 31 August 2025 but the source of funding is not 107"
										: null),
				new AimRule(info("DateOfBirth_23", "E", l, "Learner",
						"learners with an Advanced Learner Loan must have a date of birth", "DateOfBirth",
						"FundModel"),
						(x, d, c) -> x.dateOfBirth() == null && fm(d, 99) && hasFam(d, "ADL") && !olass(d)
								? "the date of birth is missing on a learner with an Advanced Learner Loan" : null),
				new LearnerLevelRule(info("DateOfBirth_24", "E", l, "Learner",
						"a learner with a real ULN must have a date of birth", "ULN", "DateOfBirth"),
						(x, c) -> x.dateOfBirth() == null && x.uln() != null && x.uln() != DerivedData.ULN_NOT_KNOWN
								? "ULN " + x.uln() + " is given but the date of birth is missing" : null),
				new AimRule(info("DateOfBirth_26", "E", l, "Learner",
						"learners with an Advanced Learner Loan must be 19 or over at the start", "DateOfBirth",
						"LearnStartDate", "FundModel"),
						(x, d, c) -> fm(d, 99) && hasFam(d, "ADL") && x.dateOfBirth() != null
								&& d.learnStartDate() != null && age(x, d.learnStartDate()) < 19
										? "the learner is " + age(x, d.learnStartDate())
												+ " at the start of a loan-funded aim" : null),
				new LearnerLevelRule(info("DateOfBirth_27", "E", l, "Learner",
						"the date of birth must be before the start of the year", "DateOfBirth"),
						(x, c) -> onOrAfter(x.dateOfBirth(), RuleContext.YEAR_START)
								? "date of birth " + x.dateOfBirth() + " is on or after 1 August 2025" : null),
				new AimRule(info("DateOfBirth_46", "E", l, "Learner",
						"a standard started 1 Aug 2016 to 31 Jul 2025 must be planned for 365 days or more",
						"DateOfBirth", "AimType", "LearnStartDate", "LearnPlanEndDate", "FundModel", "ProgType"),
						(x, d, c) -> standardProgramme(d, AUG_2016, JUL_2025, 81, 36) && age(x, d.learnStartDate()) >= 16
								? planned(d, 365) : null),
				new AimRule(info("DateOfBirth_47", "E", l, "Learner",
						"a completed standard started 1 Aug 2016 to 31 Jul 2025 must have lasted 365 days or more",
						"DateOfBirth", "AimType", "LearnStartDate", "LearnActEndDate", "FundModel", "ProgType",
						"CompStatus"),
						(x, d, c) -> standardProgramme(d, AUG_2016, JUL_2025, 81, 36) ? actual(d, 365) : null),
				new AimRule(info("DateOfBirth_48", "E", l, "Learner",
						"an apprenticeship cannot start before the last Friday in June of the school year the learner turns 16",
						"DateOfBirth", "LearnStartDate"),
						(x, d, c) -> {
							if (!dd07(d) || x.dateOfBirth() == null || !onOrAfter(d.learnStartDate(), AUG_2016)) {
								return null;
							}
							LocalDate start = DerivedData.programmeStartDate(x, d).orElse(d.learnStartDate());
							LocalDate limit = MoreDerivedData.lastFridayInJuneOfYearTurning16(x.dateOfBirth());
							return !start.isAfter(limit) ? "the apprenticeship starts " + start
									+ ", not after the last Friday in June (" + limit + ") of the year the learner turns 16"
									: null;
						}),
				new AimRule(info("DateOfBirth_57", "E", l, "Learner",
						"a standard started from 1 Aug 2025 must be planned for 242 days or more", "DateOfBirth",
						"AimType", "LearnStartDate", "LearnPlanEndDate", "FundModel", "ProgType"),
						(x, d, c) -> standardProgramme(d, AUG_2025, null, 36) && age(x, d.learnStartDate()) >= 16
								? planned(d, 242) : null),
				new AimRule(info("DateOfBirth_58", "E", l, "Learner",
						"a completed standard started from 1 Aug 2025 must have lasted 242 days or more",
						"DateOfBirth", "AimType", "LearnStartDate", "LearnActEndDate", "FundModel", "ProgType",
						"CompStatus"),
						(x, d, c) -> standardProgramme(d, AUG_2025, null, 36) ? actual(d, 242) : null),
				new AimRule(info("DateOfBirth_12", "E", l, "Learner",
						"community learners under 19 at the start cannot have ASL 1 or 2", "DateOfBirth",
						"LearnStartDate", "FundModel"),
						(x, d, c) -> fm(d, 10) && x.dateOfBirth() != null && d.learnStartDate() != null
								&& age(x, d.learnStartDate()) < 19 && hasFam(d, "ASL", "1", "2")
										? "the learner is " + age(x, d.learnStartDate()) + " at the start of an ASL 1 or 2 aim"
										: null),
				new AimRule(info("DateOfBirth_13", "W", l, "Learner",
						"OfS-funded learners should be 16 or over on 31 July of the year", "DateOfBirth",
						"FundModel"),
						(x, d, c) -> fm(d, 99) && hasFam(d, "SOF", "1") && x.dateOfBirth() != null
								&& age(x, RuleContext.YEAR_END) < 16 ? "the learner is " + age(x, RuleContext.YEAR_END)
										+ " on 31 July 2026" : null),
				new AimRule(info("DateOfBirth_14", "W", l, "Learner",
						"OLASS learners should be 18 or over at the start", "DateOfBirth", "LearnStartDate",
						"FundModel"),
						(x, d, c) -> fm(d, 35, 81) && olass(d) && x.dateOfBirth() != null && d.learnStartDate() != null
								&& age(x, d.learnStartDate()) < 18 ? "the OLASS learner is " + age(x, d.learnStartDate())
										+ " at the start" : null),
				new AimRule(info("DateOfBirth_25", "E", l, "Learner",
						"adult skills, bootcamp and ASF learners are 19 or over on 31 August", "DateOfBirth",
						"FundModel"),
						(x, d, c) -> ((fm(d, 35) && !dd07(d)) || fm(d, 37, 38)) && !olass(d) && x.dateOfBirth() != null
								&& age(x, RuleContext.AUGUST_31) < 19
										? "the learner is " + age(x, RuleContext.AUGUST_31) + " on 31 August 2025" : null),
				new AimRule(info("DateOfBirth_37", "E", l, "Learner",
						"a standard started 1 Aug 2014 to 31 Jul 2016 by a learner 19 or over is planned for 365 days or more",
						"DateOfBirth", "AimType", "LearnStartDate", "LearnPlanEndDate", "FundModel", "ProgType"),
						(x, d, c) -> standardProgramme(d, LocalDate.of(2014, 8, 1), LocalDate.of(2016, 7, 31), 35, 81)
								&& age(x, d.learnStartDate()) >= 19 ? planned(d, 365) : null),
				new AimRule(info("DateOfBirth_40", "E", l, "Learner",
						"an achieved standard started by 31 Jul 2016 by a learner 19 or over lasted 365 days or more",
						"DateOfBirth", "AimType", "LearnStartDate", "LearnActEndDate", "FundModel", "ProgType",
						"Outcome"),
						(x, d, c) -> standardProgramme(d, LocalDate.MIN, LocalDate.of(2016, 7, 31), 35, 81)
								&& age(x, d.learnStartDate()) >= 19 && is(d.outcome(), 1) && d.learnActEndDate() != null
								&& days(d.learnStartDate(), d.learnActEndDate()) < 365
										? "the achieved standard lasted " + days(d.learnStartDate(), d.learnActEndDate())
												+ " days; at least 365 are required" : null));
	}

}

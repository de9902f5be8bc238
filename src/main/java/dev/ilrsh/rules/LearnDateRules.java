package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.dd07;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.restart;

import java.time.LocalDate;
import java.util.List;

/** Start, original start, planned end and actual end dates of an aim. */
final class LearnDateRules {

	private LearnDateRules() {
	}

	static List<Rule> rules() {
		String s = RuleInfo.LEARNING_DELIVERY;
		String e = "LearningDelivery";
		return List.of(
				new AimRule(info("LearnStartDate_02", "E", s, e,
						"an aim must not start more than 10 years before the collection year", "LearnStartDate"),
						(l, d, c) -> d.learnStartDate() != null
								&& d.learnStartDate().isBefore(RuleContext.YEAR_START.minusYears(10))
										? "the aim starts " + d.learnStartDate() + ", more than 10 years before 1 August 2025"
										: null),
				new AimRule(info("LearnStartDate_03", "E", s, e,
						"an aim must not start after the collection year (apprenticeships, T Levels, bootcamps aside)",
						"LearnStartDate", "FundModel", "ProgType"),
						(l, d, c) -> d.learnStartDate() != null && d.learnStartDate().isAfter(RuleContext.YEAR_END)
								&& !dd07(d) && !(fm(d, 25) && is(d.progType(), 31)) && !RuleSupport.bootcamp(d)
										? "the aim starts " + d.learnStartDate() + ", after 31 July 2026" : null),
				new AimRule(info("LearnStartDate_05", "E", s, e, "an aim must start after the date of birth",
						"LearnStartDate", "DateOfBirth"),
						(l, d, c) -> l.dateOfBirth() != null && d.learnStartDate() != null
								&& !l.dateOfBirth().isBefore(d.learnStartDate())
										? "the aim starts " + d.learnStartDate() + ", not after the date of birth" : null),
				new AimRule(info("LearnStartDate_12", "E", s, e,
						"an apprenticeship aim must not start more than a year after the collection year",
						"LearnStartDate", "ProgType"),
						(l, d, c) -> dd07(d) && d.learnStartDate() != null
								&& d.learnStartDate().isAfter(RuleContext.YEAR_END.plusYears(1))
										? "the apprenticeship aim starts " + d.learnStartDate() + ", after 31 July 2027" : null),
				new AimRule(info("LearnStartDate_21", "E", s, e, "Skills Bootcamp aims start on or after 1 August 2022",
						"LearnStartDate", "FundModel"),
						(l, d, c) -> fm(d, 37) && d.learnStartDate() != null
								&& d.learnStartDate().isBefore(LocalDate.of(2022, 8, 1))
										? "the bootcamp aim starts " + d.learnStartDate() + ", before 1 August 2022" : null),
				new AimRule(info("OrigLearnStartDate_01", "E", s, e,
						"the original start must not be more than 10 years before the start", "OrigLearnStartDate",
						"LearnStartDate"),
						(l, d, c) -> d.origLearnStartDate() != null && d.learnStartDate() != null
								&& d.origLearnStartDate().isBefore(d.learnStartDate().minusYears(10))
										? "the original start " + d.origLearnStartDate() + " is more than 10 years before the start "
												+ d.learnStartDate() : null),
				new AimRule(info("OrigLearnStartDate_02", "E", s, e, "the original start must be before the start",
						"OrigLearnStartDate", "LearnStartDate"),
						(l, d, c) -> d.origLearnStartDate() != null && d.learnStartDate() != null
								&& !d.origLearnStartDate().isBefore(d.learnStartDate())
										? "the original start " + d.origLearnStartDate() + " is not before the start "
												+ d.learnStartDate() : null),
				new AimRule(info("OrigLearnStartDate_03", "E", s, e,
						"16-19 and community learning aims have no original start", "OrigLearnStartDate",
						"FundModel"),
						(l, d, c) -> d.origLearnStartDate() != null && fm(d, 25, 82, 10)
								? "an original start date is given on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("OrigLearnStartDate_04", "E", s, e, "an original start needs a restart (RES) FAM",
						"OrigLearnStartDate"),
						(l, d, c) -> d.origLearnStartDate() != null && !restart(d)
								? "an original start date is given but the aim has no RES record" : null),
				new AimRule(info("OrigLearnStartDate_09", "E", s, e,
						"an apprenticeship-funded aim's original start is not before 1 May 2017", "OrigLearnStartDate",
						"FundModel"),
						(l, d, c) -> fm(d, 36) && d.origLearnStartDate() != null
								&& d.origLearnStartDate().isBefore(LocalDate.of(2017, 5, 1))
										? "the original start " + d.origLearnStartDate() + " is before 1 May 2017" : null),
				new AimRule(info("LearnPlanEndDate_02", "E", s, e, "the planned end must not be before the start",
						"LearnPlanEndDate", "LearnStartDate"),
						(l, d, c) -> d.learnPlanEndDate() != null && d.learnStartDate() != null
								&& d.learnPlanEndDate().isBefore(d.learnStartDate())
										? "the planned end " + d.learnPlanEndDate() + " is before the start " + d.learnStartDate()
										: null),
				new AimRule(info("LearnPlanEndDate_03", "E", s, e,
						"the planned end must be less than 10 years after the start", "LearnPlanEndDate",
						"LearnStartDate"),
						(l, d, c) -> d.learnPlanEndDate() != null && d.learnStartDate() != null
								&& !d.learnPlanEndDate().isBefore(d.learnStartDate().plusYears(10))
										? "the planned end " + d.learnPlanEndDate() + " is 10 years or more after the start "
												+ d.learnStartDate() : null),
				new AimRule(info("LearnActEndDate_01", "E", s, e, "the actual end must not be before the start",
						"LearnActEndDate", "LearnStartDate"),
						(l, d, c) -> d.learnActEndDate() != null && d.learnStartDate() != null
								&& d.learnActEndDate().isBefore(d.learnStartDate())
										? "the actual end " + d.learnActEndDate() + " is before the start " + d.learnStartDate()
										: null),
				new AimRule(info("LearnActEndDate_04", "E", s, e,
						"the actual end must not be after the file preparation date", "LearnActEndDate"),
						(l, d, c) -> d.learnActEndDate() != null && d.learnActEndDate().isAfter(c.referenceDate())
								? "the actual end " + d.learnActEndDate() + " is after the file preparation date "
										+ c.referenceDate() : null));
	}
}

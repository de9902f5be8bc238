package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.bootcamp;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.fundedStandard;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.programmeAim;
import static dev.ilrsh.rules.RuleSupport.standard;

import java.time.LocalDate;
import java.util.List;

/**
 * Achievement date: only standards' and bootcamps' programme aims carry one, within the aim's dates and not in the
 * future; a completed standard must have one.
 */
final class AchDateRules {

	private AchDateRules() {
	}

	static List<Rule> rules() {
		String s = RuleInfo.LEARNING_DELIVERY;
		String e = "LearningDelivery";
		return List.of(
				new AimRule(info("AchDate_02", "W", s, e, "an achievement date should be within the collection year",
						"AchDate"),
						(l, d, c) -> d.achDate() != null && d.achDate().isAfter(RuleContext.YEAR_END)
								? "achievement date " + d.achDate() + " is after 31 July 2026" : null),
				new AimRule(info("AchDate_03", "E", s, e, "an achievement date must not be before the start",
						"AchDate", "LearnStartDate"),
						(l, d, c) -> d.achDate() != null && d.learnStartDate() != null
								&& d.achDate().isBefore(d.learnStartDate()) && !bootcamp(d)
										? "achievement date " + d.achDate() + " is before the start " + d.learnStartDate()
										: null),
				new AimRule(info("AchDate_04", "E", s, e, "an achievement date needs an actual end date", "AchDate",
						"LearnActEndDate"),
						(l, d, c) -> d.achDate() != null && d.learnActEndDate() == null && !bootcamp(d)
								? "achievement date " + d.achDate() + " is given but there is no actual end date" : null),
				new AimRule(info("AchDate_05", "E", s, e, "an achievement date must not be before the actual end",
						"AchDate", "LearnActEndDate"),
						(l, d, c) -> d.achDate() != null && d.learnActEndDate() != null
								&& d.achDate().isBefore(d.learnActEndDate()) && !bootcamp(d)
										? "achievement date " + d.achDate() + " is before the actual end " + d.learnActEndDate()
										: null),
				new AimRule(info("AchDate_07", "E", s, e,
						"an achievement date must not be after the file preparation date", "AchDate"),
						(l, d, c) -> d.achDate() != null && d.achDate().isAfter(c.referenceDate())
								? "achievement date " + d.achDate() + " is after the file preparation date "
										+ c.referenceDate() : null),
				new AimRule(info("AchDate_08", "E", s, e,
						"an achieved trailblazer standard (FundModel 81) needs an achievement date", "AchDate",
						"Outcome", "FundModel", "ProgType"),
						(l, d, c) -> programmeAim(d) && fm(d, 81) && standard(d) && is(d.outcome(), 1) && d.achDate() == null
								? "the standard is achieved (outcome 1) but has no achievement date" : null),
				new AimRule(info("AchDate_09", "E", s, e,
						"only standards' and bootcamps' programme aims carry an achievement date", "AchDate",
						"LearnStartDate", "AimType", "FundModel", "ProgType"),
						(l, d, c) -> d.achDate() != null && d.learnStartDate() != null
								&& d.learnStartDate().isAfter(LocalDate.of(2015, 7, 31))
								&& !(programmeAim(d) && fm(d, 81, 36) && standard(d)) && !bootcamp(d)
										? "achievement date " + d.achDate() + " is given on an aim that is not a standard's "
												+ "or bootcamp's programme aim" : null),
				new AimRule(info("AchDate_12", "E", s, e,
						"a completed standard (CompStatus 2) ended from 1 Aug 2021 needs an achievement date",
						"AchDate", "CompStatus", "LearnActEndDate", "AimType", "FundModel", "ProgType"),
						(l, d, c) -> programmeAim(d) && fundedStandard(d)
								&& onOrAfter(d.learnActEndDate(), LocalDate.of(2021, 8, 1)) && is(d.compStatus(), 2)
								&& d.achDate() == null
										? "the standard is completed (CompStatus 2) but has no achievement date; until the end-point "
												+ "assessment is done keep CompStatus 1 with outcome 8" : null),
				new AimRule(info("AchDate_13", "E", s, e,
						"a bootcamp's achievement date is within six months of its actual end", "AchDate",
						"LearnActEndDate", "ProgType"),
						(l, d, c) -> programmeAim(d) && is(d.progType(), 32) && d.achDate() != null
								&& d.learnActEndDate() != null && d.achDate().isAfter(d.learnActEndDate().plusMonths(6))
										? "achievement date " + d.achDate() + " is more than six months after the actual end "
												+ d.learnActEndDate() : null));
	}
}

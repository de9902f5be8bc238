package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.age;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.onOrBefore;
import static dev.ilrsh.rules.RuleSupport.restart;

import dev.ilrsh.derived.MoreDerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.PriorAttain;
import java.time.LocalDate;
import java.util.List;

/**
 * Free Courses for Jobs (LDM 378): who may take the offer. Before August 2024 a learner already qualified to level 3
 * needed to be unemployed on benefits or a low-wage learner (R132); from August 2024, on the Adult Skills Fund, a
 * learner aged 19-23 needs low wages (LDM 391) or no full level 3 (R148), and one aged 24 or over needs low wages
 * (R151). Aims under the devolved exclusion (DAM 023) are exempt.
 */
final class FreeCoursesRules {

	private static final LocalDate AUG_2024 = LocalDate.of(2024, 8, 1);

	private FreeCoursesRules() {
	}

	private static boolean offer(LearningDelivery d) {
		return hasFam(d, "LDM", "378") && !hasFam(d, "DAM", "023");
	}

	static List<Rule> rules() {
		String s = RuleInfo.CROSS_RECORD;
		String e = "LearningDelivery";
		return List.of(
				new AimRule(info("R132", "E", s, e,
						"Free Courses for Jobs for a learner with a full level 3 (starts Apr 2022 to Jul 2024) needs benefits (DD38) or low wages (LDM 382)",
						"LearnStartDate", "PriorLevel", "LearnDelFAMType", "LearnDelFAMCode"),
						(l, d, c) -> {
							if (!offer(d) || !onOrAfter(d.learnStartDate(), LocalDate.of(2022, 4, 1))
									|| !onOrBefore(d.learnStartDate(), LocalDate.of(2024, 7, 31))) {
								return null;
							}
							PriorAttain prior = RuleSupport.priorAttainOn(l, d.learnStartDate());
							return prior != null && is(prior.priorLevel(), 6, 7, 8, 9, 10, 97, 98)
									&& !MoreDerivedData.isUnemployedWithBenefits(l, d) && !hasFam(d, "LDM", "382")
											? "Free Courses for Jobs (LDM 378) for a learner with prior level " + prior.priorLevel()
													+ " who is neither unemployed on benefits nor on low wages (LDM 382)"
											: null;
						}),
				new AimRule(info("R148", "E", s, e,
						"Free Courses for Jobs on the Adult Skills Fund for a learner aged 19-23 needs low wages (LDM 391) or no full level 3",
						"LearnStartDate", "DateOfBirth", "FundModel", "LearnDelFAMType", "LearnDelFAMCode"),
						(l, d, c) -> {
							if (!offer(d) || !fm(d, 38) || !onOrAfter(d.learnStartDate(), AUG_2024) || restart(d)) {
								return null;
							}
							int age = age(l, d.learnStartDate());
							return age >= 19 && age <= 23 && !hasFam(d, "LDM", "391") && !belowLevel3(l)
									? "Free Courses for Jobs (LDM 378) for a learner aged " + age
											+ " at the start with no low wage record (LDM 391) and no prior level below a full level 3"
									: null;
						}),
				new AimRule(info("R151", "E", s, e,
						"Free Courses for Jobs on the Adult Skills Fund for a learner aged 24 or over needs low wages (LDM 391)",
						"LearnStartDate", "DateOfBirth", "FundModel", "LearnDelFAMType", "LearnDelFAMCode"),
						(l, d, c) -> offer(d) && fm(d, 38) && onOrAfter(d.learnStartDate(), AUG_2024)
								&& age(l, d.learnStartDate()) >= 24 && !hasFam(d, "LDM", "391")
										? "Free Courses for Jobs (LDM 378) for a learner aged " + age(l, d.learnStartDate())
												+ " at the start with no low wage record (LDM 391)" : null));
	}

	/** Whether any prior attainment record is below a full level 3 (PriorLevel 1-5 or 99). */
	private static boolean belowLevel3(Learner l) {
		return l.priorAttain().stream().anyMatch(p -> is(p.priorLevel(), 1, 2, 3, 4, 5, 99));
	}
}

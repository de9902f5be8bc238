package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.age;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.onOrBefore;
import static dev.ilrsh.rules.RuleSupport.restart;
import static dev.ilrsh.rules.RuleSupport.sameType;

import dev.ilrsh.derived.LarsDerivedData;
import dev.ilrsh.derived.MoreDerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.PriorAttain;
import dev.ilrsh.refdata.Lars;
import dev.ilrsh.refdata.LarsTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Funding claims that depend on what LARS says of an aim: full funding (FFI 1) by the learner's age, prior attainment
 * and the aim's level and entitlement category; Free Courses for Jobs categories; and which apprenticeship
 * components may carry a contract type or learning support (English and maths ones).
 */
final class LarsFundingRules {

	private static final LocalDate AUG_2017 = LocalDate.of(2017, 8, 1);
	private static final LocalDate JUL_2020 = LocalDate.of(2020, 7, 31);
	private static final LocalDate AUG_2020 = LocalDate.of(2020, 8, 1);
	private static final LocalDate JUL_2024 = LocalDate.of(2024, 7, 31);
	private static final LocalDate AUG_2024 = LocalDate.of(2024, 8, 1);

	/** Levels E, 1 and 2: "level 2 or below". */
	private static final String[] LEVEL_2_OR_BELOW = { "E", "1", "2" };

	/** Prior attainment of level 2 or above. */
	private static final int[] PRIOR_LEVEL_2_OR_ABOVE = { 4, 6, 7, 8, 9, 10, 97, 98 };

	private static final String[] FIELDS = { "LearnAimRef", "LearnStartDate", "FundModel" };

	private LarsFundingRules() {
	}

	private static Optional<Lars.Aim> aim(RuleContext c, LearningDelivery d) {
		return c.lars().aim(d.learnAimRef());
	}

	private static boolean level(RuleContext c, LearningDelivery d, String... levels) {
		return aim(c, d).map(a -> a.levelIs(levels)).orElse(false);
	}

	private static boolean category(RuleContext c, LearningDelivery d, int... refs) {
		return aim(c, d).map(a -> {
			for (int r : refs) {
				if (a.inCategory(r)) {
					return true;
				}
			}
			return false;
		}).orElse(false);
	}

	/** The basic skills type on the start is English or maths, or one of these other types. */
	private static boolean basicSkills(RuleContext c, LearningDelivery d, Integer... others) {
		Integer type = LarsDerivedData.basicSkillsTypeOnStart(c.lars(), d);
		return type != null && (LarsDerivedData.ENGLISH_AND_MATHS.contains(type) || List.of(others).contains(type));
	}

	private static boolean fullyFunded(LearningDelivery d) {
		return hasFam(d, "FFI", "1");
	}

	private static boolean after(LocalDate date, LocalDate limit) {
		return date != null && date.isAfter(limit);
	}

	private static boolean ageBetween(Learner l, LearningDelivery d, int from, int to) {
		int age = age(l, d.learnStartDate());
		return age >= from && age <= to;
	}

	private static boolean prior(Learner l, LearningDelivery d, int... levels) {
		PriorAttain p = RuleSupport.priorAttainOn(l, d.learnStartDate());
		return p != null && is(p.priorLevel(), levels);
	}

	private static boolean offenders(LearningDelivery d) {
		return hasFam(d, "LDM", "034", "328");
	}

	/** A full-funding rule: run on aims with FFI 1, LARS's learning deliveries, categories and annual values loaded. */
	private static Rule fullFunding(String name, String summary, AimRule.Check check) {
		return NeedsLars.of(new AimRule(info(name, "E", RuleInfo.LEARNING_DELIVERY, "LearningDeliveryFAM", summary, FIELDS),
				(l, d, c) -> fullyFunded(d) ? check.check(l, d, c) : null), LarsTable.LEARNING_DELIVERY,
				LarsTable.CATEGORY, LarsTable.ANNUAL_VALUE);
	}

	private static String fullFundingMessage(Learner l, LearningDelivery d, RuleContext c, String why) {
		return "full funding (FFI 1) claimed for a level " + aim(c, d).map(Lars.Aim::level).orElse("?") + " aim; "
				+ "the learner was " + age(l, d.learnStartDate()) + " at the start" + why;
	}

	private static Rule category(String name, String summary, AimRule.Check check, LarsTable... more) {
		return NeedsLars.of(new AimRule(info(name, "E", RuleInfo.LEARNING_DELIVERY, "LearningDeliveryFAM", summary, FIELDS),
				check), LarsTable.CATEGORY, more);
	}

	/** Whether the aim is in one of these categories on its start date. */
	private static boolean categoryOnStart(RuleContext c, LearningDelivery d, int... refs) {
		return aim(c, d).map(a -> {
			for (int r : refs) {
				if (a.inCategoryOn(r, d.learnStartDate())) {
					return true;
				}
			}
			return false;
		}).orElse(false);
	}

	static List<Rule> rules() {
		return List.of(
				fullFunding("LearnDelFAMType_61",
						"adult skills learners aged 19-23 starting Aug 2017 to Jul 2020 are not fully funded for level 2 aims outside the entitlement (category 37)",
						(l, d, c) -> fm(d, 35) && after(d.learnStartDate(), LocalDate.of(2017, 7, 31))
								&& onOrBefore(d.learnStartDate(), JUL_2020) && ageBetween(l, d, 19, 23) && level(c, d, "2")
								&& !category(c, d, 37) && !RuleSupport.dd07(d) && !LarsDerivedData.isTraineeshipCoreAim(c.lars(), d)
								&& !offenders(d) && !MoreDerivedData.isUnemployedWithBenefitsBefore2020(l, d)
								&& !MoreDerivedData.isUnemployedOnOtherBenefits(l, d) && !restart(d) && !basicSkills(c, d)
								&& !hasFam(d, "LDM", "347", "363") && !hasFam(d, "DAM", "023")
										? fullFundingMessage(l, d, c, " and the aim is not in the level 2 entitlement (category 37)")
										: null),
				fullFunding("LearnDelFAMType_65",
						"adult skills learners aged 19-23 with prior attainment of level 2 or above are not fully funded for level 2 or below aims (Aug 2017 to Jul 2020)",
						(l, d, c) -> fm(d, 35) && after(d.learnStartDate(), LocalDate.of(2017, 7, 31))
								&& onOrBefore(d.learnStartDate(), JUL_2020) && ageBetween(l, d, 19, 23)
								&& prior(l, d, PRIOR_LEVEL_2_OR_ABOVE) && level(c, d, LEVEL_2_OR_BELOW) && !RuleSupport.dd07(d)
								&& !LarsDerivedData.isTraineeshipCoreAim(c.lars(), d) && !offenders(d)
								&& !MoreDerivedData.isUnemployedWithBenefitsBefore2020(l, d) && !restart(d) && !basicSkills(c, d)
								&& !hasFam(d, "LDM", "347", "363") && !hasFam(d, "DAM", "023")
										? fullFundingMessage(l, d, c, " with prior attainment of level 2 or above") : null),
				fullFunding("LearnDelFAMType_66",
						"adult skills learners 24 or over are not fully funded for level 2 or below aims (Aug 2017 to Jul 2020)",
						(l, d, c) -> fm(d, 35) && after(d.learnStartDate(), LocalDate.of(2017, 7, 31))
								&& onOrBefore(d.learnStartDate(), JUL_2020) && age(l, d.learnStartDate()) >= 24
								&& level(c, d, LEVEL_2_OR_BELOW) && !RuleSupport.dd07(d)
								&& !LarsDerivedData.isTraineeshipCoreAim(c.lars(), d) && !offenders(d)
								&& !MoreDerivedData.isUnemployedWithBenefitsBefore2020(l, d)
								&& !MoreDerivedData.isUnemployedOnOtherBenefits(l, d) && !restart(d) && !basicSkills(c, d)
								&& !hasFam(d, "LDM", "347", "363") && !hasFam(d, "DAM", "023")
										? fullFundingMessage(l, d, c, "") : null),
				fullFunding("LearnDelFAMType_79",
						"adult skills learners aged 19-23 starting Aug 2020 to Jul 2024 are not fully funded for level 2 aims outside the entitlement (category 37)",
						(l, d, c) -> fm(d, 35) && onOrAfter(d.learnStartDate(), AUG_2020) && onOrBefore(d.learnStartDate(), JUL_2024)
								&& ageBetween(l, d, 19, 23) && level(c, d, "2") && !category(c, d, 37) && !RuleSupport.dd07(d)
								&& !LarsDerivedData.isTraineeshipCoreAim(c.lars(), d) && !offenders(d)
								&& !MoreDerivedData.isUnemployedWithBenefits(l, d)
								&& !MoreDerivedData.isUnemployedOnOtherStateBenefits(l, d) && !restart(d)
								&& !basicSkills(c, d, 43) && !hasFam(d, "LDM", "363") && !hasFam(d, "DAM", "023")
										? fullFundingMessage(l, d, c, " and the aim is not in the level 2 entitlement (category 37)")
										: null),
				fullFunding("LearnDelFAMType_80",
						"adult skills learners aged 19-23 with prior attainment of level 2 or above are not fully funded for level 2 or below aims (Aug 2020 to Jul 2024)",
						(l, d, c) -> fm(d, 35) && onOrAfter(d.learnStartDate(), AUG_2020) && onOrBefore(d.learnStartDate(), JUL_2024)
								&& ageBetween(l, d, 19, 23) && prior(l, d, PRIOR_LEVEL_2_OR_ABOVE) && level(c, d, LEVEL_2_OR_BELOW)
								&& !RuleSupport.dd07(d) && !LarsDerivedData.isTraineeshipCoreAim(c.lars(), d) && !offenders(d)
								&& !MoreDerivedData.isUnemployedWithBenefits(l, d) && !restart(d) && !basicSkills(c, d, 43, 44)
								&& !hasFam(d, "LDM", "363") && !hasFam(d, "DAM", "023")
										? fullFundingMessage(l, d, c, " with prior attainment of level 2 or above") : null),
				fullFunding("LearnDelFAMType_81",
						"adult skills learners 24 or over are not fully funded for level 2 or below aims (Aug 2020 to Jul 2024)",
						(l, d, c) -> fm(d, 35) && onOrAfter(d.learnStartDate(), AUG_2020) && onOrBefore(d.learnStartDate(), JUL_2024)
								&& age(l, d.learnStartDate()) >= 24 && level(c, d, LEVEL_2_OR_BELOW) && !RuleSupport.dd07(d)
								&& !LarsDerivedData.isTraineeshipCoreAim(c.lars(), d) && !offenders(d)
								&& !MoreDerivedData.isUnemployedWithBenefits(l, d) && !restart(d) && !basicSkills(c, d, 43, 44)
								&& !hasFam(d, "LDM", "363") && !hasFam(d, "DAM", "023") ? fullFundingMessage(l, d, c, "")
										: null),
				fullFunding("LearnDelFamType_122",
						"Adult Skills Fund learners aged 19-23 not on low wages (LDM 391) are not fully funded for level 2 aims outside the entitlement (category 37)",
						(l, d, c) -> fm(d, 38) && after(d.learnStartDate(), JUL_2024) && ageBetween(l, d, 19, 23) && level(c, d, "2")
								&& !category(c, d, 37) && !hasFam(d, "LDM", "391") && !restart(d) && !basicSkills(c, d)
								&& !hasFam(d, "DAM", "023")
										? fullFundingMessage(l, d, c, ", not on low wages, and the aim is not in the level 2 entitlement "
												+ "(category 37)") : null),
				fullFunding("LearnDelFamType_123",
						"Adult Skills Fund learners aged 19-23 not on low wages (LDM 391) are not fully funded for level 2 or below aims outside category 37",
						(l, d, c) -> fm(d, 38) && onOrAfter(d.learnStartDate(), AUG_2024) && !category(c, d, 37)
								&& ageBetween(l, d, 19, 23) && level(c, d, LEVEL_2_OR_BELOW) && !hasFam(d, "LDM", "391") && !restart(d)
								&& !basicSkills(c, d, 43, 44) && !FundingSourceRules.combinedAuthority(d)
										? fullFundingMessage(l, d, c, " and not on low wages") : null),
				fullFunding("LearnDelFamType_124",
						"Adult Skills Fund learners 24 or over not on low wages (LDM 391) are not fully funded for level 2 or below aims",
						(l, d, c) -> fm(d, 38) && after(d.learnStartDate(), JUL_2024) && age(l, d.learnStartDate()) >= 24
								&& level(c, d, LEVEL_2_OR_BELOW) && !hasFam(d, "LDM", "391") && !restart(d)
								&& !basicSkills(c, d, 43, 44) && !hasFam(d, "DAM", "023")
										? fullFundingMessage(l, d, c, " and not on low wages") : null),
				fullFunding("LearnDelFamType_130",
						"Adult Skills Fund learners aged 19-23 with prior attainment of level 2 or above, not on low wages, are not fully funded for category 37 aims",
						(l, d, c) -> fm(d, 38) && onOrAfter(d.learnStartDate(), AUG_2024) && category(c, d, 37)
								&& ageBetween(l, d, 19, 23) && l.priorAttain().stream().anyMatch(p -> is(p.priorLevel(), PRIOR_LEVEL_2_OR_ABOVE))
								&& !hasFam(d, "LDM", "391") && !restart(d) && !basicSkills(c, d, 43, 44)
								&& !FundingSourceRules.combinedAuthority(d)
										? fullFundingMessage(l, d, c, " with prior attainment of level 2 or above and not on low wages")
										: null),
				NeedsLars.of(new AimRule(info("LearnDelFamType_125", "E", RuleInfo.LEARNING_DELIVERY, "LearningDeliveryFAM",
						"Adult Skills Fund learners 24 or over start level 3 entitlement aims (category 38) only with Free Courses for Jobs (LDM 378)",
						FIELDS), (l, d, c) -> fm(d, 38) && after(d.learnStartDate(), JUL_2024) && age(l, d.learnStartDate()) >= 24
								&& level(c, d, "3") && category(c, d, 38) && !hasFam(d, "LDM", "378") && !restart(d)
								&& !hasFam(d, "DAM", "023") && !hasFam(d, "LDM", "395")
										? "a level 3 entitlement aim (category 38) for a learner aged " + age(l, d.learnStartDate())
												+ " without Free Courses for Jobs (LDM 378)" : null),
						LarsTable.LEARNING_DELIVERY, LarsTable.CATEGORY),
				NeedsLars.of(ChildRule.ofAim(info("LearnDelFAMType_63", "E", RuleInfo.LEARNING_DELIVERY, "LearningDeliveryFAM",
						"a contract type (ACT) goes only on apprenticeship programme aims and their English and maths components",
						"LearnDelFAMType", "FundModel", "AimType", "LearnAimRef"), LearningDelivery::learningDeliveryFAM,
						(l, d, f, c) -> sameType("ACT", f.learnDelFAMType()) && !(fm(d, 36)
								&& (is(d.aimType(), 1) || (is(d.aimType(), 3) && englishOrMathsComponent(c, d))))
										? "an ACT record on " + describe(d) : null),
						LarsTable.LEARNING_DELIVERY, LarsTable.ANNUAL_VALUE),
				NeedsLars.of(ChildRule.ofAim(info("LearnDelFAMType_67", "E", RuleInfo.LEARNING_DELIVERY, "LearningDeliveryFAM",
						"on an apprenticeship component, learning support (LSF) goes only on English and maths aims",
						"LearnDelFAMType", "FundModel", "AimType", "LearnAimRef"), LearningDelivery::learningDeliveryFAM,
						(l, d, f, c) -> sameType("LSF", f.learnDelFAMType()) && fm(d, 36) && is(d.aimType(), 3)
								&& !englishOrMathsComponent(c, d)
										? "learning support (LSF) on component " + d.learnAimRef()
												+ ", which LARS does not give as English or maths" : null),
						LarsTable.LEARNING_DELIVERY, LarsTable.ANNUAL_VALUE),
				category("LearnDelFamType_98",
						"adult skills Free Courses for Jobs aims started to Jul 2024 are in a Free Courses for Jobs category (45, 46, 49, 56)",
						(l, d, c) -> onOrBefore(d.learnStartDate(), JUL_2024) && hasFam(d, "LDM", "378") && fm(d, 35)
								&& aim(c, d).isPresent() && !category(c, d, 45, 46, 49, 56) && !category(c, d, 48)
										? d.learnAimRef() + " is in no Free Courses for Jobs category in LARS" : null),
				category("LearnDelFamType_99",
						"adult skills aims in the Free Courses for Jobs only category (48), started to Jul 2024, carry the offer (LDM 378)",
						(l, d, c) -> onOrBefore(d.learnStartDate(), JUL_2024) && fm(d, 35) && category(c, d, 48)
								&& !hasFam(d, "LDM", "378") && !FundingSourceRules.combinedAuthority(d)
										? d.learnAimRef() + " is for Free Courses for Jobs only (category 48) but has no LDM 378" : null),
				category("LearnDelFamType_110",
						"the combined-authority-only Free Courses for Jobs aims (category 56) are funded by a combined authority",
						(l, d, c) -> hasFam(d, "LDM", "378") && !FundingSourceRules.combinedAuthority(d) && categoryOnStart(c, d, 56)
								&& !restart(d) ? d.learnAimRef() + " is a Free Courses for Jobs flexible delivery aim (category 56) "
										+ "for combined authorities only, but the source of funding is not a combined authority"
										: null),
				category("LearnDelFamType_114",
						"a non-devolved Free Courses for Jobs aim started to Jul 2024 starts while it is in category 45 or 46",
						(l, d, c) -> onOrBefore(d.learnStartDate(), JUL_2024) && hasFam(d, "LDM", "378")
								&& !FundingSourceRules.combinedAuthority(d) && category(c, d, 45, 46)
								&& !categoryOnStart(c, d, 45, 46) && !restart(d)
										? d.learnAimRef() + " was not in Free Courses for Jobs category 45 or 46 on its start "
												+ d.learnStartDate() : null),
				category("LearnDelFamType_121",
						"Adult Skills Fund Free Courses for Jobs aims started from Aug 2024 are in a Free Courses for Jobs category (45, 46, 49, 56)",
						(l, d, c) -> onOrAfter(d.learnStartDate(), AUG_2024) && fm(d, 38) && hasFam(d, "LDM", "378")
								&& aim(c, d).isPresent() && !category(c, d, 45, 46, 49, 56) && !hasFam(d, "LDM", "395")
										? d.learnAimRef() + " is in no Free Courses for Jobs category in LARS" : null),
				category("LearnDelFamType_129",
						"a combined authority Free Courses for Jobs aim starts while it is in category 56",
						(l, d, c) -> hasFam(d, "LDM", "378") && FundingSourceRules.combinedAuthority(d) && category(c, d, 56)
								&& !categoryOnStart(c, d, 56) && !restart(d) && !category(c, d, 45, 46)
										? d.learnAimRef() + " was not in category 56 on its start " + d.learnStartDate() : null));
	}

	/** An apprenticeship component LARS gives as English or maths, by basic skills type or common component. */
	static boolean englishOrMathsComponent(RuleContext c, LearningDelivery d) {
		Optional<Lars.Aim> aim = aim(c, d);
		if (aim.isEmpty()) {
			return false;
		}
		Integer type = aim.get().basicSkillsTypeOn(d.learnStartDate());
		return (type != null && LarsDerivedData.ENGLISH_AND_MATHS.contains(type))
				|| java.util.Objects.equals(aim.get().frameworkCommonComponent(),
						LarsDerivedData.COMMON_COMPONENT_ENGLISH_AND_MATHS);
	}

	private static String describe(LearningDelivery d) {
		if (!fm(d, 36)) {
			return "an aim with FundModel " + RuleSupport.text(d.fundModel());
		}
		if (!is(d.aimType(), 3)) {
			return "an apprenticeship aim of type " + RuleSupport.text(d.aimType());
		}
		return "component " + d.learnAimRef() + ", which LARS does not give as English or maths";
	}

}

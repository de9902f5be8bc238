package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.age;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.onOrBefore;
import static dev.ilrsh.rules.RuleSupport.restart;

import dev.ilrsh.derived.LarsDerivedData;
import dev.ilrsh.derived.MoreDerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.PriorAttain;
import dev.ilrsh.refdata.Lars;
import dev.ilrsh.refdata.LarsTable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What LARS says about an aim itself: that it exists, its level, its type (T Level technical qualifications, A
 * levels), its categories (licence to practise, entitlement, exceptional devolved bootcamps), its basic skills type
 * (ESOL) and the frameworks it belongs to.
 */
final class LarsAimRules {

	private static final LocalDate AUG_2016 = LocalDate.of(2016, 8, 1);
	private static final LocalDate AUG_2017 = LocalDate.of(2017, 8, 1);
	private static final LocalDate JUL_2024 = LocalDate.of(2024, 7, 31);
	private static final LocalDate AUG_2024 = LocalDate.of(2024, 8, 1);

	/** The LARS aim type of a T Level technical qualification. */
	static final String T_LEVEL_TECHNICAL = "1468";

	/** The LARS aim types of A levels, which the level-3 adult funding limits leave out. */
	private static final String[] A_LEVELS = { "0002", "1413", "1430", "1431", "1453" };

	private static final String[] LEVEL_3_OR_ABOVE = { "3", "4", "5", "6", "7", "8", "H" };

	private LarsAimRules() {
	}

	private static Optional<Lars.Aim> aim(RuleContext c, LearningDelivery d) {
		return c.lars().aim(d.learnAimRef());
	}

	private static boolean level(RuleContext c, LearningDelivery d, String... levels) {
		return aim(c, d).map(a -> a.levelIs(levels)).orElse(false);
	}

	private static boolean type(RuleContext c, LearningDelivery d, String... types) {
		return aim(c, d).map(a -> a.typeIs(types)).orElse(false);
	}

	private static String levelOf(RuleContext c, LearningDelivery d) {
		return aim(c, d).map(Lars.Aim::level).orElse("?");
	}

	private static boolean highPrior(Learner l, LearningDelivery d, int... levels) {
		PriorAttain p = RuleSupport.priorAttainOn(l, d.learnStartDate());
		return p != null && is(p.priorLevel(), levels);
	}

	/** A rule on each aim, run when LARS's learning deliveries (and any further parts named) are loaded. */
	static Rule aimRule(String name, String severity, String summary, List<String> fields, AimRule.Check check,
			LarsTable... more) {
		return NeedsLars.of(new AimRule(info(name, severity, RuleInfo.LEARNING_DELIVERY, "LearningDelivery", summary,
				fields.toArray(String[]::new)), check), LarsTable.LEARNING_DELIVERY, more);
	}

	static List<Rule> rules() {
		List<String> ref = List.of("LearnAimRef", "LearnStartDate", "FundModel");
		return List.of(
				aimRule("LearnAimRef_01", "E", "the learning aim reference is in LARS", List.of("LearnAimRef"),
						(l, d, c) -> d.learnAimRef() != null && !d.learnAimRef().isBlank() && aim(c, d).isEmpty()
								? "LARS has no learning aim " + d.learnAimRef() : null),
				aimRule("LearnAimRef_56", "E",
						"OLASS and RoTL learners are not adult skills funded for security licence to practise aims (LARS category 22)",
						ref, (l, d, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2015, 8, 1)) && fm(d, 35, 81)
								&& hasFam(d, "LDM", "034", "328") && aim(c, d).map(a -> a.inCategory(22)).orElse(false)
										? d.learnAimRef() + " is a security licence to practise aim (category 22), "
												+ "not fundable for an OLASS or RoTL learner" : null,
						LarsTable.CATEGORY),
				aimRule("LearnAimRef_79", "E",
						"adult skills aims started Aug 2016 to Jul 2024 are not level 4 (devolved full funding aside)", ref,
						(l, d, c) -> fm(d, 35) && d.learnStartDate() != null && d.learnStartDate().isAfter(LocalDate.of(2016, 7, 31))
								&& onOrBefore(d.learnStartDate(), JUL_2024) && level(c, d, "4") && !RuleSupport.dd07(d)
								&& !hasFam(d, "LDM", "034") && !restart(d) && !hasFam(d, "DAM", "023")
										? d.learnAimRef() + " is a level 4 aim, not fundable as adult skills" : null),
				aimRule("LearnAimRef_81", "E",
						"adult skills learners on other state benefits (BSI 3) are not funded for licence to practise aims (category 20)",
						ref, (l, d, c) -> {
							if (!onOrAfter(d.learnStartDate(), AUG_2016) || !fm(d, 35, 81)) {
								return null;
							}
							var status = MoreDerivedData.employmentStatusOn(l, d.learnStartDate());
							return status != null && MoreDerivedData.monitoring(status, "BSI", 3)
									&& aim(c, d).map(a -> a.categories().stream().anyMatch(k -> c.lars().isUnder(k.categoryRef(), 20)))
										.orElse(false)
											? d.learnAimRef() + " is a licence to practise aim (category 20) and the learner is on "
													+ "other state benefits (BSI 3) on the start" : null;
						}, LarsTable.CATEGORY, LarsTable.CATEGORY_TREE),
				aimRule("LearnAimRef_84", "E",
						"adult skills level 3 aims started Aug 2017 to Jul 2024 are in the entitlement category (38) on their start",
						ref, (l, d, c) -> fm(d, 35) && onOrAfter(d.learnStartDate(), AUG_2017)
								&& onOrBefore(d.learnStartDate(), JUL_2024) && level(c, d, "3")
								&& !aim(c, d).get().inCategoryOn(38, d.learnStartDate()) && !RuleSupport.dd07(d)
								&& !hasFam(d, "LDM", "034", "378") && !restart(d) && !hasFam(d, "DAM", "023") && !is(d.progType(), 24)
										? d.learnAimRef() + " is level 3 but not in the level 3 entitlement category (38) on "
												+ d.learnStartDate() : null,
						LarsTable.CATEGORY),
				aimRule("LearnAimRef_85", "E",
						"an adult skills learner already qualified to level 3 does not start a level 3 aim (Aug 2017 to Jul 2024)",
						List.of("LearnAimRef", "LearnStartDate", "FundModel"),
						(l, d, c) -> fm(d, 35) && onOrAfter(d.learnStartDate(), AUG_2017) && onOrBefore(d.learnStartDate(), JUL_2024)
								&& highPrior(l, d, 6, 7, 8, 9, 10, 97, 98) && level(c, d, "3") && !RuleSupport.dd07(d)
								&& !restart(d) && !hasFam(d, "DAM", "023") && !is(d.progType(), 24)
								&& !(hasFam(d, "LDM", "378") && (MoreDerivedData.isUnemployedWithBenefits(l, d)
										|| hasFam(d, "LDM", "382")))
												? "a level 3 aim for a learner whose prior attainment is level 3 or above" : null),
				aimRule("LearnAimRef_135", "E", "Adult Skills Fund aims started from Aug 2024 are not level 4", ref,
						(l, d, c) -> fm(d, 38) && onOrAfter(d.learnStartDate(), AUG_2024) && level(c, d, "4")
								&& !hasFam(d, "DAM", "023") ? d.learnAimRef() + " is a level 4 aim, not fundable by the Adult Skills Fund"
										: null),
				aimRule("LearnAimRef_136", "E",
						"Adult Skills Fund level 3 aims started from Aug 2024 are in the entitlement category (38) on their start",
						ref, (l, d, c) -> fm(d, 38) && onOrAfter(d.learnStartDate(), AUG_2024) && level(c, d, "3")
								&& !aim(c, d).get().inCategoryOn(38, d.learnStartDate()) && !restart(d)
								&& !hasFam(d, "DAM", "023") && !hasFam(d, "LDM", "378", "395")
										? d.learnAimRef() + " is level 3 but not in the level 3 entitlement category (38) on "
												+ d.learnStartDate() : null,
						LarsTable.CATEGORY),
				aimRule("LearnAimRef_137", "E",
						"an Adult Skills Fund learner qualified to level 3 and not on low wages (LDM 391) does not start a level 3 aim",
						List.of("LearnAimRef", "LearnStartDate", "FundModel"),
						(l, d, c) -> fm(d, 38) && onOrAfter(d.learnStartDate(), AUG_2024)
								&& highPrior(l, d, 6, 7, 8, 9, 10, 97, 98) && level(c, d, "3") && !hasFam(d, "LDM", "391")
								&& !restart(d) && !hasFam(d, "DAM", "023")
										? "a level 3 aim for a learner whose prior attainment is level 3 or above and who has no "
												+ "low wage record (LDM 391)" : null),
				aimRule("LearnAimRef_153", "E", "an exceptional devolved Skills Bootcamps aim (category 67) is not adult skills funded",
						ref, (l, d, c) -> fm(d, 35) && aim(c, d).map(a -> a.inCategory(67)).orElse(false)
								? d.learnAimRef() + " is an exceptional devolved Skills Bootcamps aim (category 67) funded as "
										+ "adult skills (FundModel 35)" : null,
						LarsTable.CATEGORY),
				aimRule("AimType_08", "E", "in an open T Level, the technical qualification (LARS type 1468) is the core aim",
						List.of("LearnAimRef", "AimType", "ProgType", "LearnActEndDate"),
						(l, d, c) -> is(d.progType(), 31) && d.learnActEndDate() == null && type(c, d, T_LEVEL_TECHNICAL)
								&& !is(d.aimType(), 5) ? d.learnAimRef() + " is a T Level technical qualification but its AimType is "
										+ RuleSupport.text(d.aimType()) + ", not 5 (core)" : null),
				aimRule("ProgType_16", "E", "a T Level technical qualification (LARS type 1468) is on a T Level (ProgType 31)",
						List.of("LearnAimRef", "ProgType", "FundModel"),
						(l, d, c) -> type(c, d, T_LEVEL_TECHNICAL) && !is(d.progType(), 31) && !hasFam(d, "LDM", "384")
								&& !fm(d, 99) ? d.learnAimRef() + " is a T Level technical qualification on ProgType "
										+ RuleSupport.text(d.progType()) : null),
				NeedsLars.of(new ScanRule(info("ProgType_19", "E", RuleInfo.LEARNING_DELIVERY, "LearningDelivery",
						"a T Level (ProgType 31) has a technical qualification (LARS type 1468) as its core aim", "LearnRefNumber"),
						(l, c, r) -> {
							if (l.learningDelivery().stream().noneMatch(d -> is(d.progType(), 31))) {
								return;
							}
							if (l.learningDelivery().stream().noneMatch(d -> is(d.aimType(), 5) && type(c, d, T_LEVEL_TECHNICAL))) {
								r.learner("the learner has T Level aims (ProgType 31) but no core aim that LARS gives as a T Level "
										+ "technical qualification");
							}
						}), LarsTable.LEARNING_DELIVERY),
				NeedsLars.of(new ScanRule(info("R129", "E", RuleInfo.CROSS_RECORD, "LearningDelivery",
						"a T Level technical qualification core aim has a programme aim of its ProgType", "LearnAimRef",
						"AimType", "ProgType"), (l, c, r) -> {
							Set<Integer> programmes = new HashSet<>();
							l.learningDelivery().stream().filter(RuleSupport::programmeAim).forEach(p -> programmes.add(p.progType()));
							for (LearningDelivery d : l.learningDelivery()) {
								if (is(d.aimType(), 5) && type(c, d, T_LEVEL_TECHNICAL) && !programmes.contains(d.progType())
										&& !hasFam(d, "LDM", "384")) {
									r.aim(d, "no programme aim has ProgType " + RuleSupport.text(d.progType())
											+ " for this T Level technical qualification");
								}
							}
						}), LarsTable.LEARNING_DELIVERY),
				NeedsLars.of(new ScanRule(info("R147", "E", RuleInfo.CROSS_RECORD, "LearningDelivery",
						"an open T Level technical qualification and occupational specialism (ZTLOS…) share a framework and pathway in LARS",
						"LearnAimRef", "LearnActEndDate"), (l, c, r) -> {
							for (LearningDelivery t : l.learningDelivery()) {
								if (t.learnActEndDate() != null || !type(c, t, T_LEVEL_TECHNICAL)) {
									continue;
								}
								Set<List<Integer>> pathways = pathways(c, t);
								for (LearningDelivery o : l.learningDelivery()) {
									if (o.learnActEndDate() == null && o.learnAimRef() != null
											&& o.learnAimRef().toUpperCase().startsWith("ZTLOS")
											&& java.util.Collections.disjoint(pathways, pathways(c, o))) {
										r.aim(o, "occupational specialism " + o.learnAimRef() + " and technical qualification "
												+ t.learnAimRef() + " share no framework and pathway in LARS");
									}
								}
							}
						}), LarsTable.LEARNING_DELIVERY, LarsTable.FRAMEWORK_AIMS),
				aimRule("DateOfBirth_55", "E",
						"adult skills learners 24 or over do not start level 3+ aims (Aug 2017 to Jul 2024; A levels and exemptions aside)",
						List.of("DateOfBirth", "LearnAimRef", "LearnStartDate", "FundModel"),
						(l, d, c) -> fm(d, 35) && onOrAfter(d.learnStartDate(), AUG_2017) && onOrBefore(d.learnStartDate(), JUL_2024)
								&& age(l, d.learnStartDate()) >= 24 && level(c, d, LEVEL_3_OR_ABOVE) && !RuleSupport.dd07(d)
								&& !hasFam(d, "LDM", "034", "378") && !restart(d) && !type(c, d, A_LEVELS)
								&& !hasFam(d, "DAM", "023")
										? "a level " + levelOf(c, d) + " aim funded as adult skills for a learner aged "
												+ age(l, d.learnStartDate()) + " at the start" : null),
				aimRule("DateofBirth_56", "E",
						"Adult Skills Fund learners 24 or over do not start level 3+ aims (from Aug 2024; A levels and exemptions aside)",
						List.of("DateOfBirth", "LearnAimRef", "LearnStartDate", "FundModel"),
						(l, d, c) -> fm(d, 38) && onOrAfter(d.learnStartDate(), AUG_2024) && age(l, d.learnStartDate()) >= 24
								&& level(c, d, LEVEL_3_OR_ABOVE) && !restart(d) && !type(c, d, A_LEVELS)
								&& !hasFam(d, "DAM", "023") && !hasFam(d, "LDM", "378", "395")
										? "a level " + levelOf(c, d) + " aim funded by the Adult Skills Fund for a learner aged "
												+ age(l, d.learnStartDate()) + " at the start" : null),
				NeedsLars.of(new AimRule(info("AddHours_03", "E", RuleInfo.LEARNING_DELIVERY, "LearningDelivery",
						"additional delivery hours are for ESOL aims only (basic skills type 36-42)", "AddHours", "LearnAimRef"),
						(l, d, c) -> {
							if (d.addHours() == null || aim(c, d).isEmpty()) {
								return null;
							}
							Integer type = LarsDerivedData.basicSkillsTypeOnStart(c.lars(), d);
							return type == null || !LarsDerivedData.ESOL.contains(type) ? "AddHours on " + d.learnAimRef()
									+ ", which LARS does not give as ESOL (basic skills type " + RuleSupport.text(type) + ")"
									: null;
						}), LarsTable.LEARNING_DELIVERY, LarsTable.ANNUAL_VALUE),
				NeedsLars.of(heLevel("LearningDeliveryHE_06", 10, "community learning"), LarsTable.LEARNING_DELIVERY),
				NeedsLars.of(heLevel("LearningDeliveryHE_09", 11, "tailored learning"), LarsTable.LEARNING_DELIVERY),
				aimRule("FUNDLEV_02", "W", "an undergraduate aim's HE record gives an undergraduate funding level (10, 11, 99)",
						List.of("LearnAimRef", "LearnStartDate"),
						(l, d, c) -> fundLevel(c, d, UNDERGRADUATE, "undergraduate", 10, 11, 99)),
				aimRule("FUNDLEV_03", "W", "a postgraduate aim's HE record gives a postgraduate funding level (20, 21, 30, 31, 99)",
						List.of("LearnAimRef", "LearnStartDate"),
						(l, d, c) -> fundLevel(c, d, POSTGRADUATE, "postgraduate", 20, 21, 30, 31, 99)));
	}

	private static final String[] UNDERGRADUATE = { "0394", "1406", "1407", "1408", "9000", "9002", "9107", "E007", "9112",
			"9111", "9110", "9113" };

	private static final String[] POSTGRADUATE = { "0393", "1410", "2001", "9100", "9101", "9109", "E008", "1411", "1412",
			"9103" };

	private static String fundLevel(RuleContext c, LearningDelivery d, String[] types, String what, int... allowed) {
		if (d.learningDeliveryHE() == null || !onOrAfter(d.learnStartDate(), LocalDate.of(2009, 8, 1))
				|| !type(c, d, types)) {
			return null;
		}
		Integer level = d.learningDeliveryHE().fundLev();
		return is(level, allowed) ? null : d.learnAimRef() + " is " + (what.startsWith("u") ? "an " : "a ") + what
				+ " aim in LARS but FUNDLEV is "
				+ RuleSupport.text(level);
	}

	/** A community or tailored learning aim below level 4 has no HE record. */
	private static Rule.LearnerRule heLevel(String name, int fundModel, String what) {
		return new AimRule(info(name, "E", RuleInfo.HE, "LearningDeliveryHE", "a " + what + " (FundModel " + fundModel
				+ ") aim below level 4 has no HE record", "LearnAimRef", "FundModel"),
				(l, d, c) -> fm(d, fundModel) && d.learningDeliveryHE() != null
						&& aim(c, d).map(a -> !a.levelIs("4", "5", "6", "7", "8", "H")).orElse(false)
								? "a level " + levelOf(c, d) + " " + what + " aim with a LearningDeliveryHE record" : null);
	}

	private static Set<List<Integer>> pathways(RuleContext c, LearningDelivery d) {
		Set<List<Integer>> out = new HashSet<>();
		aim(c, d).ifPresent(a -> a.frameworks().forEach(f -> out.add(List.of(f.fworkCode(), f.pwayCode()))));
		return out;
	}
}

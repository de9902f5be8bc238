package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.onOrBefore;
import static dev.ilrsh.rules.RuleSupport.programmeAim;
import static dev.ilrsh.rules.RuleSupport.restart;
import static dev.ilrsh.rules.RuleSupport.sameCode;
import static dev.ilrsh.rules.RuleSupport.sameType;

import dev.ilrsh.derived.MoreDerivedData;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import java.time.LocalDate;
import java.util.List;

/**
 * Who pays for an aim: the source of funding (SOF), combined authority funding (DD35) and the delivery monitoring codes
 * of procured and devolved adult provision (LDM 034, 118, 356, 357, 375, 378, 379, 382, 388; DAM 002).
 */
final class FundingSourceRules {

	private static final LocalDate JUL_2024 = LocalDate.of(2024, 7, 31);
	private static final LocalDate AUG_2024 = LocalDate.of(2024, 8, 1);

	private FundingSourceRules() {
	}

	/** DD35. */
	static boolean combinedAuthority(LearningDelivery d) {
		return MoreDerivedData.isCombinedAuthorityFunded(d);
	}

	private static boolean type(LearningDeliveryFAM f, String type) {
		return sameType(type, f.learnDelFAMType());
	}

	/** A SOF record on the aim whose code is not 105 (adult), or null. */
	static LearningDeliveryFAM nonAdultSource(LearningDelivery d) {
		for (LearningDeliveryFAM f : d.learningDeliveryFAM()) {
			if (type(f, "SOF") && !sameCode(f.learnDelFAMCode(), "105")) {
				return f;
			}
		}
		return null;
	}

	/** The first LDM record with one of these codes, or null. */
	private static LearningDeliveryFAM ldm(LearningDelivery d, String... codes) {
		for (LearningDeliveryFAM f : d.learningDeliveryFAM()) {
			if (type(f, "LDM")) {
				for (String code : codes) {
					if (sameCode(f.learnDelFAMCode(), code)) {
						return f;
					}
				}
			}
		}
		return null;
	}

	/** Why a procured adult aim (LDM 379 or 388) is wrongly funded, or null when it is right. */
	private static String procured(LearningDelivery d, String code, int... fundModels) {
		if (ldm(d, code) == null) {
			return null;
		}
		if (!fm(d, fundModels)) {
			return "LDM " + code + " on an aim with FundModel " + RuleSupport.text(d.fundModel());
		}
		LearningDeliveryFAM source = nonAdultSource(d);
		if (source != null) {
			return "LDM " + code + " on an aim whose source of funding is SOF " + source.learnDelFAMCode() + ", not 105";
		}
		return d.progType() != null ? "LDM " + code + " on an aim with ProgType " + d.progType() : null;
	}

	static List<Rule> rules() {
		String s = RuleInfo.LEARNING_DELIVERY;
		String e = "LearningDeliveryFAM";
		return List.of(
				new AimRule(info("FundModel_10", "E", s, "LearningDelivery",
						"combined authority funding (SOF 110-123) for starts to 31 Jul 2024 is adult skills or community learning (FundModel 35, 10)",
						"LearnDelFAMType", "LearnDelFAMCode", "FundModel", "LearnStartDate"),
						(l, d, c) -> onOrBefore(d.learnStartDate(), JUL_2024) && combinedAuthority(d) && !fm(d, 35, 10)
								? "a combined authority source of funding on a " + d.learnStartDate() + " start with FundModel "
										+ RuleSupport.text(d.fundModel()) : null),
				new AimRule(info("FundModel_18", "E", s, "LearningDelivery",
						"combined authority funding (SOF 110-123) for starts from 1 Aug 2024 is Adult Skills Fund or tailored learning (FundModel 38, 11)",
						"LearnDelFAMType", "LearnDelFAMCode", "FundModel", "LearnStartDate"),
						(l, d, c) -> onOrAfter(d.learnStartDate(), AUG_2024) && combinedAuthority(d) && !fm(d, 38, 11)
								&& !restart(d) ? "a combined authority source of funding on a " + d.learnStartDate()
										+ " start with FundModel " + RuleSupport.text(d.fundModel()) : null),
				new AimRule(info("ProgType_22", "E", s, "LearningDelivery",
						"a combined authority programme (ProgType 33) is funded by a combined authority (SOF 110-123)",
						"ProgType", "LearnDelFAMType"),
						(l, d, c) -> is(d.progType(), 33) && !combinedAuthority(d)
								? "ProgType 33 but no combined authority source of funding (SOF 110-123)" : null),
				new AimRule(info("LearnDelFAMType_09", "E", s, e,
						"adult, apprenticeship, community and tailored learning aims have an adult source of funding (SOF 105), combined authorities aside",
						"FundModel", "LearnDelFAMType", "LearnDelFAMCode"),
						(l, d, c) -> fm(d, 35, 38, 36, 81, 10, 11) && !hasFam(d, "SOF", "105") && !combinedAuthority(d)
								? "the FundModel " + d.fundModel() + " aim has no SOF 105 record" : null),
				ChildRule.ofAim(info("LearnDelFAMType_15", "E", s, e,
						"a proxy learning aim (LDM 118) must not have ended", "LearnActEndDate", "LearnDelFAMType",
						"LearnDelFAMCode"), LearningDelivery::learningDeliveryFAM,
						(l, d, f, c) -> type(f, "LDM") && sameCode(f.learnDelFAMCode(), "118") && d.learnActEndDate() != null
								? "LDM 118 (proxy aim) on an aim that ended " + d.learnActEndDate() : null),
				ChildRule.ofAim(info("LearnDelFAMType_54", "E", s, e,
						"16-18 apprenticeship entitlement (EEF 2) goes with full funding, not co-funding (FFI 2)",
						"ProgType", "LearnDelFAMType", "LearnDelFAMCode"), LearningDelivery::learningDeliveryFAM,
						(l, d, f, c) -> type(f, "FFI") && sameCode(f.learnDelFAMCode(), "2") && hasFam(d, "EEF", "2")
								&& !is(d.progType(), 25) && !fm(d, 36) ? "EEF 2 with FFI 2 (co-funded)" : null),
				ChildRule.ofAim(info("LearnDelFAMType_68", "E", s, e,
						"delivery to own employees (LDM 356) is for apprenticeship programme aims (FundModel 36, AimType 1)",
						"AimType", "FundModel", "LearnDelFAMType"), LearningDelivery::learningDeliveryFAM,
						(l, d, f, c) -> type(f, "LDM") && sameCode(f.learnDelFAMCode(), "356") && !(fm(d, 36) && programmeAim(d))
								? "LDM 356 on an aim of type " + RuleSupport.text(d.aimType()) + " with FundModel "
										+ RuleSupport.text(d.fundModel()) : null),
				ChildRule.ofAim(info("LearnDelFAMType_69", "E", s, e,
						"procured adult provision (LDM 357) is FundModel 35 or 10 started from 1 Nov 2017", "LearnStartDate",
						"FundModel", "LearnDelFAMType", "LearnDelFAMCode"), LearningDelivery::learningDeliveryFAM,
						(l, d, f, c) -> {
							if (!type(f, "LDM") || !sameCode(f.learnDelFAMCode(), "357")) {
								return null;
							}
							if (!fm(d, 35, 10)) {
								return "LDM 357 on an aim with FundModel " + RuleSupport.text(d.fundModel());
							}
							return d.learnStartDate() != null && d.learnStartDate().isBefore(LocalDate.of(2017, 11, 1))
									? "LDM 357 on an aim started " + d.learnStartDate() + ", before 1 November 2017" : null;
						}),
				ChildRule.ofAim(info("LearnDelFAMType_75", "E", s, e,
						"combined authority aims (SOF 110-123) carry no OLASS, procured adult or low wage codes (LDM 034, 357, 363, 379, 388)",
						"LearnDelFAMType", "LearnDelFAMCode"), LearningDelivery::learningDeliveryFAM,
						(l, d, f, c) -> type(f, "LDM") && combinedAuthority(d)
								&& List.of("034", "357", "363", "379", "388").stream().anyMatch(x -> sameCode(f.learnDelFAMCode(), x))
										? "LDM " + f.learnDelFAMCode() + " on a combined authority funded aim" : null),
				ChildRule.ofAim(info("LearnDelFAMType_76", "E", s, e,
						"OLASS aims (LDM 034) have an adult source of funding (SOF 105)", "LearnDelFAMType",
						"LearnDelFAMCode"), LearningDelivery::learningDeliveryFAM,
						(l, d, f, c) -> type(f, "SOF") && !sameCode(f.learnDelFAMCode(), "105") && ldm(d, "034") != null
								? "SOF " + f.learnDelFAMCode() + " on an OLASS aim (LDM 034)" : null),
				new AimRule(info("LearnDelFamType_97", "E", s, e,
						"procured devolved provision (DAM 002) is not adult skills funded with an adult source (FundModel 35, SOF 105)",
						"LearnDelFAMType", "LearnDelFAMCode", "FundModel"),
						(l, d, c) -> hasFam(d, "DAM", "002") && fm(d, 35) && hasFam(d, "SOF", "105")
								? "DAM 002 on an adult skills aim (FundModel 35) with SOF 105" : null),
				new AimRule(info("LearnDelFamType_105", "E", s, e,
						"procured adult provision 2021 (LDM 379) is FundModel 35 or 10, SOF 105 and has no ProgType",
						"LearnDelFAMType", "LearnDelFAMCode", "FundModel", "ProgType"),
						(l, d, c) -> procured(d, "379", 35, 10)),
				new AimRule(info("LearnDelFamType_108", "E", s, e,
						"Free Courses for Jobs low wage (LDM 382) needs the Free Courses for Jobs offer (LDM 378), starts to 31 Jul 2024",
						"LearnDelFAMType", "LearnDelFAMCode", "LearnStartDate"),
						(l, d, c) -> onOrBefore(d.learnStartDate(), JUL_2024) && ldm(d, "382") != null && ldm(d, "378") == null
								? "LDM 382 without LDM 378 on the same aim" : null),
				new AimRule(info("LearnDelFamType_109", "E", s, e,
						"combined authority aims (SOF 110-123) are not apprenticeships, traineeships or T Levels",
						"LearnDelFAMType", "LearnDelFAMCode", "ProgType"),
						(l, d, c) -> combinedAuthority(d) && is(d.progType(), 2, 3, 20, 21, 22, 23, 25, 24, 30, 31)
								? "a combined authority funded aim with ProgType " + d.progType() : null),
				new AimRule(info("LearnDelFamType_115", "E", s, e,
						"an aim is not procured under both the 2021 and 2023 adult procurements (LDM 379 and 388)",
						"LearnDelFAMType", "LearnDelFAMCode"),
						(l, d, c) -> ldm(d, "379") != null && ldm(d, "388") != null ? "both LDM 379 and LDM 388 on the aim"
								: null),
				new AimRule(info("LearnDelFamType_116", "E", s, e,
						"procured adult provision 2023 (LDM 388) is FundModel 35, 38, 11 or 10, SOF 105 and has no ProgType",
						"LearnDelFAMType", "LearnDelFAMCode", "FundModel", "ProgType"),
						(l, d, c) -> procured(d, "388", 35, 10, 11, 38)),
				ChildRule.ofAim(info("LearnDelFamType_134", "E", s, e,
						"funding from East Midlands, York and North Yorkshire or Cornwall (SOF 121-123) is not FundModel 35 or 10",
						"LearnDelFAMType", "LearnDelFAMCode", "FundModel"), LearningDelivery::learningDeliveryFAM,
						(l, d, f, c) -> type(f, "SOF") && fm(d, 35, 10)
								&& List.of("121", "122", "123").stream().anyMatch(x -> sameCode(f.learnDelFAMCode(), x))
										? "SOF " + f.learnDelFAMCode() + " on an aim with FundModel " + d.fundModel() : null));
	}
}

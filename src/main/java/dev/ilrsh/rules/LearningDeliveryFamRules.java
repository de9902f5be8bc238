package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.programmeAim;
import static dev.ilrsh.rules.RuleSupport.restart;
import static dev.ilrsh.rules.RuleSupport.sameCode;
import static dev.ilrsh.rules.RuleSupport.sameType;

import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Learning delivery FAM records: which types an aim must or must not have, and their date ranges. */
final class LearningDeliveryFamRules {

	private LearningDeliveryFamRules() {
	}

	private static List<LearningDeliveryFAM> fams(LearningDelivery d) {
		return d.learningDeliveryFAM();
	}

	private static boolean type(LearningDeliveryFAM f, String... types) {
		for (String t : types) {
			if (sameType(t, f.learnDelFAMType())) {
				return true;
			}
		}
		return false;
	}

	private static String name(LearningDeliveryFAM f) {
		return f.learnDelFAMType() + " " + f.learnDelFAMCode();
	}

	private static String tooMany(LearningDelivery d, Set<String> types, int max) {
		java.util.Map<String, Integer> counts = new java.util.HashMap<>();
		for (LearningDeliveryFAM f : d.learningDeliveryFAM()) {
			String t = f.learnDelFAMType() == null ? "" : f.learnDelFAMType().toUpperCase();
			if (types.contains(t) && counts.merge(t, 1, Integer::sum) == max + 1) {
				return "the aim has more than " + max + " " + t + " record" + (max == 1 ? "" : "s");
			}
		}
		return null;
	}

	static List<Rule> rules() {
		String s = RuleInfo.LEARNING_DELIVERY;
		String e = "LearningDeliveryFAM";
		return List.of(
				new AimRule(info("LearnDelFAMType_01", "E", s, e, "funded aims need a source of funding (SOF)",
						"LearnDelFAMType", "FundModel"),
						(l, d, c) -> fm(d, 25, 82, 35, 36, 37, 81, 10, 11, 38) && !hasFam(d, "SOF")
								? "the FundModel " + d.fundModel() + " aim has no SOF record" : null),
				new AimRule(info("LearnDelFAMType_02", "E", s, e,
						"adult skills aims (FundModel 35, 38) need a full or co-funding indicator (FFI)",
						"LearnDelFAMType", "FundModel"),
						(l, d, c) -> fm(d, 35, 38) && !hasFam(d, "FFI")
								? "the FundModel " + d.fundModel() + " aim has no FFI record" : null),
				new AimRule(info("LearnDelFAMType_64", "E", s, e,
						"an apprenticeship-funded programme aim, and with LARS an English or maths component, needs a contract type (ACT)",
						"LearnDelFAMType", "FundModel", "AimType"),
						(l, d, c) -> {
							if (!fm(d, 36) || hasFam(d, "ACT")) {
								return null;
							}
							if (programmeAim(d)) {
								return "the apprenticeship programme aim has no ACT record";
							}
							// English and maths components can only be told with LARS (their basic skills type)
							return c.lars() != null && RuleSupport.componentAim(d) && LarsFundingRules.englishOrMathsComponent(c, d)
									? "the English or maths component " + d.learnAimRef() + " has no ACT record" : null;
						}),
				ChildRule.ofAim(info("LearnDelFamType_92", "E", s, e,
						"programme aims started from 1 Apr 2021 cannot be ACT 2", "LearnDelFAMType",
						"LearnDelFAMCode", "LearnStartDate", "AimType"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> programmeAim(d) && onOrAfter(d.learnStartDate(), LocalDate.of(2021, 4, 1))
								&& type(f, "ACT") && sameCode(f.learnDelFAMCode(), "2") && !restart(d)
										? "ACT 2 on a programme aim started " + d.learnStartDate() : null),
				ChildRule.ofAim(info("LearnDelFamType_132", "E", s, e, "the event indicator (EVI) is for bootcamps only",
						"LearnDelFAMType", "ProgType"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> type(f, "EVI") && !is(d.progType(), 32)
								? "an EVI record on an aim with ProgType " + RuleSupport.text(d.progType()) : null),
				ChildRule.ofAim(info("LearnDelFamType_133", "E", s, e, "the event indicator (EVI) goes on the programme aim",
						"LearnDelFAMType", "AimType"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> type(f, "EVI") && !programmeAim(d)
								? "an EVI record on an aim of type " + d.aimType() : null),
				ChildRule.ofAim(info("LearnDelFAMDateFrom_01", "E", s, e, "LSF and ALB records need both dates",
						"LearnDelFAMType", "LearnDelFAMDateFrom", "LearnDelFAMDateTo"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> type(f, "LSF", "ALB") && (f.learnDelFAMDateFrom() == null || f.learnDelFAMDateTo() == null)
								? "the " + f.learnDelFAMType() + " record is missing a date from or date to" : null),
				ChildRule.ofAim(info("LearnDelFAMDateFrom_02", "E", s, e,
						"a FAM's date from is not before the aim's start (adult, apprenticeship, non-funded)",
						"LearnDelFAMDateFrom", "LearnStartDate"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> fm(d, 35, 36, 38, 81, 99) && f.learnDelFAMDateFrom() != null
								&& d.learnStartDate() != null && f.learnDelFAMDateFrom().isBefore(d.learnStartDate())
										? "the " + name(f) + " record applies from " + f.learnDelFAMDateFrom()
												+ ", before the aim's start " + d.learnStartDate() : null),
				ChildRule.ofAim(info("LearnDelFAMDateFrom_03", "E", s, e,
						"only LSF, ACT, ALB and EVI records have a date from", "LearnDelFAMType",
						"LearnDelFAMDateFrom"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> f.learnDelFAMDateFrom() != null && !type(f, "LSF", "ACT", "ALB", "EVI")
								? "the " + name(f) + " record has a date from" : null),
				ChildRule.ofAim(info("LearnDelFAMDateFrom_04", "E", s, e, "an ACT record needs a date from",
						"LearnDelFAMType", "LearnDelFAMDateFrom"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> type(f, "ACT") && f.learnDelFAMDateFrom() == null
								? "the " + name(f) + " record has no date from" : null),
				ChildRule.ofAim(info("LearnDelFAMDateFrom_05", "E", s, e, "an EVI record needs a date from",
						"LearnDelFAMType", "LearnDelFAMDateFrom"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> type(f, "EVI") && f.learnDelFAMDateFrom() == null
								? "the EVI record has no date from" : null),
				ChildRule.ofAim(info("LearnDelFAMDateFrom_06", "E", s, e, "an EVI record applies from 1 Aug 2025 or later",
						"LearnDelFAMType", "LearnDelFAMDateFrom"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> type(f, "EVI") && f.learnDelFAMDateFrom() != null
								&& f.learnDelFAMDateFrom().isBefore(LocalDate.of(2025, 8, 1))
										? "the EVI record applies from " + f.learnDelFAMDateFrom() + ", before 1 August 2025"
										: null),
				ChildRule.ofAim(info("LearnDelFAMDateTo_01", "E", s, e, "a FAM's date to is not before its date from",
						"LearnDelFAMType", "LearnDelFAMDateFrom", "LearnDelFAMDateTo"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> f.learnDelFAMDateTo() != null && f.learnDelFAMDateFrom() != null
								&& f.learnDelFAMDateTo().isBefore(f.learnDelFAMDateFrom())
										? "the " + name(f) + " record runs from " + f.learnDelFAMDateFrom() + " to an earlier "
												+ f.learnDelFAMDateTo() : null),
				ChildRule.ofAim(info("LearnDelFAMDateTo_03", "E", s, e,
						"a FAM's date to is not after the aim's actual end (ACT aside)", "LearnDelFAMType",
						"LearnDelFAMDateTo", "LearnActEndDate"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> fm(d, 35, 36, 38, 81, 99) && !type(f, "ACT") && f.learnDelFAMDateTo() != null
								&& d.learnActEndDate() != null && f.learnDelFAMDateTo().isAfter(d.learnActEndDate())
										? "the " + name(f) + " record runs to " + f.learnDelFAMDateTo()
												+ ", after the aim ended " + d.learnActEndDate() : null),
				ChildRule.ofAim(info("LearnDelFAMDateTo_04", "E", s, e, "only LSF, ACT and ALB records have a date to",
						"LearnDelFAMType", "LearnDelFAMDateTo"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> f.learnDelFAMDateTo() != null && !type(f, "LSF", "ACT", "ALB")
								? "the " + name(f) + " record has a date to" : null),
				ChildRule.ofAim(info("LearnDelFAMDateTo_05", "E", s, e,
						"an ACT record's date to is not after the achievement date", "LearnDelFAMType",
						"LearnDelFAMDateTo", "AchDate"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> fm(d, 36) && type(f, "ACT") && f.learnDelFAMDateTo() != null && d.achDate() != null
								&& f.learnDelFAMDateTo().isAfter(d.achDate())
										? "the " + name(f) + " record runs to " + f.learnDelFAMDateTo()
												+ ", after the achievement date " + d.achDate() : null),
				ChildRule.ofAim(info("LearnDelFAMDateTo_02", "W", s, e,
						"a FAM's date to should not be after the aim's planned end (an achieved programme's ACT aside)",
						"LearnDelFAMType", "LearnDelFAMDateTo", "LearnPlanEndDate"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> f.learnDelFAMDateTo() != null && d.learnPlanEndDate() != null
								&& f.learnDelFAMDateTo().isAfter(d.learnPlanEndDate())
								&& !(type(f, "ACT") && programmeAim(d) && d.achDate() != null)
										? "the " + name(f) + " record runs to " + f.learnDelFAMDateTo()
												+ ", after the planned end " + d.learnPlanEndDate() : null),
				ChildRule.ofAim(info("LearnDelFAMDateFrom_07", "E", s, e,
						"an EVI record applies within the programme aim's dates", "LearnDelFAMType",
						"LearnDelFAMDateFrom", "LearnStartDate", "LearnActEndDate"), LearningDeliveryFamRules::fams,
						(l, d, f, c) -> type(f, "EVI") && programmeAim(d) && f.learnDelFAMDateFrom() != null
								&& ((d.learnStartDate() != null && f.learnDelFAMDateFrom().isBefore(d.learnStartDate()))
										|| (d.learnActEndDate() != null && f.learnDelFAMDateFrom().isAfter(d.learnActEndDate())))
												? "the EVI record applies from " + f.learnDelFAMDateFrom()
														+ ", outside the programme's dates" : null),
				new AimRule(info("LearnDelFAMType_18", "E", s, e,
						"SOF, FFI, EEF, RES, ADL, ACL, AFL, ASL and FLN may each appear once on an aim",
						"LearnDelFAMType"), (l, d, c) -> tooMany(d, Set.of("SOF", "FFI", "EEF", "RES", "ADL", "ACL",
								"AFL", "ASL", "FLN"), 1)),
				new AimRule(info("LearnDelFAMType_31", "E", s, e, "at most six LDM records on an aim",
						"LearnDelFAMType"), (l, d, c) -> tooMany(d, Set.of("LDM"), 6)),
				new AimRule(info("LearnDelFAMType_77", "E", s, e, "at most six DAM records on an aim",
						"LearnDelFAMType"), (l, d, c) -> tooMany(d, Set.of("DAM"), 6)),
				new AimRule(info("LearnDelFAMType_35", "E", s, e, "an Advanced Learner Loan (ADL) is for FundModel 99",
						"LearnDelFAMType", "FundModel"),
						(l, d, c) -> hasFam(d, "ADL") && d.fundModel() != null && !fm(d, 99)
								? "an ADL record on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("LearnDelFAMType_36", "E", s, e, "a loan bursary (ALB) needs a loan (ADL)",
						"LearnDelFAMType"),
						(l, d, c) -> hasFam(d, "ALB") && !hasFam(d, "ADL") ? "an ALB record without an ADL record" : null),
				new AimRule(info("LearnDelFAMType_38", "E", s, e, "a loan bursary (ALB) is for FundModel 99",
						"LearnDelFAMType", "FundModel"),
						(l, d, c) -> hasFam(d, "ALB") && d.fundModel() != null && !fm(d, 99)
								? "an ALB record on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("LearnDelFAMType_50", "E", s, e,
						"learning support funding (LSF) is not for 16-19, community or non-funded aims",
						"LearnDelFAMType", "FundModel"),
						(l, d, c) -> hasFam(d, "LSF") && fm(d, 25, 82, 10, 99)
								? "an LSF record on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("LearnDelFAMType_78", "E", s, e,
						"devolved area monitoring (DAM) is for FundModel 35, 38, 11 or 10", "LearnDelFAMType",
						"FundModel"),
						(l, d, c) -> hasFam(d, "DAM") && d.fundModel() != null && !fm(d, 35, 38, 11, 10)
								? "a DAM record on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("LearnDelFamType_91", "E", s, e, "a loan-financed non-funded aim has no source of funding",
						"LearnDelFAMType", "FundModel"),
						(l, d, c) -> hasFam(d, "ADL") && fm(d, 99) && hasFam(d, "SOF")
								? "the loan-financed aim also has a SOF record" : null),
				new AimRule(info("LearnDelFamType_107", "E", s, e, "LDM 320, 321 and 381 are for 16-19 funding",
						"LearnDelFAMType", "LearnDelFAMCode", "FundModel"),
						(l, d, c) -> hasFam(d, "LDM", "320", "321", "381") && d.fundModel() != null && !fm(d, 25, 82)
								? "LDM 320, 321 or 381 on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("LearnDelFamType_111", "E", s, e, "Skills Bootcamp aims need a full or co-funding indicator",
						"LearnDelFAMType", "ProgType"),
						(l, d, c) -> is(d.progType(), 32) && !hasFam(d, "FFI") ? "the bootcamp aim has no FFI record" : null),
				new AimRule(info("LearnDelFamType_112", "E", s, e, "Skills Bootcamp aims are adult funded (SOF 105)",
						"LearnDelFAMType", "LearnDelFAMCode", "ProgType"),
						(l, d, c) -> is(d.progType(), 32) && hasFam(d, "SOF") && !hasFam(d, "SOF", "105")
								? "the bootcamp aim's source of funding is not 105" : null),
				new AimRule(info("LearnDelFamType_113", "E", s, e, "LDM 384 is for FundModel 81", "LearnDelFAMType",
						"LearnDelFAMCode", "FundModel"),
						(l, d, c) -> hasFam(d, "LDM", "384") && d.fundModel() != null && !fm(d, 81)
								? "LDM 384 on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("LearnDelFamType_118", "E", s, e, "T Level aims are 16-19 funded (SOF 107)",
						"LearnDelFAMType", "LearnDelFAMCode", "ProgType"),
						(l, d, c) -> is(d.progType(), 31) && hasFam(d, "SOF") && !hasFam(d, "SOF", "107")
								? "the T Level aim's source of funding is not 107" : null),
				new AimRule(info("LearnDelFamType_119", "E", s, e,
						"community learning started from 1 Aug 2023 needs an ACL record", "LearnDelFAMType",
						"FundModel", "LearnStartDate"),
						(l, d, c) -> fm(d, 10) && onOrAfter(d.learnStartDate(), LocalDate.of(2023, 8, 1)) && !hasFam(d, "ACL")
								? "the community learning aim has no ACL record" : null),
				new AimRule(info("LearnDelFamType_126", "E", s, e,
						"tailored learning started from 1 Aug 2024 needs an ACL record", "LearnDelFAMType", "FundModel",
						"LearnStartDate"),
						(l, d, c) -> fm(d, 11) && onOrAfter(d.learnStartDate(), LocalDate.of(2024, 8, 1)) && !hasFam(d, "ACL")
								? "the tailored learning aim has no ACL record" : null),
				new AimRule(info("LearnDelFamType_131", "E", s, e,
						"tailored learning started from 1 Aug 2025 needs LDM 399, 400 or 401", "LearnDelFAMType",
						"LearnDelFAMCode", "FundModel", "LearnStartDate"),
						(l, d, c) -> fm(d, 11) && onOrAfter(d.learnStartDate(), LocalDate.of(2025, 8, 1))
								&& !hasFam(d, "LDM", "399", "400", "401") ? "the tailored learning aim has no LDM 399, 400 or 401"
										: null),
				new AimRule(info("LearnDelFAMType_07", "E", s, e, "16-19 aims are funded as adult (105) or 16-19 (107)",
						"LearnDelFAMType", "LearnDelFAMCode", "FundModel"),
						(l, d, c) -> fm(d, 25, 82) && hasFam(d, "SOF") && !hasFam(d, "SOF", "105", "107")
								? "the 16-19 aim's source of funding is neither 105 nor 107" : null),
				new AimRule(info("LearnDelFAMType_08", "E", s, e, "non-funded aims are not funded as adult or 16-19",
						"LearnDelFAMType", "LearnDelFAMCode", "FundModel"),
						(l, d, c) -> fm(d, 99) && hasFam(d, "SOF", "105", "107")
								? "the non-funded aim has source of funding 105 or 107" : null),
				new AimRule(info("LearnDelFAMType_14", "E", s, e,
						"enhanced apprenticeship funding (EEF) is for funded apprenticeships only", "LearnDelFAMType",
						"FundModel", "ProgType"),
						(l, d, c) -> hasFam(d, "EEF") && !(fm(d, 35, 36, 81) && RuleSupport.dd07(d))
								? "an EEF record on an aim that is not a funded apprenticeship" : null),
				new AimRule(info("LearnDelFAMType_22", "E", s, e,
						"the full or co-funding indicator (FFI) is for adult, ASF, bootcamp, tailored and community aims",
						"LearnDelFAMType", "FundModel"),
						(l, d, c) -> hasFam(d, "FFI") && d.fundModel() != null && !fm(d, 35, 38, 37, 11, 10)
								? "an FFI record on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("LearnDelFAMType_39", "W", s, e,
						"FundModel 81 and 82 aims started from 1 Aug 2013 should have an LDM record", "LearnDelFAMType",
						"FundModel", "LearnStartDate"),
						(l, d, c) -> fm(d, 81, 82) && onOrAfter(d.learnStartDate(), LocalDate.of(2013, 8, 1))
								&& !is(d.progType(), 25) && !hasFam(d, "LDM") ? "the aim has no LDM record" : null),
				new AimRule(info("LearnDelFAMType_40", "E", s, e, "a non-funded apprenticeship aim has no Advanced Learner Loan",
						"LearnDelFAMType", "FundModel", "ProgType"),
						(l, d, c) -> fm(d, 99) && RuleSupport.dd07(d) && hasFam(d, "ADL")
								? "an ADL record on an apprenticeship aim" : null),
				new AimRule(info("LearnDelFAMType_46", "E", s, e, "family English, maths and language (FLN) is FundModel 35 or 38",
						"LearnDelFAMType", "FundModel"),
						(l, d, c) -> hasFam(d, "FLN") && d.fundModel() != null && !fm(d, 35, 38)
								? "an FLN record on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("FundModel_15", "E", s, "LearningDelivery",
						"Free Courses for Jobs (LDM 378) is adult skills or ASF funded", "FundModel", "LearnDelFAMType",
						"LearnDelFAMCode"),
						(l, d, c) -> hasFam(d, "LDM", "378") && d.fundModel() != null && !fm(d, 35, 38)
								? "LDM 378 on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("LearnDelFamType_100", "E", s, e, "Free Courses for Jobs (LDM 378) starts from 1 Apr 2021",
						"LearnDelFAMType", "LearnDelFAMCode", "LearnStartDate"),
						(l, d, c) -> hasFam(d, "LDM", "378") && d.learnStartDate() != null
								&& d.learnStartDate().isBefore(LocalDate.of(2021, 4, 1))
										? "LDM 378 on an aim started " + d.learnStartDate() : null),
				new AimRule(info("LearnDelFamType_106", "E", s, e,
						"direct FE funded and home-schooled learners (LDM 320, 321) are 14 or over on 31 August",
						"LearnDelFAMType", "LearnDelFAMCode", "DateOfBirth"),
						(l, d, c) -> hasFam(d, "LDM", "320", "321") && l.dateOfBirth() != null
								&& RuleSupport.age(l, RuleContext.AUGUST_31) < 14
										? "the learner is " + RuleSupport.age(l, RuleContext.AUGUST_31) + " on 31 August 2025" : null),
				new AimRule(info("LearnDelFamType_127", "E", s, e, "LDM 395 is for FundModel 38", "LearnDelFAMType",
						"LearnDelFAMCode", "FundModel"),
						(l, d, c) -> hasFam(d, "LDM", "395") && d.fundModel() != null && !fm(d, 38)
								? "LDM 395 on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("LearnDelFamType_128", "E", s, e, "LDM 396 is for FundModel 81", "LearnDelFAMType",
						"LearnDelFAMCode", "FundModel"),
						(l, d, c) -> hasFam(d, "LDM", "396") && d.fundModel() != null && !fm(d, 81)
								? "LDM 396 on a FundModel " + d.fundModel() + " aim" : null));
	}

}

package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.age;
import static dev.ilrsh.rules.RuleSupport.anyAimHasFam;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.sameType;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.LLDDandHealthProblem;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerFAM;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.PriorAttain;
import dev.ilrsh.model.ProviderSpecLearnerMonitoring;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Learner-level rules: names, NI number, LLDD, learner FAMs, prior attainment, planned hours, GCSE grades. */
final class LearnerRecordRules {

	private LearnerRecordRules() {
	}

	/** Community learning: FundModel 10, or 99 with SOF 108. */
	static boolean communityLearning(LearningDelivery d) {
		return fm(d, 10) || (fm(d, 99) && hasFam(d, "SOF", "108"));
	}

	static boolean allCommunityLearning(Learner l) {
		return !l.learningDelivery().isEmpty() && l.learningDelivery().stream().allMatch(LearnerRecordRules::communityLearning);
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static int famCount(Learner l, String type) {
		int n = 0;
		for (LearnerFAM f : l.learnerFAM()) {
			if (sameType(type, f.learnFAMType())) {
				n++;
			}
		}
		return n;
	}

	private static boolean hasLearnerFam(Learner l, String type, int... codes) {
		for (LearnerFAM f : l.learnerFAM()) {
			if (sameType(type, f.learnFAMType()) && (codes.length == 0 || is(f.learnFAMCode(), codes))) {
				return true;
			}
		}
		return false;
	}

	private static String tooMany(Learner l, Set<String> types, int max) {
		Map<String, Integer> counts = new HashMap<>();
		for (LearnerFAM f : l.learnerFAM()) {
			if (f.learnFAMType() != null && types.contains(f.learnFAMType().toUpperCase())) {
				counts.merge(f.learnFAMType().toUpperCase(), 1, Integer::sum);
			}
		}
		for (Map.Entry<String, Integer> e : counts.entrySet()) {
			if (e.getValue() > max) {
				return "the learner has " + e.getValue() + " LearnerFAM records of type " + e.getKey() + "; at most "
						+ max + " " + (max == 1 ? "is" : "are") + " allowed";
			}
		}
		return null;
	}

	private static final Set<String> LOW_GRADES = Set.of("D", "DD", "DE", "E", "EE", "EF", "F", "FF", "FG", "G", "GG",
			"N", "U", "3", "2", "1");

	private static final Pattern NI_NUMBER = Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[ABCD ]?");

	private static Integer hoursSum(Learner l) {
		if (l.planLearnHours() == null && l.planEEPHours() == null) {
			return null;
		}
		return (l.planLearnHours() == null ? 0 : l.planLearnHours()) + (l.planEEPHours() == null ? 0 : l.planEEPHours());
	}

	private static boolean hoursRulesApply(Learner l) {
		return l.learningDelivery().stream().noneMatch(d -> fm(d, 82) || (fm(d, 25) && is(d.progType(), 31)));
	}

	static List<Rule> rules() {
		String s = RuleInfo.LEARNER;
		return List.of(
				new LearnerLevelRule(info("FamilyName_01", "E", s, "Learner", "the family name must be given",
						"FamilyName"),
						(l, c) -> blank(l.familyName()) && l.learningDelivery().stream().anyMatch(d -> !communityLearning(d))
								? "the family name is missing" : null),
				new LearnerLevelRule(info("FamilyName_02", "E", s, "Learner",
						"community learners planned for over 10 hours must have a family name", "FamilyName",
						"PlanLearnHours"),
						(l, c) -> blank(l.familyName()) && allCommunityLearning(l) && l.planLearnHours() != null
								&& l.planLearnHours() > 10 ? "the family name is missing" : null),
				new LearnerLevelRule(info("FamilyName_04", "E", s, "Learner",
						"community learners with a real ULN must have a family name", "ULN", "FamilyName",
						"PlanLearnHours"),
						(l, c) -> blank(l.familyName()) && allCommunityLearning(l) && l.planLearnHours() != null
								&& l.planLearnHours() <= 10 && l.uln() != null && l.uln() != DerivedData.ULN_NOT_KNOWN
										? "the family name is missing" : null),
				new LearnerLevelRule(info("GivenNames_01", "E", s, "Learner", "the given names must be given",
						"GivenNames"),
						(l, c) -> blank(l.givenNames()) && l.learningDelivery().stream().anyMatch(d -> !communityLearning(d))
								? "the given names are missing" : null),
				new LearnerLevelRule(info("GivenNames_02", "E", s, "Learner",
						"community learners planned for over 10 hours must have given names", "GivenNames",
						"PlanLearnHours"),
						(l, c) -> blank(l.givenNames()) && allCommunityLearning(l) && l.planLearnHours() != null
								&& l.planLearnHours() > 10 ? "the given names are missing" : null),
				new LearnerLevelRule(info("GivenNames_04", "E", s, "Learner",
						"community learners with a real ULN must have given names", "ULN", "GivenNames",
						"PlanLearnHours"),
						(l, c) -> blank(l.givenNames()) && allCommunityLearning(l) && l.planLearnHours() != null
								&& l.planLearnHours() <= 10 && l.uln() != null && l.uln() != DerivedData.ULN_NOT_KNOWN
										? "the given names are missing" : null),
				new LearnerLevelRule(info("NINumber_01", "E", s, "Learner",
						"a National Insurance number must have the right form", "NINumber"),
						(l, c) -> l.niNumber() != null && !NI_NUMBER.matcher(l.niNumber()).matches()
								? "NI number '" + l.niNumber() + "' does not have the form of a National Insurance number"
								: null),
				new LearnerLevelRule(info("NINumber_02", "E", s, "Learner",
						"an apprentice on a contract for services (ACT 1) must have an NI number", "NINumber"),
						(l, c) -> blank(l.niNumber()) && anyAimHasFam(l, "ACT", "1")
								? "the NI number is missing and the learner has an ACT 1 aim" : null),
				new LearnerLevelRule(info("LLDDHealthProb_04", "E", s, "Learner",
						"no LLDD records when the learner has no learning difficulty (LLDDHealthProb 2)",
						"LLDDHealthProb"),
						(l, c) -> is(l.llddHealthProb(), 2) && !l.llddAndHealthProblem().isEmpty()
								? "LLDDHealthProb is 2 but there are " + l.llddAndHealthProblem().size()
										+ " LLDD and health problem records" : null),
				new LearnerLevelRule(info("LLDDHealthProb_06", "E", s, "Learner",
						"a learner with a learning difficulty (LLDDHealthProb 1) needs an LLDD record",
						"LLDDHealthProb"),
						(l, c) -> {
							if (!is(l.llddHealthProb(), 1) || !l.llddAndHealthProblem().isEmpty()
									|| l.learningDelivery().stream().anyMatch(LearnerRecordRules::communityLearning)) {
								return null;
							}
							LocalDate first = DerivedData.earliestStartDate(l).orElse(null);
							if (first != null && age(l, first) >= 25) {
								return null;
							}
							return "LLDDHealthProb is 1 but there is no LLDD and health problem record";
						}),
				new LearnerLevelRule(info("PrimaryLLDD_01", "E", s, "LLDDandHealthProblem",
						"one LLDD record must be marked primary for learners starting from 1 Aug 2015",
						"PrimaryLLDD"),
						(l, c) -> {
							LocalDate first = DerivedData.earliestStartDate(l).orElse(null);
							if (l.llddAndHealthProblem().isEmpty() || first == null
									|| first.isBefore(LocalDate.of(2015, 8, 1))) {
								return null;
							}
							return l.llddAndHealthProblem().stream().noneMatch(p -> is(p.primaryLLDD(), 1))
									? "none of the " + l.llddAndHealthProblem().size()
											+ " LLDD and health problem records is marked primary" : null;
						}),
				new LearnerLevelRule(info("PrimaryLLDD_03", "E", s, "LLDDandHealthProblem",
						"only one LLDD record may be marked primary", "PrimaryLLDD"),
						(l, c) -> {
							long n = l.llddAndHealthProblem().stream().filter(p -> is(p.primaryLLDD(), 1)).count();
							return n > 1 ? n + " LLDD and health problem records are marked primary" : null;
						}),
				new LearnerLevelRule(info("PrimaryLLDD_04", "E", s, "LLDDandHealthProblem",
						"a single LLDD record must be marked primary", "PrimaryLLDD"),
						(l, c) -> {
							List<LLDDandHealthProblem> p = l.llddAndHealthProblem();
							return p.size() == 1 && p.get(0).primaryLLDD() == null
									? "the only LLDD and health problem record (category " + p.get(0).llddCat()
											+ ") is not marked primary" : null;
						}),
				new LearnerLevelRule(info("LearnFAMType_09", "E", s, "LearnerFAM",
						"HNS, EHC, DLA, SEN, MCF, ECF, FME, MMH and EMH may each be given once", "LearnFAMType"),
						(l, c) -> tooMany(l, Set.of("HNS", "EHC", "DLA", "SEN", "MCF", "ECF", "FME", "MMH", "EMH"), 1)),
				new LearnerLevelRule(info("LearnFAMType_10", "E", s, "LearnerFAM", "at most four LSR records",
						"LearnFAMType"), (l, c) -> tooMany(l, Set.of("LSR"), 4)),
				new LearnerLevelRule(info("LearnFAMType_11", "E", s, "LearnerFAM", "at most two NLM or EDF records",
						"LearnFAMType"), (l, c) -> tooMany(l, Set.of("NLM", "EDF"), 2)),
				new LearnerLevelRule(info("LearnFAMType_14", "E", s, "LearnerFAM",
						"SEN 1 and EHC 1 must not both be given", "LearnFAMType", "LearnFAMCode"),
						(l, c) -> hasLearnerFam(l, "SEN", 1) && hasLearnerFam(l, "EHC", 1)
								? "the learner has both SEN 1 and EHC 1" : null),
				new LearnerLevelRule(info("LearnFAMType_15", "E", s, "LearnerFAM",
						"a maths exemption for learning difficulty (MCF 1) needs an EHC plan", "LearnFAMType",
						"LearnFAMCode"),
						(l, c) -> hasLearnerFam(l, "MCF", 1) && !hasLearnerFam(l, "EHC")
								? "the learner has MCF 1 but no EHC record" : null),
				new LearnerLevelRule(info("LearnFAMType_16", "E", s, "LearnerFAM",
						"an English exemption for learning difficulty (ECF 1) needs an EHC plan", "LearnFAMType",
						"LearnFAMCode"),
						(l, c) -> hasLearnerFam(l, "ECF", 1) && !hasLearnerFam(l, "EHC")
								? "the learner has ECF 1 but no EHC record" : null),
				new LearnerLevelRule(info("LearnFAMType_17", "E", s, "LearnerFAM",
						"NLM 22 and NLM 21 must not both be given", "LearnFAMType", "LearnFAMCode"),
						(l, c) -> hasLearnerFam(l, "NLM", 22) && hasLearnerFam(l, "NLM", 21)
								? "the learner has both NLM 22 and NLM 21" : null),
				new LearnerLevelRule(info("ProvSpecLearnMonOccur_01", "E", s, "ProviderSpecLearnerMonitoring",
						"provider learner monitoring occurrence must be A or B", "ProvSpecLearnMonOccur"),
						(l, c) -> {
							for (ProviderSpecLearnerMonitoring m : l.providerSpecLearnerMonitoring()) {
								String o = m.provSpecLearnMonOccur();
								if (o != null && !o.equals("A") && !o.equals("B")) {
									return "provider learner monitoring occurrence '" + o + "' is not A or B";
								}
							}
							return null;
						}),
				new LearnerLevelRule(info("PriorAttain_09", "E", s, "PriorAttain",
						"a prior attainment date must not be after the file preparation date", "DateLevelApp"),
						(l, c) -> {
							for (PriorAttain p : l.priorAttain()) {
								if (p.dateLevelApp() != null && p.dateLevelApp().isAfter(c.referenceDate())) {
									return "prior attainment date " + p.dateLevelApp() + " is after the file preparation date "
											+ c.referenceDate();
								}
							}
							return null;
						}),
				new LearnerLevelRule(info("PriorAttain_10", "E", s, "PriorAttain",
						"two prior attainment records must not share a date", "DateLevelApp"),
						(l, c) -> {
							Set<LocalDate> seen = new java.util.HashSet<>();
							for (PriorAttain p : l.priorAttain()) {
								if (p.dateLevelApp() != null && !seen.add(p.dateLevelApp())) {
									return "two prior attainment records are dated " + p.dateLevelApp();
								}
							}
							return null;
						}),
				new LearnerLevelRule(info("ALSCost_02", "E", s, "Learner",
						"a learning support cost needs a high needs student (HNS) record", "ALSCost"),
						(l, c) -> l.alsCost() != null && famCount(l, "HNS") == 0
								? "ALSCost " + l.alsCost() + " is given but there is no HNS record" : null),
				new LearnerLevelRule(info("PlanLearnHours_04", "W", s, "Learner",
						"planned learning and EEP hours together should not exceed 1000", "PlanLearnHours",
						"PlanEEPHours"),
						(l, c) -> hoursRulesApply(l) && hoursSum(l) != null && hoursSum(l) > 1000
								? "planned learning and EEP hours add up to " + hoursSum(l) : null),
				new LearnerLevelRule(info("PlanLearnHours_05", "E", s, "Learner",
						"planned learning and EEP hours together must not exceed 4000", "PlanLearnHours",
						"PlanEEPHours"),
						(l, c) -> hoursRulesApply(l) && l.planLearnHours() != null && hoursSum(l) > 4000
								? "planned learning and EEP hours add up to " + hoursSum(l) : null),
				new LearnerLevelRule(info("MathGrade_04", "E", s, "Learner",
						"a learner exempt from or past the maths condition (MCF 2-4) has maths grade NONE",
						"MathGrade"),
						(l, c) -> hasLearnerFam(l, "MCF", 2, 3, 4) && !"NONE".equals(l.mathGrade())
								? "the learner has an MCF 2, 3 or 4 record but the maths grade is "
										+ (l.mathGrade() == null ? "missing" : "'" + l.mathGrade() + "'") : null),
				new LearnerLevelRule(info("EngGrade_04", "E", s, "Learner",
						"a learner exempt from or past the English condition (ECF 2-4) has English grade NONE",
						"EngGrade"),
						(l, c) -> hasLearnerFam(l, "ECF", 2, 3, 4) && !"NONE".equals(l.engGrade())
								? "the learner has an ECF 2, 3 or 4 record but the English grade is "
										+ (l.engGrade() == null ? "missing" : "'" + l.engGrade() + "'") : null),
				new AimRule(info("PriorAttain_04", "E", s, "PriorAttain",
						"an adult skills learner with prior attainment of level 4 or above is not on a level 2, 3 or 4 framework (ProgType 2, 3, 20)",
						"PriorLevel", "FundModel", "ProgType"),
						(l, d, c) -> {
							if (!fm(d, 35) || !is(d.progType(), 2, 3, 20)) {
								return null;
							}
							PriorAttain prior = RuleSupport.priorAttainOn(l, d.learnStartDate());
							return prior != null && is(prior.priorLevel(), 7, 8, 9, 10)
									? "prior attainment level " + prior.priorLevel() + " but an adult skills aim on ProgType "
											+ d.progType() : null;
						}),
				new LearnerLevelRule(info("Postcode_15", "E", s, "Learner", "the learner's postcode has the form of a postcode",
						"Postcode"), (l, c) -> l.postcode() != null && !AimStructureRules.POSTCODE.matcher(l.postcode()).matches()
								? "postcode '" + l.postcode() + "' does not have the form of a postcode" : null),
				new LearnerLevelRule(info("PostcodePrior_02", "E", s, "Learner",
						"the postcode before enrolment has the form of a postcode", "PostcodePrior"),
						(l, c) -> l.postcodePrior() != null && !AimStructureRules.POSTCODE.matcher(l.postcodePrior()).matches()
								? "postcode before enrolment '" + l.postcodePrior() + "' does not have the form of a postcode"
								: null),
				new LearnerLevelRule(info("PriorAttain_01", "E", s, "PriorAttain",
						"a prior attainment record is needed (community, 16-19 and tailored learning aside)",
						"PriorLevel"),
						(l, c) -> l.priorAttain().isEmpty() && l.learningDelivery()
							.stream()
							.anyMatch(d -> !communityLearning(d) && !fm(d, 25, 82, 11))
									? "the learner has no prior attainment record" : null),
				new LearnerLevelRule(info("Addline1_03", "E", s, "Learner",
						"the first address line must be given (short community learning aside)", "AddLine1"),
						(l, c) -> blank(l.addLine1()) && !(allCommunityLearning(l) && l.planLearnHours() != null
								&& l.planLearnHours() <= 10) ? "address line 1 is missing" : null),
				new LearnerLevelRule(info("PlanLearnHours_01", "E", s, "Learner",
						"planned learning hours must be given (apprentices, closed learners, other 16-19 and T Levels aside)",
						"PlanLearnHours"),
						(l, c) -> l.planLearnHours() == null && !l.learningDelivery().isEmpty()
								&& l.learningDelivery().stream().noneMatch(d -> RuleSupport.dd07(d) || fm(d, 82)
										|| (fm(d, 25) && is(d.progType(), 31)))
								&& l.learningDelivery().stream().anyMatch(d -> d.learnActEndDate() == null)
										? "planned learning hours are missing" : null),
				new LearnerLevelRule(info("PlanLearnHours_02", "W", s, "Learner",
						"planned learning hours should be above zero", "PlanLearnHours"),
						(l, c) -> is(l.planLearnHours(), 0)
								&& l.learningDelivery().stream().anyMatch(d -> fm(d, 25, 35, 38, 37, 81, 10, 99))
								&& l.learningDelivery().stream().noneMatch(d -> fm(d, 25) && is(d.progType(), 31))
										? "planned learning hours are 0" : null),
				new LearnerLevelRule(info("PlanLearnHours_03", "E", s, "Learner",
						"16-19 learners' planned learning and EEP hours together must be above zero",
						"PlanLearnHours", "PlanEEPHours"),
						(l, c) -> l.planLearnHours() != null && hoursSum(l) == 0 && hoursRulesApply(l)
								&& l.learningDelivery().stream().anyMatch(d -> fm(d, 25))
										? "planned learning and EEP hours add up to 0" : null),
				new LearnerLevelRule(info("PlanEEPHours_01", "E", s, "Learner",
						"16-19 learners need planned EEP hours (closed learners and T Levels aside)", "PlanEEPHours"),
						(l, c) -> l.planEEPHours() == null && l.learningDelivery().stream().anyMatch(d -> fm(d, 25))
								&& l.learningDelivery().stream().noneMatch(d -> RuleSupport.dd07(d) || is(d.progType(), 31))
								&& l.learningDelivery().stream().anyMatch(d -> d.learnActEndDate() == null)
										? "planned EEP hours are missing" : null),
				new LearnerLevelRule(info("MathGrade_01", "E", s, "Learner", "16-19 learners need a GCSE maths grade",
						"MathGrade"),
						(l, c) -> l.mathGrade() == null && l.learningDelivery().stream().anyMatch(d -> fm(d, 25))
								? "the GCSE maths grade is missing" : null),
				new LearnerLevelRule(info("EngGrade_01", "E", s, "Learner", "16-19 learners need a GCSE English grade",
						"EngGrade"),
						(l, c) -> l.engGrade() == null && l.learningDelivery().stream().anyMatch(d -> fm(d, 25))
								? "the GCSE English grade is missing" : null),
				new LearnerLevelRule(info("MathGrade_03", "E", s, "Learner",
						"a maths grade of D or 3 or below needs the disadvantage funding record EDF 1", "MathGrade"),
						(l, c) -> l.mathGrade() != null && LOW_GRADES.contains(l.mathGrade()) && !hasLearnerFam(l, "EDF", 1)
								? "maths grade " + l.mathGrade() + " but no EDF 1 record" : null),
				new LearnerLevelRule(info("EngGrade_03", "E", s, "Learner",
						"an English grade of D or 3 or below needs the disadvantage funding record EDF 2", "EngGrade"),
						(l, c) -> l.engGrade() != null && LOW_GRADES.contains(l.engGrade()) && !hasLearnerFam(l, "EDF", 2)
								? "English grade " + l.engGrade() + " but no EDF 2 record" : null),
				new LearnerLevelRule(info("LLDDHealthProb_07", "E", s, "Learner",
						"a community learner with a learning difficulty and over 10 planned hours needs an LLDD record",
						"LLDDHealthProb", "PlanLearnHours"),
						(l, c) -> {
							if (!is(l.llddHealthProb(), 1) || !l.llddAndHealthProblem().isEmpty() || !allCommunityLearning(l)
									|| l.planLearnHours() == null || l.planLearnHours() <= 10) {
								return null;
							}
							LocalDate first = DerivedData.earliestStartDate(l).orElse(null);
							return first != null && age(l, first) >= 25 ? null
									: "LLDDHealthProb is 1 but there is no LLDD and health problem record";
						}));
	}
}

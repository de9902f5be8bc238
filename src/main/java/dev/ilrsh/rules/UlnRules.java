package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.days;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.derived.DerivedData.UlnCheck;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import java.util.List;

/**
 * The ULN rules: the check digit (ULN_04) and when the temporary ULN 9999999999 is tolerated (ULN_02, 03, 06, 07,
 * 09, 10, 11, 12). Rules that speak of the file preparation date use the reference date.
 */
final class UlnRules {

	private UlnRules() {
	}

	static boolean temporary(Learner learner) {
		return learner.uln() != null && learner.uln() == DerivedData.ULN_NOT_KNOWN;
	}

	private static boolean olass(LearningDelivery aim) {
		return hasFam(aim, "LDM", "034");
	}

	private static boolean act1(LearningDelivery aim) {
		return hasFam(aim, "ACT", "1");
	}

	/** Planned or actual duration of five days or more. */
	private static boolean fiveDaysOrMore(LearningDelivery aim) {
		if (aim.learnStartDate() == null) {
			return false;
		}
		return (aim.learnPlanEndDate() != null && days(aim.learnStartDate(), aim.learnPlanEndDate()) >= 5)
				|| (aim.learnActEndDate() != null && days(aim.learnStartDate(), aim.learnActEndDate()) >= 5);
	}

	private static boolean agencyFunded(LearningDelivery aim) {
		return fm(aim, 25, 82, 35, 37, 38, 36, 81) || (fm(aim, 99) && hasFam(aim, "ADL", "1"));
	}

	private static boolean officeForStudents(LearningDelivery aim) {
		return fm(aim, 99) && hasFam(aim, "SOF", "1");
	}

	private static final String TEMP = "the ULN is the temporary 9999999999";

	static List<Rule> rules() {
		return List.of(new LearnerLevelRule(info("ULN_04", "E", RuleInfo.LEARNER, "Learner",
				"the ULN must pass its check digit", "ULN"), (l, c) -> {
					if (l.uln() == null || DerivedData.checkUln(l.uln()) != UlnCheck.INVALID) {
						return null;
					}
					int expected = DerivedData.ulnCheckDigit(l.uln());
					return expected < 0 ? "ULN " + l.uln() + " cannot be right: no last digit makes its check sum work"
							: "ULN " + l.uln() + " fails its check digit: the last digit should be " + expected;
				}),
				new AimRule(info("ULN_02", "W", RuleInfo.LEARNER, "Learner",
						"non-funded, community and tailored learning should have a real ULN", "ULN", "FundModel"),
						(l, d, c) -> temporary(l) && fm(d, 99, 10, 11) && !hasFam(d, "SOF", "1")
								? TEMP + " on an aim with FundModel " + d.fundModel() : null),
				new LearnerLevelRule(info("ULN_03", "W", RuleInfo.LEARNER, "Learner",
						"before 1 January the temporary ULN is a warning, unless an aim is ACT 1", "ULN"),
						(l, c) -> temporary(l) && c.referenceDate().isBefore(RuleContext.JANUARY_FIRST)
								&& l.learningDelivery().stream().noneMatch(UlnRules::act1)
										? TEMP + "; replace it with the learner's ULN from the Learning Records Service"
										: null),
				new AimRule(info("ULN_06", "W", RuleInfo.LEARNER, "Learner",
						"from 1 January a funded aim started in the last 60 days should have a real ULN", "ULN",
						"LearnStartDate", "LearnPlanEndDate", "LearnActEndDate", "FundModel"),
						(l, d, c) -> temporaryAfterJanuary(l, d, c, true) ? TEMP + " and the aim started "
								+ days(d.learnStartDate(), c.referenceDate()) + " days before the file was prepared"
								: null),
				new AimRule(info("ULN_07", "E", RuleInfo.LEARNER, "Learner",
						"from 1 January a funded aim started over 60 days ago must have a real ULN", "ULN",
						"LearnStartDate", "LearnPlanEndDate", "LearnActEndDate", "FundModel"),
						(l, d, c) -> temporaryAfterJanuary(l, d, c, false) ? TEMP + " and the aim started "
								+ days(d.learnStartDate(), c.referenceDate()) + " days before the file was prepared"
								: null),
				new AimRule(info("ULN_09", "W", RuleInfo.LEARNER, "Learner",
						"from 1 January an OLASS learner should have a real ULN", "ULN"),
						(l, d, c) -> temporary(l) && !c.referenceDate().isBefore(RuleContext.JANUARY_FIRST)
								&& olass(d) ? TEMP + " on an OLASS aim (LDM 034)" : null),
				new AimRule(info("ULN_10", "W", RuleInfo.LEARNER, "Learner",
						"from 1 January an OfS-funded aim started in the last 60 days should have a real ULN", "ULN",
						"LearnStartDate", "FundModel"),
						(l, d, c) -> officeForStudentsTemporary(l, d, c, true) ? TEMP + " on an OfS-funded aim" : null),
				new AimRule(info("ULN_11", "E", RuleInfo.LEARNER, "Learner",
						"from 1 January an OfS-funded aim started over 60 days ago must have a real ULN", "ULN",
						"LearnStartDate", "FundModel"),
						(l, d, c) -> officeForStudentsTemporary(l, d, c, false) ? TEMP + " on an OfS-funded aim"
								: null),
				new AimRule(info("ULN_12", "E", RuleInfo.LEARNER, "Learner",
						"an apprentice on a contract for services (ACT 1) must have a real ULN", "ULN"),
						(l, d, c) -> temporary(l) && act1(d) ? TEMP + " but the aim has ACT 1" : null));
	}

	private static boolean temporaryAfterJanuary(Learner l, LearningDelivery d, RuleContext c, boolean recent) {
		if (!temporary(l) || c.referenceDate().isBefore(RuleContext.JANUARY_FIRST) || d.learnStartDate() == null
				|| !agencyFunded(d) || !fiveDaysOrMore(d) || olass(d) || act1(d)) {
			return false;
		}
		long ago = days(d.learnStartDate(), c.referenceDate());
		return recent ? ago <= 60 : ago > 60;
	}

	private static boolean officeForStudentsTemporary(Learner l, LearningDelivery d, RuleContext c, boolean recent) {
		if (!temporary(l) || c.referenceDate().isBefore(RuleContext.JANUARY_FIRST) || d.learnStartDate() == null
				|| !officeForStudents(d) || !fiveDaysOrMore(d) || olass(d)) {
			return false;
		}
		long ago = days(d.learnStartDate(), c.referenceDate());
		return recent ? ago <= 60 : ago > 60;
	}
}

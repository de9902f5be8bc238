package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.bootcamp;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.fundedStandard;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.programmeAim;
import static dev.ilrsh.rules.RuleSupport.standard;

import dev.ilrsh.model.LearningDelivery;
import java.time.LocalDate;
import java.util.List;

/** Completion status, outcome and withdrawal reason, and how they go with the end and achievement dates. */
final class CompletionRules {

	private CompletionRules() {
	}

	/** A standard's programme aim, funded or not (FundModel 36 or 99, ProgType 25, AimType 1). */
	static boolean standardProgramme(LearningDelivery d) {
		return programmeAim(d) && fm(d, 36, 99) && standard(d);
	}

	static List<Rule> rules() {
		String s = RuleInfo.LEARNING_DELIVERY;
		String e = "LearningDelivery";
		return List.of(
				new AimRule(info("CompStatus_02", "E", s, e,
						"an aim with an actual end is not continuing (CompStatus 1), standard programme aims aside",
						"CompStatus", "LearnActEndDate"),
						(l, d, c) -> d.learnActEndDate() != null && is(d.compStatus(), 1) && !standardProgramme(d)
								? "the aim ended " + d.learnActEndDate() + " but CompStatus is 1 (continuing)" : null),
				new AimRule(info("CompStatus_03", "E", s, e, "an aim without an actual end must be continuing",
						"CompStatus", "LearnActEndDate"),
						(l, d, c) -> d.learnActEndDate() == null && d.compStatus() != null && !is(d.compStatus(), 1)
								? "CompStatus is " + d.compStatus() + " but the aim has no actual end date" : null),
				new AimRule(info("CompStatus_04", "E", s, e, "an aim without an outcome must be continuing",
						"CompStatus", "Outcome"),
						(l, d, c) -> d.outcome() == null && d.compStatus() != null && !is(d.compStatus(), 1)
								? "CompStatus is " + d.compStatus() + " but the aim has no outcome" : null),
				new AimRule(info("CompStatus_05", "E", s, e,
						"a continuing aim has no outcome, standards and bootcamps aside", "CompStatus", "Outcome"),
						(l, d, c) -> is(d.compStatus(), 1) && d.outcome() != null && !(fm(d, 36, 99) && standard(d))
								&& !bootcamp(d) ? "the aim is continuing but has outcome " + d.outcome() : null),
				new AimRule(info("CompStatus_06", "E", s, e,
						"a withdrawn or paused aim must not be achieved (1) or awaiting outcome (8)", "CompStatus",
						"Outcome"),
						(l, d, c) -> is(d.compStatus(), 3, 6) && is(d.outcome(), 1, 8) && !bootcamp(d)
								? "CompStatus " + d.compStatus() + " does not go with outcome " + d.outcome() : null),
				new AimRule(info("CompStatus_07", "E", s, e,
						"a standard's programme aim with an achievement date must be completed (CompStatus 2)",
						"CompStatus", "AchDate", "LearnActEndDate"),
						(l, d, c) -> programmeAim(d) && fundedStandard(d)
								&& onOrAfter(d.learnActEndDate(), LocalDate.of(2019, 8, 1)) && d.achDate() != null
								&& !is(d.compStatus(), 2) ? "the programme has achievement date " + d.achDate()
										+ " but CompStatus is " + d.compStatus() : null),
				new AimRule(info("CompStatus_08", "E", s, e,
						"a bootcamp programme aim with an achievement date must be completed", "CompStatus",
						"AchDate"),
						(l, d, c) -> programmeAim(d) && bootcamp(d) && d.achDate() != null && !is(d.compStatus(), 2)
								? "the bootcamp has achievement date " + d.achDate() + " but CompStatus is "
										+ d.compStatus() : null),
				new AimRule(info("Outcome_04", "E", s, e,
						"an achievement date needs outcome 1, apprenticeship standards aside", "Outcome", "AchDate"),
						(l, d, c) -> d.achDate() != null && !is(d.outcome(), 1) && !fundedStandard(d)
								? "the aim has achievement date " + d.achDate() + " but outcome "
										+ RuleSupport.text(d.outcome()) : null),
				new AimRule(info("Outcome_05", "E", s, e, "an achieved aim (outcome 1) needs an actual end date",
						"Outcome", "LearnActEndDate"),
						(l, d, c) -> is(d.outcome(), 1) && d.learnActEndDate() == null && !bootcamp(d)
								? "outcome is 1 (achieved) but there is no actual end date" : null),
				new AimRule(info("Outcome_09", "E", s, e,
						"outcome 8 needs CompStatus 2, standard programme aims and bootcamps aside", "Outcome",
						"CompStatus"),
						(l, d, c) -> is(d.outcome(), 8) && !is(d.compStatus(), 2) && !standardProgramme(d)
								&& !bootcamp(d) ? "outcome 8 does not go with CompStatus " + d.compStatus() : null),
				new AimRule(info("Outcome_10", "E", s, e, "outcome 3 (not achieved) cannot be continuing", "Outcome",
						"CompStatus"),
						(l, d, c) -> is(d.outcome(), 3) && is(d.compStatus(), 1)
								? "outcome 3 (no achievement) with CompStatus 1 (continuing)" : null),
				new AimRule(info("Outcome_11", "E", s, e, "an outcome needs an actual end date, bootcamps aside",
						"Outcome", "LearnActEndDate"),
						(l, d, c) -> d.outcome() != null && d.learnActEndDate() == null && !bootcamp(d)
								? "outcome " + d.outcome() + " is given but there is no actual end date" : null),
				new AimRule(info("Outcome_12", "E", s, e, "an actual end date needs an outcome", "Outcome",
						"LearnActEndDate"),
						(l, d, c) -> d.learnActEndDate() != null && d.outcome() == null
								? "the aim ended " + d.learnActEndDate() + " but has no outcome" : null),
				new AimRule(info("WithdrawReason_03", "E", s, e, "a withdrawn aim (CompStatus 3) needs a reason",
						"WithdrawReason", "CompStatus"),
						(l, d, c) -> is(d.compStatus(), 3) && d.withdrawReason() == null
								? "CompStatus is 3 (withdrawn) but there is no withdrawal reason" : null),
				new AimRule(info("WithdrawReason_04", "E", s, e,
						"only a withdrawn aim has a withdrawal reason", "WithdrawReason", "CompStatus"),
						(l, d, c) -> is(d.compStatus(), 1, 2, 6) && d.withdrawReason() != null
								? "withdrawal reason " + d.withdrawReason() + " on an aim with CompStatus " + d.compStatus()
								: null),
				new AimRule(info("WithdrawReason_05", "E", s, e,
						"withdrawal reason 28 is only for OLASS aims (LDM 034)", "WithdrawReason"),
						(l, d, c) -> is(d.withdrawReason(), 28) && !hasFam(d, "LDM", "034")
								? "withdrawal reason 28 (OLASS) on an aim without LDM 034" : null),
				new AimRule(info("WithdrawReason_06", "E", s, e,
						"withdrawal reason 48 is only for the industry placement aim ZWRKX002", "WithdrawReason",
						"LearnAimRef"),
						(l, d, c) -> is(d.withdrawReason(), 48) && !"ZWRKX002".equalsIgnoreCase(d.learnAimRef())
								? "withdrawal reason 48 on aim " + d.learnAimRef() + ", not ZWRKX002" : null),
				new AimRule(info("CompStatus_09", "W", s, e, "a bootcamp event aim should be completed (CompStatus 2)",
						"LearnAimRef", "CompStatus"),
						(l, d, c) -> AimStructureRules.EVENT_AIMS.contains(String.valueOf(d.learnAimRef()).toUpperCase())
								&& !is(d.compStatus(), 2) ? "the event aim has CompStatus " + d.compStatus() : null));
	}
}

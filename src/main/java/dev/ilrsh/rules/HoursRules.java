package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.onOrBefore;
import static dev.ilrsh.rules.RuleSupport.programmeAim;
import static dev.ilrsh.rules.RuleSupport.restart;

import java.time.LocalDate;
import java.util.List;

/** Planned hours (PHours) and actual off-the-job hours (OTJActHours) on programme aims. */
final class HoursRules {

	private HoursRules() {
	}

	static List<Rule> rules() {
		String s = RuleInfo.LEARNING_DELIVERY;
		String e = "LearningDelivery";
		return List.of(
				new AimRule(info("PHours_01", "E", s, e,
						"an apprenticeship programme aim started from 1 Aug 2019 needs planned hours", "PHours",
						"LearnStartDate", "FundModel", "AimType"),
						(l, d, c) -> programmeAim(d) && fm(d, 36) && onOrAfter(d.learnStartDate(), LocalDate.of(2019, 8, 1))
								&& d.pHours() == null ? "the apprenticeship programme aim has no planned hours" : null),
				new AimRule(info("PHours_03", "E", s, e, "a T Level programme aim from 1 Aug 2020 needs planned hours",
						"PHours", "LearnStartDate", "FundModel", "ProgType"),
						(l, d, c) -> programmeAim(d) && fm(d, 25) && is(d.progType(), 31)
								&& onOrAfter(d.learnStartDate(), LocalDate.of(2020, 8, 1)) && d.pHours() == null
										? "the T Level programme aim has no planned hours" : null),
				new AimRule(info("PHours_04", "E", s, e, "a T Level programme aim's planned hours must be above zero",
						"PHours", "FundModel", "ProgType"),
						(l, d, c) -> programmeAim(d) && fm(d, 25) && is(d.progType(), 31) && d.pHours() != null
								&& d.pHours() <= 0 ? "the T Level programme aim has planned hours " + d.pHours() : null),
				new AimRule(info("PHours_05", "E", s, e, "16-19 study programmes (not T Levels) have no planned hours",
						"PHours", "FundModel", "ProgType"),
						(l, d, c) -> fm(d, 25) && !is(d.progType(), 31) && d.pHours() != null
								? "planned hours " + d.pHours() + " on a 16-19 study programme aim" : null),
				new AimRule(info("PHours_06", "E", s, e,
						"apprenticeships started 1 Aug 2022 to 31 Jul 2025 are planned for at least 278 hours",
						"PHours", "LearnStartDate", "FundModel"),
						(l, d, c) -> fm(d, 36) && onOrAfter(d.learnStartDate(), LocalDate.of(2022, 8, 1))
								&& onOrBefore(d.learnStartDate(), LocalDate.of(2025, 7, 31)) && d.pHours() != null
								&& d.pHours() < 278 && !restart(d)
										? "planned hours " + d.pHours() + " are below the 278 required" : null),
				new AimRule(info("Phours_07", "E", s, e, "tailored learning aims need planned hours", "PHours",
						"FundModel"),
						(l, d, c) -> fm(d, 11) && d.pHours() == null ? "the tailored learning aim has no planned hours"
								: null),
				new AimRule(info("Phours_08", "E", s, e,
						"apprenticeships started from 1 Aug 2025 are planned for at least 187 hours", "PHours",
						"LearnStartDate", "FundModel"),
						(l, d, c) -> fm(d, 36) && onOrAfter(d.learnStartDate(), LocalDate.of(2025, 8, 1))
								&& d.pHours() != null && d.pHours() < 187 && !restart(d)
										? "planned hours " + d.pHours() + " are below the 187 required" : null),
				new AimRule(info("OTJActHours_01", "E", s, e, "actual off-the-job hours go on the programme aim only",
						"OTJActHours", "AimType"),
						(l, d, c) -> d.otjActHours() != null && !programmeAim(d)
								? "off-the-job hours " + d.otjActHours() + " are on an aim of type " + d.aimType()
										+ ", not the programme aim" : null),
				new AimRule(info("OTJActHours_02", "E", s, e,
						"a completed apprenticeship started from 1 Aug 2019 needs its actual off-the-job hours",
						"OTJActHours", "LearnStartDate", "FundModel", "AimType", "CompStatus"),
						(l, d, c) -> programmeAim(d) && fm(d, 36) && onOrAfter(d.learnStartDate(), LocalDate.of(2019, 8, 1))
								&& is(d.compStatus(), 2) && d.otjActHours() == null && !restart(d)
										? "the completed apprenticeship has no actual off-the-job hours" : null),
				new AimRule(info("OTJActHours_03", "E", s, e,
						"a withdrawn apprenticeship started from 1 Aug 2022 needs its actual off-the-job hours",
						"OTJActHours", "LearnStartDate", "FundModel", "AimType", "CompStatus"),
						(l, d, c) -> programmeAim(d) && fm(d, 36) && onOrAfter(d.learnStartDate(), LocalDate.of(2022, 8, 1))
								&& is(d.compStatus(), 3) && d.otjActHours() == null
										? "the withdrawn apprenticeship has no actual off-the-job hours" : null),
				new AimRule(info("FundModel_14", "E", s, e, "only apprenticeship-funded aims carry off-the-job hours",
						"FundModel", "OTJActHours"),
						(l, d, c) -> d.otjActHours() != null && d.fundModel() != null && !fm(d, 36)
								? "off-the-job hours on a FundModel " + d.fundModel() + " aim" : null));
	}
}

package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.age;
import static dev.ilrsh.rules.RuleSupport.dd07;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.programmeAim;
import static dev.ilrsh.rules.RuleSupport.standard;
import static dev.ilrsh.rules.RuleSupport.statusOn;

import dev.ilrsh.derived.MoreDerivedData;
import dev.ilrsh.model.EmploymentStatusMonitoring;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearningDelivery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Employment status: when a status must exist, what it must be for apprentices, and its monitoring records. */
final class EmploymentStatusRules {

	private EmploymentStatusRules() {
	}

	private static final LocalDate AUG_2012 = LocalDate.of(2012, 8, 1);
	private static final LocalDate AUG_2013 = LocalDate.of(2013, 8, 1);
	private static final LocalDate AUG_2014 = LocalDate.of(2014, 8, 1);
	private static final LocalDate AUG_2016 = LocalDate.of(2016, 8, 1);

	/** Whether some employment status is dated strictly before {@code date}. */
	static boolean statusBefore(Learner l, LocalDate date) {
		return l.learnerEmploymentStatus()
			.stream()
			.anyMatch(s -> s.dateEmpStatApp() != null && s.dateEmpStatApp().isBefore(date));
	}

	static boolean hasEsm(LearnerEmploymentStatus s, String type, int... codes) {
		for (EmploymentStatusMonitoring m : s.employmentStatusMonitoring()) {
			if (type.equalsIgnoreCase(m.esmType()) && (codes.length == 0 || is(m.esmCode(), codes))) {
				return true;
			}
		}
		return false;
	}

	private static String noStatusBefore(LearningDelivery d) {
		return "there is no employment status dated before the aim's start " + d.learnStartDate();
	}

	private static List<LearnerEmploymentStatus> statuses(Learner l) {
		return l.learnerEmploymentStatus();
	}

	/** The employment status that applies on an aim's start, for findings to show. */
	private static LearnerEmploymentStatus statusOnStart(Learner l, LearningDelivery d) {
		return statusOn(l, d.learnStartDate());
	}

	static List<Rule> rules() {
		String s = RuleInfo.EMPLOYMENT_STATUS;
		String e = "LearnerEmploymentStatus";
		return List.of(
				new AimRule(info("EmpStat_08", "E", s, e,
						"adult, bootcamp and non-funded learners 19 or over need an employment status before the start",
						"DateEmpStatApp", "FundModel", "LearnStartDate"),
						(l, d, c) -> fm(d, 35, 37, 81, 99) && onOrAfter(d.learnStartDate(), AUG_2014) && !dd07(d)
								&& !(fm(d, 99) && hasFam(d, "SOF", "108"))
								&& age(l, RuleContext.august31OfYearOf(d.learnStartDate())) >= 19
								&& !statusBefore(l, d.learnStartDate()) ? noStatusBefore(d) : null),
				new AimRule(info("EmpStat_09", "E", s, e,
						"an apprenticeship programme aim needs an employment status dated before its start",
						"DateEmpStatApp", "ProgType", "AimType", "LearnStartDate"),
						(l, d, c) -> dd07(d) && programmeAim(d) && onOrAfter(d.learnStartDate(), AUG_2014)
								&& !statusBefore(l, d.learnStartDate()) ? noStatusBefore(d) : null),
				new AimRule(info("EmpStat_11", "E", s, e,
						"16-19 learners with under 540 planned hours need an employment status before the start",
						"DateEmpStatApp", "PlanLearnHours", "PlanEEPHours", "FundModel", "LearnStartDate"),
						(l, d, c) -> {
							if (!fm(d, 25, 82) || !onOrAfter(d.learnStartDate(), AUG_2014)
									|| (l.planLearnHours() == null && l.planEEPHours() == null)) {
								return null;
							}
							int hours = (l.planLearnHours() == null ? 0 : l.planLearnHours())
									+ (l.planEEPHours() == null ? 0 : l.planEEPHours());
							return hours < 540 && !statusBefore(l, d.learnStartDate())
									? noStatusBefore(d) + " and planned hours total " + hours : null;
						}),
				new AimRule(info("EmpStat_12", "W", s, e,
						"an apprentice should be employed (EmpStat 10) on the programme start date", "EmpStat",
						"LearnStartDate", "AimType"),
						EmploymentStatusRules::statusOnStart, (l, d, c) -> {
							if (!dd07(d) || !programmeAim(d) || hasFam(d, "LDM", "353", "355")) {
								return null;
							}
							LearnerEmploymentStatus on = statusOn(l, d.learnStartDate());
							return on != null && !is(on.empStat(), 10) ? "the employment status on the start "
									+ d.learnStartDate() + " is " + on.empStat() + ", not employed (10)" : null;
						}),
				new AimRule(info("EmpStat_15", "E", s, e,
						"an apprentice's employment status on the programme start must not be unknown (98)",
						"EmpStat", "LearnStartDate", "AimType"),
						EmploymentStatusRules::statusOnStart, (l, d, c) -> {
							if (!dd07(d) || !programmeAim(d) || !onOrAfter(d.learnStartDate(), AUG_2016)) {
								return null;
							}
							LearnerEmploymentStatus on = statusOn(l, d.learnStartDate());
							return on != null && is(on.empStat(), 98)
									? "the employment status on the start " + d.learnStartDate() + " is unknown (98)" : null;
						}),
				new AimRule(info("EmpStat_20", "E", s, e,
						"a low-wage aim (LDM 363) needs the learner employed (EmpStat 10) on its start", "EmpStat",
						"LearnStartDate"),
						EmploymentStatusRules::statusOnStart, (l, d, c) -> {
							if (!hasFam(d, "LDM", "363")) {
								return null;
							}
							LearnerEmploymentStatus on = statusOn(l, d.learnStartDate());
							return on == null || !is(on.empStat(), 10) ? "the aim has LDM 363 but the employment status on "
									+ d.learnStartDate() + " is " + (on == null ? "missing" : on.empStat()) : null;
						}),
				new AimRule(info("EmpStat_21", "E", s, e,
						"Adult Skills Fund learners 19 or over need an employment status before the start",
						"DateEmpStatApp", "FundModel", "LearnStartDate"),
						(l, d, c) -> fm(d, 38) && d.learnStartDate() != null
								&& age(l, RuleContext.august31OfYearOf(d.learnStartDate())) >= 19
								&& !statusBefore(l, d.learnStartDate()) ? noStatusBefore(d) : null),
				new AimRule(info("EmpStat_22", "E", s, e,
						"tailored learning needs an employment status on or before the start", "DateEmpStatApp",
						"FundModel", "LearnStartDate"),
						(l, d, c) -> fm(d, 11) && d.learnStartDate() != null && statusOn(l, d.learnStartDate()) == null
								? "there is no employment status dated on or before the start " + d.learnStartDate()
								: null),
				ChildRule.ofLearner(info("DateEmpStatApp_01", "E", s, e,
						"an employment status must not be dated after the collection year", "DateEmpStatApp"),
						EmploymentStatusRules::statuses,
						(l, d, x, c) -> x.dateEmpStatApp() != null && x.dateEmpStatApp().isAfter(RuleContext.YEAR_END)
								? "employment status date " + x.dateEmpStatApp() + " is after 31 July 2026" : null),
				ChildRule.ofLearner(info("DateEmpStatApp_02", "E", s, e,
						"an employment status must not be dated before 1 August 1990", "DateEmpStatApp"),
						EmploymentStatusRules::statuses,
						(l, d, x, c) -> x.dateEmpStatApp() != null
								&& x.dateEmpStatApp().isBefore(LocalDate.of(1990, 8, 1))
										? "employment status date " + x.dateEmpStatApp() + " is before 1 August 1990"
										: null),
				ChildRule.ofLearner(info("EmpId_02", "E", s, e, "an employer identifier must pass its check digit",
						"EmpId"), EmploymentStatusRules::statuses,
						(l, d, x, c) -> MoreDerivedData.validEmployerId(x.empId()) ? null
								: "employer identifier " + x.empId() + " fails its check digit"),
				new AimRule(info("EmpId_10", "E", s, e,
						"an apprentice employed on the programme start needs an employer identifier", "EmpStat",
						"EmpId", "LearnStartDate", "AimType"),
						EmploymentStatusRules::statusOnStart, (l, d, c) -> {
							if (!dd07(d) || !programmeAim(d)) {
								return null;
							}
							LearnerEmploymentStatus on = statusOn(l, d.learnStartDate());
							return on != null && is(on.empStat(), 10) && on.empId() == null
									? "the learner is employed on the start " + d.learnStartDate()
											+ " but that employment status has no employer identifier" : null;
						}),
				ChildRule.ofLearner(info("EmpId_14", "E", s, e,
						"an apprentice not in paid employment must not have an employer identifier", "EmpStat",
						"EmpId"), EmploymentStatusRules::statuses,
						(l, d, x, c) -> is(x.empStat(), 11, 12) && x.empId() != null
								&& l.learningDelivery().stream().anyMatch(RuleSupport::standard)
										? "employment status " + x.empStat() + " (not employed) has employer identifier "
												+ x.empId() : null),
				ChildRule.ofLearner(info("ESMType_02", "E", s, e,
						"an employed status from 1 Aug 2012 needs an employment intensity (EII) record", "EmpStat",
						"DateEmpStatApp"), EmploymentStatusRules::statuses,
						(l, d, x, c) -> is(x.empStat(), 10) && onOrAfter(x.dateEmpStatApp(), AUG_2012) && !hasEsm(x, "EII")
								? "the employed status dated " + x.dateEmpStatApp() + " has no EII record" : null),
				ChildRule.ofLearner(info("ESMType_05", "E", s, e,
						"an employed status must not have a length of unemployment (LOU)", "EmpStat",
						"DateEmpStatApp"), EmploymentStatusRules::statuses,
						(l, d, x, c) -> is(x.empStat(), 10) && hasEsm(x, "LOU")
								? "the employed status dated " + x.dateEmpStatApp() + " has an LOU record" : null),
				ChildRule.ofLearner(info("ESMType_07", "E", s, e, "self employment (SEI) needs EmpStat 10", "EmpStat",
						"DateEmpStatApp"), EmploymentStatusRules::statuses,
						(l, d, x, c) -> hasEsm(x, "SEI") && !is(x.empStat(), 10) ? "the status dated "
								+ x.dateEmpStatApp() + " has an SEI record but EmpStat is " + x.empStat() : null),
				ChildRule.ofLearner(info("ESMType_08", "E", s, e,
						"unemployed and looking for work (EmpStat 11) needs a length of unemployment (LOU)",
						"EmpStat", "DateEmpStatApp"), EmploymentStatusRules::statuses,
						(l, d, x, c) -> is(x.empStat(), 11) && onOrAfter(x.dateEmpStatApp(), AUG_2012) && !hasEsm(x, "LOU")
								&& l.learningDelivery().stream().noneMatch(a -> fm(a, 25, 82, 37))
										? "the status dated " + x.dateEmpStatApp() + " (EmpStat 11) has no LOU record"
										: null),
				new AimRule(info("ESMType_09", "E", s, e,
						"an apprentice employed on the programme start needs a length of employment (LOE)",
						"EmpStat", "DateEmpStatApp", "LearnStartDate"),
						EmploymentStatusRules::statusOnStart, (l, d, c) -> {
							if (!dd07(d) || !programmeAim(d)) {
								return null;
							}
							LearnerEmploymentStatus on = statusOn(l, d.learnStartDate());
							return on != null && is(on.empStat(), 10) && onOrAfter(on.dateEmpStatApp(), AUG_2013)
									&& !hasEsm(on, "LOE") ? "the employed status dated " + on.dateEmpStatApp()
											+ " that applies on the start has no LOE record" : null;
						}),
				ChildRule.ofLearner(info("ESMType_10", "E", s, e,
						"a status not in paid employment must not have a length of employment (LOE)", "EmpStat",
						"DateEmpStatApp"), EmploymentStatusRules::statuses,
						(l, d, x, c) -> is(x.empStat(), 11, 12) && hasEsm(x, "LOE")
								? "the status dated " + x.dateEmpStatApp() + " (EmpStat " + x.empStat()
										+ ") has an LOE record" : null),
				ChildRule.ofLearner(info("ESMType_12", "E", s, e,
						"a status not in paid employment must not have EII or SEI", "EmpStat", "DateEmpStatApp"),
						EmploymentStatusRules::statuses,
						(l, d, x, c) -> is(x.empStat(), 11, 12) && onOrAfter(x.dateEmpStatApp(), AUG_2013)
								&& (hasEsm(x, "EII") || hasEsm(x, "SEI")) ? "the status dated " + x.dateEmpStatApp()
										+ " (EmpStat " + x.empStat() + ") has an EII or SEI record" : null),
				ChildRule.ofLearner(info("ESMType_15", "E", s, e,
						"SEI, EII, LOU, LOE, BSI, PEI and SEM may each appear once per status", "ESMType"),
						EmploymentStatusRules::statuses, (l, d, x, c) -> {
							Map<String, Integer> n = new HashMap<>();
							for (EmploymentStatusMonitoring m : x.employmentStatusMonitoring()) {
								String t = m.esmType() == null ? "" : m.esmType().toUpperCase();
								if (Set.of("SEI", "EII", "LOU", "LOE", "BSI", "PEI", "SEM").contains(t)
										&& n.merge(t, 1, Integer::sum) == 2) {
									return "the status dated " + x.dateEmpStatApp() + " has more than one " + t + " record";
								}
							}
							return null;
						}),
				ChildRule.ofLearner(info("ESMType_16", "E", s, e,
						"a small employer (SEM 1) on a standard needs the learner in paid employment", "ESMType",
						"ESMCode", "EmpStat"), EmploymentStatusRules::statuses,
						(l, d, x, c) -> hasEsm(x, "SEM", 1) && is(x.empStat(), 11, 12)
								&& l.learningDelivery().stream().anyMatch(RuleSupport::standard)
										? "the status dated " + x.dateEmpStatApp() + " has SEM 1 but EmpStat " + x.empStat()
										: null),
				new AimRule(info("ESMType_17", "E", s, e,
						"sector-based work academy pre-employment training (LDM 375) needs JSA, Universal Credit or ESA (BSI 1, 4, 5) on the start",
						"EmpStat", "DateEmpStatApp", "LearnStartDate"), EmploymentStatusRules::statusOnStart,
						(l, d, c) -> {
							if (!hasFam(d, "LDM", "375")) {
								return null;
							}
							LearnerEmploymentStatus on = statusOn(l, d.learnStartDate());
							if (on == null) {
								return "no employment status applies on the start " + d.learnStartDate()
										+ ", so no benefit status (BSI 1, 4 or 5) is recorded";
							}
							return hasEsm(on, "BSI", 1, 4, 5) ? null : "the status dated " + on.dateEmpStatApp()
									+ " that applies on the start has no BSI 1, 4 or 5 record";
						}),
				ChildRule.ofLearner(info("ESMType_18", "E", s, e,
						"an employed status must not say the learner was made redundant (OET 1)", "EmpStat",
						"DateEmpStatApp"), EmploymentStatusRules::statuses,
						(l, d, x, c) -> is(x.empStat(), 10) && hasEsm(x, "OET", 1)
								? "the employed status dated " + x.dateEmpStatApp() + " has OET 1 (made redundant)"
								: null),
				ChildRule.ofLearner(info("ESMType_19", "E", s, e,
						"a small or medium employer (OET 2) needs EmpStat 10", "EmpStat", "DateEmpStatApp"),
						EmploymentStatusRules::statuses,
						(l, d, x, c) -> hasEsm(x, "OET", 2) && !is(x.empStat(), 10) ? "the status dated "
								+ x.dateEmpStatApp() + " has OET 2 but EmpStat is " + x.empStat() : null),
				ChildRule.ofLearner(info("ESMType_20", "E", s, e,
						"the same OET code must not appear twice on one status", "ESMType", "ESMCode"),
						EmploymentStatusRules::statuses, (l, d, x, c) -> {
							Set<Integer> seen = new java.util.HashSet<>();
							for (EmploymentStatusMonitoring m : x.employmentStatusMonitoring()) {
								if ("OET".equalsIgnoreCase(m.esmType()) && m.esmCode() != null && !seen.add(m.esmCode())) {
									return "the status dated " + x.dateEmpStatApp() + " has OET " + m.esmCode() + " twice";
								}
							}
							return null;
						}));
	}

}

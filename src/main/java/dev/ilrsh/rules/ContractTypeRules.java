package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.actRecords;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.fundedStandard;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.latestAct;
import static dev.ilrsh.rules.RuleSupport.restart;
import static dev.ilrsh.rules.RuleSupport.sameCode;
import static dev.ilrsh.rules.RuleSupport.statusOn;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The apprenticeship contract type (ACT) records: one unbroken run per aim from its start (R101, R102, R104), one
 * code at a time across the learner (R105), an employed learner under ACT 1 (R110), and where the last record ends
 * (R121, R122, R123).
 */
final class ContractTypeRules {

	private ContractTypeRules() {
	}

	private static String act(LearningDeliveryFAM f) {
		return "ACT " + f.learnDelFAMCode() + " (from " + RuleSupport.text(f.learnDelFAMDateFrom()) + " to "
				+ (f.learnDelFAMDateTo() == null ? "open" : f.learnDelFAMDateTo().toString()) + ")";
	}

	static List<Rule> rules() {
		String s = RuleInfo.CROSS_RECORD;
		String e = "LearningDeliveryFAM";
		return List.of(new ScanRule(info("R101", "E", s, e, "an aim's ACT records must not overlap",
				"LearnDelFAMType", "LearnDelFAMDateFrom", "LearnDelFAMDateTo"), (l, c, r) -> {
					for (LearningDelivery d : l.learningDelivery()) {
						List<LearningDeliveryFAM> acts = actRecords(d);
						for (int i = 1; i < acts.size(); i++) {
							LearningDeliveryFAM before = acts.get(i - 1);
							LearningDeliveryFAM next = acts.get(i);
							if (before.learnDelFAMDateTo() == null || (next.learnDelFAMDateFrom() != null
									&& !before.learnDelFAMDateTo().isBefore(next.learnDelFAMDateFrom()))) {
								r.record(d, before, act(before) + " overlaps " + act(next));
							}
						}
					}
				}),
				new AimRule(info("R102", "E", s, e, "an aim with ACT records needs one that applies from its start",
						"LearnDelFAMType", "LearnDelFAMDateFrom", "LearnStartDate"),
						(l, d, c) -> {
							List<LearningDeliveryFAM> acts = actRecords(d);
							return !acts.isEmpty() && d.learnStartDate() != null
									&& acts.stream().noneMatch(f -> d.learnStartDate().equals(f.learnDelFAMDateFrom()))
											? "no ACT record applies from the aim's start " + d.learnStartDate() : null;
						}),
				new ScanRule(info("R104", "E", s, e, "an aim's ACT records must follow on day after day",
						"LearnDelFAMType", "LearnDelFAMDateFrom", "LearnDelFAMDateTo"), (l, c, r) -> {
							for (LearningDelivery d : l.learningDelivery()) {
								List<LearningDeliveryFAM> acts = actRecords(d);
								for (int i = 1; i < acts.size(); i++) {
									LearningDeliveryFAM before = acts.get(i - 1);
									LearningDeliveryFAM next = acts.get(i);
									if (next.learnDelFAMDateFrom() == null) {
										continue;
									}
									// an earlier record with no date to never ends, so nothing can follow it
									if (before.learnDelFAMDateTo() == null) {
										r.record(d, next, act(next) + " follows " + act(before)
												+ ", which has no date to; give it one, the day before " + next.learnDelFAMDateFrom());
									}
									else if (!next.learnDelFAMDateFrom().equals(before.learnDelFAMDateTo().plusDays(1))) {
										r.record(d, next, act(next) + " does not start the day after " + act(before) + " ends");
									}
								}
							}
						}),
				new ScanRule(info("R105", "E", s, e,
						"a learner must not have two different ACT codes at the same time, across all aims",
						"LearnDelFAMType", "LearnDelFAMCode", "LearnDelFAMDateFrom", "LearnDelFAMDateTo"),
						(l, c, r) -> {
							List<LearningDeliveryFAM> all = new ArrayList<>();
							List<LearningDelivery> owner = new ArrayList<>();
							for (LearningDelivery d : l.learningDelivery()) {
								for (LearningDeliveryFAM f : actRecords(d)) {
									all.add(f);
									owner.add(d);
								}
							}
							List<Integer> order = new ArrayList<>();
							for (int i = 0; i < all.size(); i++) {
								order.add(i);
							}
							order.sort(Comparator.comparing(i -> all.get(i).learnDelFAMDateFrom(),
									Comparator.nullsFirst(Comparator.naturalOrder())));
							for (int k = 1; k < order.size(); k++) {
								LearningDeliveryFAM before = all.get(order.get(k - 1));
								LearningDeliveryFAM next = all.get(order.get(k));
								boolean overlap = before.learnDelFAMDateTo() == null || (next.learnDelFAMDateFrom() != null
										&& !next.learnDelFAMDateFrom().isAfter(before.learnDelFAMDateTo()));
								if (overlap && !sameCode(next.learnDelFAMCode(), String.valueOf(before.learnDelFAMCode()))) {
									LearningDelivery a = owner.get(order.get(k - 1));
									LearningDelivery b = owner.get(order.get(k));
									r.record(b, next, act(next) + " on aim " + b.aimSeqNumber() + " overlaps " + act(before)
											+ " on aim " + a.aimSeqNumber());
									return;
								}
							}
						}),
				new ScanRule(info("R110", "E", s, e,
						"an apprentice under ACT 1 must be employed (EmpStat 10) when the contract applies",
						"LearnDelFAMType", "LearnDelFAMCode", "LearnDelFAMDateFrom", "EmpStat"), (l, c, r) -> {
							if (redundant(l)) {
								return;
							}
							for (LearningDelivery d : l.learningDelivery()) {
								if (!fm(d, 36) || restart(d)) {
									continue;
								}
								for (LearningDeliveryFAM f : actRecords(d)) {
									if (!sameCode(f.learnDelFAMCode(), "1") || f.learnDelFAMDateFrom() == null) {
										continue;
									}
									LearnerEmploymentStatus on = statusOn(l, f.learnDelFAMDateFrom());
									if (on == null || !is(on.empStat(), 10)) {
										r.record(d, f, "on " + f.learnDelFAMDateFrom() + ", when ACT 1 applies, the employment status is "
												+ (on == null ? "not recorded" : on.empStat() + ", not employed (10)"));
									}
								}
							}
						}),
				new AimRule(info("R121", "E", s, e,
						"when a standard is achieved, its last ACT record ends on the achievement date",
						"LearnDelFAMType", "LearnDelFAMDateTo", "AchDate"), ContractTypeRules::lastAct,
						(l, d, c) -> {
							if (!fundedStandard(d) || d.achDate() == null) {
								return null;
							}
							LearningDeliveryFAM last = latestAct(d).orElse(null);
							return last != null && !Objects.equals(last.learnDelFAMDateTo(), d.achDate())
									? "the last ACT record " + ends(last)
											+ " but the achievement date is " + d.achDate() : null;
						}),
				new AimRule(info("R122", "E", s, e,
						"when a standard has ended without an achievement date, its last ACT record ends on the actual end",
						"CompStatus", "LearnDelFAMType", "LearnDelFAMDateTo", "AchDate", "LearnActEndDate"),
						ContractTypeRules::lastAct, (l, d, c) -> {
							if (!fundedStandard(d) || d.compStatus() == null || is(d.compStatus(), 1) || d.achDate() != null) {
								return null;
							}
							LearningDeliveryFAM last = latestAct(d).orElse(null);
							return last != null && !Objects.equals(last.learnDelFAMDateTo(), d.learnActEndDate())
									? "the last ACT record " + ends(last)
											+ " but the aim ended " + RuleSupport.text(d.learnActEndDate()) : null;
						}),
				new AimRule(info("R123", "E", s, e, "while a standard continues its last ACT record stays open",
						"CompStatus", "LearnDelFAMType", "LearnDelFAMDateTo"), ContractTypeRules::lastAct,
						(l, d, c) -> {
							if (!fundedStandard(d) || !is(d.compStatus(), 1)) {
								return null;
							}
							LearningDeliveryFAM last = latestAct(d).orElse(null);
							return last != null && last.learnDelFAMDateTo() != null
									? "the aim is continuing but its last ACT record ends " + last.learnDelFAMDateTo() : null;
						}));
	}

	private static LearningDeliveryFAM lastAct(Learner l, LearningDelivery d) {
		return latestAct(d).orElse(null);
	}

	private static String ends(LearningDeliveryFAM f) {
		return f.learnDelFAMDateTo() == null ? "has no date to" : "ends " + f.learnDelFAMDateTo();
	}

	/** The latest employment status says the learner was made redundant (OET 1). */
	private static boolean redundant(Learner l) {
		LearnerEmploymentStatus latest = l.learnerEmploymentStatus()
			.stream()
			.filter(x -> x.dateEmpStatApp() != null)
			.max(Comparator.comparing(LearnerEmploymentStatus::dateEmpStatApp))
			.orElse(null);
		return latest != null && EmploymentStatusRules.hasEsm(latest, "OET", 1);
	}
}

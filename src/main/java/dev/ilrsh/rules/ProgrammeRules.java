package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.componentAim;
import static dev.ilrsh.rules.RuleSupport.fin;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.programmeAim;
import static dev.ilrsh.rules.RuleSupport.sameProgramme;
import static dev.ilrsh.rules.RuleSupport.standard;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.derived.LearnerIndex;
import dev.ilrsh.model.AppFinRecord;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.programme.Programmes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Programme structure across a learner's aims: components and their programme aim (R30, R31, R56, R66), ending a
 * programme with its components (R89, R90), overlapping programmes (R124) and the financial records of a standard
 * taken as a whole (R68, R142). Aims belong to the same programme when ProgType and StdCode match.
 */
final class ProgrammeRules {

	private ProgrammeRules() {
	}

	private static String programme(LearningDelivery d) {
		return "ProgType " + RuleSupport.text(d.progType()) + (d.stdCode() == null ? "" : ", StdCode " + d.stdCode());
	}

	/** The latest programme aim by start date, or null. */
	static LearningDelivery latestProgramme(Learner l) {
		LearningDelivery latest = null;
		for (LearningDelivery d : l.learningDelivery()) {
			if (programmeAim(d) && d.learnStartDate() != null
					&& (latest == null || d.learnStartDate().isAfter(latest.learnStartDate()))) {
				latest = d;
			}
		}
		return latest;
	}

	/**
	 * Whether a component is English or maths, which R89 and R90 leave out: by its LARS basic skills type when LARS
	 * is loaded and knows the aim, else by the sign the file gives (a contract type record, which only English and
	 * maths components may carry).
	 */
	static boolean englishOrMaths(RuleContext c, LearningDelivery d) {
		return Programmes.isEnglishOrMathsComponent(d, c.lars());
	}

	private static LocalDate end(LearningDelivery q) {
		return DerivedData.effectiveEndDate(q).orElse(DerivedData.OPEN_END);
	}

	private static String effectiveEnd(LearningDelivery q) {
		LocalDate end = DerivedData.effectiveEndDate(q).orElse(DerivedData.OPEN_END);
		if (end.equals(DerivedData.OPEN_END)) {
			return "is still open";
		}
		return "runs to " + end + (end.equals(q.achDate()) ? " (its achievement date)" : " (its actual end)");
	}

	static List<Rule> rules() {
		String s = RuleInfo.CROSS_RECORD;
		String e = "LearningDelivery";
		return List.of(new ScanRule(info("R30", "E", s, e,
				"a component aim needs a programme aim with the same ProgType and StdCode", "AimType", "ProgType",
				"StdCode"), (l, c, r) -> {
					LearnerIndex index = LearnerIndex.of(l);
					for (LearningDelivery d : l.learningDelivery()) {
						if (componentAim(d) && !index.hasProgrammeAim(LearnerIndex.Programme.of(d))) {
							r.aim(d, "no programme aim (ZPROG001) has " + programme(d));
						}
					}
				}),
				new ScanRule(info("R31", "E", s, e,
						"an open programme aim needs a component or core aim with the same ProgType and StdCode",
						"AimType", "ProgType", "StdCode", "LearnActEndDate"), (l, c, r) -> {
							LearnerIndex index = LearnerIndex.of(l);
							for (LearningDelivery p : l.learningDelivery()) {
								if (programmeAim(p) && p.learnActEndDate() == null
										&& !index.hasComponentOrCoreAim(LearnerIndex.Programme.of(p))) {
									r.aim(p, "the open programme has no component aim with " + programme(p));
								}
							}
						}),
				new ScanRule(info("R56", "E", s, e,
						"an open non-funded programme must not have funded components", "AimType", "FundModel",
						"ProgType", "StdCode"), (l, c, r) -> {
							Map<LearnerIndex.Programme, LearningDelivery> openNonFunded = new HashMap<>();
							for (LearningDelivery p : l.learningDelivery()) {
								if (programmeAim(p) && fm(p, 99) && p.learnActEndDate() == null) {
									openNonFunded.putIfAbsent(LearnerIndex.Programme.of(p), p);
								}
							}
							if (openNonFunded.isEmpty()) {
								return;
							}
							for (LearningDelivery d : l.learningDelivery()) {
								LearningDelivery p = openNonFunded.get(LearnerIndex.Programme.of(d));
								if (p != null && componentAim(d) && d.fundModel() != null && !fm(d, 99)) {
									r.aim(d, "this component has FundModel " + d.fundModel() + " but its open programme aim "
											+ p.aimSeqNumber() + " is non-funded (99)");
								}
							}
						}),
				new ScanRule(info("R66", "E", s, e,
						"a funded component needs a programme aim with the same FundModel, ProgType and StdCode",
						"AimType", "FundModel", "ProgType", "StdCode"), (l, c, r) -> {
							LearnerIndex index = LearnerIndex.of(l);
							for (LearningDelivery d : l.learningDelivery()) {
								if (componentAim(d) && !fm(d, 99)
										&& !index.hasProgrammeAim(LearnerIndex.Programme.of(d), d.fundModel())) {
									r.aim(d, "no programme aim has FundModel " + d.fundModel() + " and " + programme(d));
								}
							}
						}),
				new ScanRule(info("R89", "E", s, e,
						"the latest programme must not end before its components (English and maths aside)",
						"AimType", "LearnActEndDate", "ProgType", "StdCode"), (l, c, r) -> {
							LearningDelivery p = latestProgramme(l);
							if (p == null || p.learnActEndDate() == null) {
								return;
							}
							LearningDelivery last = null;
							for (LearningDelivery d : l.learningDelivery()) {
								if (componentAim(d) && sameProgramme(p, d) && !englishOrMaths(c, d)
										&& d.learnActEndDate() != null && d.learnActEndDate().isAfter(p.learnActEndDate())
										&& (last == null || d.learnActEndDate().isAfter(last.learnActEndDate()))) {
									last = d;
								}
							}
							if (last != null) {
								r.aim(p, "the programme ended " + p.learnActEndDate() + " but component aim "
										+ last.aimSeqNumber() + " (" + last.learnAimRef() + ") ended later, "
										+ last.learnActEndDate());
							}
						}),
				new ScanRule(info("R90", "E", s, e,
						"when the latest programme is closed its components must be closed (English and maths aside)",
						"AimType", "LearnActEndDate", "ProgType", "StdCode"), (l, c, r) -> {
							LearningDelivery p = latestProgramme(l);
							if (p == null || p.learnActEndDate() == null) {
								return;
							}
							List<String> open = new ArrayList<>();
							for (LearningDelivery d : l.learningDelivery()) {
								if (componentAim(d) && sameProgramme(p, d) && !englishOrMaths(c, d)
										&& d.learnActEndDate() == null) {
									open.add(d.aimSeqNumber() + " (" + d.learnAimRef() + ")");
								}
							}
							if (!open.isEmpty()) {
								r.aim(p, "the programme ended " + p.learnActEndDate() + " but component aim"
										+ (open.size() == 1 ? " " : "s ") + String.join(", ", open) + " "
										+ (open.size() == 1 ? "is" : "are") + " still open");
							}
						}),
				new ScanRule(info("R124", "E", s, e,
						"programme aims must not overlap (start to effective end, DD36)", "AimType", "LearnStartDate",
						"LearnActEndDate", "AchDate", "ProgType", "StdCode"), (l, c, r) -> {
							List<LearningDelivery> programmes = l.learningDelivery()
								.stream()
								.filter(d -> programmeAim(d) && d.learnStartDate() != null)
								.sorted(Comparator.comparing(LearningDelivery::learnStartDate))
								.toList();
							// Sweep by start date, keeping the two programmes that run latest among those started so
							// far: an aim overlaps another when one started no later than it runs past its start.
							LearningDelivery latest = null;
							LearningDelivery second = null;
							int i = 0;
							while (i < programmes.size()) {
								LocalDate start = programmes.get(i).learnStartDate();
								int j = i;
								while (j < programmes.size() && programmes.get(j).learnStartDate().equals(start)) {
									LearningDelivery q = programmes.get(j++);
									if (latest == null || end(q).isAfter(end(latest))) {
										second = latest;
										latest = q;
									}
									else if (second == null || end(q).isAfter(end(second))) {
										second = q;
									}
								}
								for (int k = i; k < j; k++) {
									LearningDelivery p = programmes.get(k);
									LearningDelivery q = p == latest ? second : latest;
									if (q != null && !start.isAfter(end(q))) {
										r.aim(p, "this programme starts " + start + " while programme aim " + q.aimSeqNumber()
												+ " (" + programme(q) + ", started " + q.learnStartDate() + ") "
												+ effectiveEnd(q));
									}
								}
								i = j;
							}
						}),
				new ScanRule(info("R68", "E", s, "AppFinRecord",
						"a standard's financial records must not repeat type, code and date across its programme aims",
						"AFinType", "AFinCode", "AFinDate", "StdCode"), (l, c, r) -> {
							Map<Integer, Map<String, Integer>> counts = new HashMap<>();
							for (LearningDelivery d : l.learningDelivery()) {
								if (programmeAim(d) && fm(d, 36) && standard(d) && d.stdCode() != null) {
									Map<String, Integer> m = counts.computeIfAbsent(d.stdCode(), k -> new HashMap<>());
									for (AppFinRecord f : d.appFinRecord()) {
										m.merge(key(f), 1, Integer::sum);
									}
								}
							}
							for (LearningDelivery d : l.learningDelivery()) {
								Map<String, Integer> m = d.stdCode() == null ? null : counts.get(d.stdCode());
								if (m == null || !(programmeAim(d) && fm(d, 36) && standard(d))) {
									continue;
								}
								for (AppFinRecord f : d.appFinRecord()) {
									if (m.getOrDefault(key(f), 0) > 1) {
										r.record(d, f, f.aFinType() + f.aFinCode() + " dated " + f.aFinDate()
												+ " is recorded more than once for standard " + d.stdCode());
									}
								}
							}
						}),
				new ScanRule(info("R142", "E", s, "AppFinRecord",
						"a withdrawn or paused standard has no price dated on or after an open standard's start",
						"AFinType", "AFinDate", "CompStatus", "LearnStartDate"), (l, c, r) -> {
							List<LearningDelivery> open = l.learningDelivery()
								.stream()
								.filter(d -> programmeAim(d) && standard(d) && d.learnActEndDate() == null
										&& onOrAfter(d.learnStartDate(), LocalDate.of(2022, 8, 1)))
								.sorted(Comparator.comparing(LearningDelivery::learnStartDate))
								.toList();
							if (open.isEmpty()) {
								return;
							}
							LocalDate earliestOpen = open.get(0).learnStartDate();
							for (LearningDelivery d : l.learningDelivery()) {
								if (!programmeAim(d) || !standard(d) || d.learnActEndDate() == null || !is(d.compStatus(), 3, 6)) {
									continue;
								}
								for (AppFinRecord f : d.appFinRecord()) {
									if (fin(f, "TNP") && f.aFinDate() != null && !f.aFinDate().isBefore(earliestOpen)) {
										r.record(d, f, "TNP" + f.aFinCode() + " dated " + f.aFinDate() + " is on this closed "
												+ "programme (CompStatus " + d.compStatus() + ") but the learner restarted on "
												+ earliestOpen + "; date it on the new programme aim");
									}
								}
							}
						}));
	}

	private static String key(AppFinRecord f) {
		return String.valueOf(f.aFinType()).toUpperCase() + "|" + f.aFinCode() + "|" + f.aFinDate();
	}
}

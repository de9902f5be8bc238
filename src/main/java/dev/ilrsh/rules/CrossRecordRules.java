package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.sameType;

import dev.ilrsh.derived.LearnerIndex;
import dev.ilrsh.model.EmploymentStatusMonitoring;
import dev.ilrsh.model.LLDDandHealthProblem;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearnerFAM;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import dev.ilrsh.model.LearningDeliveryWorkPlacement;
import dev.ilrsh.model.ProviderSpecDeliveryMonitoring;
import dev.ilrsh.model.ProviderSpecLearnerMonitoring;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Rules across one learner's records: duplicates and overlaps among aims, statuses and monitoring records. */
final class CrossRecordRules {

	private CrossRecordRules() {
	}

	static List<Rule> rules() {
		String s = RuleInfo.CROSS_RECORD;
		return List.of(new ScanRule(info("R07", "E", s, "LearningDelivery",
				"each aim of a learner has its own AimSeqNumber", "LearnRefNumber", "AimSeqNumber"), (l, c, r) -> {
					Set<Integer> seen = new HashSet<>();
					Set<Integer> twice = new TreeSet<>();
					for (LearningDelivery d : l.learningDelivery()) {
						if (d.aimSeqNumber() != null && !seen.add(d.aimSeqNumber())) {
							twice.add(d.aimSeqNumber());
						}
					}
					if (!twice.isEmpty()) {
						r.learner("AimSeqNumber " + twice.stream().map(String::valueOf).collect(Collectors.joining(", "))
								+ " is used by more than one aim; number the " + l.learningDelivery().size()
								+ " aims 1 to " + l.learningDelivery().size());
					}
				}),
				new AimRule(info("AimSeqNumber_02", "E", RuleInfo.LEARNING_DELIVERY, "LearningDelivery",
						"an AimSeqNumber is not greater than the learner's number of aims", "AimSeqNumber"),
						(l, d, c) -> d.aimSeqNumber() != null && d.aimSeqNumber() > l.learningDelivery().size()
								? "AimSeqNumber " + d.aimSeqNumber() + " is greater than the " + l.learningDelivery().size()
										+ " aims the learner has" : null),
				new ScanRule(info("R43", "E", s, "LearnerEmploymentStatus",
						"two employment statuses must not share a date", "DateEmpStatApp"), (l, c, r) -> {
							Set<LocalDate> seen = new HashSet<>();
							for (LearnerEmploymentStatus x : l.learnerEmploymentStatus()) {
								if (x.dateEmpStatApp() != null && !seen.add(x.dateEmpStatApp())) {
									r.record(null, x, "another employment status is also dated " + x.dateEmpStatApp());
								}
							}
						}),
				new ScanRule(info("R45", "E", s, "LLDDandHealthProblem",
						"two LLDD records must not share a category", "LLDDCat"), (l, c, r) -> {
							Set<Integer> seen = new HashSet<>();
							for (LLDDandHealthProblem x : l.llddAndHealthProblem()) {
								if (x.llddCat() != null && !seen.add(x.llddCat())) {
									r.record(null, x, "LLDD category " + x.llddCat() + " is recorded twice");
								}
							}
						}),
				new ScanRule(info("R49", "E", s, "ProviderSpecLearnerMonitoring",
						"two provider learner monitoring records must not share an occurrence",
						"ProvSpecLearnMonOccur"), (l, c, r) -> {
							Set<String> seen = new HashSet<>();
							for (ProviderSpecLearnerMonitoring x : l.providerSpecLearnerMonitoring()) {
								if (x.provSpecLearnMonOccur() != null && !seen.add(x.provSpecLearnMonOccur())) {
									r.record(null, x, "occurrence " + x.provSpecLearnMonOccur() + " is used twice");
								}
							}
						}),
				new ScanRule(info("R50", "E", s, "ProviderSpecDeliveryMonitoring",
						"two provider delivery monitoring records on an aim must not share an occurrence",
						"ProvSpecDelMonOccur"), (l, c, r) -> {
							for (LearningDelivery d : l.learningDelivery()) {
								Set<String> seen = new HashSet<>();
								for (ProviderSpecDeliveryMonitoring x : d.providerSpecDeliveryMonitoring()) {
									if (x.provSpecDelMonOccur() != null && !seen.add(x.provSpecDelMonOccur())) {
										r.record(d, x, "occurrence " + x.provSpecDelMonOccur() + " is used twice on this aim");
									}
								}
							}
						}),
				new ScanRule(info("R51", "E", s, "LearnerFAM",
						"two learner FAM records must not share type and code", "LearnFAMType", "LearnFAMCode"),
						(l, c, r) -> {
							Set<String> seen = new HashSet<>();
							for (LearnerFAM x : l.learnerFAM()) {
								if (!seen.add(String.valueOf(x.learnFAMType()).toUpperCase() + " " + x.learnFAMCode())) {
									r.record(null, x, "learner FAM " + x.learnFAMType() + " " + x.learnFAMCode()
											+ " is recorded twice");
								}
							}
						}),
				new ScanRule(info("R52", "E", s, "LearningDeliveryFAM",
						"two FAM records on an aim must not share type and code (LSF, ACT, ALB aside)",
						"LearnDelFAMType", "LearnDelFAMCode"), (l, c, r) -> {
							for (LearningDelivery d : l.learningDelivery()) {
								Set<String> seen = new HashSet<>();
								for (LearningDeliveryFAM x : d.learningDeliveryFAM()) {
									String t = String.valueOf(x.learnDelFAMType()).toUpperCase();
									if (!Set.of("LSF", "ACT", "ALB").contains(t)
											&& !seen.add(t + " " + normalCode(x.learnDelFAMCode()))) {
										r.record(d, x, "FAM " + x.learnDelFAMType() + " " + x.learnDelFAMCode()
												+ " is recorded twice on this aim");
									}
								}
							}
						}),
				new ScanRule(info("R58", "E", s, "LearningDelivery", "core aims (AimType 5) must not overlap",
						"AimType", "LearnStartDate", "LearnActEndDate"), (l, c, r) -> {
							List<LearningDelivery> core = l.learningDelivery()
								.stream()
								.filter(d -> is(d.aimType(), 5) && d.learnStartDate() != null)
								.sorted(Comparator.comparing(LearningDelivery::learnStartDate))
								.toList();
							for (int i = 1; i < core.size(); i++) {
								LearningDelivery before = core.get(i - 1);
								LearningDelivery next = core.get(i);
								if (before.learnActEndDate() == null || !before.learnActEndDate().isBefore(next.learnStartDate())) {
									r.aim(next, "this core aim starts " + next.learnStartDate() + " while core aim "
											+ before.aimSeqNumber() + " is still running");
								}
							}
						}),
				new ScanRule(info("R63", "E", s, "LearningDelivery", "a 16-19 funded learner needs a core aim",
						"FundModel", "AimType"), (l, c, r) -> {
							boolean funded = l.learningDelivery().stream().anyMatch(d -> fm(d, 25) && !hasFam(d, "SOF", "105"));
							if (funded && l.learningDelivery().stream().noneMatch(d -> is(d.aimType(), 5))) {
								r.learner("the learner has 16-19 funded aims but no core aim (AimType 5)");
							}
						}),
				new ScanRule(info("R67", "E", s, "LearningDeliveryWorkPlacement",
						"two work placements on an aim must not share start date and employer", "WorkPlaceStartDate",
						"WorkPlaceEmpId"), (l, c, r) -> {
							for (LearningDelivery d : l.learningDelivery()) {
								Set<String> seen = new HashSet<>();
								for (LearningDeliveryWorkPlacement x : d.learningDeliveryWorkPlacement()) {
									if (!seen.add(x.workPlaceStartDate() + " " + x.workPlaceEmpId())) {
										r.record(d, x, "two work placements start " + x.workPlaceStartDate()
												+ " with the same employer");
									}
								}
							}
						}),
				new ScanRule(info("R96", "E", s, "LearningDeliveryWorkPlacement",
						"two work placements of a learner must not share a start date", "WorkPlaceStartDate"),
						(l, c, r) -> {
							Set<LocalDate> seen = new HashSet<>();
							for (LearningDelivery d : l.learningDelivery()) {
								for (LearningDeliveryWorkPlacement x : d.learningDeliveryWorkPlacement()) {
									if (x.workPlaceStartDate() != null && !seen.add(x.workPlaceStartDate())) {
										r.record(d, x, "another work placement also starts " + x.workPlaceStartDate());
									}
								}
							}
						}),
				new ScanRule(info("R97", "W", s, "LearnerEmploymentStatus",
						"consecutive employment statuses should differ", "EmpStat", "DateEmpStatApp", "EmpId"),
						(l, c, r) -> {
							List<LearnerEmploymentStatus> sorted = l.learnerEmploymentStatus()
								.stream()
								.filter(x -> x.dateEmpStatApp() != null)
								.sorted(Comparator.comparing(LearnerEmploymentStatus::dateEmpStatApp))
								.toList();
							for (int i = 1; i < sorted.size(); i++) {
								LearnerEmploymentStatus a = sorted.get(i - 1);
								LearnerEmploymentStatus b = sorted.get(i);
								if (Objects.equals(a.empStat(), b.empStat()) && Objects.equals(a.empId(), b.empId())
										&& monitoring(a).equals(monitoring(b))) {
									r.record(null, b, "the status dated " + b.dateEmpStatApp()
											+ " repeats the one dated " + a.dateEmpStatApp() + " exactly");
								}
							}
						}),
				new ScanRule(info("R125", "E", s, "LearningDelivery",
						"T Level component and core aims need a programme aim of the same type and funding",
						"AimType", "ProgType", "FundModel"), (l, c, r) -> {
							for (LearningDelivery d : l.learningDelivery()) {
								if (is(d.aimType(), 3, 5) && is(d.progType(), 30, 31) && l.learningDelivery()
									.stream()
									.noneMatch(p -> is(p.aimType(), 1) && Objects.equals(p.progType(), d.progType())
											&& Objects.equals(p.fundModel(), d.fundModel()))) {
									r.aim(d, "no programme aim has ProgType " + d.progType() + " and FundModel " + d.fundModel());
								}
							}
						}),
				new ScanRule(info("R126", "E", s, "LearningDelivery",
						"a T Level programme aim needs a component or core aim of the same type and funding",
						"AimType", "ProgType", "FundModel"), (l, c, r) -> {
							for (LearningDelivery d : l.learningDelivery()) {
								if (is(d.aimType(), 1) && is(d.progType(), 30, 31) && l.learningDelivery()
									.stream()
									.noneMatch(p -> is(p.aimType(), 3, 5) && Objects.equals(p.progType(), d.progType())
											&& Objects.equals(p.fundModel(), d.fundModel()))) {
									r.aim(d, "no component or core aim has ProgType " + d.progType() + " and FundModel "
											+ d.fundModel());
								}
							}
						}),
				new ScanRule(info("R135", "E", s, "LearningDelivery",
						"a bootcamp component needs a programme aim with the same funding and contract", "AimType",
						"ProgType", "FundModel", "ConRefNumber"), (l, c, r) -> bootcampPairs(l, r, 3, 1)),
				new ScanRule(info("R136", "E", s, "LearningDelivery",
						"a bootcamp programme aim needs a component with the same funding and contract", "AimType",
						"ProgType", "FundModel", "ConRefNumber"), (l, c, r) -> bootcampPairs(l, r, 1, 3)),
				new ScanRule(info("R61", "E", s, "LearningDeliveryFAM",
						"an aim's LSF records, and its ALB records, must not overlap", "LearnDelFAMType",
						"LearnDelFAMDateFrom", "LearnDelFAMDateTo"), (l, c, r) -> {
							for (LearningDelivery d : l.learningDelivery()) {
								for (String type : List.of("LSF", "ALB")) {
									List<LearningDeliveryFAM> list = d.learningDeliveryFAM()
										.stream()
										.filter(f -> sameType(type, f.learnDelFAMType()) && f.learnDelFAMDateFrom() != null)
										.sorted(Comparator.comparing(LearningDeliveryFAM::learnDelFAMDateFrom))
										.toList();
									for (int i = 1; i < list.size(); i++) {
										LearningDeliveryFAM before = list.get(i - 1);
										LearningDeliveryFAM next = list.get(i);
										if (before.learnDelFAMDateTo() != null
												&& before.learnDelFAMDateTo().isAfter(next.learnDelFAMDateFrom())) {
											r.record(d, next, type + " from " + next.learnDelFAMDateFrom() + " starts before the "
													+ type + " record ending " + before.learnDelFAMDateTo() + " has ended");
										}
									}
								}
							}
						}),
				new ScanRule(info("R106", "E", s, "LearningDeliveryFAM",
						"a learner has one learning support funding (LSF) record at a time, across aims",
						"LearnDelFAMType", "LearnDelFAMDateFrom", "LearnDelFAMDateTo"), (l, c, r) -> {
							List<LearningDeliveryFAM> lsf = new java.util.ArrayList<>();
							List<LearningDelivery> owner = new java.util.ArrayList<>();
							for (LearningDelivery d : l.learningDelivery()) {
								for (LearningDeliveryFAM f : d.learningDeliveryFAM()) {
									if (sameType("LSF", f.learnDelFAMType()) && f.learnDelFAMDateFrom() != null
											&& !f.learnDelFAMDateFrom().isBefore(LocalDate.of(2016, 8, 1))) {
										lsf.add(f);
										owner.add(d);
									}
								}
							}
							List<Integer> order = new java.util.ArrayList<>();
							for (int i = 0; i < lsf.size(); i++) {
								order.add(i);
							}
							order.sort(Comparator.comparing(i -> lsf.get(i).learnDelFAMDateFrom()));
							for (int k = 1; k < order.size(); k++) {
								LearningDeliveryFAM a = lsf.get(order.get(k - 1));
								LearningDeliveryFAM b = lsf.get(order.get(k));
								if (a.learnDelFAMDateTo() == null || !b.learnDelFAMDateFrom().isAfter(a.learnDelFAMDateTo())) {
									r.record(owner.get(order.get(k)), b, "LSF from " + b.learnDelFAMDateFrom()
											+ " overlaps the LSF record from " + a.learnDelFAMDateFrom());
									return;
								}
							}
						}),
				new ScanRule(info("R130", "E", s, "Learner",
						"a learner on T Level aims only has no planned learning or EEP hours", "PlanLearnHours",
						"PlanEEPHours"), (l, c, r) -> {
							if (!l.learningDelivery().isEmpty()
									&& l.learningDelivery().stream().allMatch(d -> fm(d, 25) && is(d.progType(), 31))
									&& (l.planLearnHours() != null || l.planEEPHours() != null)) {
								r.learner("every aim is a T Level but planned learning or EEP hours are given");
							}
						}),
				new ScanRule(info("R131", "E", s, "PriorAttain",
						"a prior attainment record must apply on or before the earliest start (apprenticeship, adult, bootcamp, non-funded)",
						"DateLevelApp", "LearnStartDate"), (l, c, r) -> {
							LocalDate earliest = l.learningDelivery()
								.stream()
								.filter(d -> fm(d, 36, 35, 37, 38, 99, 81) && d.learnStartDate() != null)
								.map(LearningDelivery::learnStartDate)
								.min(Comparator.naturalOrder())
								.orElse(null);
							if (earliest == null || l.priorAttain().isEmpty()) {
								return;
							}
							if (l.priorAttain().stream().noneMatch(p -> p.dateLevelApp() != null && !p.dateLevelApp().isAfter(earliest))) {
								r.learner("no prior attainment record applies on or before the earliest start " + earliest);
							}
						}),
				new ScanRule(info("R134", "E", s, "EmploymentStatusMonitoring",
						"the small or medium employer type (OET 2) needs a Skills Bootcamp aim", "ESMType", "ESMCode"),
						(l, c, r) -> {
							for (LearnerEmploymentStatus x : l.learnerEmploymentStatus()) {
								if (EmploymentStatusRules.hasEsm(x, "OET", 2)
										&& l.learningDelivery().stream().noneMatch(d -> is(d.progType(), 32))) {
									r.record(null, x, "the status dated " + x.dateEmpStatApp() + " has OET 2 but the learner has no bootcamp aim");
								}
							}
						}),
				new AimRule(info("R138", "E", s, "LearningDelivery",
						"a completed bootcamp started to 31 Jul 2025 needs an achievement date on its latest programme aim, or an event aim",
						"ProgType", "AimType", "CompStatus", "AchDate", "LearnStartDate"),
						(l, d, c) -> is(d.aimType(), 1) && is(d.progType(), 32) && is(d.compStatus(), 2) && d.achDate() == null
								&& RuleSupport.onOrBefore(d.learnStartDate(), LocalDate.of(2025, 7, 31))
								&& latestBootcampProgramme(l, d) == d
								&& l.learningDelivery().stream().noneMatch(x -> COMPLETION_EVENT_AIMS.contains(upper(x)))
								&& !(d.learnActEndDate() != null && c.referenceDate().isAfter(d.learnActEndDate().plusMonths(6)))
										? "the completed bootcamp has no achievement date and the learner has no event aim "
												+ "(Z0059747, Z0059748, Z0059749)" : null),
				new ScanRule(info("R137", "E", s, "LearningDelivery",
						"a T Level learner needs an occupational specialism aim (ZTLOS…)", "ProgType", "LearnAimRef"),
						(l, c, r) -> {
							if (l.learningDelivery().stream().anyMatch(d -> is(d.progType(), 31)) && l.learningDelivery()
								.stream()
								.noneMatch(d -> d.learnAimRef() != null && d.learnAimRef().toUpperCase().startsWith("ZTLOS"))) {
								r.learner("the learner has T Level aims but no occupational specialism (ZTLOS) aim");
							}
						}),
				new ScanRule(info("R140", "E", s, "LearningDelivery",
						"when the latest bootcamp programme is closed its components must be closed", "AimType",
						"ProgType", "LearnActEndDate", "ConRefNumber"), (l, c, r) -> {
							for (LearningDelivery d : l.learningDelivery()) {
								if (is(d.aimType(), 3) && is(d.progType(), 32) && d.learnActEndDate() == null) {
									LearningDelivery p = latestBootcampProgramme(l, d);
									if (p != null && p.learnActEndDate() != null) {
										r.aim(d, "this bootcamp component is open but its programme aim " + p.aimSeqNumber()
												+ " ended " + p.learnActEndDate());
									}
								}
							}
						}),
				new ScanRule(info("R143", "E", s, "LearningDelivery",
						"the latest bootcamp programme must not end before its components", "AimType", "ProgType",
						"LearnActEndDate", "ConRefNumber"), (l, c, r) -> {
							// the latest end of the bootcamp components of each funding model and contract
							java.util.Map<List<Object>, LocalDate> lastEnd = new java.util.HashMap<>();
							for (LearningDelivery d : l.learningDelivery()) {
								if (is(d.aimType(), 3) && is(d.progType(), 32) && d.learnActEndDate() != null) {
									lastEnd.merge(java.util.Arrays.asList(d.fundModel(), d.conRefNumber()), d.learnActEndDate(),
											(a, b) -> b.isAfter(a) ? b : a);
								}
							}
							for (LearningDelivery p : l.learningDelivery()) {
								if (!is(p.aimType(), 1) || !is(p.progType(), 32) || p.learnActEndDate() == null
										|| latestBootcampProgramme(l, p) != p) {
									continue;
								}
								LocalDate last = lastEnd.get(java.util.Arrays.asList(p.fundModel(), p.conRefNumber()));
								if (last != null && p.learnActEndDate().isBefore(last)) {
									r.aim(p, "the bootcamp programme ended " + p.learnActEndDate() + " but a component ended later, "
											+ last);
								}
							}
						}),
				new ScanRule(info("R144", "E", s, "LearningDelivery",
						"a bootcamp's achievement date is not before the earliest start of its contract's programme aims",
						"AchDate", "LearnStartDate", "ConRefNumber"), (l, c, r) -> {
							for (LearningDelivery p : l.learningDelivery()) {
								if (!is(p.aimType(), 1) || !is(p.progType(), 32) || p.achDate() == null || p.learnStartDate() == null
										|| p.learnStartDate().isBefore(LocalDate.of(2023, 8, 1))) {
									continue;
								}
								LocalDate earliest = earliestStart(l, p);
								if (p.achDate().isBefore(earliest)) {
									r.aim(p, "achievement date " + p.achDate() + " is before the contract's earliest programme start "
											+ earliest);
								}
							}
						}),
				new ScanRule(info("R150", "E", s, "LearningDelivery",
						"bootcamp event aims do not start before the contract's first programme start (starts Aug 2024 to Jul 2025)",
						"LearnAimRef", "LearnStartDate", "ConRefNumber"), (l, c, r) -> {
							Set<String> contracts = new HashSet<>();
							for (LearningDelivery p : bootcampProgrammes(l)) {
								if (!p.learnStartDate().isBefore(LocalDate.of(2024, 8, 1))
										&& !p.learnStartDate().isAfter(LocalDate.of(2025, 7, 31))) {
									contracts.add(String.valueOf(p.conRefNumber()));
								}
							}
							if (contracts.isEmpty()) {
								return;
							}
							for (LearningDelivery d : l.learningDelivery()) {
								if (ALL_EVENT_AIMS.contains(String.valueOf(d.learnAimRef()).toUpperCase())
										&& contracts.contains(String.valueOf(d.conRefNumber())) && d.learnStartDate() != null) {
									LocalDate earliest = earliestStart(l, d);
									if (d.learnStartDate().isBefore(earliest)) {
										r.aim(d, "the event aim starts " + d.learnStartDate()
												+ ", before the contract's first programme start " + earliest);
									}
								}
							}
						}),
				new ScanRule(info("R152", "E", s, "LearningDeliveryFAM",
						"no event indicator (EVI) on a bootcamp whose contract's programmes began before 1 Aug 2025",
						"LearnDelFAMType", "ConRefNumber"), (l, c, r) -> {
							for (LearningDelivery p : bootcampProgrammes(l)) {
								if (earliestStart(l, p).isBefore(AUG_2025)) {
									for (LearningDeliveryFAM f : p.learningDeliveryFAM()) {
										if (sameType("EVI", f.learnDelFAMType())) {
											r.record(p, f, "an EVI record on a bootcamp whose contract began " + earliestStart(l, p)
													+ ", before 1 August 2025");
										}
									}
								}
							}
						}),
				new ScanRule(info("R153", "E", s, "LearningDeliveryFAM",
						"on a bootcamp begun from 1 Aug 2025 the event indicator applies from 1 Aug 2025 or later",
						"LearnDelFAMType", "LearnDelFAMDateFrom", "ConRefNumber"), (l, c, r) -> {
							for (LearningDelivery p : bootcampProgrammes(l)) {
								if (!earliestStart(l, p).isBefore(AUG_2025)) {
									for (LearningDeliveryFAM f : p.learningDeliveryFAM()) {
										if (sameType("EVI", f.learnDelFAMType()) && f.learnDelFAMDateFrom() != null
												&& f.learnDelFAMDateFrom().isBefore(AUG_2025)) {
											r.record(p, f, "the EVI record applies from " + f.learnDelFAMDateFrom() + ", before 1 August 2025");
										}
									}
								}
							}
						}),
				new ScanRule(info("R154", "E", s, "LearningDelivery",
						"a bootcamp begun from 1 Aug 2025 records events with EVI, not event aims", "LearnAimRef",
						"AimType", "ConRefNumber"), (l, c, r) -> {
							for (LearningDelivery p : bootcampProgrammes(l)) {
								if (!earliestStart(l, p).isBefore(AUG_2025)) {
									for (LearningDelivery d : l.learningDelivery()) {
										if (is(d.aimType(), 3) && ALL_EVENT_AIMS.contains(String.valueOf(d.learnAimRef()).toUpperCase())) {
											r.aim(d, "event aim " + d.learnAimRef() + " on a bootcamp that began "
													+ earliestStart(l, p) + "; from 1 August 2025 events are recorded with EVI");
										}
									}
									return;
								}
							}
						}));
	}

	private static final LocalDate AUG_2025 = LocalDate.of(2025, 8, 1);

	/** The bootcamp event aims that show a completed programme (R138). */
	private static final Set<String> COMPLETION_EVENT_AIMS = Set.of("Z0059747", "Z0059748", "Z0059749");

	private static String upper(LearningDelivery d) {
		return d.learnAimRef() == null ? "" : d.learnAimRef().strip().toUpperCase();
	}

	/** Every Skills Bootcamp event aim, HGV ones included. */
	private static final Set<String> ALL_EVENT_AIMS = Set.of("Z0059747", "Z0059748", "Z0059749", "Z0060439", "Z0009541",
			"Z0060440", "Z0060441", "Z0060442", "Z0060443");

	private static List<LearningDelivery> bootcampProgrammes(Learner l) {
		return l.learningDelivery()
			.stream()
			.filter(p -> is(p.aimType(), 1) && is(p.progType(), 32) && p.learnStartDate() != null)
			.toList();
	}

	/** The earliest start of the learner's programme aims with the same contract as {@code p}. */
	private static LocalDate earliestStart(Learner l, LearningDelivery p) {
		LocalDate earliest = LearnerIndex.of(l).earliestProgrammeStartOfContract(p.conRefNumber());
		return earliest != null ? earliest : p.learnStartDate();
	}

	/** The latest-starting bootcamp programme aim with the same FundModel and contract as {@code d}, or null. */
	private static LearningDelivery latestBootcampProgramme(Learner l, LearningDelivery d) {
		return LearnerIndex.of(l).latestBootcampProgramme(d.fundModel(), d.conRefNumber());
	}

	private static void bootcampPairs(Learner l, ScanRule.Report r, int from, int to) {
		for (LearningDelivery d : l.learningDelivery()) {
			if (is(d.aimType(), from) && is(d.progType(), 32)
					&& !LearnerIndex.of(l).hasBootcampAim(to, d.fundModel(), d.conRefNumber())) {
				r.aim(d, "no bootcamp " + (to == 1 ? "programme" : "component") + " aim has FundModel " + d.fundModel()
						+ " and contract " + d.conRefNumber());
			}
		}
	}

	private static String normalCode(String code) {
		if (code == null) {
			return "";
		}
		try {
			return Integer.toString(Integer.parseInt(code.strip()));
		}
		catch (NumberFormatException e) {
			return code.strip().toUpperCase();
		}
	}

	private static Set<String> monitoring(LearnerEmploymentStatus s) {
		Set<String> set = new HashSet<>();
		for (EmploymentStatusMonitoring m : s.employmentStatusMonitoring()) {
			set.add(String.valueOf(m.esmType()).toUpperCase() + " " + m.esmCode());
		}
		return set;
	}
}

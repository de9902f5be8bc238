package dev.ilrsh.generate;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.AppFinRecord;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import dev.ilrsh.model.Message;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A test-only, simplified reading of the 2025-26 rules that the sample and the generator plant or must not break, so
 * that the tests can show the planted findings are the only ones among these rules. Not the project's rule engine:
 * each check is the plain reading of the rule's error condition, without every exclusion.
 */
final class CheckedRules {

	private final List<PlantedFinding> findings = new ArrayList<>();
	private final LocalDate prepared;

	private CheckedRules(LocalDate prepared) {
		this.prepared = prepared;
	}

	static List<PlantedFinding> check(Message message) {
		CheckedRules r = new CheckedRules(message.header().collectionDetails().filePreparationDate());
		Map<String, Integer> refs = new HashMap<>();
		Map<Long, Integer> ulns = new HashMap<>();
		for (Learner l : message.learners()) {
			refs.merge(l.learnRefNumber().toUpperCase(), 1, Integer::sum);
			ulns.merge(l.uln(), 1, Integer::sum);
		}
		for (Learner l : message.learners()) {
			if (refs.get(l.learnRefNumber().toUpperCase()) > 1) {
				r.add("R06", l, null);
			}
			if (ulns.get(l.uln()) > 1) {
				r.add("R59", l, null);
			}
			r.learner(l);
		}
		return r.findings;
	}

	private void add(String rule, Learner l, LearningDelivery aim) {
		findings.add(new PlantedFinding(rule, l.learnRefNumber(), aim == null ? null : aim.aimSeqNumber()));
	}

	private static boolean has(LearningDelivery a, String type) {
		return !a.fams(type).isEmpty();
	}

	private static boolean restart(LearningDelivery a) {
		return has(a, "RES");
	}

	private static boolean standardProgramme(LearningDelivery a) {
		return a.isProgrammeAim() && Objects.equals(a.fundModel(), 36) && Objects.equals(a.progType(), 25);
	}

	private static LearnerEmploymentStatus statusOn(Learner l, LocalDate date) {
		return l.learnerEmploymentStatus()
			.stream()
			.filter(s -> !s.dateEmpStatApp().isAfter(date))
			.max(Comparator.comparing(LearnerEmploymentStatus::dateEmpStatApp))
			.orElse(null);
	}

	private static boolean esm(LearnerEmploymentStatus s, String type) {
		return s.employmentStatusMonitoring().stream().anyMatch(m -> m.esmType().equals(type));
	}

	private void learner(Learner l) {
		if (DerivedData.checkUln(l.uln()) == DerivedData.UlnCheck.INVALID) {
			add("ULN_04", l, null);
		}
		List<LearningDelivery> aims = l.learningDelivery();
		Set<Integer> seqs = new HashSet<>();
		boolean duplicate = false;
		for (LearningDelivery a : aims) {
			duplicate |= !seqs.add(a.aimSeqNumber());
			if (a.aimSeqNumber() > aims.size()) {
				add("AimSeqNumber_02", l, a);
			}
		}
		if (duplicate) {
			add("R07", l, null);
		}
		if (l.learnerEmploymentStatus().stream().map(LearnerEmploymentStatus::dateEmpStatApp).distinct().count()
				< l.learnerEmploymentStatus().size()) {
			add("R43", l, null);
		}
		for (LearnerEmploymentStatus s : l.learnerEmploymentStatus()) {
			if (s.empStat() == 10 && !esm(s, "EII")) {
				add("ESMType_02", l, null);
			}
			if (s.empStat() == 11 && !esm(s, "LOU")) {
				add("ESMType_08", l, null);
			}
		}
		LocalDate earliest = aims.stream().map(LearningDelivery::learnStartDate).min(LocalDate::compareTo).get();
		boolean fm25 = aims.stream().anyMatch(a -> a.fundModel() == 25);
		if (!fm25 && (l.priorAttain().isEmpty()
				|| l.priorAttain().stream().anyMatch(p -> p.dateLevelApp().isAfter(earliest)))) {
			add("R131", l, null);
		}
		if (fm25) {
			if (l.mathGrade() == null || l.engGrade() == null || l.planEEPHours() == null) {
				add("MathGrade_01", l, null);
			}
			if (aims.stream().noneMatch(a -> a.aimType() == 5)) {
				add("R63", l, null);
			}
		}
		boolean apprentice = aims.stream().anyMatch(a -> Objects.equals(a.progType(), 25));
		boolean allClosed = aims.stream().allMatch(a -> a.learnActEndDate() != null);
		if (!apprentice && !allClosed && l.planLearnHours() == null) {
			add("PlanLearnHours_01", l, null);
		}
		if (apprentice && l.niNumber() == null) {
			add("NINumber_02", l, null);
		}
		aims.forEach(a -> aim(l, a));
		programmes(l);
	}

	private void aim(Learner l, LearningDelivery a) {
		LocalDate start = a.learnStartDate();
		if (!start.isAfter(l.dateOfBirth())) {
			add("LearnStartDate_05", l, a);
		}
		if (a.learnPlanEndDate().isBefore(start)) {
			add("LearnPlanEndDate_02", l, a);
		}
		if (a.learnActEndDate() != null) {
			if (a.learnActEndDate().isBefore(start)) {
				add("LearnActEndDate_01", l, a);
			}
			if (a.learnActEndDate().isAfter(prepared)) {
				add("LearnActEndDate_04", l, a);
			}
			if (a.outcome() == null) {
				add("Outcome_12", l, a);
			}
		}
		else if (a.compStatus() != 1) {
			add("CompStatus_03", l, a);
		}
		if (a.outcome() != null && a.learnActEndDate() == null) {
			add("Outcome_11", l, a);
		}
		int cs = a.compStatus();
		if ((cs == 3 || cs == 6) && a.outcome() != null && (a.outcome() == 1 || a.outcome() == 8)) {
			add("CompStatus_06", l, a);
		}
		if ((cs == 3) != (a.withdrawReason() != null)) {
			add("WithdrawReason_03", l, a);
		}
		if (a.achDate() != null) {
			if (!standardProgramme(a)) {
				add("AchDate_09", l, a);
			}
			if (a.achDate().isAfter(prepared)) {
				add("AchDate_07", l, a);
			}
			if (a.learnActEndDate() == null || a.achDate().isBefore(a.learnActEndDate())) {
				add("AchDate_05", l, a);
			}
		}
		if (a.fams("SOF").size() != 1) {
			add("LearnDelFAMType_01", l, a);
		}
		if ((a.fundModel() == 35 || a.fundModel() == 38) && !has(a, "FFI")) {
			add("LearnDelFAMType_02", l, a);
		}
		if (a.fundModel() == 35 && !start.isBefore(LocalDate.of(2024, 8, 1)) && !restart(a)) {
			add("FundModel_17", l, a);
		}
		if (a.fundModel() == 38 || a.fundModel() == 35) {
			if (l.learnerEmploymentStatus().stream().noneMatch(s -> s.dateEmpStatApp().isBefore(start))) {
				add("EmpStat_21", l, a);
			}
		}
		if (has(a, "ACT") && !(a.isProgrammeAim() && a.fundModel() == 36)) {
			add("LearnDelFAMType_63", l, a);
		}
		if (a.origLearnStartDate() != null && (!restart(a) || !a.origLearnStartDate().isBefore(start))) {
			add("OrigLearnStartDate_04", l, a);
		}
		if (a.otjActHours() != null && !a.isProgrammeAim()) {
			add("OTJActHours_01", l, a);
		}
		if (a.pHours() != null && a.fundModel() == 25) {
			add("PHours_05", l, a);
		}
		for (LearningDeliveryFAM f : a.learningDeliveryFAM()) {
			if (f.learnDelFAMDateFrom() != null && f.learnDelFAMDateFrom().isBefore(start)) {
				add("LearnDelFAMDateFrom_02", l, a);
			}
			LocalDate to = f.learnDelFAMDateTo();
			if (to != null && to.isAfter(a.learnPlanEndDate()) && !(a.isProgrammeAim() && a.achDate() != null)) {
				add("LearnDelFAMDateTo_02", l, a);
			}
			if (to != null && a.achDate() != null && to.isAfter(a.achDate())) {
				add("LearnDelFAMDateTo_05", l, a);
			}
		}
		if (standardProgramme(a)) {
			standardProgrammeAim(l, a);
		}
	}

	private void standardProgrammeAim(Learner l, LearningDelivery a) {
		LocalDate start = a.learnStartDate();
		boolean res = restart(a);
		List<LearningDeliveryFAM> acts = a.fams("ACT");
		if (acts.stream().noneMatch(f -> f.learnDelFAMDateFrom().equals(start))) {
			add("R102", l, a);
		}
		LearningDeliveryFAM latest = acts.stream()
			.max(Comparator.comparing(LearningDeliveryFAM::learnDelFAMDateFrom))
			.orElse(null);
		if (latest != null) {
			if (a.achDate() != null && !a.achDate().equals(latest.learnDelFAMDateTo())) {
				add("R121", l, a);
			}
			if (a.compStatus() != 1 && a.achDate() == null
					&& !Objects.equals(a.learnActEndDate(), latest.learnDelFAMDateTo())) {
				add("R122", l, a);
			}
			if (a.compStatus() == 1 && latest.learnDelFAMDateTo() != null) {
				add("R123", l, a);
			}
			LearnerEmploymentStatus s = statusOn(l, latest.learnDelFAMDateFrom());
			if (!res && (s == null || s.empStat() != 10)) {
				add("R110", l, a);
			}
		}
		if (l.learnerEmploymentStatus().stream().noneMatch(s -> s.dateEmpStatApp().isBefore(start))) {
			add("EmpStat_09", l, a);
		}
		LearnerEmploymentStatus onStart = statusOn(l, start);
		if (onStart != null && onStart.empStat() == 10 && (onStart.empId() == null || !esm(onStart, "LOE"))) {
			add("EmpId_10", l, a);
		}
		List<AppFinRecord> tnp = a.appFinRecords("TNP");
		if (tnp.stream().noneMatch(t -> t.aFinDate().equals(start))) {
			add("AFinType_13", l, a);
		}
		if (tnp.stream().anyMatch(t -> t.aFinDate().isBefore(start))) {
			add("R119", l, a);
		}
		boolean assessment = tnp.stream().anyMatch(t -> t.aFinCode() == 2 || t.aFinCode() == 4);
		if (assessment != (a.epaOrgID() != null)) {
			add("EPAOrgID_02", l, a);
		}
		if (a.compStatus() == 2 && (!assessment || a.otjActHours() == null)) {
			add("OTJActHours_02", l, a);
		}
		if (a.compStatus() == 3 && a.otjActHours() == null) {
			add("OTJActHours_03", l, a);
		}
		if (a.compStatus() == 2 && a.achDate() == null) {
			add("AchDate_12", l, a);
		}
		if (a.achDate() != null && a.compStatus() != 2) {
			add("CompStatus_07", l, a);
		}
		boolean newRules = !start.isBefore(LocalDate.of(2025, 8, 1));
		if (!res) {
			int minHours = newRules ? 187 : 278;
			if (a.pHours() == null || a.pHours() < minHours) {
				add(newRules ? "PHours_08" : "PHours_06", l, a);
			}
			int minDays = newRules ? 242 : 365;
			if (ChronoUnit.DAYS.between(start, a.learnPlanEndDate()) < minDays) {
				add(newRules ? "DateOfBirth_57" : "DateOfBirth_46", l, a);
			}
			if (a.compStatus() == 2 && ChronoUnit.DAYS.between(start, a.learnActEndDate()) < minDays) {
				add(newRules ? "DateOfBirth_58" : "DateOfBirth_47", l, a);
			}
		}
	}

	private void programmes(Learner l) {
		List<LearningDelivery> progs = l.learningDelivery().stream().filter(LearningDelivery::isProgrammeAim).toList();
		for (LearningDelivery p : progs) {
			for (LearningDelivery q : progs) {
				if (p != q && !p.learnStartDate().isBefore(q.learnStartDate())
						&& !p.learnStartDate().isAfter(DerivedData.effectiveEndDate(q).get())) {
					add("R124", l, p);
					break;
				}
			}
		}
		for (LearningDelivery c : l.learningDelivery()) {
			if (c.isComponentAim() && progs.stream().noneMatch(p -> DerivedData.sameProgramme(p, c)
					&& Objects.equals(p.fundModel(), c.fundModel()))) {
				add("R30", l, c);
			}
		}
		for (LearningDelivery p : progs) {
			if (p.learnActEndDate() == null && l.learningDelivery()
				.stream()
				.noneMatch(c -> c.isComponentAim() && DerivedData.sameProgramme(p, c))) {
				add("R31", l, p);
			}
		}
		progs.stream().max(Comparator.comparing(LearningDelivery::learnStartDate)).ifPresent(latest -> {
			if (latest.learnActEndDate() != null) {
				List<LearningDelivery> comps = l.learningDelivery()
					.stream()
					.filter(c -> c.isComponentAim() && DerivedData.sameProgramme(latest, c))
					.toList();
				if (comps.stream().anyMatch(c -> c.learnActEndDate() == null)) {
					add("R90", l, latest);
				}
				if (comps.stream().anyMatch(c -> c.learnActEndDate() != null
						&& c.learnActEndDate().isAfter(latest.learnActEndDate()))) {
					add("R89", l, latest);
				}
			}
		});
		// R105: different ACT codes at the same time (all ACT codes here are 1, so only overlaps of different codes)
		List<LearningDeliveryFAM> acts = new ArrayList<>();
		l.learningDelivery().forEach(a -> acts.addAll(a.fams("ACT")));
		acts.sort(Comparator.comparing(LearningDeliveryFAM::learnDelFAMDateFrom));
		for (int i = 1; i < acts.size(); i++) {
			LearningDeliveryFAM prev = acts.get(i - 1);
			LearningDeliveryFAM cur = acts.get(i);
			if (!prev.learnDelFAMCode().equals(cur.learnDelFAMCode()) && (prev.learnDelFAMDateTo() == null
					|| !cur.learnDelFAMDateFrom().isAfter(prev.learnDelFAMDateTo()))) {
				add("R105", l, null);
			}
		}
		// R68: the same TNP/PMR type, code and date twice across programme aims of one standard
		Map<Integer, Set<String>> seen = new HashMap<>();
		for (LearningDelivery p : progs) {
			for (AppFinRecord f : p.appFinRecord()) {
				if (!seen.computeIfAbsent(p.stdCode(), k -> new HashSet<>())
					.add(f.aFinType() + f.aFinCode() + f.aFinDate())) {
					add("R68", l, p);
				}
			}
		}
	}
}

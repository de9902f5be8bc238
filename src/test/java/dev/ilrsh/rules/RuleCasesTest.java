package dev.ilrsh.rules;

import static dev.ilrsh.rules.TestLearners.ACHIEVED;
import static dev.ilrsh.rules.TestLearners.ENDED;
import static dev.ilrsh.rules.TestLearners.OLD_START;
import static dev.ilrsh.rules.TestLearners.PREPARED;
import static dev.ilrsh.rules.TestLearners.START;
import static dev.ilrsh.rules.TestLearners.addAims;
import static dev.ilrsh.rules.TestLearners.build;
import static dev.ilrsh.rules.TestLearners.componentAim;
import static dev.ilrsh.rules.TestLearners.employed;
import static dev.ilrsh.rules.TestLearners.esm;
import static dev.ilrsh.rules.TestLearners.fam;
import static dev.ilrsh.rules.TestLearners.fin;
import static dev.ilrsh.rules.TestLearners.mapAim;
import static dev.ilrsh.rules.TestLearners.programmeAim;
import static dev.ilrsh.rules.TestLearners.with;
import static dev.ilrsh.rules.TestLearners.withAim;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.AppFinRecord;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For each rule: a learner that breaks it and a learner, as near the boundary as can be, that does not. Each case
 * starts from a valid apprentice ({@link TestLearners}) and changes what the rule is about.
 */
class RuleCasesTest {

	/** One rule, one learner that must break it, one that must not. */
	record Case(String rule, String what, Learner breaks, Learner passes) {
	}

	private static final List<Case> CASES = new ArrayList<>();

	private static void c(String rule, String what, Learner breaks, Learner passes) {
		CASES.add(new Case(rule, what, breaks, passes));
	}

	private static Learner a() {
		return TestLearners.apprentice();
	}

	private static Learner done() {
		return TestLearners.completedApprentice();
	}

	private static Learner prog(String field, Object value) {
		return withAim(a(), 0, field, value);
	}

	private static Learner comp(String field, Object value) {
		return withAim(a(), 1, field, value);
	}

	private static Learner doneProg(String field, Object value) {
		return withAim(done(), 0, field, value);
	}

	private static Learner progFams(LearningDeliveryFAM... fams) {
		return prog("LearningDeliveryFAM", List.of(fams));
	}

	private static Learner progFins(AppFinRecord... records) {
		return prog("AppFinRecord", List.of(records));
	}

	private static Learner statuses(LearnerEmploymentStatus... s) {
		return with(a(), "LearnerEmploymentStatus", List.of(s));
	}

	private static LearnerEmploymentStatus status(int empStat, LocalDate date, Integer empId, String... esm) {
		List<Object> monitoring = new ArrayList<>();
		for (String m : esm) {
			String[] p = m.split(" ");
			monitoring.add(esm(p[0], Integer.parseInt(p[1])));
		}
		return build(IlrSchema.LEARNER_EMPLOYMENT_STATUS, "EmpStat", empStat, "DateEmpStatApp", date, "EmpId", empId,
				"EmploymentStatusMonitoring", monitoring);
	}

	/** A stand-alone aim (AimType 4) with the given funding model. */
	private static LearningDelivery other(int seq, int fundModel, LearningDeliveryFAM... fams) {
		return build(IlrSchema.LEARNING_DELIVERY, "LearnAimRef", "60000001", "AimType", 4, "AimSeqNumber", seq,
				"LearnStartDate", START, "LearnPlanEndDate", START.plusMonths(6), "FundModel", fundModel,
				"DelLocPostCode", "ZZ99 9ZZ", "CompStatus", 1, "LearningDeliveryFAM", List.of(fams));
	}

	private static Learner only(LearningDelivery... aims) {
		return a().withLearningDelivery(List.of(aims));
	}

	private static Learner change(Learner l, UnaryOperator<Learner> f) {
		return f.apply(l);
	}

	private static <T extends dev.ilrsh.model.IlrEntity> T set(T d, Object... namesAndValues) {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			d = Ilr.with(d, (String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return d;
	}

	private static final long TEMP = 9999999999L;
	private static final LocalDate D = LocalDate.of(2025, 10, 1);

	static {
		// ---- ULN
		c("ULN_04", "check digit", with(a(), "ULN", 1000000042L), with(a(), "ULN", 1000000019L));
		c("ULN_02", "temporary ULN on non-funded aim", with(only(other(1, 99)), "ULN", TEMP),
				with(only(other(1, 99, fam("SOF", "1"))), "ULN", TEMP));
		c("ULN_03", "temporary ULN before January, no ACT 1",
				with(only(other(1, 35, fam("SOF", "105"), fam("FFI", "1"))), "ULN", TEMP),
				with(a(), "ULN", TEMP));
		c("ULN_12", "temporary ULN with ACT 1", with(a(), "ULN", TEMP), a());
		// ULN_06/07/09/10/11 need the file prepared after 1 January: see ReferenceDateTest
		// ---- Names
		c("FamilyName_01", "no family name", with(a(), "FamilyName", null), with(a(), "FamilyName", "X"));
		c("GivenNames_01", "no given names", with(a(), "GivenNames", " "), with(a(), "GivenNames", "Al"));
		c("FamilyName_02", "community learner over 10 hours",
				with(with(only(other(1, 10)), "FamilyName", null), "PlanLearnHours", 11),
				with(with(only(other(1, 10)), "FamilyName", null), "PlanLearnHours", 10));
		c("GivenNames_02", "community learner over 10 hours",
				with(with(only(other(1, 10)), "GivenNames", null), "PlanLearnHours", 11),
				with(with(only(other(1, 10)), "GivenNames", null), "PlanLearnHours", 10));
		c("FamilyName_04", "community learner with ULN",
				with(with(only(other(1, 10)), "FamilyName", null), "PlanLearnHours", 10),
				with(with(with(only(other(1, 10)), "FamilyName", null), "PlanLearnHours", 10), "ULN", TEMP));
		c("GivenNames_04", "community learner with ULN",
				with(with(only(other(1, 10)), "GivenNames", null), "PlanLearnHours", 10),
				with(with(with(only(other(1, 10)), "GivenNames", null), "PlanLearnHours", 10), "ULN", TEMP));
		// ---- Date of birth
		c("DateOfBirth_01", "funded learner without date of birth", with(a(), "DateOfBirth", null), a());
		c("DateOfBirth_02", "non-funded learner without date of birth",
				with(only(other(1, 99)), "DateOfBirth", null),
				with(only(other(1, 99, fam("ADL", "1"))), "DateOfBirth", null));
		c("DateOfBirth_04", "115 or over", with(a(), "DateOfBirth", LocalDate.of(1910, 8, 1)),
				with(a(), "DateOfBirth", LocalDate.of(1910, 8, 2)));
		c("DateOfBirth_05", "under 4 on non-funded", with(only(other(1, 99)), "DateOfBirth", START.minusYears(4).plusDays(1)),
				with(only(other(1, 99)), "DateOfBirth", START.minusYears(4)));
		c("DateOfBirth_06", "under 13 on 16-19",
				with(only(other(1, 25)), "DateOfBirth", LocalDate.of(2012, 9, 1)),
				with(only(other(1, 25)), "DateOfBirth", LocalDate.of(2012, 8, 31)));
		c("DateOfBirth_07", "25 or over with SOF 107",
				with(only(other(1, 25, fam("SOF", "107"))), "DateOfBirth", LocalDate.of(2000, 8, 31)),
				with(only(other(1, 25, fam("SOF", "107"))), "DateOfBirth", LocalDate.of(2000, 9, 1)));
		c("DateOfBirth_20", "under 19 on 16-19 without SOF 107",
				with(only(other(1, 25, fam("SOF", "105"))), "DateOfBirth", LocalDate.of(2006, 9, 1)),
				with(only(other(1, 25, fam("SOF", "107"))), "DateOfBirth", LocalDate.of(2006, 9, 1)));
		c("DateOfBirth_23", "loan without date of birth",
				with(only(other(1, 99, fam("ADL", "1"))), "DateOfBirth", null), only(other(1, 99, fam("ADL", "1"))));
		c("DateOfBirth_24", "real ULN, no date of birth", with(a(), "DateOfBirth", null),
				with(with(only(other(1, 99, fam("ADL", "1"))), "DateOfBirth", LocalDate.of(2000, 1, 1)), "ULN", TEMP));
		c("DateOfBirth_26", "loan under 19 at start",
				with(only(other(1, 99, fam("ADL", "1"))), "DateOfBirth", START.minusYears(19).plusDays(1)),
				with(only(other(1, 99, fam("ADL", "1"))), "DateOfBirth", START.minusYears(19)));
		c("DateOfBirth_27", "born in the collection year", with(a(), "DateOfBirth", LocalDate.of(2025, 8, 1)),
				with(a(), "DateOfBirth", LocalDate.of(2025, 7, 31)));
		c("DateOfBirth_57", "planned 241 days", prog("LearnPlanEndDate", START.plusDays(241)),
				prog("LearnPlanEndDate", START.plusDays(242)));
		c("DateOfBirth_58", "completed in 241 days",
				withAim(withAim(withAim(prog("CompStatus", 2), 0, "LearnActEndDate", START.plusDays(241)), 0, "Outcome", 1),
						0, "AchDate", START.plusDays(241)),
				withAim(withAim(withAim(withAim(prog("CompStatus", 2), 0, "LearnActEndDate", START.plusDays(241)), 0,
						"Outcome", 1), 0, "AchDate", START.plusDays(241)), 0, "LearningDeliveryFAM",
						List.of(fam("ACT", "1", START, null), fam("SOF", "105"), fam("RES", "1"))));
		c("DateOfBirth_46", "2024 start planned 364 days", doneProg("LearnPlanEndDate", OLD_START.plusDays(364)),
				doneProg("LearnPlanEndDate", OLD_START.plusDays(365)));
		c("DateOfBirth_47", "2024 start completed in 364 days", doneProg("LearnActEndDate", OLD_START.plusDays(364)),
				doneProg("LearnActEndDate", OLD_START.plusDays(365)));
		c("DateOfBirth_48", "starts before the last Friday in June of the year turning 16",
				with(a(), "DateOfBirth", LocalDate.of(2010, 1, 1)), with(a(), "DateOfBirth", LocalDate.of(2009, 8, 31)));
		// ---- Learner record
		c("NINumber_01", "bad NI number", with(a(), "NINumber", "DA123456C"), with(a(), "NINumber", "AB123456"));
		c("NINumber_02", "ACT 1 without NI number", with(a(), "NINumber", null), with(only(other(1, 99)), "NINumber", null));
		c("LLDDHealthProb_04", "no difficulty but records",
				with(a(), "LLDDandHealthProblem", List.of(lldd(4, 1))), a());
		c("LLDDHealthProb_06", "difficulty but no records",
				with(with(a(), "LLDDHealthProb", 1), "DateOfBirth", START.minusYears(25).plusDays(1)),
				with(with(a(), "LLDDHealthProb", 1), "DateOfBirth", START.minusYears(25)));
		c("PrimaryLLDD_01", "no primary", lldds(lldd(4, null), lldd(5, null)), lldds(lldd(4, 1), lldd(5, null)));
		c("PrimaryLLDD_03", "two primaries", lldds(lldd(4, 1), lldd(5, 1)), lldds(lldd(4, 1), lldd(5, null)));
		c("PrimaryLLDD_04", "single record not primary", lldds(lldd(4, null)), lldds(lldd(4, 1)));
		c("LearnFAMType_09", "two EHC", learnerFams("EHC 1", "EHC 1"), learnerFams("EHC 1"));
		c("LearnFAMType_10", "five LSR", learnerFams("LSR 55", "LSR 56", "LSR 57", "LSR 58", "LSR 59"),
				learnerFams("LSR 55", "LSR 56", "LSR 57", "LSR 58"));
		c("LearnFAMType_11", "three NLM", learnerFams("NLM 17", "NLM 18", "NLM 21"), learnerFams("NLM 17", "NLM 18"));
		c("LearnFAMType_14", "SEN and EHC", learnerFams("SEN 1", "EHC 1"), learnerFams("SEN 1"));
		c("LearnFAMType_15", "MCF 1 without EHC", learnerFams("MCF 1"), learnerFams("MCF 1", "EHC 1"));
		c("LearnFAMType_16", "ECF 1 without EHC", learnerFams("ECF 1"), learnerFams("ECF 1", "EHC 1"));
		c("LearnFAMType_17", "NLM 21 and 22", learnerFams("NLM 21", "NLM 22"), learnerFams("NLM 22"));
		c("R51", "same learner FAM twice", learnerFams("LSR 55", "LSR 55"), learnerFams("LSR 55", "LSR 56"));
		c("ProvSpecLearnMonOccur_01", "occurrence C", with(a(), "ProviderSpecLearnerMonitoring", List.of(plm("C"))),
				with(a(), "ProviderSpecLearnerMonitoring", List.of(plm("B"))));
		c("R49", "occurrence A twice", with(a(), "ProviderSpecLearnerMonitoring", List.of(plm("A"), plm("A"))),
				with(a(), "ProviderSpecLearnerMonitoring", List.of(plm("A"), plm("B"))));
		c("PriorAttain_09", "dated after preparation", with(a(), "PriorAttain", List.of(prior(2, PREPARED.plusDays(1)))),
				with(a(), "PriorAttain", List.of(prior(2, PREPARED))));
		c("PriorAttain_10", "same date twice",
				with(a(), "PriorAttain", List.of(prior(2, D), prior(3, D))),
				with(a(), "PriorAttain", List.of(prior(2, D), prior(3, D.plusDays(1)))));
		c("ALSCost_02", "ALSCost without HNS", with(a(), "ALSCost", 100),
				with(with(a(), "ALSCost", 100), "LearnerFAM", List.of(learnerFam("HNS 1"))));
		c("PlanLearnHours_04", "over 1000 hours", with(with(a(), "PlanLearnHours", 900), "PlanEEPHours", 101),
				with(with(a(), "PlanLearnHours", 900), "PlanEEPHours", 100));
		c("PlanLearnHours_05", "over 4000 hours", with(with(a(), "PlanLearnHours", 3000), "PlanEEPHours", 1001),
				with(with(a(), "PlanLearnHours", 3000), "PlanEEPHours", 1000));
		c("MathGrade_04", "MCF 2 without NONE", with(learnerFams("MCF 2"), "MathGrade", "4"),
				with(learnerFams("MCF 2"), "MathGrade", "NONE"));
		c("EngGrade_04", "ECF 3 without NONE", with(learnerFams("ECF 3"), "EngGrade", "4"),
				with(learnerFams("ECF 3"), "EngGrade", "NONE"));
		c("R45", "same LLDD category twice", lldds(lldd(4, 1), lldd(4, null)), lldds(lldd(4, 1), lldd(5, null)));
		// ---- Employment status
		c("EmpStat_09", "status dated on the start day", statuses(employed(START)), statuses(employed(START.minusDays(1))));
		c("EmpStat_12", "unemployed on the start (warning)",
				statuses(employed(LocalDate.of(2025, 8, 1)), status(11, START, null, "LOU 1")),
				statuses(employed(LocalDate.of(2025, 8, 1)), status(11, START.plusDays(1), null, "LOU 1")));
		c("EmpStat_15", "unknown status on start", statuses(status(98, LocalDate.of(2025, 8, 1), null)),
				statuses(employed(LocalDate.of(2025, 8, 1))));
		c("EmpStat_08", "adult learner without status",
				with(only(other(1, 99)), "LearnerEmploymentStatus", List.of()),
				with(only(other(1, 99, fam("SOF", "108"))), "LearnerEmploymentStatus", List.of()));
		c("EmpStat_20", "LDM 363 unemployed",
				with(only(other(1, 99, fam("LDM", "363"))), "LearnerEmploymentStatus",
						List.of(status(11, LocalDate.of(2025, 8, 1), null, "LOU 1"))),
				only(other(1, 99, fam("LDM", "363"))));
		c("EmpStat_22", "tailored learning without status", with(only(other(1, 11)), "LearnerEmploymentStatus",
				List.of(employed(START.plusDays(1)))), with(only(other(1, 11)), "LearnerEmploymentStatus", List.of(employed(START))));
		c("EmpStat_21", "ASF without status", with(only(other(1, 38)), "LearnerEmploymentStatus",
				List.of(employed(START))), with(only(other(1, 38)), "LearnerEmploymentStatus", List.of(employed(START.minusDays(1)))));
		c("DateEmpStatApp_01", "after the year", statuses(employed(LocalDate.of(2025, 8, 1)), employed(LocalDate.of(2026, 8, 1))),
				statuses(employed(LocalDate.of(2025, 8, 1)), status(11, LocalDate.of(2026, 7, 31), null, "LOU 1")));
		c("DateEmpStatApp_02", "before 1990", statuses(employed(LocalDate.of(1990, 7, 31)), employed(LocalDate.of(2025, 8, 1))),
				statuses(status(10, LocalDate.of(1990, 8, 1), 123456789, "EII 8", "LOE 4")));
		c("EmpId_02", "check digit", statuses(status(10, LocalDate.of(2025, 8, 1), 123456788, "EII 8", "LOE 4")),
				statuses(status(10, LocalDate.of(2025, 8, 1), 999999999, "EII 8", "LOE 4")));
		c("EmpId_10", "employed without employer", statuses(status(10, LocalDate.of(2025, 8, 1), null, "EII 8", "LOE 4")), a());
		c("EmpId_14", "unemployed with employer",
				statuses(employed(LocalDate.of(2025, 8, 1)), status(11, START.plusDays(10), 123456789, "LOU 1")),
				statuses(employed(LocalDate.of(2025, 8, 1)), status(11, START.plusDays(10), null, "LOU 1")));
		c("ESMType_02", "employed without EII", statuses(status(10, LocalDate.of(2025, 8, 1), 123456789, "LOE 4")), a());
		c("ESMType_05", "employed with LOU", statuses(status(10, LocalDate.of(2025, 8, 1), 123456789, "EII 8", "LOE 4", "LOU 1")), a());
		c("ESMType_07", "SEI when not employed",
				statuses(employed(LocalDate.of(2025, 8, 1)), status(12, START.plusDays(10), null, "SEI 1")),
				statuses(status(10, LocalDate.of(2025, 8, 1), 123456789, "EII 8", "LOE 4", "SEI 1")));
		c("ESMType_08", "looking for work without LOU",
				statuses(employed(LocalDate.of(2025, 8, 1)), status(11, START.plusDays(10), null)),
				statuses(employed(LocalDate.of(2025, 8, 1)), status(12, START.plusDays(10), null)));
		c("ESMType_09", "employed on start without LOE", statuses(status(10, LocalDate.of(2025, 8, 1), 123456789, "EII 8")), a());
		c("ESMType_10", "LOE when not employed",
				statuses(employed(LocalDate.of(2025, 8, 1)), status(12, START.plusDays(10), null, "LOE 1")),
				statuses(employed(LocalDate.of(2025, 8, 1)), status(12, START.plusDays(10), null)));
		c("ESMType_12", "EII when not employed",
				statuses(employed(LocalDate.of(2025, 8, 1)), status(12, START.plusDays(10), null, "EII 8")),
				statuses(employed(LocalDate.of(2025, 8, 1)), status(12, START.plusDays(10), null)));
		c("ESMType_15", "two EII", statuses(status(10, LocalDate.of(2025, 8, 1), 123456789, "EII 8", "EII 2", "LOE 4")), a());
		c("ESMType_16", "SEM when not employed",
				statuses(employed(LocalDate.of(2025, 8, 1)), status(12, START.plusDays(10), null, "SEM 1")),
				statuses(status(10, LocalDate.of(2025, 8, 1), 123456789, "EII 8", "LOE 4", "SEM 1")));
		c("ESMType_18", "employed and redundant", statuses(status(10, LocalDate.of(2025, 8, 1), 123456789, "EII 8", "LOE 4", "OET 1")), a());
		c("ESMType_19", "OET 2 when not employed",
				statuses(employed(LocalDate.of(2025, 8, 1)), status(12, START.plusDays(10), null, "OET 2")),
				statuses(status(10, LocalDate.of(2025, 8, 1), 123456789, "EII 8", "LOE 4", "OET 2")));
		c("ESMType_20", "OET 2 twice", statuses(status(10, LocalDate.of(2025, 8, 1), 123456789, "EII 8", "LOE 4", "OET 2", "OET 2")),
				statuses(status(10, LocalDate.of(2025, 8, 1), 123456789, "EII 8", "LOE 4", "OET 2")));
		c("R43", "two statuses same date", statuses(employed(LocalDate.of(2025, 8, 1)), employed(LocalDate.of(2025, 8, 1))),
				statuses(employed(LocalDate.of(2025, 8, 1)), status(12, LocalDate.of(2025, 8, 2), null)));
		c("R97", "repeated status", statuses(employed(LocalDate.of(2025, 8, 1)), employed(LocalDate.of(2025, 8, 20))),
				statuses(employed(LocalDate.of(2025, 8, 1)), status(10, LocalDate.of(2025, 8, 20), 123456789, "EII 8", "LOE 1")));
		c("R110", "ACT 1 while unemployed",
				statuses(employed(LocalDate.of(2025, 7, 1)), status(12, LocalDate.of(2025, 8, 1), null)),
				statuses(status(10, LocalDate.of(2025, 7, 1), 123456789, "EII 8", "LOE 4"),
						status(12, LocalDate.of(2025, 8, 1), null, "OET 1")));
		// ---- Dates
		c("LearnStartDate_02", "over 10 years ago", prog("LearnStartDate", LocalDate.of(2015, 7, 31)),
				withAim(a(), 1, "LearnStartDate", LocalDate.of(2015, 8, 1)));
		c("LearnStartDate_03", "after the year", only(set(other(1, 99), "LearnStartDate", LocalDate.of(2026, 8, 1),
				"LearnPlanEndDate", LocalDate.of(2026, 12, 1))),
				only(set(other(1, 99), "LearnStartDate", LocalDate.of(2026, 7, 31))));
		c("LearnStartDate_05", "starts on birthday", with(a(), "DateOfBirth", START), a());
		c("LearnStartDate_12", "apprenticeship over a year ahead", comp("LearnStartDate", LocalDate.of(2027, 8, 1)),
				comp("LearnStartDate", LocalDate.of(2027, 7, 31)));
		c("LearnStartDate_21", "bootcamp before Aug 2022", only(set(other(1, 37), "LearnStartDate", LocalDate.of(2022, 7, 31))),
				only(set(other(1, 37), "LearnStartDate", LocalDate.of(2022, 8, 1))));
		c("OrigLearnStartDate_01", "over 10 years before", comp("OrigLearnStartDate", START.minusYears(10).minusDays(1)),
				comp("OrigLearnStartDate", START.minusYears(10)));
		c("OrigLearnStartDate_02", "same as start", comp("OrigLearnStartDate", START), comp("OrigLearnStartDate", START.minusDays(1)));
		c("OrigLearnStartDate_03", "on 16-19", only(set(other(1, 25), "OrigLearnStartDate", D)),
				only(set(other(1, 35), "OrigLearnStartDate", D)));
		c("OrigLearnStartDate_04", "without RES", comp("OrigLearnStartDate", D.minusMonths(3)),
				withAim(comp("OrigLearnStartDate", D.minusMonths(3)), 1, "LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("RES", "1"))));
		c("OrigLearnStartDate_09", "FM36 before May 2017", comp("OrigLearnStartDate", LocalDate.of(2017, 4, 30)),
				comp("OrigLearnStartDate", LocalDate.of(2017, 5, 1)));
		c("LearnPlanEndDate_02", "before start", comp("LearnPlanEndDate", START.minusDays(1)), comp("LearnPlanEndDate", START));
		c("LearnPlanEndDate_03", "ten years", comp("LearnPlanEndDate", START.plusYears(10)),
				comp("LearnPlanEndDate", START.plusYears(10).minusDays(1)));
		c("LearnActEndDate_01", "before start", closedComp(START.minusDays(1)), closedComp(START));
		c("LearnActEndDate_04", "after preparation", closedComp(PREPARED.plusDays(1)), closedComp(PREPARED));
		// ---- Completion and outcome
		c("CompStatus_02", "component ended but continuing", comp("LearnActEndDate", D),
				prog("LearnActEndDate", D));
		c("CompStatus_03", "completed without end", withAim(comp("CompStatus", 2), 1, "Outcome", 1), closedComp(D));
		c("CompStatus_04", "completed without outcome", withAim(comp("CompStatus", 2), 1, "LearnActEndDate", D), closedComp(D));
		c("CompStatus_05", "continuing with outcome", only(set(other(1, 35), "Outcome", 8)), prog("Outcome", 8));
		c("CompStatus_06", "withdrawn achieved", withAim(closedComp(D), 1, "CompStatus", 3), withAim(withAim(closedComp(D), 1, "CompStatus", 3), 1, "Outcome", 3));
		c("CompStatus_07", "achieved standard not completed", doneProg("CompStatus", 1), done());
		c("Outcome_04", "achievement date with outcome 3", only(set(other(1, 35), "LearnActEndDate", D, "CompStatus", 2,
				"Outcome", 3, "AchDate", D)), withAim(done(), 0, "Outcome", 8));
		c("CompStatus_08", "achieved bootcamp withdrawn", only(set(bootcampProgramme(D), "CompStatus", 3, "Outcome", 3)),
				only(bootcampProgramme(D)));
		c("EmpStat_11", "16-19 learner under 540 hours without status",
				with(with(only(other(1, 25)), "PlanLearnHours", 539), "LearnerEmploymentStatus", List.of()),
				with(with(only(other(1, 25)), "PlanLearnHours", 540), "LearnerEmploymentStatus", List.of()));
		c("PHours_03", "T Level without planned hours",
				only(set(other(1, 25), "AimType", 1, "ProgType", 31, "LearnAimRef", "ZPROG001")),
				only(set(other(1, 25), "AimType", 1, "ProgType", 31, "LearnAimRef", "ZPROG001", "PHours", 1)));
		c("PHours_04", "T Level with zero planned hours",
				only(set(other(1, 25), "AimType", 1, "ProgType", 31, "LearnAimRef", "ZPROG001", "PHours", 0)),
				only(set(other(1, 25), "AimType", 1, "ProgType", 31, "LearnAimRef", "ZPROG001", "PHours", 1)));
		c("Outcome_05", "achieved without end", withAim(comp("Outcome", 1), 1, "CompStatus", 2), closedComp(D));
		c("Outcome_09", "outcome 8 on withdrawn component", withAim(withAim(closedComp(D), 1, "CompStatus", 3), 1, "Outcome", 8),
				withAim(closedComp(D), 1, "Outcome", 8));
		c("Outcome_10", "no achievement while continuing", comp("Outcome", 3), withAim(closedComp(D), 1, "Outcome", 3));
		c("Outcome_11", "outcome without end", prog("Outcome", 8), doneProg("Outcome", 8));
		c("Outcome_12", "end without outcome", withAim(closedComp(D), 1, "Outcome", null), closedComp(D));
		c("WithdrawReason_03", "withdrawn without reason", withAim(withAim(closedComp(D), 1, "CompStatus", 3), 1, "Outcome", 3),
				withAim(withAim(withAim(closedComp(D), 1, "CompStatus", 3), 1, "Outcome", 3), 1, "WithdrawReason", 40));
		c("WithdrawReason_04", "completed with reason", withAim(closedComp(D), 1, "WithdrawReason", 40), closedComp(D));
		c("WithdrawReason_05", "28 without OLASS", withAim(closedComp(D), 1, "WithdrawReason", 28),
				withAim(withAim(closedComp(D), 1, "WithdrawReason", 28), 1, "LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("LDM", "034"))));
		c("WithdrawReason_06", "48 not on ZWRKX002", withAim(closedComp(D), 1, "WithdrawReason", 48),
				withAim(withAim(closedComp(D), 1, "WithdrawReason", 48), 1, "LearnAimRef", "ZWRKX002"));
		// ---- Achievement date
		c("AchDate_02", "after the year", doneProg("AchDate", LocalDate.of(2026, 8, 1)), done());
		c("AchDate_03", "before start", doneProg("AchDate", OLD_START.minusDays(1)), doneProg("AchDate", ENDED));
		c("AchDate_04", "without end", withAim(prog("AchDate", D), 0, "Outcome", 1), done());
		c("AchDate_05", "before end", doneProg("AchDate", ENDED.minusDays(1)), doneProg("AchDate", ENDED));
		c("AchDate_07", "after preparation", doneProg("AchDate", PREPARED.plusDays(1)), doneProg("AchDate", PREPARED));
		c("AchDate_08", "FM81 achieved without date", withAim(withAim(doneProg("FundModel", 81), 0, "AchDate", null), 0, "StdCode", 91),
				doneProg("FundModel", 81));
		c("AchDate_09", "on a component", withAim(closedComp(D), 1, "AchDate", D), done());
		c("AchDate_12", "completed standard without date", doneProg("AchDate", null), doneProg("LearnActEndDate", ENDED));
		c("AchDate_13", "bootcamp more than six months", only(bootcampProgramme(D.plusMonths(6).plusDays(1))),
				only(bootcampProgramme(D.plusMonths(6))));
		// ---- Hours
		c("PHours_01", "apprenticeship without planned hours", prog("PHours", null), comp("PHours", null));
		c("PHours_05", "16-19 study programme with hours", only(set(other(1, 25), "PHours", 10)), only(other(1, 25)));
		c("PHours_06", "2024 start below 278", doneProg("PHours", 277), doneProg("PHours", 278));
		c("Phours_07", "tailored learning without hours", only(other(1, 11)), only(set(other(1, 11), "PHours", 5)));
		c("Phours_08", "below 187", prog("PHours", 186), prog("PHours", 187));
		c("OTJActHours_01", "on a component", comp("OTJActHours", 10), prog("OTJActHours", 10));
		c("OTJActHours_02", "completed without OTJ hours", doneProg("OTJActHours", null), done());
		c("OTJActHours_03", "withdrawn without OTJ hours",
				withAim(withAim(withAim(withAim(doneProg("OTJActHours", null), 0, "CompStatus", 3), 0, "Outcome", 3), 0,
						"AchDate", null), 0, "WithdrawReason", 40),
				withAim(withAim(withAim(withAim(done(), 0, "CompStatus", 3), 0, "Outcome", 3), 0, "AchDate", null), 0,
						"WithdrawReason", 40));
		c("FundModel_14", "OTJ hours on FM99", only(set(other(1, 99), "OTJActHours", 5)), prog("OTJActHours", 5));
		// ---- Aim structure
		c("LearnAimRef_30", "ZPROG001 as component", comp("LearnAimRef", "ZPROG001"), a());
		c("AimType_05", "core aim on FM35", only(set(other(1, 35), "AimType", 5)), only(set(other(1, 25), "AimType", 5)));
		c("AimType_07", "core aim with SOF 105", only(set(other(1, 25, fam("SOF", "105")), "AimType", 5)),
				only(set(other(1, 25, fam("SOF", "107")), "AimType", 5)));
		c("FundModel_03", "loan not FM99", only(other(1, 35, fam("ADL", "1"))), only(other(1, 99, fam("ADL", "1"))));
		c("FundModel_04", "standard on 16-19", comp("FundModel", 25), a());
		c("FundModel_05", "FM36 before May 2017", comp("LearnStartDate", LocalDate.of(2017, 4, 30)),
				comp("LearnStartDate", LocalDate.of(2017, 5, 1)));
		c("FundModel_06", "FM36 without ProgType 25", only(other(1, 36)), a());
		c("FundModel_07", "apprenticeship on FM81", prog("FundModel", 81), prog("FundModel", 99));
		c("FundModel_09", "2016 standard on FM36", withAim(prog("LearnStartDate", LocalDate.of(2016, 9, 1)), 0, "FundModel", 35),
				withAim(prog("LearnStartDate", LocalDate.of(2016, 9, 1)), 0, "FundModel", 81));
		c("FundModel_11", "T Level not FM25", only(set(other(1, 35), "ProgType", 31)), only(set(other(1, 25), "ProgType", 31)));
		c("FundModel_16", "FM37 without ProgType 32", only(other(1, 37)), only(set(other(1, 37), "ProgType", 32)));
		c("FundModel_17", "FM35 from Aug 2024", only(other(1, 35)), only(set(other(1, 35), "LearnStartDate", LocalDate.of(2024, 7, 31))));
		c("FundModel_19", "FM38 before Aug 2024", only(set(other(1, 38), "LearnStartDate", LocalDate.of(2024, 7, 31))), only(other(1, 38)));
		c("FundModel_20", "FM11 before Aug 2024", only(set(other(1, 11), "LearnStartDate", LocalDate.of(2024, 7, 31))), only(other(1, 11)));
		c("FundModel_21", "FM38 first started before Aug 2024", only(set(other(1, 38), "OrigLearnStartDate", LocalDate.of(2024, 7, 31))),
				only(set(other(1, 38), "OrigLearnStartDate", LocalDate.of(2024, 8, 1))));
		c("ProgType_01", "component without ProgType", comp("ProgType", null), a());
		c("ProgType_02", "stand-alone aim with ProgType", only(set(other(1, 35), "ProgType", 25)), only(other(1, 35)));
		c("ProgType_06", "standard on FM35", comp("FundModel", 35), comp("FundModel", 99));
		c("ProgType_21", "bootcamp not FM37", only(set(other(1, 35), "ProgType", 32)), only(set(other(1, 37), "ProgType", 32)));
		c("StdCode_01", "standard without code", comp("StdCode", null), a());
		c("StdCode_03", "code without standard", only(set(other(1, 35), "StdCode", 91)), only(other(1, 35)));
		c("PartnerUKPRN_02", "on programme aim", prog("PartnerUKPRN", 10000002), comp("PartnerUKPRN", 10000002));
		c("PartnerUKPRN_03", "provider's own", comp("PartnerUKPRN", TestLearners.UKPRN), comp("PartnerUKPRN", 10000002));
		c("AddHours_02", "on FM99", only(set(other(1, 99), "AddHours", 5)), only(set(other(1, 35), "AddHours", 5)));
		c("PriorLearnFundAdj_01", "on FM25", only(set(other(1, 25), "PriorLearnFundAdj", 50)), prog("PriorLearnFundAdj", 50));
		c("OtherFundAdj_01", "on FM25", only(set(other(1, 25), "OtherFundAdj", 50)), prog("OtherFundAdj", 50));
		c("ConRefNumber_03", "on FM36", comp("ConRefNumber", "C1"), only(set(other(1, 37), "ConRefNumber", "C1")));
		c("OutGrade_04", "grade without outcome", comp("OutGrade", "PA"), withAim(closedComp(D), 1, "OutGrade", "PA"));
		c("OutGrade_05", "fail grade achieved", withAim(closedComp(D), 1, "OutGrade", "FL"), withAim(closedComp(D), 1, "OutGrade", "PA"));
		c("OutGrade_06", "pass grade not achieved", withAim(withAim(closedComp(D), 1, "Outcome", 3), 1, "OutGrade", "PA"),
				withAim(withAim(closedComp(D), 1, "Outcome", 3), 1, "OutGrade", "FL"));
		c("SWSupAimId_01", "not a UUID", prog("SWSupAimId", "AIM-1"), a());
		c("AimSeqNumber_02", "greater than the count", comp("AimSeqNumber", 3), a());
		c("R07", "same AimSeqNumber twice", comp("AimSeqNumber", 1), a());
		// ---- Work placements and delivery monitoring
		c("WorkPlaceStartDate_02", "before the aim", placements(placement(START.minusDays(1), null)), placements(placement(START, null)));
		c("WorkPlaceEndDate_01", "ends before it starts", placements(placement(D, D.minusDays(1))), placements(placement(D, D)));
		c("WorkPlaceEndDate_02", "ends after the aim", withAim(closedPlacements(placement(START, D.plusDays(1))), 1, "LearnActEndDate", D),
				withAim(closedPlacements(placement(START, D)), 1, "LearnActEndDate", D));
		c("WorkPlaceEmpId_02", "check digit", placements(set(placement(START, null), "WorkPlaceEmpId", 123456788)),
				placements(set(placement(START, null), "WorkPlaceEmpId", 123456789)));
		c("R67", "same placement twice", placements(placement(START, null), placement(START, null)),
				placements(placement(START, null), set(placement(START, null), "WorkPlaceEmpId", 999999999)));
		c("R96", "same start on two aims", change(placements(placement(START, null)),
				l -> mapAim(l, 0, d -> Ilr.with(d, "LearningDeliveryWorkPlacement", List.of(placement(START, null))))),
				change(placements(placement(START, null)),
						l -> mapAim(l, 0, d -> Ilr.with(d, "LearningDeliveryWorkPlacement", List.of(placement(START.plusDays(1), null))))));
		c("ProvSpecDelMonOccur_01", "occurrence E", prog("ProviderSpecDeliveryMonitoring", List.of(pdm("E"))),
				prog("ProviderSpecDeliveryMonitoring", List.of(pdm("D"))));
		c("R50", "occurrence A twice", prog("ProviderSpecDeliveryMonitoring", List.of(pdm("A"), pdm("A"))),
				prog("ProviderSpecDeliveryMonitoring", List.of(pdm("A"), pdm("B"))));
		// ---- FAMs
		c("LearnDelFAMType_01", "no SOF", comp("LearningDeliveryFAM", List.of()), a());
		c("LearnDelFAMType_02", "FM35 without FFI", only(other(1, 35, fam("SOF", "105"))),
				only(other(1, 35, fam("SOF", "105"), fam("FFI", "1"))));
		c("LearnDelFAMType_64", "apprenticeship programme without ACT", progFams(fam("SOF", "105")), a());
		c("LearnDelFamType_92", "ACT 2 on a new programme", progFams(fam("ACT", "2", START, null), fam("SOF", "105")),
				progFams(fam("ACT", "2", START, null), fam("SOF", "105"), fam("RES", "1")));
		c("LearnDelFamType_132", "EVI off a bootcamp", progFams(fam("ACT", "1", START, null), fam("SOF", "105"), fam("EVI", "1", START, null)),
				only(set(bootcampProgramme(null), "LearningDeliveryFAM", List.of(fam("EVI", "1", START, null)))));
		c("LearnDelFamType_133", "EVI on a component", withAim(a(), 1, "LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("EVI", "1", START, null))),
				only(set(bootcampProgramme(null), "LearningDeliveryFAM", List.of(fam("EVI", "1", START, null)))));
		c("LearnDelFAMDateFrom_01", "LSF without dates", progFams(fam("ACT", "1", START, null), fam("SOF", "105"), fam("LSF", "1", START, null)),
				progFams(fam("ACT", "1", START, null), fam("SOF", "105"), fam("LSF", "1", START, D)));
		c("LearnDelFAMDateFrom_02", "before the start", progFams(fam("ACT", "1", START, null), fam("SOF", "105"), fam("LSF", "1", START.minusDays(1), D)),
				progFams(fam("ACT", "1", START, null), fam("SOF", "105"), fam("LSF", "1", START, D)));
		c("LearnDelFAMDateFrom_03", "SOF with date from", progFams(fam("ACT", "1", START, null), fam("SOF", "105", START, null)), a());
		c("LearnDelFAMDateFrom_04", "ACT without date from", progFams(fam("ACT", "1", null, null), fam("SOF", "105")), a());
		c("LearnDelFAMDateFrom_05", "EVI without date from", only(set(bootcampProgramme(null), "LearningDeliveryFAM", List.of(fam("EVI", "1", null, null)))),
				only(set(bootcampProgramme(null), "LearningDeliveryFAM", List.of(fam("EVI", "1", START, null)))));
		c("LearnDelFAMDateFrom_06", "EVI before Aug 2025", only(set(bootcampProgramme(null), "LearningDeliveryFAM",
				List.of(fam("EVI", "1", LocalDate.of(2025, 7, 31), null)))),
				only(set(bootcampProgramme(null), "LearningDeliveryFAM", List.of(fam("EVI", "1", LocalDate.of(2025, 8, 1), null)))));
		c("LearnDelFAMDateTo_01", "ends before it starts", progFams(fam("ACT", "1", START, START.minusDays(1)), fam("SOF", "105")),
				progFams(fam("ACT", "1", START, START), fam("ACT", "1", START.plusDays(1), null), fam("SOF", "105")));
		c("LearnDelFAMDateTo_03", "LSF after the end", withAim(closedComp(D), 1, "LearningDeliveryFAM",
				List.of(fam("SOF", "105"), fam("LSF", "1", START, D.plusDays(1)))),
				withAim(closedComp(D), 1, "LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("LSF", "1", START, D))));
		c("LearnDelFAMDateTo_04", "SOF with date to", progFams(fam("ACT", "1", START, null), fam("SOF", "105", null, D)), a());
		c("LearnDelFAMDateTo_05", "ACT after achievement", doneProg("LearningDeliveryFAM", List.of(fam("ACT", "1", OLD_START, ACHIEVED.plusDays(1)), fam("SOF", "105"))), done());
		c("R52", "SOF twice", progFams(fam("ACT", "1", START, null), fam("SOF", "105"), fam("SOF", "105")), a());
		// ---- Contract type
		c("R101", "ACT records overlap", progFams(fam("ACT", "1", START, D), fam("ACT", "1", D, null), fam("SOF", "105")),
				progFams(fam("ACT", "1", START, D), fam("ACT", "1", D.plusDays(1), null), fam("SOF", "105")));
		c("R102", "no ACT from the start", progFams(fam("ACT", "1", START.plusDays(1), null), fam("SOF", "105")), a());
		c("R104", "gap between ACT records", progFams(fam("ACT", "1", START, D), fam("ACT", "1", D.plusDays(2), null), fam("SOF", "105")),
				progFams(fam("ACT", "1", START, D), fam("ACT", "1", D.plusDays(1), null), fam("SOF", "105")));
		c("R104", "an open ACT record followed by another",
				progFams(fam("ACT", "1", START, null), fam("ACT", "1", START.plusMonths(1), null), fam("SOF", "105")),
				progFams(fam("ACT", "1", START, START.plusMonths(1).minusDays(1)), fam("ACT", "1", START.plusMonths(1), null),
						fam("SOF", "105")));
		c("R105", "ACT 1 and ACT 2 at once across aims",
				addAims(done(), set(programmeAim(3, ACHIEVED, 300), "LearningDeliveryFAM", List.of(fam("ACT", "2", ACHIEVED, null), fam("SOF", "105"))),
						componentAim(4, ACHIEVED, 300)),
				addAims(done(), set(programmeAim(3, ACHIEVED.plusDays(1), 300), "LearningDeliveryFAM",
						List.of(fam("ACT", "2", ACHIEVED.plusDays(1), null), fam("SOF", "105"), fam("RES", "1"))),
						componentAim(4, ACHIEVED.plusDays(1), 300)));
		c("R121", "ACT ends before achievement", doneProg("LearningDeliveryFAM", List.of(fam("ACT", "1", OLD_START, ENDED), fam("SOF", "105"))), done());
		c("R122", "ACT open after withdrawal",
				withAim(withAim(withAim(withAim(withAim(done(), 0, "CompStatus", 3), 0, "Outcome", 3), 0, "AchDate", null), 0,
						"WithdrawReason", 40), 0, "LearningDeliveryFAM", List.of(fam("ACT", "1", OLD_START, null), fam("SOF", "105"))),
				withAim(withAim(withAim(withAim(withAim(done(), 0, "CompStatus", 3), 0, "Outcome", 3), 0, "AchDate", null), 0,
						"WithdrawReason", 40), 0, "LearningDeliveryFAM", List.of(fam("ACT", "1", OLD_START, ENDED), fam("SOF", "105"))));
		c("R123", "ACT closed while continuing", progFams(fam("ACT", "1", START, D), fam("SOF", "105")), a());
		// ---- Financial records
		c("AFinType_01", "FM81 without TNP1", withAim(doneProg("FundModel", 81), 0, "AppFinRecord", List.of(fin("TNP", 2, OLD_START, 1000))),
				doneProg("FundModel", 81));
		c("AFinType_04", "price on a component", withAim(a(), 1, "AppFinRecord", List.of(fin("TNP", 1, START, 1))), a());
		c("AFinType_07", "PMR2 without assessment price", progFins(fin("TNP", 1, START, 9000), fin("PMR", 2, START, 100)),
				progFins(fin("TNP", 1, START, 9000), fin("TNP", 2, START, 1000), fin("PMR", 2, START, 100)));
		c("AFinType_08", "TNP3 on FM81", withAim(doneProg("FundModel", 81), 0, "AppFinRecord",
				List.of(fin("TNP", 1, OLD_START, 9000), fin("TNP", 2, OLD_START, 1000), fin("TNP", 3, ENDED, 10))), done());
		c("AFinType_10", "no assessment price (warning)", progFins(fin("TNP", 1, START, 9000)), a());
		c("AFinType_12", "no price", progFins(), a());
		c("AFinType_13", "no price on the start", progFins(fin("TNP", 1, START.plusDays(1), 9000), fin("TNP", 2, START.plusDays(1), 1000)), a());
		c("AFinType_13", "no financial records at all", progFins(), a());
		c("AFinType_13", "only a payment record", progFins(fin("PMR", 1, START, 100)), a());
		c("AFinType_14", "PMR1 without training price", progFins(fin("TNP", 2, START, 1000), fin("PMR", 1, START, 100)),
				progFins(fin("TNP", 2, START, 1000), fin("TNP", 3, START, 5000), fin("PMR", 1, START, 100)));
		c("AFinDate_05", "TNP1 after TNP3", progFins(fin("TNP", 1, START, 1), fin("TNP", 2, START, 1), fin("TNP", 3, START.minusDays(1), 1), fin("TNP", 1, D, 1)),
				progFins(fin("TNP", 1, START, 1), fin("TNP", 2, START, 1), fin("TNP", 3, D, 1)));
		c("AFinDate_06", "TNP2 after TNP4", progFins(fin("TNP", 1, START, 1), fin("TNP", 2, D, 1), fin("TNP", 4, START.plusDays(1), 1)),
				progFins(fin("TNP", 1, START, 1), fin("TNP", 2, START, 1), fin("TNP", 4, D, 1)));
		c("AFinDate_07", "TNP1 and TNP3 same day", progFins(fin("TNP", 1, START, 1), fin("TNP", 2, START, 1), fin("TNP", 3, START, 1)),
				progFins(fin("TNP", 1, START, 1), fin("TNP", 2, START, 1), fin("TNP", 3, START.plusDays(1), 1)));
		c("AFinDate_08", "TNP2 and TNP4 same day", progFins(fin("TNP", 1, START, 1), fin("TNP", 2, START, 1), fin("TNP", 4, START, 1)),
				progFins(fin("TNP", 1, START, 1), fin("TNP", 2, START, 1), fin("TNP", 4, START.plusDays(1), 1)));
		c("AFinDate_09", "over a year before", progFins(fin("TNP", 1, START, 1), fin("TNP", 2, START, 1), fin("PMR", 1, START.minusYears(1).minusDays(1), 1)),
				progFins(fin("TNP", 1, START, 1), fin("TNP", 2, START, 1), fin("PMR", 1, START.minusYears(1), 1)));
		c("AFinDate_12", "over two years after", withAim(done(), 0, "AppFinRecord", List.of(fin("TNP", 1, OLD_START, 1), fin("TNP", 2, OLD_START, 1),
				fin("PMR", 1, ENDED.plusYears(2).plusDays(1), 1))), withAim(done(), 0, "AppFinRecord", List.of(fin("TNP", 1, OLD_START, 1),
						fin("TNP", 2, OLD_START, 1), fin("PMR", 1, ENDED.plusYears(2), 1))));
		c("AFinDate_13", "price after achievement", withAim(done(), 0, "AppFinRecord", List.of(fin("TNP", 1, OLD_START, 1), fin("TNP", 2, OLD_START, 1),
				fin("TNP", 2, ACHIEVED.plusDays(1), 1))), withAim(done(), 0, "AppFinRecord", List.of(fin("TNP", 1, OLD_START, 1), fin("TNP", 2, OLD_START, 1),
						fin("TNP", 2, ACHIEVED, 1))));
		c("AFinDate_14", "payment after preparation", progFins(fin("TNP", 1, START, 1), fin("TNP", 2, START, 1), fin("PMR", 1, PREPARED.plusDays(1), 1)),
				progFins(fin("TNP", 1, START, 1), fin("TNP", 2, START, 1), fin("PMR", 1, PREPARED, 1)));
		c("EPAOrgID_02", "assessment price without EPAO", prog("EPAOrgID", null), a());
		c("EPAOrgID_03", "EPAO without assessment price", progFins(fin("TNP", 1, START, 9000)), a());
		c("R100", "completed without assessment price", withAim(done(), 0, "AppFinRecord", List.of(fin("TNP", 1, OLD_START, 9000))), done());
		c("R119", "price before start", progFins(fin("TNP", 1, START, 1), fin("TNP", 2, START, 1), fin("TNP", 1, START.minusDays(1), 1)), a());
		c("R68", "a restart copies the price history",
				addAims(withAim(withAim(withAim(done(), 0, "CompStatus", 3), 0, "AchDate", null), 0, "Outcome", 3),
						set(programmeAim(3, ACHIEVED, 91), "AppFinRecord", List.of(fin("TNP", 1, OLD_START, 9000), fin("TNP", 1, ACHIEVED, 9000), fin("TNP", 2, ACHIEVED, 1000)))),
				addAims(done(), programmeAim(3, ACHIEVED.plusDays(1), 300)));
		c("R142", "price on the withdrawn programme after the restart",
				addAims(change(withdrawn(), l -> withAim(l, 0, "AppFinRecord", List.of(fin("TNP", 1, OLD_START, 9000), fin("TNP", 2, OLD_START, 1000),
						fin("TNP", 1, ENDED.plusDays(1), 8000)))), programmeAim(3, ENDED.plusDays(1), 91), componentAim(4, ENDED.plusDays(1), 91)),
				addAims(withdrawn(), programmeAim(3, ENDED.plusDays(1), 91), componentAim(4, ENDED.plusDays(1), 91)));
		// ---- Programme structure
		c("R30", "component of another standard", comp("StdCode", 300), a());
		c("R31", "open programme without components", a().withLearningDelivery(List.of(programmeAim(1, START, 91))), a());
		c("R56", "open non-funded programme with funded component", prog("FundModel", 99), withAim(prog("FundModel", 99), 1, "FundModel", 99));
		c("R66", "component funded differently", withAim(prog("FundModel", 99), 1, "FundModel", 36), a());
		c("R89", "programme ends before a component", withAim(done(), 1, "LearnActEndDate", ENDED.plusDays(1)),
				withAim(withAim(done(), 1, "LearnActEndDate", ENDED.plusDays(1)), 1, "LearningDeliveryFAM",
						List.of(fam("SOF", "105"), fam("ACT", "1", OLD_START, ENDED.plusDays(1)))));
		c("R90", "component left open", withAim(withAim(withAim(done(), 1, "LearnActEndDate", null), 1, "CompStatus", 1), 1, "Outcome", null), done());
		c("R124", "new standard starts on the old one's achievement date",
				addAims(done(), programmeAim(3, ACHIEVED, 300), componentAim(4, ACHIEVED, 300)),
				addAims(done(), programmeAim(3, ACHIEVED.plusDays(1), 300), componentAim(4, ACHIEVED.plusDays(1), 300)));
		c("R58", "core aims overlap", only(set(other(1, 25), "AimType", 5), set(other(2, 25), "AimType", 5, "LearnStartDate", D)),
				only(set(other(1, 25), "AimType", 5, "LearnActEndDate", D.minusDays(1), "CompStatus", 2, "Outcome", 1),
						set(other(2, 25), "AimType", 5, "LearnStartDate", D)));
		c("R63", "16-19 without core aim", only(other(1, 25, fam("SOF", "107"))), only(other(1, 25, fam("SOF", "105"))));
		c("R125", "T Level component without programme", only(set(other(1, 25), "AimType", 3, "ProgType", 31)),
				only(set(other(1, 25), "AimType", 3, "ProgType", 31), set(other(2, 25), "AimType", 1, "ProgType", 31, "LearnAimRef", "ZPROG001")));
		c("R126", "T Level programme without component", only(set(other(1, 25), "AimType", 1, "ProgType", 31, "LearnAimRef", "ZPROG001")),
				only(set(other(1, 25), "AimType", 3, "ProgType", 31), set(other(2, 25), "AimType", 1, "ProgType", 31, "LearnAimRef", "ZPROG001")));
		c("R135", "bootcamp component without programme", only(set(other(1, 37), "AimType", 3, "ProgType", 32, "ConRefNumber", "C1")),
				only(set(other(1, 37), "AimType", 3, "ProgType", 32, "ConRefNumber", "C1"), bootcampProgramme(null)));
		c("R136", "bootcamp programme without component", only(bootcampProgramme(null)),
				only(set(other(1, 37), "AimType", 3, "ProgType", 32, "ConRefNumber", "C1"), bootcampProgramme(null)));
	}

	static {
		// ---- second batch: learner
		c("PriorAttain_01", "no prior attainment", with(a(), "PriorAttain", List.of()),
				with(only(other(1, 25)), "PriorAttain", List.of()));
		c("Addline1_03", "no address", with(a(), "AddLine1", null),
				with(with(only(other(1, 10)), "AddLine1", null), "PlanLearnHours", 10));
		c("PlanLearnHours_01", "adult learner without planned hours", only(other(1, 35, fam("SOF", "105"), fam("FFI", "1"))),
				with(only(other(1, 35, fam("SOF", "105"), fam("FFI", "1"))), "PlanLearnHours", 100));
		c("PlanLearnHours_02", "zero planned hours (warning)", with(only(other(1, 35)), "PlanLearnHours", 0),
				with(only(other(1, 35)), "PlanLearnHours", 1));
		c("PlanLearnHours_03", "16-19 with no hours", with(with(only(other(1, 25)), "PlanLearnHours", 0), "PlanEEPHours", 0),
				with(with(only(other(1, 25)), "PlanLearnHours", 0), "PlanEEPHours", 1));
		c("PlanEEPHours_01", "16-19 without EEP hours", only(other(1, 25)), with(only(other(1, 25)), "PlanEEPHours", 0));
		c("MathGrade_01", "16-19 without maths grade", only(other(1, 25)), with(only(other(1, 25)), "MathGrade", "4"));
		c("EngGrade_01", "16-19 without English grade", only(other(1, 25)), with(only(other(1, 25)), "EngGrade", "4"));
		c("MathGrade_03", "low maths grade without EDF 1", with(a(), "MathGrade", "3"),
				with(with(a(), "MathGrade", "3"), "LearnerFAM", List.of(learnerFam("EDF 1"))));
		c("EngGrade_03", "low English grade without EDF 2", with(a(), "EngGrade", "D"),
				with(with(a(), "EngGrade", "D"), "LearnerFAM", List.of(learnerFam("EDF 2"))));
		c("LLDDHealthProb_07", "community learner with difficulty",
				with(with(with(only(other(1, 10)), "LLDDHealthProb", 1), "PlanLearnHours", 11), "DateOfBirth", LocalDate.of(2005, 1, 1)),
				with(with(with(only(other(1, 10)), "LLDDHealthProb", 1), "PlanLearnHours", 10), "DateOfBirth", LocalDate.of(2005, 1, 1)));
		c("DateOfBirth_12", "community learner under 19 with ASL 1",
				with(only(other(1, 10, fam("ASL", "1"))), "DateOfBirth", START.minusYears(19).plusDays(1)),
				with(only(other(1, 10, fam("ASL", "1"))), "DateOfBirth", START.minusYears(19)));
		c("DateOfBirth_13", "OfS learner under 16 (warning)",
				with(only(other(1, 99, fam("SOF", "1"))), "DateOfBirth", LocalDate.of(2010, 8, 1)),
				with(only(other(1, 99, fam("SOF", "1"))), "DateOfBirth", LocalDate.of(2010, 7, 31)));
		c("DateOfBirth_14", "OLASS learner under 18 (warning)",
				with(only(other(1, 35, fam("LDM", "034"))), "DateOfBirth", START.minusYears(18).plusDays(1)),
				with(only(other(1, 35, fam("LDM", "034"))), "DateOfBirth", START.minusYears(18)));
		// ---- second batch: aims
		c("AddHours_01", "before Aug 2015", only(set(other(1, 35), "AddHours", 5, "LearnStartDate", LocalDate.of(2015, 7, 31))),
				only(set(other(1, 35), "AddHours", 5, "LearnStartDate", LocalDate.of(2015, 8, 1))));
		c("AddHours_04", "over 24 a day", only(set(other(1, 35), "AddHours", 6 * 24 + 1, "LearnPlanEndDate", START.plusDays(5))),
				only(set(other(1, 35), "AddHours", 6 * 24, "LearnPlanEndDate", START.plusDays(5))));
		c("AimType_09", "foundation year aim not core", only(set(other(1, 25), "LearnAimRef", "ZTPR0001", "AimType", 3, "ProgType", 30)),
				only(set(other(1, 25), "LearnAimRef", "ZTPR0001", "AimType", 5, "ProgType", 30)));
		c("ProgType_15", "ZWRKX003 outside T Level", only(set(other(1, 25), "LearnAimRef", "ZWRKX003")),
				only(set(other(1, 25), "LearnAimRef", "ZWRKX003", "ProgType", 31, "AimType", 3)));
		c("ProgType_17", "ZTLOS outside T Level", only(set(other(1, 25), "LearnAimRef", "ZTLOS001")),
				only(set(other(1, 25), "LearnAimRef", "ZTLOS001", "ProgType", 31, "AimType", 3)));
		c("ProgType_20", "ZTPR outside foundation year", only(set(other(1, 25), "LearnAimRef", "ZTPR0001", "AimType", 5)),
				only(set(other(1, 25), "LearnAimRef", "ZTPR0001", "AimType", 5, "ProgType", 30)));
		c("ProgType_18", "foundation year without ZTPR core aim", only(set(other(1, 25), "AimType", 3, "ProgType", 30)),
				only(set(other(1, 25), "AimType", 3, "ProgType", 30), set(other(2, 25), "LearnAimRef", "ZTPR0001", "AimType", 5, "ProgType", 30)));
		c("ProgType_23", "event aim outside a bootcamp", only(set(other(1, 37), "LearnAimRef", "Z0059747")),
				only(set(other(1, 37), "LearnAimRef", "Z0059747", "ProgType", 32, "AimType", 3)));
		c("LearnAimRef_90", "supported internship in a T Level", only(set(other(1, 25), "LearnAimRef", "Z0002347", "ProgType", 31, "AimType", 3)),
				only(set(other(1, 25), "LearnAimRef", "ZWRKX003", "ProgType", 31, "AimType", 3)));
		c("LearnAimRef_126", "event aim over several days", only(set(other(1, 37), "LearnAimRef", "Z0059748", "LearnPlanEndDate", START,
				"LearnActEndDate", START.plusDays(1), "CompStatus", 2, "Outcome", 1)),
				only(set(other(1, 37), "LearnAimRef", "Z0059748", "LearnPlanEndDate", START, "LearnActEndDate", START, "CompStatus", 2,
						"Outcome", 1)));
		c("CompStatus_09", "event aim not completed (warning)", only(set(other(1, 37), "LearnAimRef", "Z0059749")),
				only(set(other(1, 37), "LearnAimRef", "Z0059749", "LearnActEndDate", START, "CompStatus", 2, "Outcome", 1)));
		c("WorkPlaceStartDate_01", "work experience without placement", only(set(other(1, 25), "LearnAimRef", "ZWRKX001")),
				only(set(other(1, 25), "LearnAimRef", "ZWRKX001", "LearningDeliveryWorkPlacement", List.of(placement(START, null)))));
		c("WorkPlaceStartDate_03", "placement on an ordinary aim", placements(placement(START, null)), a());
		c("WorkPlaceStartDate_04", "CDF placement on FM35", only(set(other(1, 35), "LearnAimRef", "ZWRKX002")),
				only(set(other(1, 25), "LearnAimRef", "ZWRKX002")));
		c("WorkPlacement_01", "T Level placement without record", only(set(other(1, 25), "LearnAimRef", "ZWRKX003", "ProgType", 31)),
				only(set(other(1, 25), "LearnAimRef", "ZWRKX003", "ProgType", 31, "LearningDeliveryWorkPlacement",
						List.of(placement(START, null)))));
		c("Tlout_01", "tailored learning ended without outcome", only(set(other(1, 11), "LearnActEndDate", D, "CompStatus", 2, "Outcome", 1)),
				only(set(other(1, 11), "LearnActEndDate", D, "CompStatus", 2, "Outcome", 1, "TLOut", 1)));
		c("DelLocPostCode_11", "not a postcode", comp("DelLocPostCode", "ZZ999ZZ"), comp("DelLocPostCode", "A9A 9AA"));
		// ---- second batch: FAMs
		c("LearnDelFAMDateTo_02", "LSF beyond the planned end (warning)",
				withAim(a(), 1, "LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("LSF", "1", START, START.plusMonths(12).plusDays(1)))),
				withAim(a(), 1, "LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("LSF", "1", START, START.plusMonths(12)))));
		c("LearnDelFAMDateFrom_07", "EVI after the programme ended",
				only(set(bootcampProgramme(null), "LearningDeliveryFAM", List.of(fam("EVI", "1", D.plusDays(1), null)))),
				only(set(bootcampProgramme(null), "LearningDeliveryFAM", List.of(fam("EVI", "1", D, null)))));
		c("LearnDelFAMType_18", "two SOF", comp("LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("SOF", "107"))), a());
		c("LearnDelFAMType_31", "seven LDM", only(other(1, 35, fam("LDM", "1"), fam("LDM", "2"), fam("LDM", "3"), fam("LDM", "4"),
				fam("LDM", "5"), fam("LDM", "6"), fam("LDM", "7"))), only(other(1, 35, fam("LDM", "1"), fam("LDM", "2"), fam("LDM", "3"),
						fam("LDM", "4"), fam("LDM", "5"), fam("LDM", "6"))));
		c("LearnDelFAMType_77", "seven DAM", only(other(1, 35, fam("DAM", "1"), fam("DAM", "2"), fam("DAM", "3"), fam("DAM", "4"),
				fam("DAM", "5"), fam("DAM", "6"), fam("DAM", "7"))), only(other(1, 35, fam("DAM", "1"), fam("DAM", "2"), fam("DAM", "3"),
						fam("DAM", "4"), fam("DAM", "5"), fam("DAM", "6"))));
		c("LearnDelFAMType_35", "loan on FM35", only(other(1, 35, fam("ADL", "1"))), only(other(1, 99, fam("ADL", "1"))));
		c("LearnDelFAMType_36", "bursary without loan", only(other(1, 99, fam("ALB", "1", START, D))),
				only(other(1, 99, fam("ADL", "1"), fam("ALB", "1", START, D))));
		c("LearnDelFAMType_38", "bursary on FM35", only(other(1, 35, fam("ADL", "1"), fam("ALB", "1", START, D))),
				only(other(1, 99, fam("ADL", "1"), fam("ALB", "1", START, D))));
		c("LearnDelFAMType_50", "LSF on FM25", only(other(1, 25, fam("LSF", "1", START, D))), only(other(1, 35, fam("LSF", "1", START, D))));
		c("LearnDelFAMType_78", "DAM on FM36", comp("LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("DAM", "1"))),
				only(other(1, 35, fam("DAM", "1"))));
		c("LearnDelFamType_91", "loan with SOF", only(other(1, 99, fam("ADL", "1"), fam("SOF", "105"))), only(other(1, 99, fam("ADL", "1"))));
		c("LearnDelFamType_107", "LDM 320 on FM35", only(other(1, 35, fam("LDM", "320"))), only(other(1, 25, fam("LDM", "320"))));
		c("LearnDelFamType_111", "bootcamp without FFI", only(bootcampProgramme(null)),
				only(set(bootcampProgramme(null), "LearningDeliveryFAM", List.of(fam("FFI", "1")))));
		c("LearnDelFamType_112", "bootcamp not adult funded", only(set(bootcampProgramme(null), "LearningDeliveryFAM", List.of(fam("SOF", "107")))),
				only(set(bootcampProgramme(null), "LearningDeliveryFAM", List.of(fam("SOF", "105")))));
		c("LearnDelFamType_113", "LDM 384 on FM36", comp("LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("LDM", "384"))),
				only(other(1, 81, fam("LDM", "384"))));
		c("LearnDelFamType_118", "T Level adult funded", only(set(other(1, 25, fam("SOF", "105")), "ProgType", 31)),
				only(set(other(1, 25, fam("SOF", "107")), "ProgType", 31)));
		c("LearnDelFamType_119", "community learning without ACL", only(other(1, 10)), only(other(1, 10, fam("ACL", "1"))));
		c("LearnDelFamType_126", "tailored learning without ACL", only(other(1, 11)), only(other(1, 11, fam("ACL", "1"))));
		c("LearnDelFamType_131", "tailored learning without LDM 399-401", only(other(1, 11)), only(other(1, 11, fam("LDM", "400"))));
		// ---- second batch: cross record
		c("R61", "LSF records overlap", comp("LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("LSF", "1", START, D), fam("LSF", "1", D.minusDays(1), null))),
				comp("LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("LSF", "1", START, D), fam("LSF", "1", D, null))));
		c("R106", "LSF on two aims at once",
				change(comp("LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("LSF", "1", START, D))),
						l -> withAim(l, 0, "LearningDeliveryFAM", List.of(fam("ACT", "1", START, null), fam("SOF", "105"), fam("LSF", "1", D, null)))),
				change(comp("LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("LSF", "1", START, D))),
						l -> withAim(l, 0, "LearningDeliveryFAM", List.of(fam("ACT", "1", START, null), fam("SOF", "105"),
								fam("LSF", "1", D.plusDays(1), null)))));
		c("R130", "T Level learner with planned hours", with(only(set(other(1, 25), "ProgType", 31)), "PlanLearnHours", 10),
				only(set(other(1, 25), "ProgType", 31)));
		c("R131", "prior attainment dated after the start", with(a(), "PriorAttain", List.of(prior(3, START.plusDays(1)))),
				with(a(), "PriorAttain", List.of(prior(3, START))));
		c("R134", "OET 2 without a bootcamp", statuses(status(10, LocalDate.of(2025, 8, 1), 123456789, "EII 8", "LOE 4", "OET 2")),
				with(with(only(set(other(1, 37), "AimType", 3, "ProgType", 32)), "LearnerEmploymentStatus",
						List.of(status(10, LocalDate.of(2025, 8, 1), 123456789, "EII 8", "LOE 4", "OET 2"))), "ULN", 1000000043L));
		c("R137", "T Level without occupational specialism", only(set(other(1, 25), "ProgType", 31, "AimType", 3)),
				only(set(other(1, 25), "ProgType", 31, "AimType", 3), set(other(2, 25), "LearnAimRef", "ZTLOS001", "ProgType", 31, "AimType", 3)));
		c("R140", "bootcamp component left open", only(set(other(1, 37), "AimType", 3, "ProgType", 32, "ConRefNumber", "C1"), bootcampProgramme(null)),
				only(set(other(1, 37), "AimType", 3, "ProgType", 32, "ConRefNumber", "C1", "LearnActEndDate", D, "CompStatus", 2, "Outcome", 1),
						bootcampProgramme(null)));
		c("R143", "bootcamp ends before its component",
				only(set(other(1, 37), "AimType", 3, "ProgType", 32, "ConRefNumber", "C1", "LearnActEndDate", D.plusDays(1), "CompStatus", 2,
						"Outcome", 1), bootcampProgramme(null)),
				only(set(other(1, 37), "AimType", 3, "ProgType", 32, "ConRefNumber", "C1", "LearnActEndDate", D, "CompStatus", 2, "Outcome", 1),
						bootcampProgramme(null)));
		c("R144", "bootcamp achieved before it started", only(bootcampProgramme(START.minusDays(1))), only(bootcampProgramme(START)));
	}

	static {
		// ---- third batch
		c("LearnDelFAMType_07", "16-19 aim funded otherwise", only(other(1, 25, fam("SOF", "108"))), only(other(1, 25, fam("SOF", "105"))));
		c("LearnDelFAMType_08", "non-funded aim funded as adult", only(other(1, 99, fam("SOF", "105"))), only(other(1, 99, fam("SOF", "108"))));
		c("LearnDelFAMType_14", "EEF off an apprenticeship", only(other(1, 35, fam("EEF", "2"))),
				comp("LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("EEF", "2"))));
		c("LearnDelFAMType_22", "FFI on FM36", comp("LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("FFI", "1"))),
				only(other(1, 35, fam("FFI", "1"))));
		c("LearnDelFAMType_39", "FM82 without LDM (warning)", only(other(1, 82)), only(other(1, 82, fam("LDM", "034"))));
		c("LearnDelFAMType_40", "loan on a non-funded standard", only(set(other(1, 99, fam("ADL", "1")), "ProgType", 25, "AimType", 3, "StdCode", 91)),
				only(other(1, 99, fam("ADL", "1"))));
		c("LearnDelFAMType_46", "FLN on FM10", only(other(1, 10, fam("FLN", "1"))), only(other(1, 35, fam("FLN", "1"))));
		c("FundModel_15", "LDM 378 on FM10", only(other(1, 10, fam("LDM", "378"))), only(other(1, 38, fam("LDM", "378"))));
		c("LearnDelFamType_100", "LDM 378 before Apr 2021", only(set(other(1, 35, fam("LDM", "378")), "LearnStartDate", LocalDate.of(2021, 3, 31))),
				only(set(other(1, 35, fam("LDM", "378")), "LearnStartDate", LocalDate.of(2021, 4, 1))));
		c("LearnDelFamType_106", "LDM 320 under 14", with(only(other(1, 25, fam("LDM", "320"))), "DateOfBirth", LocalDate.of(2011, 9, 1)),
				with(only(other(1, 25, fam("LDM", "320"))), "DateOfBirth", LocalDate.of(2011, 8, 31)));
		c("LearnDelFamType_127", "LDM 395 on FM35", only(other(1, 35, fam("LDM", "395"))), only(other(1, 38, fam("LDM", "395"))));
		c("LearnDelFamType_128", "LDM 396 on FM35", only(other(1, 35, fam("LDM", "396"))), only(other(1, 81, fam("LDM", "396"))));
		c("LSDPostcode_03", "not a postcode", comp("LSDPostcode", "ZZ9"), comp("LSDPostcode", "EC1A 1BB"));
		c("AddHours_05", "over 35 a week (warning)", only(set(other(1, 35), "AddHours", 61, "LearnPlanEndDate", START.plusDays(11))),
				only(set(other(1, 35), "AddHours", 61, "LearnPlanEndDate", START.plusDays(12))));
		c("AddHours_06", "over 9 a day (warning)", only(set(other(1, 35), "AddHours", 19, "LearnPlanEndDate", START.plusDays(1))),
				only(set(other(1, 35), "AddHours", 18, "LearnPlanEndDate", START.plusDays(1))));
		c("LearnAimRef_154", "HGV event aim over several days", only(set(other(1, 37), "LearnAimRef", "Z0060439", "ProgType", 32, "AimType", 3,
				"LearnPlanEndDate", START.plusDays(1))), only(set(other(1, 37), "LearnAimRef", "Z0060439", "ProgType", 32, "AimType", 3,
						"LearnPlanEndDate", START, "LearnActEndDate", START, "CompStatus", 2, "Outcome", 1)));
		c("DateOfBirth_25", "ASF learner under 19", with(only(other(1, 38)), "DateOfBirth", LocalDate.of(2006, 9, 1)),
				with(only(other(1, 38)), "DateOfBirth", LocalDate.of(2006, 8, 31)));
		c("DateOfBirth_37", "2015 standard planned 364 days", adultOnly(set(programmeAim(1, LocalDate.of(2015, 9, 1), 91), "FundModel", 81,
				"LearnPlanEndDate", LocalDate.of(2015, 9, 1).plusDays(364))), adultOnly(set(programmeAim(1, LocalDate.of(2015, 9, 1), 91),
						"FundModel", 81, "LearnPlanEndDate", LocalDate.of(2015, 9, 1).plusDays(365))));
		c("DateOfBirth_40", "2015 standard achieved in 364 days", adultOnly(set(programmeAim(1, LocalDate.of(2015, 9, 1), 91), "FundModel", 81,
				"LearnActEndDate", LocalDate.of(2015, 9, 1).plusDays(364), "Outcome", 1)),
				adultOnly(set(programmeAim(1, LocalDate.of(2015, 9, 1), 91), "FundModel", 81, "LearnActEndDate",
						LocalDate.of(2015, 9, 1).plusDays(365), "Outcome", 1)));
		c("R150", "event aim before the contract's start",
				only(set(bootcampProgramme(null), "LearnStartDate", LocalDate.of(2024, 9, 2)),
						set(other(1, 37), "LearnAimRef", "Z0059747", "ConRefNumber", "C1", "LearnStartDate", LocalDate.of(2024, 9, 1))),
				only(set(bootcampProgramme(null), "LearnStartDate", LocalDate.of(2024, 9, 2)),
						set(other(1, 37), "LearnAimRef", "Z0059747", "ConRefNumber", "C1", "LearnStartDate", LocalDate.of(2024, 9, 2))));
		c("R152", "EVI on a bootcamp begun before Aug 2025",
				only(set(bootcampProgramme(null), "LearnStartDate", LocalDate.of(2025, 7, 31), "LearningDeliveryFAM",
						List.of(fam("EVI", "1", START, null)))),
				only(set(bootcampProgramme(null), "LearnStartDate", LocalDate.of(2025, 8, 1), "LearningDeliveryFAM",
						List.of(fam("EVI", "1", START, null)))));
		c("R153", "EVI from before Aug 2025",
				only(set(bootcampProgramme(null), "LearnStartDate", LocalDate.of(2025, 8, 1), "LearningDeliveryFAM",
						List.of(fam("EVI", "1", LocalDate.of(2025, 7, 31), null)))),
				only(set(bootcampProgramme(null), "LearnStartDate", LocalDate.of(2025, 8, 1), "LearningDeliveryFAM",
						List.of(fam("EVI", "1", LocalDate.of(2025, 8, 1), null)))));
		c("R154", "event aim on a bootcamp begun from Aug 2025",
				only(bootcampProgramme(null), set(other(1, 37), "LearnAimRef", "Z0059747", "AimType", 3, "ProgType", 32)),
				only(set(bootcampProgramme(null), "LearnStartDate", LocalDate.of(2025, 7, 31)),
						set(other(1, 37), "LearnAimRef", "Z0059747", "AimType", 3, "ProgType", 32)));
	}

	/** A learner born in 1990 with only these aims. */
	private static Learner adultOnly(LearningDelivery... aims) {
		return with(only(aims), "DateOfBirth", LocalDate.of(1990, 1, 1));
	}

	private static Learner closedComp(LocalDate end) {
		return withAim(withAim(withAim(a(), 1, "LearnActEndDate", end), 1, "CompStatus", 2), 1, "Outcome", 1);
	}

	private static Learner withdrawn() {
		return withAim(withAim(withAim(withAim(withAim(done(), 0, "CompStatus", 3), 0, "Outcome", 3), 0, "AchDate", null),
				0, "WithdrawReason", 40), 0, "LearningDeliveryFAM", List.of(fam("ACT", "1", OLD_START, ENDED), fam("SOF", "105")));
	}

	private static LearningDelivery bootcampProgramme(LocalDate achDate) {
		return set(other(2, 37), "AimType", 1, "ProgType", 32, "LearnAimRef", "ZPROG001", "ConRefNumber", "C1",
				"LearnActEndDate", D, "CompStatus", 2, "Outcome", 1, "AchDate", achDate);
	}

	private static Object lldd(int cat, Integer primary) {
		return build(IlrSchema.LLDD_AND_HEALTH_PROBLEM, "LLDDCat", cat, "PrimaryLLDD", primary);
	}

	private static Learner lldds(Object... records) {
		return with(with(a(), "LLDDHealthProb", 1), "LLDDandHealthProblem", List.of(records));
	}

	private static Object learnerFam(String typeAndCode) {
		String[] p = typeAndCode.split(" ");
		return build(IlrSchema.LEARNER_FAM, "LearnFAMType", p[0], "LearnFAMCode", Integer.parseInt(p[1]));
	}

	private static Learner learnerFams(String... fams) {
		return with(a(), "LearnerFAM", Stream.of(fams).map(RuleCasesTest::learnerFam).toList());
	}

	private static Object plm(String occur) {
		return build(IlrSchema.PROVIDER_SPEC_LEARNER_MONITORING, "ProvSpecLearnMonOccur", occur, "ProvSpecLearnMon", "X");
	}

	private static Object pdm(String occur) {
		return build(IlrSchema.PROVIDER_SPEC_DELIVERY_MONITORING, "ProvSpecDelMonOccur", occur, "ProvSpecDelMon", "X");
	}

	private static Object prior(int level, LocalDate date) {
		return build(IlrSchema.PRIOR_ATTAIN, "PriorLevel", level, "DateLevelApp", date);
	}

	private static dev.ilrsh.model.LearningDeliveryWorkPlacement placement(LocalDate from, LocalDate to) {
		return build(IlrSchema.LEARNING_DELIVERY_WORK_PLACEMENT, "WorkPlaceStartDate", from, "WorkPlaceEndDate", to,
				"WorkPlaceHours", 10, "WorkPlaceMode", 1, "WorkPlaceEmpId", 123456789);
	}

	private static Learner placements(Object... records) {
		return comp("LearningDeliveryWorkPlacement", List.of(records));
	}

	private static Learner closedPlacements(Object... records) {
		return withAim(withAim(placements(records), 1, "CompStatus", 2), 1, "Outcome", 1);
	}

	static {
		// ---- Written for issue 14: age and funding
		LocalDate aged20 = LocalDate.of(2005, 1, 1);
		c("DateOfBirth_30", "19-24 with EHC, SOF not 107",
				with(with(only(other(1, 35, fam("SOF", "105"))), "DateOfBirth", aged20), "LearnerFAM", List.of(learnerFam("EHC 1"))),
				with(with(only(other(1, 35, fam("SOF", "107"))), "DateOfBirth", aged20), "LearnerFAM", List.of(learnerFam("EHC 1"))));
		c("DateOfBirth_34", "19-24 high needs without EHC",
				with(with(only(other(1, 25, fam("SOF", "107"))), "DateOfBirth", aged20), "LearnerFAM", List.of(learnerFam("HNS 1"))),
				with(with(only(other(1, 25, fam("SOF", "107"))), "DateOfBirth", aged20), "LearnerFAM",
						List.of(learnerFam("HNS 1"), learnerFam("EHC 1"))));
		c("PriorAttain_04", "level 7 on an adult framework",
				with(only(set(other(1, 35, fam("SOF", "105")), "ProgType", 2)), "PriorAttain", List.of(prior(7, LocalDate.of(2020, 1, 1)))),
				with(only(set(other(1, 35, fam("SOF", "105")), "ProgType", 2)), "PriorAttain", List.of(prior(6, LocalDate.of(2020, 1, 1)))));
		c("ESMType_17", "LDM 375 without a benefit status", only(other(1, 35, fam("SOF", "105"), fam("LDM", "375"))),
				with(only(other(1, 35, fam("SOF", "105"), fam("LDM", "375"))), "LearnerEmploymentStatus",
						List.of(status(11, LocalDate.of(2025, 8, 1), null, "LOU 1", "BSI 1"))));
		c("FundModel_10", "combined authority, 2024 start, FundModel 38",
				only(set(other(1, 38, fam("SOF", "110")), "LearnStartDate", LocalDate.of(2024, 7, 31))),
				only(set(other(1, 35, fam("SOF", "110")), "LearnStartDate", LocalDate.of(2024, 7, 31))));
		c("FundModel_18", "combined authority, 2025 start, FundModel 35", only(other(1, 35, fam("SOF", "110"))),
				only(other(1, 38, fam("SOF", "110"))));
		c("ProgType_22", "ProgType 33 without combined authority", only(set(other(1, 38, fam("SOF", "105")), "ProgType", 33)),
				only(set(other(1, 38, fam("SOF", "110")), "ProgType", 33)));
		c("LearnDelFAMType_09", "adult aim funded as 16-19", only(other(1, 35, fam("SOF", "107"))),
				only(other(1, 35, fam("SOF", "110"))));
		c("LearnDelFAMType_15", "proxy aim that ended",
				only(set(other(1, 35, fam("SOF", "105"), fam("LDM", "118")), "LearnActEndDate", D)),
				only(other(1, 35, fam("SOF", "105"), fam("LDM", "118"))));
		c("LearnDelFAMType_54", "EEF 2 with FFI 2", only(other(1, 35, fam("SOF", "105"), fam("EEF", "2"), fam("FFI", "2"))),
				only(other(1, 35, fam("SOF", "105"), fam("EEF", "2"), fam("FFI", "1"))));
		c("LearnDelFAMType_68", "own employees on an adult aim", only(other(1, 35, fam("SOF", "105"), fam("LDM", "356"))),
				progFams(fam("ACT", "1", START, null), fam("SOF", "105"), fam("LDM", "356")));
		c("LearnDelFAMType_69", "procured adult provision on the Adult Skills Fund",
				only(other(1, 38, fam("SOF", "105"), fam("LDM", "357"))), only(other(1, 35, fam("SOF", "105"), fam("LDM", "357"))));
		c("LearnDelFAMType_75", "OLASS on a combined authority aim", only(other(1, 38, fam("SOF", "110"), fam("LDM", "034"))),
				only(other(1, 38, fam("SOF", "105"), fam("LDM", "034"))));
		c("LearnDelFAMType_76", "OLASS funded as 16-19", only(other(1, 35, fam("SOF", "107"), fam("LDM", "034"))),
				only(other(1, 35, fam("SOF", "105"), fam("LDM", "034"))));
		c("LearnDelFamType_97", "DAM 002 on adult skills with SOF 105", only(other(1, 35, fam("SOF", "105"), fam("DAM", "002"))),
				only(other(1, 38, fam("SOF", "105"), fam("DAM", "002"))));
		c("LearnDelFamType_105", "2021 procurement on the Adult Skills Fund",
				only(other(1, 38, fam("SOF", "105"), fam("LDM", "379"))), only(other(1, 35, fam("SOF", "105"), fam("LDM", "379"))));
		c("LearnDelFamType_108", "low wage without the offer, started July 2024",
				only(set(other(1, 35, fam("SOF", "105"), fam("LDM", "382")), "LearnStartDate", LocalDate.of(2024, 7, 31))),
				only(set(other(1, 35, fam("SOF", "105"), fam("LDM", "382")), "LearnStartDate", LocalDate.of(2024, 8, 1))));
		c("LearnDelFamType_109", "combined authority apprenticeship", progFams(fam("ACT", "1", START, null), fam("SOF", "110")),
				only(other(1, 38, fam("SOF", "110"))));
		c("LearnDelFamType_115", "both procurements", only(other(1, 35, fam("SOF", "105"), fam("LDM", "379"), fam("LDM", "388"))),
				only(other(1, 35, fam("SOF", "105"), fam("LDM", "379"))));
		c("LearnDelFamType_116", "2023 procurement on 16-19", only(other(1, 25, fam("SOF", "105"), fam("LDM", "388"))),
				only(other(1, 11, fam("SOF", "105"), fam("LDM", "388"))));
		c("LearnDelFamType_134", "Cornwall on adult skills", only(other(1, 35, fam("SOF", "123"))),
				only(other(1, 38, fam("SOF", "123"))));
		// ---- Free Courses for Jobs and bootcamps
		Learner level3 = with(only(set(other(1, 35, fam("SOF", "105"), fam("FFI", "1"), fam("LDM", "378")), "LearnStartDate",
				LocalDate.of(2023, 9, 1))), "PriorAttain", List.of(prior(6, LocalDate.of(2018, 6, 30))));
		c("R132", "level 3 learner on the offer, employed", level3,
				mapAim(level3, 0, d -> set(d, "LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("FFI", "1"), fam("LDM", "378"),
						fam("LDM", "382")))));
		Learner young = with(with(only(other(1, 38, fam("SOF", "105"), fam("LDM", "378"))), "DateOfBirth", aged20),
				"PriorAttain", List.of(prior(6, LocalDate.of(2023, 6, 30))));
		c("R148", "aged 20 with a full level 3 and no low wage", young,
				with(young, "PriorAttain", List.of(prior(3, LocalDate.of(2023, 6, 30)))));
		c("R151", "aged 24 or over without low wage", adultOnly(other(1, 38, fam("SOF", "105"), fam("LDM", "378"))),
				adultOnly(other(1, 38, fam("SOF", "105"), fam("LDM", "378"), fam("LDM", "391"))));
		LearningDelivery summerBootcamp = set(bootcampProgramme(null), "LearnStartDate", LocalDate.of(2025, 6, 2), "Outcome", 8);
		c("R138", "completed bootcamp with no achievement date", adultOnly(summerBootcamp),
				adultOnly(set(summerBootcamp, "AchDate", D, "Outcome", 1)));
	}

	/** A complete HE record for an aim started in 2025-26: nothing missing, fees within the limit. */
	private static dev.ilrsh.model.LearningDeliveryHE goodHe() {
		return build(IlrSchema.LEARNING_DELIVERY_HE, "SSN", "ABCD12345678K", "QUALENT3", "X06", "TYPEYR", 1, "MODESTUD", 3,
				"FUNDLEV", 99, "FUNDCOMP", 1, "STULOAD", new java.math.BigDecimal("50"), "YEARSTU", 1, "MSTUFEE", 1,
				"SPECFEE", 0, "NETFEE", 1000, "GROSSFEE", 1000, "PERMADDCOUNTRY", "XF", "ELQ", 1);
	}

	/** The apprentice's component with an HE record. */
	private static Learner heAim(dev.ilrsh.model.LearningDeliveryHE he) {
		return comp("LearningDeliveryHE", he);
	}

	private static Learner he(Object... namesAndValues) {
		return heAim(set(goodHe(), namesAndValues));
	}

	private static Object learnerHe(Object... namesAndValues) {
		return set(build(IlrSchema.LEARNER_HE, "LearnerHEFinancialSupport", List.of()), namesAndValues);
	}

	private static Object finType(int type) {
		return build(IlrSchema.LEARNER_HE_FINANCIAL_SUPPORT, "FINTYPE", type, "FINAMOUNT", 100);
	}

	static {
		// ---- higher education data and postcodes (decided from the file)
		c("LearnerHE_02", "learner HE record without an aim HE record", with(a(), "LearnerHE", learnerHe("TTACCOM", 1)),
				with(he(), "LearnerHE", learnerHe("TTACCOM", 1)));
		c("TTACCOM_04", "full-time without accommodation", with(he("MODESTUD", 1), "LearnerHE", learnerHe()),
				with(he("MODESTUD", 1), "LearnerHE", learnerHe("TTACCOM", 1)));
		c("FINTYPE_02", "cash support twice", with(he(), "LearnerHE", learnerHe("LearnerHEFinancialSupport",
				List.of(finType(1), finType(1)))), with(he(), "LearnerHE", learnerHe("LearnerHEFinancialSupport",
						List.of(finType(1), finType(2)))));
		c("LearningDeliveryHE_10", "HE record on a 2025 programme aim", prog("LearningDeliveryHE", goodHe()), he());
		c("SSN_02", "wrong check letter", he("SSN", "ABCD12345678A"), he("SSN", "ABCD12345678K"));
		c("SSN_03", "no SSN and no net fee", he("SSN", null, "NETFEE", null), he("SSN", null));
		c("QUALENT3_01", "no qualification on entry", he("QUALENT3", null), he());
		c("SOC_02", "UCAS applicant without occupation", he("UCASSCHEMECODE", "AB12"), he("UCASSCHEMECODE", "AB12", "SOC", 1234,
				"SEC", 1));
		c("SEC_02", "UCAS applicant without class", he("UCASSCHEMECODE", "AB12", "SOC", 1234), he("UCASSCHEMECODE", "AB12",
				"SOC", 1234, "SEC", 1));
		c("UCASSCHEMECODE_01", "UCAS personal ID without scheme code", with(he(), "LearnerHE", learnerHe("UCASPERID",
				"1234567890")), with(he("UCASSCHEMECODE", "AB12", "SOC", 1234, "SEC", 1), "LearnerHE",
						learnerHe("UCASPERID", "1234567890")));
		c("UCASSCHEMECODE_02", "nine-digit scheme code in 2025", he("UCASSCHEMECODE", "123456789"), he("UCASSCHEMECODE",
				"AB12", "SOC", 1234, "SEC", 1));
		c("TYPEYR_02", "one-year aim completed with TYPEYR 2",
				withAim(withAim(he("TYPEYR", 2), 1, "LearnActEndDate", D), 1, "CompStatus", 2),
				withAim(withAim(he("TYPEYR", 1), 1, "LearnActEndDate", D), 1, "CompStatus", 2));
		c("MODESTUD_03", "short final year full-time", he("SPECFEE", 4, "MODESTUD", 1), he("SPECFEE", 4, "MODESTUD", 3));
		c("STULOAD_04", "no FTE", he("STULOAD", null), he());
		c("MSTUFEE_03", "Scotland with an English LEA", he("PERMADDCOUNTRY", "XH", "MSTUFEE", 2),
				he("PERMADDCOUNTRY", "XH", "MSTUFEE", 3));
		c("MSTUFEE_04", "Northern Ireland with SAAS", he("PERMADDCOUNTRY", "XG", "MSTUFEE", 3),
				he("PERMADDCOUNTRY", "XG", "MSTUFEE", 4));
		c("MSTUFEE_05", "England with SAAS", he("PERMADDCOUNTRY", "XF", "MSTUFEE", 3), he("PERMADDCOUNTRY", "XF", "MSTUFEE", 2));
		c("MSTUFEE_06", "2024 LEA award without SSN",
				withAim(he("MSTUFEE", 2, "SSN", null), 1, "LearnStartDate", OLD_START),
				withAim(he("MSTUFEE", 2), 1, "LearnStartDate", OLD_START));
		c("MSTUFEE_07", "SLC without SSN", he("MSTUFEE", 10, "SSN", null), he("MSTUFEE", 10));
		c("PCOLAB_01", "partner without percentage", withAim(he(), 1, "PartnerUKPRN", 10000002),
				withAim(he("PCOLAB", new java.math.BigDecimal("50")), 1, "PartnerUKPRN", 10000002));
		c("SPECFEE_02", "sandwich year out not a sandwich placement", he("MODESTUD", 2, "SPECFEE", 0),
				he("MODESTUD", 2, "SPECFEE", 1));
		c("NETFEE_01", "no SSN and no net fee", he("SSN", null, "NETFEE", null, "GROSSFEE", null), he("SSN", null));
		c("NETFEE_02", "net fee over the limit", he("NETFEE", 9536, "GROSSFEE", 9536), he("NETFEE", 9535, "GROSSFEE", 9535));
		c("GROSSFEE_01", "net without gross", he("GROSSFEE", null), he());
		c("GROSSFEE_02", "gross below net", he("NETFEE", 200, "GROSSFEE", 100), he("NETFEE", 200, "GROSSFEE", 200));
		c("GROSSFEE_03", "gross over the limit", he("GROSSFEE", 9536), he("GROSSFEE", 9535));
		c("PERMADDCOUNTRY_01", "no country", he("PERMADDCOUNTRY", null), he());
		c("ELQ_01", "OfS funded without ELQ", only(other(1, 99, fam("SOF", "1"))),
				only(set(other(1, 99, fam("SOF", "1")), "LearningDeliveryHE", goodHe())));
		c("HEPostCode_02", "HE postcode without its space", he("HEPostCode", "ZZ999ZZ"), he("HEPostCode", "ZZ99 9ZZ"));
		c("Postcode_15", "postcode without its space", with(a(), "Postcode", "ZZ999ZZ"), with(a(), "Postcode", "zz99 9zz".toUpperCase()));
		c("PostcodePrior_02", "prior postcode without its space", with(a(), "PostcodePrior", "ZZ999ZZ"), a());
	}

	@TestFactory
	Stream<DynamicTest> eachRuleFiresOnTheBreakingLearnerOnly() {
		return CASES.stream().map(c -> DynamicTest.dynamicTest(c.rule() + ": " + c.what(), () -> {
			assertThat(TestLearners.rulesFired(TestLearners.validate(c.breaks()))).as("breaking learner").contains(c.rule());
			assertThat(TestLearners.rulesFired(TestLearners.validate(c.passes()))).as("passing learner")
				.doesNotContain(c.rule());
		}));
	}

	@Test
	void everyRuleHasACaseOrIsCoveredElsewhere() {
		Set<String> covered = new TreeSet<>();
		CASES.forEach(c -> covered.add(c.rule()));
		covered.addAll(ELSEWHERE);
		covered.addAll(LarsRuleCasesTest.covered());
		Set<String> missing = new TreeSet<>();
		for (RuleInfo info : RuleRegistry.standard().infos()) {
			if (!info.name().startsWith("FD_") && !covered.contains(info.name())) {
				missing.add(info.name());
			}
		}
		assertThat(missing).isEmpty();
	}

	/** Names of the rules with cases here. */
	static Set<String> covered() {
		Set<String> names = new TreeSet<>();
		CASES.forEach(c -> names.add(c.rule()));
		return names;
	}

	/** Rules tested in their own classes. */
	static final Set<String> ELSEWHERE = Set.of("R06", "R59", "ULN_06", "ULN_07", "ULN_09", "ULN_10", "ULN_11",
			"Entity_1", "Filename_1", "Filename_4", "Filename_5", "Filename_6", "Filename_7", "Header_2", "Header_3",
			"UKPRN_03");
}

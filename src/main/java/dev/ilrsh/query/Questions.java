package dev.ilrsh.query;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.model.AppFinRecord;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearnerFAM;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import dev.ilrsh.programme.EpisodeKind;
import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.programme.ProgrammeStatus;
import dev.ilrsh.programme.Programmes;
import dev.ilrsh.refdata.Lars;
import dev.ilrsh.render.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The built-in questions and how each is answered. Each answer lists the learners concerned (and their aims or
 * programmes), in file order unless said otherwise, with the fields that matter to the question. "Standard" means a
 * FundModel 36, ProgType 25 aim; "programme" means a programme episode (see {@link Programmes}); "reference date" is
 * the index's reference date, normally the FilePreparationDate.
 */
final class Questions {

	/** Minimum planned off-the-job hours for standards starting on or after 2025-08-01 (PHours_08). */
	static final int MIN_PHOURS_FROM_2025 = 187;
	/** Minimum planned off-the-job hours for standards starting 2022-08-01 to 2025-07-31 (PHours_06). */
	static final int MIN_PHOURS_2022_TO_2025 = 278;
	/** Minimum duration in days for standards starting on or after 2025-08-01 (DateOfBirth_57/58). */
	static final int MIN_DAYS_FROM_2025 = 242;
	/** Minimum duration in days for standards starting 2016-08-01 to 2025-07-31 (DateOfBirth_46/47). */
	static final int MIN_DAYS_BEFORE_2025 = 365;

	/** Funding models whose aims carry a contract reference in 2025-26: those ConRefNumber_03 does not forbid it on. */
	static final Set<Integer> CONTRACT_FUND_MODELS = Set.of(37, 70);

	static final LocalDate AUG_2025 = LocalDate.of(2025, 8, 1);

	private Questions() {
	}

	static List<Question> all() {
		List<Question> q = new ArrayList<>();
		q.add(new Question("multiple-programmes", "Which learners have more than one programme?",
				"Learners with two or more programme aims (AimType 1): progressions from one standard to another, "
						+ "restarts after a break and transfers. One row per programme.",
				List.of("more than one programme", "two programmes", "multiple programmes", "several programmes",
						"second programme", "progression to another standard", "progressed"),
				Questions::multipleProgrammes));
		q.add(new Question("duplicate-learnrefnumber", "Is any learner reference used by more than one record?",
				"Learner records sharing a LearnRefNumber, compared without regard to case (R06).",
				List.of("duplicate learner reference", "same LearnRefNumber twice", "repeated learner ref", "R06"),
				Questions::duplicateRef));
		q.add(new Question("duplicate-uln", "Is any ULN used by more than one learner record?",
				"Learner records sharing a ULN other than 9999999999 (R59). The usual cause is a progression recorded "
						+ "as a new learner; the new aims belong on the original record.",
				List.of("duplicate ULN", "same ULN twice", "repeated unique learner number", "R59"),
				Questions::duplicateUln));
		q.add(new Question("duplicate-learners", "Is any learner in the file more than once?",
				"Learner records that share a LearnRefNumber (R06) or a ULN other than 9999999999 (R59): one row per "
						+ "record, with what it shares. Both make the return fail; the cause is usually a learner "
						+ "exported twice, or a progression exported as a new learner.",
				List.of("duplicate learners", "duplicates", "learner twice", "same learner twice",
						"duplicated learner records", "learner entered twice", "double entry"),
				Questions::duplicateLearners));
		q.add(new Question("same-person-two-references", "Could one person be on two learner references?",
				"Different LearnRefNumbers with the same family name, given names (ignoring case and spaces) and date "
						+ "of birth, whatever their ULNs.",
				List.of("same person twice", "same name and date of birth", "possible duplicate person",
						"merged files duplicate people", "one person under two references"),
				Questions::samePerson));
		q.add(new Question("uln-unknown-or-invalid", "Who has no real ULN, or a ULN that fails its check digit?",
				"ULN 9999999999 (not known) or a ULN whose check digit is wrong (DD01, ULN_04).",
				List.of("ULN not known", "bad ULN", "invalid ULN checksum", "9999999999", "missing unique learner number"),
				Questions::ulnProblems));
		q.add(new Question("overlapping-programmes", "Do any programme aims overlap?",
				"Pairs of programme aims where one starts on or between the other's start and its DD36 effective end "
						+ "(AchDate for standards, else LearnActEndDate, else open) (R124).",
				List.of("overlap", "programmes at the same time", "R124", "clash between programmes", "overlapping"),
				Questions::overlapping));
		q.add(new Question("programme-without-components", "Which programme aims have no component aims?",
				"Programme aims with no AimType 3 aim of the same ProgType and StdCode grouped under them (R31 asks this "
						+ "of open programme aims).",
				List.of("programme aim with no components", "missing component aim", "no component", "R31"),
				Questions::programmesWithoutComponents));
		q.add(new Question("components-without-programme", "Which component aims have no programme aim?",
				"Component aims (AimType 3) for which the learner has no programme aim of the same ProgType and "
						+ "StdCode (R30).",
				List.of("orphan components", "component with no programme aim", "missing programme aim", "R30"),
				Questions::orphans));
		q.add(new Question("components-open-after-programme", "Which components are still open after their programme closed?",
				"Programmes whose programme aim has a LearnActEndDate while a component grouped under it has none "
						+ "(R90). As R90 does, English and maths components are left out: known by LARS when it is "
						+ "loaded, else taken to be the components carrying an ACT record (see "
						+ "adult-english-maths-open-after-programme).",
				List.of("open components after programme closed", "component still open", "R90", "unclosed component"),
				Questions::openComponents));
		q.add(new Question("adult-english-maths-open-after-programme",
				"Which apprentices aged 19 or over still have English or maths open after their programme ended?",
				"Programmes that have a LearnActEndDate, for learners aged 19 or over at the start (the original start "
						+ "for restarts), with an English or maths component that has none. English and maths are "
						+ "optional for these apprentices since February 2025. English and maths are known by LARS "
						+ "when it is loaded; without it, as R89 and R90 do, a component carrying an ACT record is "
						+ "taken to be English or maths.",
				List.of("functional skills still open", "English and maths open after end", "19+ functional skills",
						"adult maths aim not closed", "optional English and maths"),
				Questions::adultEnglishMathsOpen));
		q.add(new Question("past-planned-end", "Who is past their planned end date and still in learning?",
				"Programmes and standalone aims with CompStatus 1, no LearnActEndDate and a LearnPlanEndDate before the "
						+ "reference date; most days past first.",
				List.of("past planned end date", "overdue", "beyond planned end", "still in learning after end date",
						"PPED", "late finishers"),
				Questions::pastPlannedEnd));
		q.add(new Question("at-gateway", "Who is at gateway or in end-point assessment, and for how long?",
				"Standard programme aims with a LearnActEndDate and no AchDate, coded CompStatus 1 (or 2 with Outcome 8);"
						+ " days since LearnActEndDate to the reference date, longest first.",
				List.of("gateway", "awaiting EPA", "end point assessment", "waiting for assessment result",
						"outcome 8", "EPA in progress"),
				Questions::atGateway));
		q.add(new Question("completed-without-achdate", "Which completed standards have no achievement date?",
				"Standard programme aims with CompStatus 2 and a LearnActEndDate on or after 2021-08-01 but no AchDate "
						+ "(AchDate_12).",
				List.of("completed no achievement date", "missing AchDate", "AchDate_12", "completed standard without AchDate"),
				Questions::completedWithoutAchDate));
		q.add(new Question("act-not-closed-at-achievement", "Which achieved standards have an ACT record not closed at the AchDate?",
				"Standard aims with an AchDate whose latest ACT record (by LearnDelFAMDateFrom) has a "
						+ "LearnDelFAMDateTo other than the AchDate, or none (R121).",
				List.of("contract type not closed", "ACT date to", "R121", "ACT record open after achievement"),
				Questions::actNotClosed));
		q.add(new Question("act-closed-while-continuing", "Which continuing standards have their ACT record closed?",
				"Standard aims with CompStatus 1 whose latest ACT record has a LearnDelFAMDateTo (R123).",
				List.of("ACT closed continuing", "R123", "contract type ended early"), Questions::actClosedWhileContinuing));
		q.add(new Question("on-break", "Who is on a break in learning, for how long, and has anyone returned?",
				"Programmes and aims with CompStatus 6; days since LearnActEndDate to the reference date; Returned is yes "
						+ "when a later programme aim of the same ProgType and StdCode exists.",
				List.of("break in learning", "BIL", "temporarily withdrawn", "compstatus 6", "returned from break", "paused"),
				Questions::onBreak));
		q.add(new Question("long-break", "Who has been on a break for a year or more without returning?",
				"CompStatus 6 with a LearnActEndDate 365 or more days before the reference date and no later programme "
						+ "of the same ProgType and StdCode (as the FRM08 report checks).",
				List.of("break over a year", "old break", "FRM08", "never returned from break"), Questions::longBreak));
		q.add(new Question("restart-problems", "Which restarts are missing the RES FAM or the original start date?",
				"Aims with OrigLearnStartDate but no RES FAM (OrigLearnStartDate_04); aims with RES but no "
						+ "OrigLearnStartDate; programme aims that follow a break or withdrawal on the same ProgType and "
						+ "StdCode without RES; and OrigLearnStartDate matching the start of no earlier aim.",
				List.of("restart missing RES", "OrigLearnStartDate missing", "restart indicator", "wrong original start date",
						"return from break not flagged"),
				Questions::restartProblems));
		q.add(new Question("restarts", "Which aims are restarts?",
				"Aims with a RES FAM, with their original start date and the age at that original start.",
				List.of("restart", "RES", "returned learners", "original learning start"), Questions::restarts));
		q.add(new Question("transfer-without-new-programme", "Who was withdrawn as a transfer with no new programme?",
				"Programme aims with CompStatus 3 and WithdrawReason 40 (new aim with the same provider) and no later "
						+ "programme aim for the learner starting after the LearnActEndDate (as FRM09 checks).",
				List.of("transfer no new programme", "withdraw reason 40", "FRM09", "transferred but not restarted"),
				Questions::transferWithoutNew));
		q.add(new Question("missing-tnp", "Which apprenticeships are missing TNP1 or TNP2?",
				"FundModel 36 programme aims without a TNP1 (training price) or TNP2 (end-point assessment price) record.",
				List.of("missing price", "no TNP", "total negotiated price missing", "TNP1 TNP2", "financial record missing"),
				Questions::missingTnp));
		q.add(new Question("price-after-end", "Which prices are dated after the programme ended?",
				"TNP records on programme aims with an AFinDate after the aim's LearnActEndDate (AFinDate_04).",
				List.of("TNP after end date", "AFinDate after actual end", "AFinDate_04"), Questions::priceAfterEnd));
		q.add(new Question("non-levy-without-co-investment",
				"Which non-levy apprentices have no co-investment payment recorded?",
				"Programme aims with an ACT record of code 2 (contract with the DfE, the non-levy route) and no PMR "
						+ "record of code 1 or 2 (the employer's payment towards training or assessment). Some apprentices "
						+ "need no employer payment, depending on their age and the employer's size, so the age at start "
						+ "and the small employer flag (SEM) at the start are shown to judge by.",
				List.of("non-levy", "ACT 2", "co-investment missing", "employer contribution not recorded", "no PMR",
						"small employer payment"),
				Questions::nonLevyWithoutCoInvestment));
		q.add(new Question("planned-otj-hours", "Whose planned off-the-job hours are missing or below the minimum?",
				"FundModel 36 programme aims starting on or after 2019-08-01 without PHours (PHours_01), or with PHours "
						+ "below 187 for starts from 2025-08-01 (PHours_08) or below 278 for starts 2022-08-01 to "
						+ "2025-07-31 (PHours_06). Restarts are exempt from the minimums. The 2025-26 funding rules also "
						+ "publish a minimum per standard, which needs reference data and is not checked.",
				List.of("planned off the job hours", "PHours", "OTJ planned hours", "off-the-job training below minimum"),
				Questions::plannedOtj));
		q.add(new Question("actual-otj-hours", "Whose actual off-the-job hours are missing or below plan?",
				"FundModel 36 programme aims: completed (CompStatus 2, starts from 2019-08-01, not restarts) or withdrawn "
						+ "(CompStatus 3, starts from 2022-08-01) without OTJActHours (OTJActHours_02/03); and completed or at "
						+ "gateway with OTJActHours below PHours.",
				List.of("actual off the job hours", "OTJActHours", "OTJ hours missing", "actual hours below planned"),
				Questions::actualOtj));
		q.add(new Question("short-programmes", "Which programmes are shorter than the minimum duration?",
				"Standard programme aims without RES whose planned duration (LearnPlanEndDate - LearnStartDate) or, when "
						+ "completed (CompStatus 2), actual duration (LearnActEndDate - LearnStartDate) is under 242 days "
						+ "for starts from 2025-08-01 (FundModel 36, DateOfBirth_57/58) or under 365 days for starts "
						+ "2016-08-01 to 2025-07-31 (FundModel 36 or 81, aged 16 or over, DateOfBirth_46/47).",
				List.of("minimum duration", "too short", "less than 8 months", "less than 12 months", "242 days", "365 days"),
				Questions::shortProgrammes));
		q.add(new Question("no-employment-status-before-start", "Which apprenticeships have no employment status before they start?",
				"Apprenticeship programme aims (DD07) starting on or after 2014-08-01 with no LearnerEmploymentStatus "
						+ "dated strictly before the LearnStartDate (EmpStat_09).",
				List.of("missing employment status", "EmpStat_09", "no employment record at start", "employment status date"),
				Questions::noEmploymentBeforeStart));
		q.add(new Question("not-employed-at-start", "Which apprentices were not recorded as employed when they started?",
				"Apprenticeship programme aims whose employment status applying at the start (the latest dated before "
						+ "the LearnStartDate) is not EmpStat 10 (employed).",
				List.of("not employed at start", "EmpStat not 10", "unemployed apprentice", "employment status wrong"),
				Questions::notEmployedAtStart));
		q.add(new Question("employer-changed", "Which apprentices changed employer during their programme?",
				"Learners with employment status records for two or more different EmpIds dated within one of their "
						+ "programmes, with whether a residual price (TNP3/TNP4) was recorded.",
				List.of("change of employer", "new employer", "different EmpId", "residual price", "TNP3"),
				Questions::employerChanged));
		q.add(new Question("missing-residual-price", "Which apprentices changed employer but have no residual price?",
				"FundModel 36 programmes during which the employer changed (employment statuses for two or more "
						+ "EmpIds, or an OET 3 monitoring record, dated within the programme) and whose programme aim has "
						+ "no TNP3 or TNP4 record.",
				List.of("no TNP3", "TNP4 missing", "OET 3", "without a residual price", "residual price not recorded"),
				Questions::employerChangeWithoutResidual));
		q.add(new Question("full-price-after-residual-price",
				"Which programmes have a full price dated after a residual price?",
				"TNP1 or TNP2 records on a programme aim dated after the earliest TNP3 or TNP4 on that aim: once a "
						+ "residual price is recorded, later prices should be residual too (AFinDate_05 and AFinDate_06 "
						+ "check TNP1 against TNP3 and TNP2 against TNP4).",
				List.of("TNP1 after TNP3", "TNP2 after TNP4", "AFinDate_05", "AFinDate_06", "total price after residual"),
				Questions::fullPriceAfterResidual));
		q.add(new Question("carry-into-next-year", "Which learners must be carried into next year's file?",
				"Learners with a programme or aim still open (no LearnActEndDate), on a break (CompStatus 6) or awaiting "
						+ "an outcome (at gateway, or Outcome 8); a programme's components go with it.",
				List.of("migrate next year", "continuing into next year", "carry over", "roll over", "appendix B migration"),
				Questions::carryIntoNextYear));
		q.add(new Question("belongs-to-next-year", "Does anything in this file belong to next year?",
				"Aims with a LearnStartDate, LearnActEndDate or AchDate after 31 July at the end of this collection year.",
				List.of("dates after 31 July", "next year dates", "R14 after year end", "future dates"),
				Questions::belongsToNextYear));
		q.add(new Question("not-in-this-year",
				"Which learners have nothing in this teaching year, so may not belong in the file?",
				"Learners none of whose aims is open in, or ended within, the 2025-26 teaching year (1 August 2025 to "
						+ "31 July 2026): every aim either starts after the year or ended before it, with no achievement "
						+ "date in it, not on a break and not awaiting an outcome. Aims on a break or awaiting an outcome "
						+ "are carried from year to year, and a programme's components go with it, so those learners "
						+ "are not listed.",
				List.of("why is this learner in the file", "not funded", "should not be in the return",
						"nothing this year", "old learners", "ended last year"),
				Questions::notInThisYear));
		q.add(new Question("age-at-start", "How old was each learner at the start of each programme?",
				"Programmes with the age in whole years at the start, using OrigLearnStartDate for restarts, and the "
						+ "funding age band.",
				List.of("age at start", "16-18", "19+", "age band", "young apprentices", "how old"), Questions::ageAtStart));
		q.add(new Question("completed-without-outcome", "Which aims are completed but have no outcome?",
				"Aims with CompStatus 2 and no Outcome (CompStatus_04).",
				List.of("no outcome", "missing outcome", "CompStatus_04", "completed without result"),
				Questions::completedWithoutOutcome));
		q.add(new Question("no-epa-organisation", "Which standards near or past their planned end have no EPA organisation?",
				"Open standard programme aims with no EPAOrgID and a LearnPlanEndDate no more than 90 days after the "
						+ "reference date (as FRM15 checks).",
				List.of("missing EPAOrgID", "no end point assessment organisation", "FRM15", "EPA org"),
				Questions::noEpaOrg));
		q.add(new Question("aim-sequence-problems", "Are any aim sequence numbers repeated or out of range?",
				"Learners whose AimSeqNumbers repeat, or exceed the number of aims (R07, AimSeqNumber_02).",
				List.of("AimSeqNumber duplicate", "aim sequence", "R07", "renumber aims"), Questions::aimSequenceProblems));
		q.add(new Question("duplicate-software-aim-id", "Are any software supplier aim ids repeated?",
				"SWSupAimId values used on more than one aim in the file.",
				List.of("SWSupAimId", "duplicate aim id", "MIS key repeated", "GUID"), Questions::duplicateSwSupAimId));
		q.add(new Question("extra-payment-eligible", "Which apprentices may bring extra payments for young people?",
				"Standard programmes starting when the learner was 16 to 18, or 19 to 24 with an EHC plan (LearnerFAM EHC 1), "
						+ "age taken at the original start.",
				List.of("incentive payments", "16-18 incentive", "EHC plan", "care leaver", "additional payments",
						"employer incentive"),
				Questions::extraPayments));
		q.add(new Question("partner-aim-without-contract-reference",
				"Which subcontracted aims lack the contract reference their funding model needs?",
				"Aims with a PartnerUKPRN and no ConRefNumber whose FundModel is one that carries a contract reference "
						+ "in 2025-26: 37 (Skills Bootcamps) or 70 (ESF). The 2025-26 rules (ConRefNumber_03) still "
						+ "reject a ConRefNumber on apprenticeship (FundModel 36) aims, although the 2025-26 specification "
						+ "lets participating providers put the employer agreement ID there, so those are not listed. "
						+ "Apprenticeship unit aims without LDM 403 are a 2026-27 matter and are not checked.",
				List.of("missing ConRefNumber", "subcontractor contract reference", "PartnerUKPRN",
						"participating provider", "agreement ID missing"),
				Questions::partnerWithoutContractReference));
		q.add(new Question("came-from-another-provider", "Which learners show signs of coming from another provider?",
				"Learners with a PrevUKPRN other than this provider's UKPRN, a PMUKPRN (provider before a merger), or "
						+ "LearnerFAM NLM 17 (moved in a provider merger) or NLM 18 (moved because of the minimum contract "
						+ "level). These are hints only: one file cannot confirm a transfer, or show that another provider "
						+ "has the same ULN; that needs the Learning Records Service or the apprenticeship service.",
				List.of("transferred in", "previous provider", "PrevUKPRN", "PMUKPRN", "provider merger", "NLM 17",
						"learner at another provider"),
				Questions::cameFromAnotherProvider));
		return q;
	}

	// ---------------------------------------------------------------- answers

	private static Table multipleProgrammes(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "ULN", "AimSeqNumber", "ProgType", "StdCode", "LearnStartDate",
				"EffectiveEnd", "Status");
		for (Learner l : index.message().learners()) {
			List<ProgrammeEpisode> ps = programmes(index, l);
			if (ps.size() > 1) {
				for (ProgrammeEpisode e : ps) {
					t.row(l.learnRefNumber(), l.uln(), e.mainAim().aimSeqNumber(), e.progType(), e.stdCode(), e.start(),
							e.effectiveEnd(), e.status().label());
				}
			}
		}
		return t.build();
	}

	private static Table duplicateRef(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "ULN", "GivenNames", "FamilyName", "Record");
		Map<String, List<Integer>> by = group(index, l -> l.learnRefNumber() == null ? null
				: l.learnRefNumber().strip().toUpperCase(Locale.ROOT));
		rowsForGroups(index, by, t, l -> new Object[] { l.learnRefNumber(), l.uln(), l.givenNames(), l.familyName() });
		return t.build();
	}

	private static Table duplicateUln(IlrIndex index) {
		Table.Builder t = Table.builder("ULN", "LearnRefNumber", "GivenNames", "FamilyName", "DateOfBirth", "Record");
		Map<String, List<Integer>> by = group(index,
				l -> l.uln() == null || l.uln() == DerivedData.ULN_NOT_KNOWN ? null : l.uln().toString());
		rowsForGroups(index, by, t,
				l -> new Object[] { l.uln(), l.learnRefNumber(), l.givenNames(), l.familyName(), l.dateOfBirth() });
		return t.build();
	}

	private static Table duplicateLearners(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "ULN", "GivenNames", "FamilyName", "Record", "Shares");
		Table refs = duplicateRef(index);
		Table ulns = duplicateUln(index);
		java.util.TreeMap<Integer, List<String>> shares = new java.util.TreeMap<>();
		refs.rows().forEach(r -> shares.computeIfAbsent((Integer) r.get(4), k -> new ArrayList<>()).add("LearnRefNumber (R06)"));
		ulns.rows().forEach(r -> shares.computeIfAbsent((Integer) r.get(5), k -> new ArrayList<>()).add("ULN (R59)"));
		shares.forEach((record, what) -> {
			Learner l = index.message().learners().get(record - 1);
			t.row(l.learnRefNumber(), l.uln(), l.givenNames(), l.familyName(), record, String.join(" and ", what));
		});
		return t.build();
	}

	private static Table samePerson(IlrIndex index) {
		Table.Builder t = Table.builder("GivenNames", "FamilyName", "DateOfBirth", "LearnRefNumber", "ULN", "Record");
		Map<String, List<Integer>> by = group(index, l -> l.familyName() == null || l.givenNames() == null
				|| l.dateOfBirth() == null ? null : norm(l.givenNames()) + "|" + norm(l.familyName()) + "|" + l.dateOfBirth());
		Map<String, List<Integer>> differentRefs = new LinkedHashMap<>();
		by.forEach((k, v) -> {
			long refs = v.stream().map(i -> norm(index.message().learners().get(i).learnRefNumber())).distinct().count();
			if (refs > 1) {
				differentRefs.put(k, v);
			}
		});
		rowsForGroups(index, differentRefs, t,
				l -> new Object[] { l.givenNames(), l.familyName(), l.dateOfBirth(), l.learnRefNumber(), l.uln() });
		return t.build();
	}

	private static Table ulnProblems(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "ULN", "ULNCheck");
		for (Learner l : index.message().learners()) {
			DerivedData.UlnCheck c = DerivedData.checkUln(l.uln());
			if (c != DerivedData.UlnCheck.VALID) {
				t.row(l.learnRefNumber(), l.uln(), c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
			}
		}
		return t.build();
	}

	private static Table overlapping(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnStartDate", "OtherAimSeqNumber",
				"OtherLearnStartDate", "OtherEffectiveEnd");
		for (Learner l : index.message().learners()) {
			List<LearningDelivery> ps = l.learningDelivery().stream().filter(LearningDelivery::isProgrammeAim).toList();
			for (LearningDelivery p : ps) {
				for (LearningDelivery q : ps) {
					if (p == q || p.learnStartDate() == null || q.learnStartDate() == null) {
						continue;
					}
					LocalDate qEnd = DerivedData.effectiveEndDate(q).orElse(DerivedData.OPEN_END);
					if (!p.learnStartDate().isBefore(q.learnStartDate()) && !p.learnStartDate().isAfter(qEnd)) {
						t.row(l.learnRefNumber(), p.aimSeqNumber(), p.learnStartDate(), q.aimSeqNumber(),
								q.learnStartDate(), qEnd);
					}
				}
			}
		}
		return t.build();
	}

	private static Table programmesWithoutComponents(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "ProgType", "StdCode", "LearnStartDate",
				"LearnActEndDate", "Status");
		for (ProgrammeEpisode e : index.episodes()) {
			if (e.isProgramme() && e.components().isEmpty()) {
				t.row(e.learnRefNumber(), e.mainAim().aimSeqNumber(), e.progType(), e.stdCode(), e.start(),
						e.actualEnd(), e.status().label());
			}
		}
		return t.build();
	}

	private static Table orphans(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnAimRef", "ProgType", "StdCode",
				"LearnStartDate");
		for (ProgrammeEpisode e : index.episodes()) {
			if (e.kind() == EpisodeKind.ORPHAN_COMPONENT) {
				LearningDelivery a = e.mainAim();
				t.row(e.learnRefNumber(), a.aimSeqNumber(), a.learnAimRef(), a.progType(), a.stdCode(), a.learnStartDate());
			}
		}
		return t.build();
	}

	private static Table openComponents(IlrIndex index, Lars lars) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnActEndDate", "ComponentAimSeqNumber",
				"ComponentLearnAimRef");
		for (ProgrammeEpisode e : index.episodes()) {
			if (e.isProgramme() && e.actualEnd() != null) {
				for (LearningDelivery c : e.components()) {
					if (c.learnActEndDate() == null && !Programmes.isEnglishOrMathsComponent(c, lars)) {
						t.row(e.learnRefNumber(), e.mainAim().aimSeqNumber(), e.actualEnd(), c.aimSeqNumber(),
								c.learnAimRef());
					}
				}
			}
		}
		return t.build();
	}

	private static Table adultEnglishMathsOpen(IlrIndex index, Lars lars) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "StdCode", "AgeAtStart", "LearnActEndDate",
				"ComponentAimSeqNumber", "ComponentLearnAimRef");
		for (ProgrammeEpisode e : index.episodes()) {
			if (e.isProgramme() && e.actualEnd() != null && e.ageAtStart() != null && e.ageAtStart() >= 19) {
				for (LearningDelivery c : e.components()) {
					if (Programmes.isEnglishOrMathsComponent(c, lars) && c.learnActEndDate() == null) {
						t.row(e.learnRefNumber(), e.mainAim().aimSeqNumber(), e.stdCode(), e.ageAtStart(), e.actualEnd(),
								c.aimSeqNumber(), c.learnAimRef());
					}
				}
			}
		}
		return t.build();
	}

	private static Table pastPlannedEnd(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnAimRef", "LearnStartDate",
				"LearnPlanEndDate", "DaysPastPlannedEnd");
		index.episodes()
			.stream()
			.filter(e -> Objects.equals(e.mainAim().compStatus(), 1) && e.actualEnd() == null
					&& e.plannedEnd() != null && e.plannedEnd().isBefore(index.referenceDate()))
			.sorted(Comparator.comparingLong(ProgrammeEpisode::daysPastPlannedEnd).reversed())
			.forEach(e -> t.row(e.learnRefNumber(), e.mainAim().aimSeqNumber(), e.mainAim().learnAimRef(), e.start(),
					e.plannedEnd(), e.daysPastPlannedEnd()));
		return t.build();
	}

	private static Table atGateway(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "StdCode", "LearnActEndDate", "DaysAtGateway",
				"EPAOrgID");
		index.episodes()
			.stream()
			.filter(e -> e.isProgramme() && e.status() == ProgrammeStatus.GATEWAY)
			.sorted(Comparator.comparing(ProgrammeEpisode::actualEnd))
			.forEach(e -> t.row(e.learnRefNumber(), e.mainAim().aimSeqNumber(), e.stdCode(), e.actualEnd(),
					days(e.actualEnd(), index.referenceDate()), e.mainAim().epaOrgID()));
		return t.build();
	}

	private static Table completedWithoutAchDate(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "StdCode", "LearnActEndDate", "Outcome");
		for (ProgrammeEpisode e : index.episodes()) {
			LearningDelivery a = e.mainAim();
			if (a.isProgrammeAim() && standard(a) && Objects.equals(a.compStatus(), 2) && a.learnActEndDate() != null
					&& !a.learnActEndDate().isBefore(LocalDate.of(2021, 8, 1)) && a.achDate() == null) {
				t.row(e.learnRefNumber(), a.aimSeqNumber(), a.stdCode(), a.learnActEndDate(), a.outcome());
			}
		}
		return t.build();
	}

	private static Table actNotClosed(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnAimRef", "AchDate", "LearnDelFAMDateTo");
		eachAim(index, (l, a) -> {
			LearningDeliveryFAM act = latestAct(a);
			if (standard(a) && a.achDate() != null && act != null && !a.achDate().equals(act.learnDelFAMDateTo())) {
				t.row(l.learnRefNumber(), a.aimSeqNumber(), a.learnAimRef(), a.achDate(), act.learnDelFAMDateTo());
			}
		});
		return t.build();
	}

	private static Table actClosedWhileContinuing(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnAimRef", "CompStatus",
				"LearnDelFAMDateTo");
		eachAim(index, (l, a) -> {
			LearningDeliveryFAM act = latestAct(a);
			if (standard(a) && Objects.equals(a.compStatus(), 1) && act != null && act.learnDelFAMDateTo() != null) {
				t.row(l.learnRefNumber(), a.aimSeqNumber(), a.learnAimRef(), a.compStatus(), act.learnDelFAMDateTo());
			}
		});
		return t.build();
	}

	private static Table onBreak(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnAimRef", "StdCode", "LearnActEndDate",
				"DaysOnBreak", "Returned");
		for (ProgrammeEpisode e : index.episodes()) {
			if (e.status() == ProgrammeStatus.BREAK) {
				t.row(e.learnRefNumber(), e.mainAim().aimSeqNumber(), e.mainAim().learnAimRef(), e.stdCode(),
						e.actualEnd(), e.actualEnd() == null ? null : days(e.actualEnd(), index.referenceDate()),
						returned(index, e) ? "yes" : "no");
			}
		}
		return t.build();
	}

	private static Table longBreak(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnAimRef", "StdCode", "LearnActEndDate",
				"DaysOnBreak");
		for (ProgrammeEpisode e : index.episodes()) {
			if (e.status() == ProgrammeStatus.BREAK && e.actualEnd() != null
					&& days(e.actualEnd(), index.referenceDate()) >= 365 && !returned(index, e)) {
				t.row(e.learnRefNumber(), e.mainAim().aimSeqNumber(), e.mainAim().learnAimRef(), e.stdCode(),
						e.actualEnd(), days(e.actualEnd(), index.referenceDate()));
			}
		}
		return t.build();
	}

	private static Table restartProblems(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnAimRef", "LearnStartDate",
				"OrigLearnStartDate", "RES", "Problem");
		for (Learner l : index.message().learners()) {
			for (LearningDelivery a : l.learningDelivery()) {
				boolean res = Programmes.isRestart(a);
				String problem = null;
				if (a.origLearnStartDate() != null && !res) {
					problem = "OrigLearnStartDate without RES";
				}
				else if (res && a.origLearnStartDate() == null) {
					problem = "RES without OrigLearnStartDate";
				}
				else if (!res && a.isProgrammeAim() && followsBreakOrWithdrawal(l, a)) {
					problem = "follows a break or withdrawal on the same programme but has no RES";
				}
				else if (res && a.origLearnStartDate() != null && l.learningDelivery()
					.stream()
					.filter(o -> o != a && Objects.equals(o.learnAimRef(), a.learnAimRef()))
					.filter(o -> o.learnStartDate() != null && o.learnStartDate().isBefore(a.learnStartDate()))
					.findAny()
					.isPresent()
						&& l.learningDelivery()
							.stream()
							.filter(o -> o != a && Objects.equals(o.learnAimRef(), a.learnAimRef()))
							.noneMatch(o -> a.origLearnStartDate().equals(o.learnStartDate())
									|| a.origLearnStartDate().equals(o.origLearnStartDate()))) {
					problem = "OrigLearnStartDate matches no earlier start of this aim";
				}
				if (problem != null) {
					t.row(l.learnRefNumber(), a.aimSeqNumber(), a.learnAimRef(), a.learnStartDate(),
							a.origLearnStartDate(), res ? "yes" : "no", problem);
				}
			}
		}
		return t.build();
	}

	private static Table restarts(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnAimRef", "LearnStartDate",
				"OrigLearnStartDate", "AgeAtStart");
		eachAim(index, (l, a) -> {
			if (Programmes.isRestart(a)) {
				LocalDate start = a.origLearnStartDate() != null ? a.origLearnStartDate() : a.learnStartDate();
				t.row(l.learnRefNumber(), a.aimSeqNumber(), a.learnAimRef(), a.learnStartDate(), a.origLearnStartDate(),
						DerivedData.ageOn(l, start).orElse(null));
			}
		});
		return t.build();
	}

	private static Table transferWithoutNew(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "StdCode", "LearnActEndDate", "DaysSinceEnd");
		for (ProgrammeEpisode e : index.episodes()) {
			LearningDelivery a = e.mainAim();
			if (e.isProgramme() && Objects.equals(a.compStatus(), 3) && Objects.equals(a.withdrawReason(), 40)
					&& a.learnActEndDate() != null) {
				boolean newer = e.learner()
					.learningDelivery()
					.stream()
					.anyMatch(o -> o.isProgrammeAim() && o.learnStartDate() != null
							&& o.learnStartDate().isAfter(a.learnActEndDate()));
				if (!newer) {
					t.row(e.learnRefNumber(), a.aimSeqNumber(), a.stdCode(), a.learnActEndDate(),
							days(a.learnActEndDate(), index.referenceDate()));
				}
			}
		}
		return t.build();
	}

	private static Table missingTnp(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "StdCode", "TNP1", "TNP2", "Missing");
		for (ProgrammeEpisode e : index.episodes()) {
			LearningDelivery a = e.mainAim();
			if (e.isProgramme() && Objects.equals(a.fundModel(), 36)) {
				AppFinRecord tnp1 = Programmes.latestTnp(a, 1);
				AppFinRecord tnp2 = Programmes.latestTnp(a, 2);
				if (tnp1 == null || tnp2 == null) {
					String missing = tnp1 == null && tnp2 == null ? "TNP1, TNP2" : tnp1 == null ? "TNP1" : "TNP2";
					t.row(e.learnRefNumber(), a.aimSeqNumber(), a.stdCode(), tnp1 == null ? null : tnp1.aFinAmount(),
							tnp2 == null ? null : tnp2.aFinAmount(), missing);
				}
			}
		}
		return t.build();
	}

	private static Table priceAfterEnd(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnActEndDate", "AFinType", "AFinCode",
				"AFinDate", "AFinAmount");
		eachAim(index, (l, a) -> {
			if (a.isProgrammeAim() && a.learnActEndDate() != null) {
				for (AppFinRecord r : a.appFinRecords("TNP")) {
					if (r.aFinDate() != null && r.aFinDate().isAfter(a.learnActEndDate())) {
						t.row(l.learnRefNumber(), a.aimSeqNumber(), a.learnActEndDate(), r.aFinType(), r.aFinCode(),
								r.aFinDate(), r.aFinAmount());
					}
				}
			}
		});
		return t.build();
	}

	private static Table nonLevyWithoutCoInvestment(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "StdCode", "LearnStartDate", "AgeAtStart",
				"SEM", "TNPTotal");
		for (ProgrammeEpisode e : index.episodes()) {
			LearningDelivery a = e.mainAim();
			if (!e.isProgramme() || e.start() == null || a.fams("ACT").stream().noneMatch(f -> hasCode(f, "2"))) {
				continue;
			}
			boolean paid = a.appFinRecords("PMR")
				.stream()
				.anyMatch(r -> Objects.equals(r.aFinCode(), 1) || Objects.equals(r.aFinCode(), 2));
			if (!paid) {
				LearnerEmploymentStatus atStart = statusBefore(e.learner(), e.start().plusDays(1));
				t.row(e.learnRefNumber(), a.aimSeqNumber(), e.stdCode(), e.start(), e.ageAtStart(),
						atStart != null && hasEsm(atStart, "SEM", 1) ? "yes" : "no", e.tnpTotal());
			}
		}
		return t.build();
	}

	private static Table plannedOtj(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnStartDate", "PHours", "Minimum",
				"Problem");
		for (ProgrammeEpisode e : index.episodes()) {
			LearningDelivery a = e.mainAim();
			if (!e.isProgramme() || !Objects.equals(a.fundModel(), 36) || a.learnStartDate() == null
					|| a.learnStartDate().isBefore(LocalDate.of(2019, 8, 1))) {
				continue;
			}
			Integer minimum = minimumPHours(a.learnStartDate());
			if (a.pHours() == null) {
				t.row(e.learnRefNumber(), a.aimSeqNumber(), a.learnStartDate(), null, minimum, "missing");
			}
			else if (minimum != null && !e.restart() && a.pHours() < minimum) {
				t.row(e.learnRefNumber(), a.aimSeqNumber(), a.learnStartDate(), a.pHours(), minimum, "below minimum");
			}
		}
		return t.build();
	}

	static Integer minimumPHours(LocalDate start) {
		if (!start.isBefore(AUG_2025)) {
			return MIN_PHOURS_FROM_2025;
		}
		return start.isBefore(LocalDate.of(2022, 8, 1)) ? null : MIN_PHOURS_2022_TO_2025;
	}

	private static Table actualOtj(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "CompStatus", "PHours", "OTJActHours",
				"Problem");
		for (ProgrammeEpisode e : index.episodes()) {
			LearningDelivery a = e.mainAim();
			if (!e.isProgramme() || !Objects.equals(a.fundModel(), 36) || a.learnStartDate() == null) {
				continue;
			}
			Integer cs = a.compStatus();
			String problem = null;
			if (a.otjActHours() == null) {
				if (Objects.equals(cs, 2) && !e.restart() && !a.learnStartDate().isBefore(LocalDate.of(2019, 8, 1))) {
					problem = "missing for a completer";
				}
				else if (Objects.equals(cs, 3) && !a.learnStartDate().isBefore(LocalDate.of(2022, 8, 1))) {
					problem = "missing for a withdrawal";
				}
			}
			else if (a.pHours() != null && a.otjActHours() < a.pHours()
					&& (Objects.equals(cs, 2) || e.status() == ProgrammeStatus.GATEWAY)) {
				problem = "below planned hours";
			}
			if (problem != null) {
				t.row(e.learnRefNumber(), a.aimSeqNumber(), cs, a.pHours(), a.otjActHours(), problem);
			}
		}
		return t.build();
	}

	private static Table shortProgrammes(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnStartDate", "LearnPlanEndDate",
				"LearnActEndDate", "Days", "Minimum", "Duration");
		for (ProgrammeEpisode e : index.episodes()) {
			LearningDelivery a = e.mainAim();
			if (!e.isProgramme() || !Objects.equals(a.progType(), 25) || e.restart() || a.learnStartDate() == null) {
				continue;
			}
			LocalDate start = a.learnStartDate();
			int minimum;
			if (!start.isBefore(AUG_2025)) {
				if (!Objects.equals(a.fundModel(), 36)) {
					continue;
				}
				minimum = MIN_DAYS_FROM_2025;
			}
			else {
				boolean funded = Objects.equals(a.fundModel(), 36) || Objects.equals(a.fundModel(), 81);
				Integer age = DerivedData.ageOn(e.learner(), start).orElse(null);
				if (!funded || start.isBefore(LocalDate.of(2016, 8, 1)) || age == null || age < 16) {
					continue;
				}
				minimum = MIN_DAYS_BEFORE_2025;
			}
			if (a.learnPlanEndDate() != null && days(start, a.learnPlanEndDate()) < minimum) {
				t.row(e.learnRefNumber(), a.aimSeqNumber(), start, a.learnPlanEndDate(), a.learnActEndDate(),
						days(start, a.learnPlanEndDate()), minimum, "planned");
			}
			if (Objects.equals(a.compStatus(), 2) && a.learnActEndDate() != null
					&& days(start, a.learnActEndDate()) < minimum) {
				t.row(e.learnRefNumber(), a.aimSeqNumber(), start, a.learnPlanEndDate(), a.learnActEndDate(),
						days(start, a.learnActEndDate()), minimum, "actual");
			}
		}
		return t.build();
	}

	private static Table noEmploymentBeforeStart(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnStartDate", "EarliestDateEmpStatApp");
		for (ProgrammeEpisode e : index.episodes()) {
			LearningDelivery a = e.mainAim();
			if (e.isProgramme() && DerivedData.isApprenticeship(a) && a.learnStartDate() != null
					&& !a.learnStartDate().isBefore(LocalDate.of(2014, 8, 1)) && statusBefore(e.learner(), a.learnStartDate()) == null) {
				LocalDate earliest = e.learner()
					.learnerEmploymentStatus()
					.stream()
					.map(LearnerEmploymentStatus::dateEmpStatApp)
					.filter(Objects::nonNull)
					.min(LocalDate::compareTo)
					.orElse(null);
				t.row(e.learnRefNumber(), a.aimSeqNumber(), a.learnStartDate(), earliest);
			}
		}
		return t.build();
	}

	private static Table notEmployedAtStart(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnStartDate", "EmpStat", "DateEmpStatApp");
		for (ProgrammeEpisode e : index.episodes()) {
			LearningDelivery a = e.mainAim();
			if (e.isProgramme() && DerivedData.isApprenticeship(a) && a.learnStartDate() != null) {
				LearnerEmploymentStatus s = statusBefore(e.learner(), a.learnStartDate());
				if (s != null && !Objects.equals(s.empStat(), 10)) {
					t.row(e.learnRefNumber(), a.aimSeqNumber(), a.learnStartDate(), s.empStat(), s.dateEmpStatApp());
				}
			}
		}
		return t.build();
	}

	private static Table employerChanged(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "StdCode", "EmpIds", "ResidualPrice");
		for (ProgrammeEpisode e : index.episodes()) {
			if (!e.isProgramme() || e.start() == null) {
				continue;
			}
			List<Integer> ids = employerIds(index, e);
			if (ids.size() > 1) {
				t.row(e.learnRefNumber(), e.mainAim().aimSeqNumber(), e.stdCode(), ids,
						e.residualTotal() == null ? "no" : "yes");
			}
		}
		return t.build();
	}

	private static Table employerChangeWithoutResidual(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "StdCode", "LearnStartDate", "EmpIds", "OET3");
		for (ProgrammeEpisode e : index.episodes()) {
			if (!e.isProgramme() || e.start() == null || !Objects.equals(e.fundModel(), 36)
					|| e.residualTotal() != null) {
				continue;
			}
			List<Integer> ids = employerIds(index, e);
			boolean oet3 = statusesDuring(index, e).stream().anyMatch(s -> hasEsm(s, "OET", 3));
			if (ids.size() > 1 || oet3) {
				t.row(e.learnRefNumber(), e.mainAim().aimSeqNumber(), e.stdCode(), e.start(), ids, oet3 ? "yes" : "no");
			}
		}
		return t.build();
	}

	private static Table fullPriceAfterResidual(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "StdCode", "AFinCode", "AFinDate",
				"ResidualAFinCode", "ResidualAFinDate");
		for (ProgrammeEpisode e : index.episodes()) {
			LearningDelivery a = e.mainAim();
			if (!e.isProgramme()) {
				continue;
			}
			AppFinRecord residual = a.appFinRecords("TNP")
				.stream()
				.filter(r -> r.aFinDate() != null
						&& (Objects.equals(r.aFinCode(), 3) || Objects.equals(r.aFinCode(), 4)))
				.min(Comparator.comparing(AppFinRecord::aFinDate))
				.orElse(null);
			if (residual == null) {
				continue;
			}
			for (AppFinRecord r : a.appFinRecords("TNP")) {
				if ((Objects.equals(r.aFinCode(), 1) || Objects.equals(r.aFinCode(), 2)) && r.aFinDate() != null
						&& r.aFinDate().isAfter(residual.aFinDate())) {
					t.row(e.learnRefNumber(), a.aimSeqNumber(), a.stdCode(), r.aFinCode(), r.aFinDate(),
							residual.aFinCode(), residual.aFinDate());
				}
			}
		}
		return t.build();
	}

	private static Table carryIntoNextYear(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumbers", "LearnAimRef", "Status", "Reason");
		for (ProgrammeEpisode e : index.episodes()) {
			String reason = carryReason(e.mainAim());
			if (reason != null) {
				t.row(e.learnRefNumber(), e.aimSeqNumbers(), e.mainAim().learnAimRef(), e.status().label(), reason);
			}
		}
		return t.build();
	}

	private static Table belongsToNextYear(IlrIndex index) {
		LocalDate yearEnd = yearEnd();
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnAimRef", "Field", "Date");
		eachAim(index, (l, a) -> {
			Map<String, LocalDate> dates = new LinkedHashMap<>();
			dates.put("LearnStartDate", a.learnStartDate());
			dates.put("LearnActEndDate", a.learnActEndDate());
			dates.put("AchDate", a.achDate());
			dates.forEach((field, date) -> {
				if (date != null && date.isAfter(yearEnd)) {
					t.row(l.learnRefNumber(), a.aimSeqNumber(), a.learnAimRef(), field, date);
				}
			});
		});
		return t.build();
	}

	private static Table notInThisYear(IlrIndex index) {
		LocalDate yearEnd = yearEnd();
		LocalDate yearStart = yearEnd.minusYears(1).plusDays(1);
		Table.Builder t = Table.builder("LearnRefNumber", "ULN", "Aims", "LatestStart", "LatestEnd", "Reason");
		for (Learner l : index.message().learners()) {
			List<LearningDelivery> aims = l.learningDelivery();
			if (aims.stream().anyMatch(a -> inYear(a, yearStart, yearEnd))) {
				continue;
			}
			LocalDate latestStart = latest(aims.stream().map(LearningDelivery::learnStartDate).toList());
			LocalDate latestEnd = latest(aims.stream()
				.flatMap(a -> Stream.of(a.learnActEndDate(), a.achDate()))
				.toList());
			List<String> reasons = new ArrayList<>();
			if (aims.isEmpty()) {
				reasons.add("no aims");
			}
			if (aims.stream().anyMatch(a -> a.learnStartDate() == null || !a.learnStartDate().isAfter(yearEnd))) {
				reasons.add("ended before " + yearStart);
			}
			if (aims.stream().anyMatch(a -> a.learnStartDate() != null && a.learnStartDate().isAfter(yearEnd))) {
				reasons.add("starts after " + yearEnd);
			}
			t.row(l.learnRefNumber(), l.uln(), aims.size(), latestStart, latestEnd, String.join("; ", reasons));
		}
		return t.build();
	}

	private static Table ageAtStart(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "StdCode", "LearnStartDate",
				"OrigLearnStartDate", "DateOfBirth", "AgeAtStart", "AgeBand");
		for (ProgrammeEpisode e : index.episodes()) {
			if (e.isProgramme()) {
				t.row(e.learnRefNumber(), e.mainAim().aimSeqNumber(), e.stdCode(), e.start(),
						e.mainAim().origLearnStartDate(), e.learner().dateOfBirth(), e.ageAtStart(), e.ageBand());
			}
		}
		return t.build();
	}

	private static Table completedWithoutOutcome(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnAimRef", "AimType", "LearnActEndDate");
		eachAim(index, (l, a) -> {
			if (Objects.equals(a.compStatus(), 2) && a.outcome() == null) {
				t.row(l.learnRefNumber(), a.aimSeqNumber(), a.learnAimRef(), a.aimType(), a.learnActEndDate());
			}
		});
		return t.build();
	}

	private static Table noEpaOrg(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "StdCode", "LearnPlanEndDate",
				"DaysToPlannedEnd");
		LocalDate horizon = index.referenceDate().plusDays(90);
		for (ProgrammeEpisode e : index.episodes()) {
			LearningDelivery a = e.mainAim();
			if (e.isProgramme() && standard(a) && Objects.equals(a.compStatus(), 1) && a.epaOrgID() == null
					&& a.learnPlanEndDate() != null && !a.learnPlanEndDate().isAfter(horizon)) {
				t.row(e.learnRefNumber(), a.aimSeqNumber(), a.stdCode(), a.learnPlanEndDate(),
						days(index.referenceDate(), a.learnPlanEndDate()));
			}
		}
		return t.build();
	}

	private static Table aimSequenceProblems(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnAimRef", "Aims", "Problem");
		for (Learner l : index.message().learners()) {
			Map<Integer, Integer> seen = new HashMap<>();
			l.learningDelivery().forEach(a -> seen.merge(a.aimSeqNumber(), 1, Integer::sum));
			int n = l.learningDelivery().size();
			for (LearningDelivery a : l.learningDelivery()) {
				if (a.aimSeqNumber() == null) {
					continue;
				}
				if (seen.get(a.aimSeqNumber()) > 1) {
					t.row(l.learnRefNumber(), a.aimSeqNumber(), a.learnAimRef(), n, "repeated");
				}
				else if (a.aimSeqNumber() > n) {
					t.row(l.learnRefNumber(), a.aimSeqNumber(), a.learnAimRef(), n, "greater than the number of aims");
				}
			}
		}
		return t.build();
	}

	private static Table duplicateSwSupAimId(IlrIndex index) {
		Table.Builder t = Table.builder("SWSupAimId", "LearnRefNumber", "AimSeqNumber", "LearnAimRef");
		Map<String, Integer> counts = new HashMap<>();
		eachAim(index, (l, a) -> {
			if (a.swSupAimId() != null) {
				counts.merge(a.swSupAimId().toLowerCase(Locale.ROOT), 1, Integer::sum);
			}
		});
		eachAim(index, (l, a) -> {
			if (a.swSupAimId() != null && counts.get(a.swSupAimId().toLowerCase(Locale.ROOT)) > 1) {
				t.row(a.swSupAimId(), l.learnRefNumber(), a.aimSeqNumber(), a.learnAimRef());
			}
		});
		return t.build();
	}

	private static Table extraPayments(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "StdCode", "LearnStartDate", "AgeAtStart",
				"EHC", "Reason");
		for (ProgrammeEpisode e : index.episodes()) {
			if (!e.isProgramme() || !standard(e.mainAim()) || e.ageAtStart() == null) {
				continue;
			}
			boolean ehc = e.learner()
				.learnerFAM()
				.stream()
				.anyMatch(f -> "EHC".equals(f.learnFAMType()) && Objects.equals(f.learnFAMCode(), 1));
			int age = e.ageAtStart();
			String reason = age >= 16 && age <= 18 ? "aged 16-18 at start"
					: age >= 19 && age <= 24 && ehc ? "aged 19-24 with an EHC plan" : null;
			if (reason != null) {
				t.row(e.learnRefNumber(), e.mainAim().aimSeqNumber(), e.stdCode(), e.start(), age, ehc ? "yes" : "no",
						reason);
			}
		}
		return t.build();
	}

	private static Table partnerWithoutContractReference(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "AimSeqNumber", "LearnAimRef", "FundModel", "PartnerUKPRN");
		eachAim(index, (l, a) -> {
			if (a.partnerUKPRN() != null && (a.conRefNumber() == null || a.conRefNumber().isBlank())
					&& a.fundModel() != null && CONTRACT_FUND_MODELS.contains(a.fundModel())) {
				t.row(l.learnRefNumber(), a.aimSeqNumber(), a.learnAimRef(), a.fundModel(), a.partnerUKPRN());
			}
		});
		return t.build();
	}

	private static Table cameFromAnotherProvider(IlrIndex index) {
		Table.Builder t = Table.builder("LearnRefNumber", "ULN", "PrevUKPRN", "PMUKPRN", "NLM", "Hint");
		Integer ukprn = index.message().learningProvider() == null ? null : index.message().learningProvider().ukprn();
		for (Learner l : index.message().learners()) {
			List<String> hints = new ArrayList<>();
			if (l.prevUKPRN() != null && !l.prevUKPRN().equals(ukprn)) {
				hints.add("another provider last year");
			}
			if (l.pmUKPRN() != null) {
				hints.add("provider before a merger");
			}
			List<Integer> nlm = l.learnerFAM()
				.stream()
				.filter(f -> "NLM".equals(f.learnFAMType()) && (Objects.equals(f.learnFAMCode(), 17)
						|| Objects.equals(f.learnFAMCode(), 18)))
				.map(LearnerFAM::learnFAMCode)
				.toList();
			if (nlm.contains(17)) {
				hints.add("moved in a provider merger");
			}
			if (nlm.contains(18)) {
				hints.add("moved because of the minimum contract level");
			}
			if (!hints.isEmpty()) {
				t.row(l.learnRefNumber(), l.uln(), l.prevUKPRN(), l.pmUKPRN(), nlm.isEmpty() ? null : nlm,
						String.join("; ", hints));
			}
		}
		return t.build();
	}

	// ---------------------------------------------------------------- helpers

	private static List<ProgrammeEpisode> programmes(IlrIndex index, Learner l) {
		return index.episodes(l).stream().filter(ProgrammeEpisode::isProgramme).toList();
	}

	private static boolean standard(LearningDelivery a) {
		return Objects.equals(a.fundModel(), 36) && Objects.equals(a.progType(), DerivedData.PROG_TYPE_STANDARD);
	}

	private static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	private static String norm(String s) {
		return s == null ? "" : s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	private static LearningDeliveryFAM latestAct(LearningDelivery a) {
		return a.fams("ACT")
			.stream()
			.filter(f -> f.learnDelFAMDateFrom() != null)
			.max(Comparator.comparing(LearningDeliveryFAM::learnDelFAMDateFrom))
			.orElse(null);
	}

	/** The employment status applying just before a date: the latest dated strictly before it. */
	private static LearnerEmploymentStatus statusBefore(Learner l, LocalDate date) {
		return l.learnerEmploymentStatus()
			.stream()
			.filter(s -> s.dateEmpStatApp() != null && s.dateEmpStatApp().isBefore(date))
			.max(Comparator.comparing(LearnerEmploymentStatus::dateEmpStatApp))
			.orElse(null);
	}

	/** Employment statuses dated after a programme's start up to its effective end (the reference date while open). */
	private static List<LearnerEmploymentStatus> statusesDuring(IlrIndex index, ProgrammeEpisode e) {
		LocalDate end = e.isOpenEnded() ? index.referenceDate() : e.effectiveEnd();
		return e.learner()
			.learnerEmploymentStatus()
			.stream()
			.filter(s -> s.dateEmpStatApp() != null && s.dateEmpStatApp().isAfter(e.start())
					&& !s.dateEmpStatApp().isAfter(end))
			.sorted(Comparator.comparing(LearnerEmploymentStatus::dateEmpStatApp))
			.toList();
	}

	/** The EmpIds of a programme: the employer at its start, then each other one dated within it, in date order. */
	private static List<Integer> employerIds(IlrIndex index, ProgrammeEpisode e) {
		List<Integer> ids = new ArrayList<>();
		LearnerEmploymentStatus atStart = statusBefore(e.learner(), e.start().plusDays(1));
		if (atStart != null && atStart.empId() != null) {
			ids.add(atStart.empId());
		}
		for (LearnerEmploymentStatus s : statusesDuring(index, e)) {
			if (s.empId() != null && !ids.contains(s.empId())) {
				ids.add(s.empId());
			}
		}
		return ids;
	}

	private static boolean hasEsm(LearnerEmploymentStatus s, String type, int code) {
		return s.employmentStatusMonitoring()
			.stream()
			.anyMatch(m -> type.equals(m.esmType()) && Objects.equals(m.esmCode(), code));
	}

	private static boolean hasCode(LearningDeliveryFAM f, String code) {
		return f.learnDelFAMCode() != null && code.equals(f.learnDelFAMCode().strip());
	}

	/** The last day of the teaching year the schema is for: 31 July 2026 for 2025-26. */
	private static LocalDate yearEnd() {
		return LocalDate.of(2000 + Integer.parseInt(IlrSchema.YEAR.substring(2)), 7, 31);
	}

	/**
	 * Why an aim (with the aims grouped under it) goes on into next year's file: on a break, awaiting an outcome
	 * (at gateway, or Outcome 8) or still open; null when it does not.
	 */
	private static String carryReason(LearningDelivery a) {
		ProgrammeStatus status = Programmes.status(a);
		if (status == ProgrammeStatus.BREAK) {
			return "on a break";
		}
		if (status == ProgrammeStatus.GATEWAY || Objects.equals(a.outcome(), 8)) {
			return "awaiting outcome";
		}
		return a.learnActEndDate() == null ? "open" : null;
	}

	/**
	 * An aim belongs in the file of the teaching year from {@code start} to {@code end} when it starts by the year's
	 * end and is carried on (see {@link #carryReason}), ended within or after the year's start, or was achieved then.
	 */
	private static boolean inYear(LearningDelivery a, LocalDate start, LocalDate end) {
		if (a.learnStartDate() != null && a.learnStartDate().isAfter(end)) {
			return false;
		}
		return carryReason(a) != null || !a.learnActEndDate().isBefore(start)
				|| (a.achDate() != null && !a.achDate().isBefore(start));
	}

	private static LocalDate latest(List<LocalDate> dates) {
		return dates.stream().filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
	}

	private static boolean returned(IlrIndex index, ProgrammeEpisode e) {
		return e.learner()
			.learningDelivery()
			.stream()
			.anyMatch(o -> o != e.mainAim() && Objects.equals(o.aimType(), e.mainAim().aimType())
					&& DerivedData.sameProgramme(o, e.mainAim()) && Objects.equals(o.learnAimRef(), e.mainAim().learnAimRef())
					&& o.learnStartDate() != null && e.start() != null && o.learnStartDate().isAfter(e.start()));
	}

	private static boolean followsBreakOrWithdrawal(Learner l, LearningDelivery a) {
		return l.learningDelivery()
			.stream()
			.anyMatch(o -> o != a && o.isProgrammeAim() && DerivedData.sameProgramme(o, a) && o.learnStartDate() != null
					&& a.learnStartDate() != null && o.learnStartDate().isBefore(a.learnStartDate())
					&& (Objects.equals(o.compStatus(), 6) || Objects.equals(o.compStatus(), 3)));
	}

	private interface AimVisitor {

		void visit(Learner l, LearningDelivery a);
	}

	private static void eachAim(IlrIndex index, AimVisitor v) {
		for (Learner l : index.message().learners()) {
			for (LearningDelivery a : l.learningDelivery()) {
				v.visit(l, a);
			}
		}
	}

	private static Map<String, List<Integer>> group(IlrIndex index, Function<Learner, String> key) {
		Map<String, List<Integer>> by = new LinkedHashMap<>();
		List<Learner> ls = index.message().learners();
		for (int i = 0; i < ls.size(); i++) {
			String k = key.apply(ls.get(i));
			if (k != null) {
				by.computeIfAbsent(k, x -> new ArrayList<>(2)).add(i);
			}
		}
		return by;
	}

	private static void rowsForGroups(IlrIndex index, Map<String, List<Integer>> by, Table.Builder t,
			Function<Learner, Object[]> row) {
		for (List<Integer> records : by.values()) {
			if (records.size() < 2) {
				continue;
			}
			for (int i : records) {
				Object[] values = row.apply(index.message().learners().get(i));
				Object[] withRecord = java.util.Arrays.copyOf(values, values.length + 1);
				withRecord[values.length] = i + 1;
				t.row(withRecord);
			}
		}
	}
}

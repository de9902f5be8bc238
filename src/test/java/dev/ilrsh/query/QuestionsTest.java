package dev.ilrsh.query;

import static dev.ilrsh.programme.Ilrs.aim;
import static dev.ilrsh.programme.Ilrs.component;
import static dev.ilrsh.programme.Ilrs.d;
import static dev.ilrsh.programme.Ilrs.learner;
import static dev.ilrsh.programme.Ilrs.programme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.model.Learner;
import dev.ilrsh.programme.Ilrs;
import dev.ilrsh.render.Format;
import dev.ilrsh.render.Table;
import dev.ilrsh.render.TableRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each question on a few learners whose answer is known by construction; the reference date is 2025-11-20. */
class QuestionsTest {

	static final QuestionCatalog CATALOG = QuestionCatalog.standard();

	static Table ask(String id, Learner... learners) {
		try (IlrIndex index = IlrIndex.build(Ilrs.message("2025-11-20", learners))) {
			AskResult r = CATALOG.ask(index, id);
			assertThat(r.question().id()).isEqualTo(id);
			return r.table();
		}
	}

	static List<Object> column(Table t, String name) {
		int c = t.columns().indexOf(name);
		return t.rows().stream().map(r -> r.get(c)).toList();
	}

	static Ilrs.LearnerBuilder person(String ref, long uln, String given, String family) {
		return learner(ref).uln(uln).name(given, family);
	}

	@Test
	void thereAreAtLeastThirtyQuestionsEachWithIdTitleAndDescription() {
		assertThat(CATALOG.questions()).hasSizeGreaterThanOrEqualTo(30);
		assertThat(CATALOG.questions()).allSatisfy(q -> {
			assertThat(q.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
			assertThat(q.title()).endsWith("?");
			assertThat(q.description()).isNotBlank();
			assertThat(q.synonyms()).isNotEmpty();
		});
	}

	@Test
	void everyQuestionAnswersTheForumCase() throws Exception {
		var message = dev.ilrsh.xml.IlrReader.read(dev.ilrsh.testing.Fixtures.path("forum-case-two-records.xml"))
			.message();
		try (IlrIndex index = IlrIndex.build(message)) {
			for (Question q : CATALOG.questions()) {
				assertThat(q.answer(index).columns()).as(q.id()).isNotEmpty();
			}
			assertThat(column(CATALOG.ask(index, "duplicate-uln").table(), "LearnRefNumber")).containsExactly("APP001",
					"APP002");
			assertThat(column(CATALOG.ask(index, "same-person-two-references").table(), "LearnRefNumber"))
				.containsExactly("APP001", "APP002");
			assertThat(CATALOG.ask(index, "multiple-programmes").table().rows()).isEmpty();
		}
	}

	@Test
	void multipleProgrammes() {
		Table t = ask("multiple-programmes",
				person("MP1", 1000000043L, "Amara", "Okafor")
					.aims(programme(1, 91, "2024-01-08", "2025-09-30").achieved("2025-08-29", "2025-10-22"),
							component(2, "ZSTD0091", 91, "2024-01-08", "2025-08-29"),
							programme(3, 300, "2025-11-03", "2028-11-02"),
							component(4, "ZSTD0300", 300, "2025-11-03", "2028-11-02"))
					.build(),
				person("ONE", 1000000019L, "Ben", "One").aims(programme(1, 91, "2024-01-08", "2025-09-30")).build());
		assertThat(TableRenderer.render(t, Format.TABLE)).isEqualTo("""
				LearnRefNumber  ULN         AimSeqNumber  ProgType                    StdCode  LearnStartDate  EffectiveEnd  Status
				--------------  ----------  ------------  --------------------------  -------  --------------  ------------  ----------
				MP1             1000000043  1             25 apprenticeship standard  91       2024-01-08      2025-10-22    achieved
				MP1             1000000043  3             25 apprenticeship standard  300      2025-11-03      2099-12-31    continuing
				""");
	}

	@Test
	void duplicateReferencesIgnoreCase() {
		Table t = ask("duplicate-learnrefnumber", person("DUP1", 1000000019L, "A", "One").aims(aim(1, "6001", 4,
				"2025-09-01", "2026-06-30")).build(),
				person("dup1", 1000000027L, "B", "Two").aims(aim(1, "6001", 4, "2025-09-01", "2026-06-30")).build(),
				person("OTHER", 1000000035L, "C", "Three").aims(aim(1, "6001", 4, "2025-09-01", "2026-06-30")).build());
		assertThat(column(t, "LearnRefNumber")).containsExactly("DUP1", "dup1");
		assertThat(column(t, "Record")).containsExactly(1, 2);
	}

	@Test
	void duplicateUlnsButNotTheUnknownOne() {
		Table t = ask("duplicate-uln",
				person("U1", 1000000035L, "A", "One").aims(aim(1, "6001", 4, "2025-09-01", "2026-06-30")).build(),
				person("U2", 1000000035L, "B", "Two").aims(aim(1, "6001", 4, "2025-09-01", "2026-06-30")).build(),
				person("U3", 9999999999L, "C", "Three").aims(aim(1, "6001", 4, "2025-09-01", "2026-06-30")).build(),
				person("U4", 9999999999L, "D", "Four").aims(aim(1, "6001", 4, "2025-09-01", "2026-06-30")).build());
		assertThat(column(t, "LearnRefNumber")).containsExactly("U1", "U2");
	}

	@Test
	void samePersonMatchesNamesIgnoringCaseAndSpacesAndTheDateOfBirth() {
		Table t = ask("same-person-two-references",
				person("P1", 1000000035L, "Priya", "Shah").dob("1999-02-02")
					.aims(aim(1, "6001", 4, "2025-09-01", "2026-06-30"))
					.build(),
				person("P2", 1000000043L, "priya ", "SHAH").dob("1999-02-02")
					.aims(aim(1, "6001", 4, "2025-09-01", "2026-06-30"))
					.build(),
				person("P3", 1000000051L, "Priya", "Shah").dob("1999-02-03")
					.aims(aim(1, "6001", 4, "2025-09-01", "2026-06-30"))
					.build());
		assertThat(column(t, "LearnRefNumber")).containsExactly("P1", "P2");
	}

	@Test
	void ulnUnknownOrFailingItsCheckDigit() {
		Table t = ask("uln-unknown-or-invalid",
				person("OK", 1000000043L, "A", "One").aims(aim(1, "6001", 4, "2025-09-01", "2026-06-30")).build(),
				person("NK", 9999999999L, "B", "Two").aims(aim(1, "6001", 4, "2025-09-01", "2026-06-30")).build(),
				person("BAD", 1000000042L, "C", "Three").aims(aim(1, "6001", 4, "2025-09-01", "2026-06-30")).build());
		assertThat(t.rows()).containsExactly(List.<Object>of("NK", 9999999999L, "not-known"),
				List.of("BAD", 1000000042L, "invalid"));
	}

	@Test
	void overlapIsInclusiveOfTheEffectiveEndDay() {
		Table t = ask("overlapping-programmes",
				person("ON", 1000000043L, "A", "One").aims(
						programme(1, 94, "2024-09-02", "2025-03-01").achieved("2025-03-01", "2025-03-10"),
						programme(2, 95, "2025-03-10", "2026-06-30")).build(),
				person("DAYAFTER", 1000000019L, "B", "Two").aims(
						programme(1, 94, "2024-09-02", "2025-03-01").achieved("2025-03-01", "2025-03-10"),
						programme(2, 95, "2025-03-11", "2026-06-30")).build(),
				person("OPEN", 1000000027L, "C", "Three").aims(programme(1, 94, "2024-09-02", "2025-03-01"),
						programme(2, 95, "2025-09-01", "2026-06-30")).build());
		assertThat(TableRenderer.render(t, Format.CSV)).isEqualTo("""
				LearnRefNumber,AimSeqNumber,LearnStartDate,OtherAimSeqNumber,OtherLearnStartDate,OtherEffectiveEnd\r
				ON,2,2025-03-10,1,2024-09-02,2025-03-10\r
				OPEN,2,2025-09-01,1,2024-09-02,2099-12-31\r
				""");
	}

	@Test
	void programmesWithoutComponentsAndComponentsWithoutProgrammes() {
		Learner l = person("S1", 1000000043L, "A", "One")
			.aims(programme(1, 94, "2025-09-01", "2026-12-31"), component(2, "ZSTD0095", 95, "2025-09-01", "2026-12-31"),
					programme(3, 96, "2025-09-01", "2026-12-31"), component(4, "ZSTD0096", 96, "2025-09-01", "2026-12-31"))
			.build();
		assertThat(column(ask("programme-without-components", l), "AimSeqNumber")).containsExactly(1);
		assertThat(column(ask("components-without-programme", l), "AimSeqNumber")).containsExactly(2);
	}

	@Test
	void componentsOpenAfterTheirProgrammeClosed() {
		Table t = ask("components-open-after-programme", person("C1", 1000000043L, "A", "One")
			.aims(programme(1, 94, "2024-09-02", "2025-09-30").set("LearnActEndDate", d("2025-09-30")),
					component(2, "ZSTD0094", 94, "2024-09-02", "2025-09-30"),
					component(3, "ZMATHS01", 94, "2024-09-02", "2025-09-30").end("2025-09-01", 2, 1),
					// open, but English or maths (it carries ACT), which R90 leaves out too
					component(4, "ZENGL01", 94, "2024-09-02", "2025-09-30").fam("ACT", "1", "2024-09-02", null))
			.build());
		assertThat(t.rows()).containsExactly(List.<Object>of("C1", 1, d("2025-09-30"), 2, "ZSTD0094"));
	}

	@Test
	void englishAndMathsOpenAfterTheProgrammeForLearnersAged19AtStart() {
		// 19 on the start day 2024-09-02; the other learner turns 19 the day after
		Learner adult = person("ADULT", 1000000043L, "A", "One").dob("2005-09-02")
			.aims(programme(1, 94, "2024-09-02", "2025-09-30").set("LearnActEndDate", d("2025-09-30")),
					component(2, "ZMATHS01", 94, "2024-09-02", "2025-09-30").fam("ACT", "1", "2024-09-02", null),
					component(3, "ZSTD0094", 94, "2024-09-02", "2025-09-30"),
					component(4, "ZENGL01", 94, "2024-09-02", "2025-09-30").fam("ACT", "1", "2024-09-02", null)
						.end("2025-06-30", 2, 1))
			.build();
		Learner teen = person("TEEN", 1000000019L, "B", "Two").dob("2005-09-03")
			.aims(programme(1, 94, "2024-09-02", "2025-09-30").set("LearnActEndDate", d("2025-09-30")),
					component(2, "ZMATHS01", 94, "2024-09-02", "2025-09-30").fam("ACT", "1", "2024-09-02", null))
			.build();
		Learner stillIn = person("OPEN", 1000000027L, "C", "Three").dob("2000-01-01")
			.aims(programme(1, 94, "2024-09-02", "2026-09-30"),
					component(2, "ZMATHS01", 94, "2024-09-02", "2026-09-30").fam("ACT", "1", "2024-09-02", null))
			.build();
		Table t = ask("adult-english-maths-open-after-programme", adult, teen, stillIn);
		assertThat(t.rows()).containsExactly(List.<Object>of("ADULT", 1, 94, 19, d("2025-09-30"), 2, "ZMATHS01"));
	}

	@Test
	void pastPlannedEndCountsFromTheDayAfter() {
		Table t = ask("past-planned-end", person("P", 1000000043L, "A", "One")
			.aims(aim(1, "60000001", 4, "2025-01-01", "2025-11-19"), aim(2, "60000002", 4, "2025-01-01", "2025-11-20"),
					aim(3, "60000003", 4, "2025-01-01", "2025-10-20"),
					aim(4, "60000004", 4, "2025-01-01", "2025-10-01").end("2025-11-01", 2, 1))
			.build());
		assertThat(column(t, "AimSeqNumber")).containsExactly(3, 1);
		assertThat(column(t, "DaysPastPlannedEnd")).containsExactly(31L, 1L);
	}

	@Test
	void atGatewayBothCodingsLongestFirst() {
		Table t = ask("at-gateway",
				person("G1", 1000000043L, "A", "One").aims(programme(1, 94, "2024-09-02", "2025-09-30")
					.set("LearnActEndDate", d("2025-09-30"))
					.set("EPAOrgID", "EPA0001")).build(),
				person("G2", 1000000019L, "B", "Two")
					.aims(programme(1, 94, "2024-09-02", "2025-09-30").end("2025-08-31", 2, 8))
					.build(),
				person("DONE", 1000000027L, "C", "Three")
					.aims(programme(1, 94, "2024-09-02", "2025-09-30").achieved("2025-08-31", "2025-10-31"))
					.build());
		assertThat(t.rows()).containsExactly(java.util.Arrays.asList("G2", 1, 94, d("2025-08-31"), 81L, null),
				List.<Object>of("G1", 1, 94, d("2025-09-30"), 51L, "EPA0001"));
	}

	@Test
	void completedWithoutAchievementDate() {
		Table t = ask("completed-without-achdate",
				person("C1", 1000000043L, "A", "One")
					.aims(programme(1, 94, "2024-09-02", "2025-09-30").end("2025-08-01", 2, 1))
					.build(),
				person("OLD", 1000000019L, "B", "Two")
					.aims(programme(1, 94, "2019-09-02", "2021-07-31").end("2021-07-31", 2, 1))
					.build(),
				person("OK", 1000000027L, "C", "Three")
					.aims(programme(1, 94, "2024-09-02", "2025-09-30").achieved("2025-08-01", "2025-09-01"))
					.build());
		assertThat(column(t, "LearnRefNumber")).containsExactly("C1");
	}

	@Test
	void actRecordsAgainstAchievementAndContinuing() {
		Learner open = person("OPEN", 1000000043L, "A", "One")
			.aims(programme(1, 94, "2024-09-02", "2025-09-30").end("2025-08-01", 2, 1).set("AchDate", d("2025-09-01")))
			.build();
		Learner wrong = person("WRONG", 1000000019L, "B", "Two")
			.aims(programme(1, 94, "2024-09-02", "2025-09-30").end("2025-08-01", 2, 1)
				.set("AchDate", d("2025-09-01"))
				.closeAct("2025-08-01"))
			.build();
		Learner right = person("RIGHT", 1000000027L, "C", "Three")
			.aims(programme(1, 94, "2024-09-02", "2025-09-30").achieved("2025-08-01", "2025-09-01"))
			.build();
		Learner closedEarly = person("EARLY", 1000000035L, "D", "Four")
			.aims(programme(1, 94, "2024-09-02", "2026-09-30").closeAct("2025-06-30"))
			.build();
		assertThat(column(ask("act-not-closed-at-achievement", open, wrong, right, closedEarly), "LearnRefNumber"))
			.containsExactly("OPEN", "WRONG");
		assertThat(column(ask("act-closed-while-continuing", open, right, closedEarly), "LearnRefNumber"))
			.containsExactly("EARLY");
	}

	@Test
	void breaksAYearIsTheBoundaryAndAReturnIsSeen() {
		Learner year = person("Y365", 1000000043L, "A", "One")
			.aims(programme(1, 94, "2024-01-02", "2025-12-31").end("2024-11-20", 6, null))
			.build();
		Learner lessThanYear = person("Y364", 1000000019L, "B", "Two")
			.aims(programme(1, 94, "2024-01-02", "2025-12-31").end("2024-11-21", 6, null))
			.build();
		Learner back = person("BACK", 1000000027L, "C", "Three")
			.aims(programme(1, 94, "2024-01-02", "2025-12-31").end("2024-03-01", 6, null),
					programme(2, 94, "2024-06-03", "2026-06-30").set("OrigLearnStartDate", d("2024-01-02"))
						.fam("RES", "1", null, null))
			.build();
		Table onBreak = ask("on-break", year, lessThanYear, back);
		assertThat(column(onBreak, "LearnRefNumber")).containsExactly("Y365", "Y364", "BACK");
		assertThat(column(onBreak, "DaysOnBreak")).containsExactly(365L, 364L, 629L);
		assertThat(column(onBreak, "Returned")).containsExactly("no", "no", "yes");
		assertThat(column(ask("long-break", year, lessThanYear, back), "LearnRefNumber")).containsExactly("Y365");
	}

	@Test
	void restartProblemsAndRestarts() {
		Learner noRes = person("NORES", 1000000043L, "A", "One")
			.aims(programme(1, 94, "2025-01-06", "2026-06-30").set("OrigLearnStartDate", d("2024-01-08")))
			.build();
		Learner noOrig = person("NOORIG", 1000000019L, "B", "Two")
			.aims(programme(1, 94, "2025-01-06", "2026-06-30").fam("RES", "1", null, null))
			.build();
		Learner unflagged = person("UNFLAG", 1000000027L, "C", "Three")
			.aims(programme(1, 94, "2024-01-08", "2026-06-30").withdrawn("2024-06-30", 44),
					programme(2, 94, "2025-01-06", "2026-06-30"))
			.build();
		Learner wrongOrig = person("WRONGO", 1000000035L, "D", "Four")
			.aims(programme(1, 94, "2024-01-08", "2026-06-30").end("2024-06-30", 6, null),
					programme(2, 94, "2025-01-06", "2026-06-30").set("OrigLearnStartDate", d("2024-01-09"))
						.fam("RES", "1", null, null))
			.build();
		Learner good = person("GOOD", 1000000051L, "E", "Five")
			.aims(programme(1, 94, "2024-01-08", "2026-06-30").end("2024-06-30", 6, null),
					programme(2, 94, "2025-01-06", "2026-06-30").set("OrigLearnStartDate", d("2024-01-08"))
						.fam("RES", "1", null, null))
			.build();
		Table t = ask("restart-problems", noRes, noOrig, unflagged, wrongOrig, good);
		assertThat(column(t, "LearnRefNumber")).containsExactly("NORES", "NOORIG", "UNFLAG", "WRONGO");
		assertThat(column(t, "Problem")).containsExactly("OrigLearnStartDate without RES", "RES without OrigLearnStartDate",
				"follows a break or withdrawal on the same programme but has no RES",
				"OrigLearnStartDate matches no earlier start of this aim");
		assertThat(column(ask("restarts", noRes, noOrig, good), "LearnRefNumber")).containsExactly("NOORIG", "GOOD");
	}

	@Test
	void transfersWithAndWithoutANewProgramme() {
		Learner stuck = person("STUCK", 1000000043L, "A", "One")
			.aims(programme(1, 94, "2024-09-02", "2026-06-30").withdrawn("2025-06-30", 40))
			.build();
		Learner moved = person("MOVED", 1000000019L, "B", "Two")
			.aims(programme(1, 94, "2024-09-02", "2026-06-30").withdrawn("2025-06-30", 40),
					programme(2, 95, "2025-07-01", "2026-12-31"))
			.build();
		Learner left = person("LEFT", 1000000027L, "C", "Three")
			.aims(programme(1, 94, "2024-09-02", "2026-06-30").withdrawn("2025-06-30", 44))
			.build();
		Table t = ask("transfer-without-new-programme", stuck, moved, left);
		assertThat(t.rows()).containsExactly(List.<Object>of("STUCK", 1, 94, d("2025-06-30"), 143L));
	}

	@Test
	void missingPricesAndPricesAfterTheEnd() {
		Learner both = person("BOTH", 1000000043L, "A", "One")
			.aims(programme(1, 94, "2025-09-01", "2026-12-31").tnp(2, "2025-09-01", 1000))
			.build();
		Learner no2 = person("NO2", 1000000019L, "B", "Two").aims(programme(1, 94, "2025-09-01", "2026-12-31")).build();
		Learner none = person("NONE", 1000000027L, "C", "Three")
			.aims(programme(1, 94, "2025-09-01", "2026-12-31").noPrices())
			.build();
		Learner late = person("LATE", 1000000035L, "D", "Four")
			.aims(programme(1, 94, "2024-09-01", "2025-12-31").tnp(2, "2024-09-01", 1000)
				.withdrawn("2025-06-30", 44)
				.tnp(1, "2025-07-01", 5000))
			.build();
		Table t = ask("missing-tnp", both, no2, none, late);
		assertThat(column(t, "LearnRefNumber")).containsExactly("NO2", "NONE");
		assertThat(column(t, "Missing")).containsExactly("TNP2", "TNP1, TNP2");
		assertThat(column(ask("price-after-end", both, late), "AFinDate")).containsExactly(d("2025-07-01"));
	}

	@Test
	void nonLevyApprenticesWithoutAnEmployerPayment() {
		Learner levy = person("LEVY", 1000000043L, "A", "One")
			.aims(programme(1, 94, "2020-09-01", "2022-09-30"))
			.build();
		Learner unpaid = person("UNPAID", 1000000019L, "B", "Two").employment(10, "2020-08-01", 123456789)
			.esm("SEM", 1)
			.aims(programme(1, 94, "2020-09-01", "2022-09-30").noFams().fam("ACT", "2", "2020-09-01", null))
			.build();
		Learner reimbursed = person("PMR3", 1000000027L, "C", "Three")
			.aims(programme(1, 94, "2020-09-01", "2022-09-30").noFams()
				.fam("ACT", "2", "2020-09-01", null)
				.pmr(3, "2020-10-01", 100))
			.build();
		Learner paid = person("PAID", 1000000035L, "D", "Four")
			.aims(programme(1, 94, "2020-09-01", "2022-09-30").noFams()
				.fam("ACT", "2", "2020-09-01", null)
				.pmr(1, "2020-10-01", 100))
			.build();
		Table t = ask("non-levy-without-co-investment", levy, unpaid, reimbursed, paid);
		assertThat(t.rows()).containsExactly(List.<Object>of("UNPAID", 1, 94, d("2020-09-01"), 20, "yes", 9000),
				List.<Object>of("PMR3", 1, 94, d("2020-09-01"), 20, "no", 9000));
	}

	@Test
	void plannedOffTheJobHoursAgainstTheMinimumForTheStartDate() {
		Learner l = person("H", 1000000043L, "A", "One")
			.aims(programme(1, 94, "2025-08-01", "2026-12-31").set("PHours", 186),
					programme(2, 95, "2025-08-01", "2026-12-31").set("PHours", 187),
					programme(3, 96, "2025-07-31", "2026-12-31").set("PHours", 277),
					programme(4, 97, "2025-07-31", "2026-12-31").set("PHours", 278),
					programme(5, 98, "2025-09-01", "2026-12-31"),
					programme(6, 99, "2025-09-01", "2026-12-31").set("PHours", 10).fam("RES", "1", null, null)
						.set("OrigLearnStartDate", d("2024-09-01")))
			.build();
		Table t = ask("planned-otj-hours", l);
		assertThat(column(t, "AimSeqNumber")).containsExactly(3, 1, 5);
		assertThat(column(t, "Minimum")).containsExactly(278, 187, 187);
		assertThat(column(t, "Problem")).containsExactly("below minimum", "below minimum", "missing");
	}

	@Test
	void actualOffTheJobHours() {
		Learner l = person("H", 1000000043L, "A", "One")
			.aims(programme(1, 91, "2023-09-01", "2025-03-31").achieved("2025-03-31", "2025-05-01"),
					programme(2, 92, "2023-09-01", "2025-03-31").withdrawn("2025-03-31", 44),
					programme(3, 93, "2023-09-01", "2025-03-31").achieved("2025-03-31", "2025-05-01")
						.set("PHours", 400)
						.set("OTJActHours", 399),
					programme(4, 94, "2023-09-01", "2025-03-31").achieved("2025-03-31", "2025-05-01")
						.set("PHours", 400)
						.set("OTJActHours", 400))
			.build();
		Table t = ask("actual-otj-hours", l);
		assertThat(column(t, "AimSeqNumber")).containsExactly(1, 2, 3);
		assertThat(column(t, "Problem")).containsExactly("missing for a completer", "missing for a withdrawal",
				"below planned hours");
	}

	@Test
	void minimumDurationADayEitherSideOfTheThreshold() {
		Learner l = person("D", 1000000043L, "A", "One").dob("2000-01-01")
			.aims(programme(1, 91, "2025-08-01", "2026-03-31").achieved("2026-03-31", "2026-04-30"), // 242 days
					programme(2, 92, "2025-08-01", "2026-03-30").achieved("2026-03-30", "2026-04-30"), // 241 days
					programme(3, 93, "2024-08-01", "2025-08-01").achieved("2025-08-01", "2025-09-30"), // 365 days
					programme(4, 94, "2024-08-01", "2025-07-31").achieved("2025-07-31", "2025-09-30"), // 364 days
					programme(5, 95, "2025-08-01", "2026-03-30").fam("RES", "1", null, null)
						.set("OrigLearnStartDate", d("2024-09-01")))
			.build();
		Table t = ask("short-programmes", l);
		assertThat(t.rows()).extracting(r -> r.get(1) + " " + r.get(5) + " " + r.get(6) + " " + r.get(7))
			.containsExactly("4 364 365 planned", "4 364 365 actual", "2 241 242 planned", "2 241 242 actual");
	}

	@Test
	void employmentStatusMustBeDatedBeforeTheStart() {
		Learner onTheDay = person("SAMEDAY", 1000000043L, "A", "One").employment(10, "2025-09-01", 1)
			.aims(programme(1, 94, "2025-09-01", "2026-12-31"))
			.build();
		Learner dayBefore = person("BEFORE", 1000000019L, "B", "Two").employment(10, "2025-08-31", 1)
			.aims(programme(1, 94, "2025-09-01", "2026-12-31"))
			.build();
		Learner unemployed = person("UNEMP", 1000000027L, "C", "Three").employment(11, "2025-08-01", null)
			.aims(programme(1, 94, "2025-09-01", "2026-12-31"))
			.build();
		assertThat(column(ask("no-employment-status-before-start", onTheDay, dayBefore, unemployed), "LearnRefNumber"))
			.containsExactly("SAMEDAY");
		assertThat(column(ask("not-employed-at-start", onTheDay, dayBefore, unemployed), "LearnRefNumber"))
			.containsExactly("UNEMP");
	}

	@Test
	void employerChangeWithinAProgramme() {
		Learner changed = person("CHG", 1000000043L, "A", "One").employment(10, "2024-08-01", 111111111)
			.employment(10, "2025-03-01", 222222222)
			.aims(programme(1, 94, "2024-09-02", "2026-12-31").tnp(3, "2025-03-01", 4000))
			.build();
		Learner same = person("SAME", 1000000019L, "B", "Two").employment(10, "2024-08-01", 111111111)
			.employment(10, "2025-03-01", 111111111)
			.aims(programme(1, 94, "2024-09-02", "2026-12-31"))
			.build();
		Table t = ask("employer-changed", changed, same);
		assertThat(t.rows()).containsExactly(List.<Object>of("CHG", 1, 94, List.of(111111111, 222222222), "yes"));
	}

	@Test
	void employerChangeWithoutAResidualPriceCountsFromTheDayAfterTheStart() {
		Learner changed = person("CHG", 1000000043L, "A", "One").employment(10, "2024-08-01", 111111111)
			.employment(10, "2025-03-01", 222222222)
			.aims(programme(1, 94, "2024-09-02", "2026-12-31"))
			.build();
		Learner priced = person("PRICED", 1000000019L, "B", "Two").employment(10, "2024-08-01", 111111111)
			.employment(10, "2025-03-01", 222222222)
			.aims(programme(1, 94, "2024-09-02", "2026-12-31").tnp(3, "2025-03-01", 4000))
			.build();
		Learner monitored = person("OET", 1000000027L, "C", "Three").employment(10, "2024-08-01", 999999999)
			.employment(10, "2025-03-01", 999999999)
			.esm("OET", 3)
			.aims(programme(1, 94, "2024-09-02", "2026-12-31"))
			.build();
		Learner onStartDay = person("ONSTART", 1000000035L, "D", "Four").employment(10, "2024-08-01", 111111111)
			.employment(10, "2024-09-02", 222222222)
			.aims(programme(1, 94, "2024-09-02", "2026-12-31"))
			.build();
		Learner dayAfter = person("DAYAFTER", 1000000051L, "E", "Five").employment(10, "2024-08-01", 111111111)
			.employment(10, "2024-09-03", 222222222)
			.aims(programme(1, 94, "2024-09-02", "2026-12-31"))
			.build();
		Table t = ask("missing-residual-price", changed, priced, monitored, onStartDay, dayAfter);
		assertThat(t.rows()).containsExactly(
				List.<Object>of("CHG", 1, 94, d("2024-09-02"), List.of(111111111, 222222222), "no"),
				List.<Object>of("OET", 1, 94, d("2024-09-02"), List.of(999999999), "yes"),
				List.<Object>of("DAYAFTER", 1, 94, d("2024-09-02"), List.of(111111111, 222222222), "no"));
	}

	@Test
	void fullPriceDatedAfterAResidualPrice() {
		Learner l = person("LATE", 1000000043L, "A", "One")
			.aims(programme(1, 94, "2024-09-02", "2026-12-31").tnp(2, "2024-09-02", 1000)
				.tnp(3, "2025-03-01", 4000)
				.tnp(1, "2025-03-01", 5000)
				.tnp(2, "2025-03-02", 900))
			.build();
		Learner noResidual = person("NORES", 1000000019L, "B", "Two")
			.aims(programme(1, 94, "2024-09-02", "2026-12-31").tnp(1, "2025-03-02", 9500))
			.build();
		Table t = ask("full-price-after-residual-price", l, noResidual);
		assertThat(t.rows()).containsExactly(List.<Object>of("LATE", 1, 94, 2, d("2025-03-02"), 3, d("2025-03-01")));
	}

	@Test
	void carryIntoNextYearAndBelongsToNextYear() {
		Learner l = person("N", 1000000043L, "A", "One")
			.aims(programme(1, 91, "2024-01-08", "2025-09-30").achieved("2025-08-29", "2025-10-22"),
					programme(2, 92, "2025-01-06", "2026-12-31").end("2025-06-30", 6, null),
					programme(3, 93, "2024-01-08", "2025-09-30").set("LearnActEndDate", d("2025-09-30")),
					programme(4, 94, "2025-11-03", "2028-11-02"), aim(5, "60000001", 4, "2026-07-31", "2026-12-31"),
					aim(6, "60000002", 4, "2026-08-01", "2026-12-31"))
			.build();
		Table carry = ask("carry-into-next-year", l);
		assertThat(carry.rows()).extracting(r -> r.get(1) + " " + r.get(4))
			.containsExactly("[3] awaiting outcome", "[2] on a break", "[4] open", "[5] open", "[6] open");
		Table next = ask("belongs-to-next-year", l);
		assertThat(next.rows()).extracting(r -> r.get(1) + " " + r.get(3)).containsExactly("6 LearnStartDate");
	}

	@Test
	void learnersWithNothingInTheTeachingYear() {
		Learner ended = person("ENDED", 1000000043L, "A", "One")
			.aims(aim(1, "60000001", 4, "2024-09-01", "2025-07-31").end("2025-07-31", 2, 1))
			.build();
		Learner endedInYear = person("AUG1", 1000000019L, "B", "Two")
			.aims(aim(1, "60000001", 4, "2024-09-01", "2025-08-01").end("2025-08-01", 2, 1))
			.build();
		Learner future = person("FUTURE", 1000000027L, "C", "Three")
			.aims(aim(1, "60000001", 4, "2026-08-01", "2027-06-30"))
			.build();
		Learner lastDay = person("JUL31", 1000000035L, "D", "Four")
			.aims(aim(1, "60000001", 4, "2026-07-31", "2027-06-30"))
			.build();
		Learner achievedInYear = person("ACH", 1000000051L, "E", "Five")
			.aims(programme(1, 94, "2023-09-01", "2025-06-30").achieved("2025-06-30", "2025-08-15"))
			.build();
		Learner onBreak = person("BREAK", 1000000068L, "F", "Six")
			.aims(programme(1, 94, "2023-09-01", "2025-06-30").end("2024-03-01", 6, null))
			.build();
		Learner atGateway = person("GATEWAY", 1000000076L, "G", "Seven")
			.aims(programme(1, 94, "2023-09-01", "2025-07-15").set("LearnActEndDate", d("2025-07-15")))
			.build();
		Learner noAims = person("NOAIMS", 1000000084L, "H", "Eight").build();
		Table t = ask("not-in-this-year", ended, endedInYear, future, lastDay, achievedInYear, onBreak, atGateway,
				noAims);
		assertThat(TableRenderer.render(t, Format.CSV)).isEqualTo("""
				LearnRefNumber,ULN,Aims,LatestStart,LatestEnd,Reason\r
				ENDED,1000000043,1,2024-09-01,2025-07-31,ended before 2025-08-01\r
				FUTURE,1000000027,1,2026-08-01,,starts after 2026-07-31\r
				NOAIMS,1000000084,0,,,no aims\r
				""");
	}

	@Test
	void ageAtStartUsesTheOriginalStartForRestarts() {
		Learner l = person("AGE", 1000000043L, "A", "One").dob("2007-08-15")
			.fam("EHC", 1)
			.aims(programme(1, 94, "2025-09-01", "2026-12-31").set("OrigLearnStartDate", d("2025-08-14"))
				.fam("RES", "1", null, null), programme(2, 95, "2025-09-01", "2026-12-31"))
			.build();
		Table t = ask("age-at-start", l);
		assertThat(column(t, "AgeAtStart")).containsExactly(17, 18);
		Learner older = person("OLD", 1000000019L, "B", "Two").dob("2002-01-01")
			.fam("EHC", 1)
			.aims(programme(1, 94, "2025-09-01", "2026-12-31"))
			.build();
		Learner oldest = person("OLDEST", 1000000027L, "C", "Three").dob("2000-01-01")
			.aims(programme(1, 94, "2025-09-01", "2026-12-31"))
			.build();
		assertThat(column(ask("extra-payment-eligible", l, older, oldest), "Reason")).containsExactly(
				"aged 16-18 at start", "aged 16-18 at start", "aged 19-24 with an EHC plan");
	}

	@Test
	void subcontractedAimsWithoutAContractReference() {
		Learner l = person("SUB", 1000000043L, "A", "One")
			.aims(aim(1, "60000001", 4, "2025-09-01", "2025-12-31").set("FundModel", 37).set("PartnerUKPRN", 10000002),
					aim(2, "60000002", 4, "2025-09-01", "2025-12-31").set("FundModel", 37)
						.set("PartnerUKPRN", 10000002)
						.set("ConRefNumber", "SB-0001-0001"),
					aim(3, "60000003", 4, "2025-09-01", "2025-12-31").set("PartnerUKPRN", 10000002),
					aim(4, "60000004", 4, "2025-09-01", "2025-12-31").set("FundModel", 37),
					programme(5, 94, "2025-09-01", "2026-12-31"),
					component(6, "ZSTD0094", 94, "2025-09-01", "2026-12-31").set("PartnerUKPRN", 10000002))
			.build();
		Table t = ask("partner-aim-without-contract-reference", l);
		assertThat(t.rows()).containsExactly(List.<Object>of("SUB", 1, "60000001", 37, 10000002));
	}

	@Test
	void hintsThatALearnerCameFromAnotherProvider() {
		Learner prev = person("PREV", 1000000043L, "A", "One").set("PrevUKPRN", 10000002).build();
		Learner self = person("SELF", 1000000019L, "B", "Two").set("PrevUKPRN", 10000001).build();
		Learner merged = person("PM", 1000000027L, "C", "Three").set("PMUKPRN", 10000003).fam("NLM", 17).build();
		Learner moved = person("MCL", 1000000035L, "D", "Four").fam("NLM", 18).fam("NLM", 21).build();
		Learner other = person("OTHER", 1000000051L, "E", "Five").fam("NLM", 21).build();
		Table t = ask("came-from-another-provider", prev, self, merged, moved, other);
		assertThat(TableRenderer.render(t, Format.CSV)).isEqualTo("""
				LearnRefNumber,ULN,PrevUKPRN,PMUKPRN,NLM,Hint\r
				PREV,1000000043,10000002,,,another provider last year\r
				PM,1000000027,,10000003,17,provider before a merger; moved in a provider merger\r
				MCL,1000000035,,,18,moved because of the minimum contract level\r
				""");
	}

	@Test
	void smallerChecks() {
		Learner l = person("X", 1000000043L, "A", "One")
			.aims(aim(1, "60000001", 4, "2025-01-01", "2025-10-01").set("CompStatus", 2)
				.set("LearnActEndDate", d("2025-10-01"))
				.set("SWSupAimId", "abc"), aim(1, "60000002", 4, "2025-01-01", "2026-10-01").set("SWSupAimId", "ABC"),
					programme(5, 94, "2025-09-01", "2026-01-31"), programme(6, 95, "2025-09-01", "2026-03-31"))
			.build();
		assertThat(column(ask("completed-without-outcome", l), "AimSeqNumber")).containsExactly(1);
		assertThat(column(ask("aim-sequence-problems", l), "Problem")).containsExactly("repeated", "repeated",
				"greater than the number of aims", "greater than the number of aims");
		assertThat(column(ask("duplicate-software-aim-id", l), "LearnAimRef")).containsExactly("60000001", "60000002");
		// planned end 2026-02-18 is 90 days after 2025-11-20: in; 2026-03-31 is out
		assertThat(column(ask("no-epa-organisation", l), "AimSeqNumber")).containsExactly(5);
	}
}

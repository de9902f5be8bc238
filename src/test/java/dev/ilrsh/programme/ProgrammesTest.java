package dev.ilrsh.programme;

import static dev.ilrsh.programme.Ilrs.aim;
import static dev.ilrsh.programme.Ilrs.component;
import static dev.ilrsh.programme.Ilrs.d;
import static dev.ilrsh.programme.Ilrs.learner;
import static dev.ilrsh.programme.Ilrs.programme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.Learner;
import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.xml.IlrReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammesTest {

	@Test
	void aRestartOfTheSameStandardKeepsEachProgrammesOwnComponents() {
		Learner l = learner("R1").aims(
				programme(1, 94, "2024-09-02", "2026-03-31").end("2025-01-31", 6, null),
				component(2, "60012345", 94, "2024-09-02", "2026-03-31").end("2025-01-31", 6, null),
				programme(3, 94, "2025-04-01", "2026-09-30").set("OrigLearnStartDate", d("2024-09-02"))
					.fam("RES", "1", null, null),
				component(4, "60012345", 94, "2025-04-01", "2026-09-30"))
			.build();
		List<ProgrammeEpisode> episodes = Programmes.of(l, d("2025-11-20"));
		assertThat(episodes).extracting(ProgrammeEpisode::aimSeqNumbers).containsExactly(List.of(1, 2), List.of(3, 4));
		assertThat(episodes).extracting(ProgrammeEpisode::status)
			.containsExactly(ProgrammeStatus.BREAK, ProgrammeStatus.CONTINUING);
		ProgrammeEpisode restart = episodes.get(1);
		assertThat(restart.restart()).isTrue();
		assertThat(restart.programmeStart()).isEqualTo(d("2024-09-02")); // DD04: first start of 25/94
		assertThat(restart.originalStart()).isEqualTo(d("2024-09-02"));
	}

	@Test
	void twoStandardsOneAfterAnotherAndAimsOutsideProgrammes() {
		Learner l = learner("P1").aims(
				programme(1, 91, "2024-01-08", "2025-09-30").achieved("2025-08-29", "2025-10-22"),
				component(2, "ZSTD0091", 91, "2024-01-08", "2025-08-29").end("2025-08-29", 2, 1),
				programme(3, 300, "2025-11-03", "2028-11-02"), component(4, "ZSTD0300", 300, "2025-11-03", "2028-11-02"),
				component(5, "ORPHAN01", 999, "2025-11-03", "2026-11-02"),
				aim(6, "60000001", 4, "2025-09-01", "2026-06-30"))
			.build();
		List<ProgrammeEpisode> episodes = Programmes.of(l, d("2025-11-20"));
		assertThat(episodes).extracting(e -> e.kind() + " " + e.aimSeqNumbers() + " " + e.status().label())
			.containsExactly("PROGRAMME [1, 2] achieved", "STANDALONE [6] continuing", "PROGRAMME [3, 4] continuing",
					"ORPHAN_COMPONENT [5] continuing");
		assertThat(episodes.get(0).effectiveEnd()).isEqualTo(d("2025-10-22"));
		assertThat(episodes.get(0).actualDays()).isEqualTo(599);
		assertThat(episodes.get(2).isOpenEnded()).isTrue();
	}

	@Test
	void statusFollowsCompStatusOutcomeAndDates() {
		assertThat(status(programme(1, 1, "2024-01-01", "2025-01-01"))).isEqualTo(ProgrammeStatus.CONTINUING);
		// gateway as the helpdesk advises (1, end date, no AchDate) and as the PSM reads (2/8)
		assertThat(status(programme(1, 1, "2024-01-01", "2025-01-01").set("LearnActEndDate", d("2025-01-01"))))
			.isEqualTo(ProgrammeStatus.GATEWAY);
		assertThat(status(programme(1, 1, "2024-01-01", "2025-01-01").end("2025-01-01", 2, 8)))
			.isEqualTo(ProgrammeStatus.GATEWAY);
		assertThat(status(programme(1, 1, "2024-01-01", "2025-01-01").achieved("2025-01-01", "2025-02-01")))
			.isEqualTo(ProgrammeStatus.ACHIEVED);
		assertThat(status(programme(1, 1, "2024-01-01", "2025-01-01").end("2025-01-01", 2, 3)
			.set("AchDate", d("2025-02-01")))).isEqualTo(ProgrammeStatus.NOT_ACHIEVED);
		assertThat(status(aim(1, "60000001", 4, "2024-01-01", "2025-01-01").end("2025-01-01", 2, 8)))
			.isEqualTo(ProgrammeStatus.COMPLETED);
		assertThat(status(programme(1, 1, "2024-01-01", "2025-01-01").end("2024-06-01", 6, null)))
			.isEqualTo(ProgrammeStatus.BREAK);
		assertThat(status(programme(1, 1, "2024-01-01", "2025-01-01").withdrawn("2024-06-01", 44)))
			.isEqualTo(ProgrammeStatus.WITHDRAWN);
		for (int reason : new int[] { 2, 7, 40, 41, 47 }) {
			assertThat(status(programme(1, 1, "2024-01-01", "2025-01-01").withdrawn("2024-06-01", reason)))
				.isEqualTo(ProgrammeStatus.TRANSFERRED);
		}
	}

	@Test
	void pricesHoursAgeAndDaysPastPlannedEnd() {
		Learner l = learner("T1").dob("2007-08-15")
			.aims(programme(1, 94, "2025-08-14", "2025-11-18").tnp(2, "2025-08-14", 1500)
				.tnp(1, "2025-10-01", 8000)
				.tnp(3, "2025-10-01", 4000)
				.set("PHours", 300)
				.set("OTJActHours", 120)
				.set("OrigLearnStartDate", d("2024-08-14")))
			.build();
		ProgrammeEpisode e = Programmes.of(l, d("2025-11-20")).get(0);
		assertThat(e.tnpTotal()).isEqualTo(9500); // latest TNP1 (8000, 2025-10-01) + TNP2 1500
		assertThat(e.residualTotal()).isEqualTo(4000);
		assertThat(e.plannedOtjHours()).isEqualTo(300);
		assertThat(e.actualOtjHours()).isEqualTo(120);
		assertThat(e.ageAtStart()).isEqualTo(16); // age at the original start 2024-08-14, a day before 17th birthday
		assertThat(e.ageBand()).isEqualTo("16-18");
		assertThat(e.daysPastPlannedEnd()).isEqualTo(2);
		assertThat(e.plannedDays()).isEqualTo(96);
		assertThat(e.actualDays()).isNull();
	}

	@Test
	void theForumCaseHasOneProgrammePerRecord() throws Exception {
		var message = IlrReader.read(Fixtures.path("forum-case-two-records.xml")).message();
		List<ProgrammeEpisode> all = Programmes.of(message);
		assertThat(all).extracting(e -> e.learnRefNumber() + " " + e.label() + " " + e.status().label())
			.containsExactly("APP001 ZPROG001 25/91 achieved", "APP002 ZPROG001 25/300 continuing");
		assertThat(all.get(0).tnpTotal()).isEqualTo(10000);
		assertThat(all.get(0).referenceDate()).isEqualTo(d("2025-11-20"));
	}

	private static ProgrammeStatus status(Ilrs.AimBuilder b) {
		return Programmes.status(b.build());
	}
}

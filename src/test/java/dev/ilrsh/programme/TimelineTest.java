package dev.ilrsh.programme;

import static dev.ilrsh.programme.Ilrs.component;
import static dev.ilrsh.programme.Ilrs.d;
import static dev.ilrsh.programme.Ilrs.learner;
import static dev.ilrsh.programme.Ilrs.programme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.xml.IlrReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

	@Test
	void twoRecordsOfOnePersonShowTheGapBetweenTheirProgrammes() throws Exception {
		var message = IlrReader.read(Fixtures.path("forum-case-two-records.xml")).message();
		String text = Timeline.render(Programmes.of(message), d("2025-11-20"), 96);
		assertThat(text).isEqualTo(GOLDEN_FORUM);
	}

	@Test
	void overlapGatewayAndBreakOnOneLearner() {
		var l = learner("L9").aims(
				programme(1, 94, "2024-09-02", "2025-06-30").end("2025-01-31", 6, null),
				programme(2, 94, "2025-01-06", "2025-12-31").set("LearnActEndDate", d("2025-09-30")),
				component(3, "ZSTD0094", 94, "2025-01-06", "2025-09-30"))
			.build();
		String text = Timeline.render(Programmes.of(l, d("2025-11-20")), d("2025-11-20"), 96);
		assertThat(text).isEqualTo(GOLDEN_OVERLAP);
	}

	@Test
	void aLongSpanPutsSeveralMonthsInAColumn() {
		var l = learner("L8").aims(programme(1, 94, "2016-09-02", "2030-06-30")).build();
		String text = Timeline.render(Programmes.of(l, d("2025-11-20")), d("2025-11-20"), 40);
		assertThat(text).contains("one column = 5 months");
	}

	@Test
	void nothingToDraw() {
		assertThat(Timeline.render(List.of(), d("2025-11-20"), 96)).isEqualTo("(no programmes or aims)\n");
	}

	static final String GOLDEN_FORUM = """
			                          2024        2025        2026        2027        2028
			                          |           |           |           |           |
			APP001 1 ZPROG001 25/91   ===================G=A                                       achieved 2024-01-08 to 2025-10-22
			APP002 1 ZPROG001 25/300                        =::::::::::::::::::::::::::::::::::::  continuing 2025-11-03 to 2028-11-02 (planned)

			= in learning  : planned, not reached yet  G gateway (end of practical period)  - awaiting end-point assessment  A achievement date  * G and A in one column
			one column = 1 month, reference date 2025-11-20
			""";

	static final String GOLDEN_OVERLAP = """
			                     2024        2025
			                     |           |
			L9 1 ZPROG001 25/94          =====            break 2024-09-02 to 2025-01-31
			L9 2 ZPROG001 25/94              ========G--  gateway 2025-01-06 to 2025-09-30

			= in learning  : planned, not reached yet  G gateway (end of practical period)  - awaiting end-point assessment  A achievement date  * G and A in one column
			one column = 1 month, reference date 2025-11-20
			""";
}

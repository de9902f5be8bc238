package dev.ilrsh.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.index.Target;
import dev.ilrsh.xml.IlrReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates typed the UK way (and the ISO way) wherever a date is typed: find, find --aims, count --where, ask. */
class UkDatesTest {

	static IlrIndex index;

	@BeforeAll
	static void load() throws Exception {
		index = IlrIndex.build(IlrReader.read(Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML")).message());
	}

	@AfterAll
	static void close() {
		index.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "22/10/2025", "22/10/25", "22-10-2025", "22.10.2025", "22 Oct 2025", "22 October 2025",
			"22nd October 2025", "2025-10-22" })
	void everyWayOfWritingADayIsTheSameDay(String typed) {
		assertThat(DateText.parse(typed)).contains(Span.day(LocalDate.of(2025, 10, 22)));
		assertThat(learners("AchDate:" + typed, Target.AIMS)).containsExactly("APP001");
	}

	@Test
	void aBareDateSearchesEveryDateOfLearnersAndOfTheirAims() {
		// APP001 achieved on 22/10/2025: AchDate is an aim's field, yet a learner search finds it
		assertThat(learners("22/10/2025", Target.LEARNERS)).containsExactly("APP001");
		assertThat(learners("22/10/2025", Target.AIMS)).containsExactly("APP001");
		// a date of birth is a learner's date
		assertThat(learners("14/03/2000", Target.LEARNERS)).containsExactly("APP001", "APP002");
	}

	@Test
	void monthsAndRangesAreReadTooAndShownInIso() {
		assertThat(learners("LearnStartDate:Nov 2025 AND AimType:1", Target.AIMS)).containsExactly("APP002");
		assertThat(learners("LearnStartDate:[01/11/2025 TO 30/11/2025] AND AimType:1", Target.AIMS))
			.containsExactly("APP002");
		assertThat(DateText.rewrite("LearnStartDate:[01/08/2025 TO 31 Dec 2025]", iso -> "x"))
			.isEqualTo("LearnStartDate:[2025-08-01 TO 2025-12-31]");
		assertThat(DateText.rewrite("FamilyName:\"22/10/2025\"", iso -> "x")).isEqualTo("FamilyName:\"22/10/2025\"");
	}

	@Test
	void countWhereTakesUkDates() {
		var table = new Counter(index).count("FundModel", "LearnStartDate:[01/08/2025 TO 31/07/2026]");
		assertThat(table.rows()).isNotEmpty();
		var iso = new Counter(index).count("FundModel", "LearnStartDate:[2025-08-01 TO 2026-07-31]");
		assertThat(table.rows()).isEqualTo(iso.rows());
	}

	@Test
	void aDateThatCannotBeOneIsRefusedSayingHowToWriteIt() {
		assertThatThrownBy(() -> learners("AchDate:31/02/2025", Target.AIMS))
			.isInstanceOf(QueryException.class)
			.hasMessage("'31/02/2025' is not a date; write it day first, as 22/10/2025, 22 Oct 2025 or 2025-10-22");
		assertThatThrownBy(() -> learners("AchDate:10/22/2025", Target.AIMS)).hasMessageContaining("day first");
	}

	@Test
	void periodsAreCountedInTheTeachingYear() {
		Periods p = new Periods(2025, LocalDate.of(2025, 11, 20));
		assertThat(p.read("this year")).contains(new Span(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31)));
		assertThat(p.read("last year")).contains(new Span(LocalDate.of(2024, 8, 1), LocalDate.of(2025, 7, 31)));
		assertThat(p.read("q2")).contains(new Span(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 31)));
		assertThat(p.read("r03").orElseThrow().iso()).isEqualTo("2025-10");
		assertThat(p.read("r14")).isEqualTo(p.read("this year"));
		assertThat(p.read("march").orElseThrow().iso()).isEqualTo("2026-03");
		assertThat(p.read("last month").orElseThrow().iso()).isEqualTo("2025-10");
		assertThat(p.read("2024/25")).isEqualTo(p.read("last year"));
		assertThat(p.read("2027").orElseThrow().iso()).isEqualTo("2027");
	}

	private static List<String> learners(String query, Target target) {
		var result = new Finder(index).find(query, target, 100);
		int column = result.table().columns().indexOf("LearnRefNumber");
		return result.table().rows().stream().map(r -> String.valueOf(r.get(column))).distinct().toList();
	}
}

package dev.ilrsh.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.xml.IlrReader;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every question the issue about understanding questions gives, with the learners it must find. The fixture is the
 * sample file with APP002 moved to standard 161 and APP013 (18 at the start) without an EPA organisation.
 */
class AskExamplesTest {

	static IlrIndex index;
	static final QuestionCatalog CATALOG = QuestionCatalog.standard();

	@BeforeAll
	static void load() throws Exception {
		index = IlrIndex.build(IlrReader.read(Fixtures.path("ask-examples.xml")).message());
	}

	@AfterAll
	static void close() {
		index.close();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"who is on a break | APP005 APP006",
			"who achieved this year | ADU002 APP001 APP003 APP004 APP007 APP019 APP020 APP023 APP024 APP025",
			"duplicate learners | APP001 APP002 APP003",
			"learners aged 16-18 on apprenticeships | APP013 APP020",
			"withdrawn apprentices this year | APP008 APP009 APP010",
			"apprentices aged 16-18 with no EPA organisation | APP013",
			"learners on standard 161 who started in November 2025 | APP002",
			"who is planned to finish in 2027 | APP003 APP004 APP015 APP024 STU001 STU004 STU006 STU008",
			"adult skills fund learners | ADU001 ADU002 ADU003 ADU004 ADU005 ADU006 ADU007 ADU008",
			"still in learning and started before August 2024 | ADU007 ADU008",
			"born in 2009 | STU001 STU004 STU006 STU008" })
	void theIssuesExamplesFindTheirLearners(String words, String learners) {
		AskResult r = CATALOG.ask(index, words);
		assertThat(r.answered()).as(words).isTrue();
		int column = r.table().columns().indexOf("LearnRefNumber");
		assertThat(r.table().rows().stream().map(row -> String.valueOf(row.get(column))).distinct().sorted())
			.as(words + " — " + r.reading().describe())
			.containsExactlyElementsOf(Arrays.stream(learners.split(" ")).sorted().toList());
	}

	@Test
	void aConditionNothingMatchesGivesNoRowsAndIsNamed() {
		AskResult r = CATALOG.ask(index, "apprentices on standard 999");
		assertThat(r.table().rows()).isEmpty();
		assertThat(r.unmatched()).extracting(Condition::query).containsExactly("StdCode:999");
	}

	@Test
	void theReadingSaysWhatWasUnderstoodWithTheEquivalentQueryAndWhatWasIgnored() {
		Reading r = CATALOG.ask(index, "please show withdrawn apprentices this year").reading();
		assertThat(r.describe()).isEqualTo("Read as: learners: withdrawn (CompStatus 3), apprenticeships (FundModel 36), "
				+ "ended from 2025-08-01 to 2026-07-31 (LearnActEndDate). Same learners as: find --aims "
				+ "'CompStatus:3 AND FundModel:36 AND LearnActEndDate:[2025-08-01 TO 2026-07-31]'. Ignored: 'please'.");
	}

	@Test
	void whenNotSureItOffersReadingsAsCommandsAndAnswersNothing() {
		AskResult r = CATALOG.ask(index, "withdrawn apprentices this year for the auditors");
		assertThat(r.answered()).isFalse();
		assertThat(r.reading().offers()).first().asString().startsWith("ask withdrawn apprentices this year");
	}

	@Test
	void withLarsItKnowsStandardsByLevelAndByTheWordsOfTheirTitle() {
		var lars = dev.ilrsh.refdata.LarsFixture.lars();
		AskResult level = CATALOG.ask(index, "level 4 apprentices", lars);
		assertThat(learners(level)).containsExactly("APP001", "APP004", "APP010", "APP014", "APP024");
		assertThat(level.reading().describe()).contains("on a level 4 standard (6 in LARS)");
		AskResult titled = CATALOG.ask(index, "learners on a software developer standard", lars);
		assertThat(learners(titled)).containsExactly("APP001", "APP004", "APP010", "APP014", "APP024");
		assertThat(CATALOG.ask(index, "who is doing a degree apprenticeship", lars).answered()).isTrue();
	}

	@Test
	void withoutLarsALevelSaysWhatItNeeds() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> CATALOG.ask(index, "level 3 apprentices"))
			.isInstanceOf(QueryException.class)
			.hasMessageStartingWith("'level 3' needs the standards' levels from LARS");
		assertThat(CATALOG.ask(index, "learners on a software developer standard").answered()).isFalse();
	}

	private static java.util.List<String> learners(AskResult r) {
		int column = r.table().columns().indexOf("LearnRefNumber");
		return r.table().rows().stream().map(row -> String.valueOf(row.get(column))).distinct().sorted().toList();
	}
}

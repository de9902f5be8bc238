package dev.ilrsh.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.index.IlrIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AskMatchingTest {

	static final QuestionCatalog CATALOG = QuestionCatalog.standard();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"show all learners with more than one programme | multiple-programmes",
			"who has two programmes | multiple-programmes",
			"multiple programmes | multiple-programmes",
			"Multiple-Programmes | multiple-programmes",
			"who is at gateway | at-gateway",
			"apprentices waiting for their EPA result | at-gateway",
			"duplicate ULNs | duplicate-uln",
			"who is on a break in learning | on-break",
			"overlapping programme aims | overlapping-programmes",
			"learners past their planned end date | past-planned-end",
			"which learners need to be migrated to next year | carry-into-next-year",
			"missing TNP2 | missing-tnp",
			"planned off the job hours below minimum | planned-otj-hours",
			"programmes that are too short | short-programmes",
			"same name and date of birth | same-person-two-references",
			"restarts without RES | restart-problems",
			"components with no programme aim | components-without-programme",
			"change of employer | employer-changed",
			"changed employer without a residual price | missing-residual-price",
			"TNP1 dated after TNP3 | full-price-after-residual-price",
			"non-levy apprentices with no co-investment | non-levy-without-co-investment",
			"19+ apprentices with functional skills still open | adult-english-maths-open-after-programme",
			"subcontracted aims missing the contract reference | partner-aim-without-contract-reference",
			"why is this learner in the file | not-in-this-year",
			"learners who came from another provider | came-from-another-provider" })
	void freeWordsFindTheQuestion(String words, String id) {
		QuestionMatch m = CATALOG.match(words);
		assertThat(m.best()).as(words).isNotNull();
		assertThat(m.best().id()).as(words).isEqualTo(id);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"learners due to finish before the end of 2025 | learners | LearnPlanEndDate:[* TO 2025-12-31]",
			"who started after the start of 2025 | learners | LearnStartDate:[2025-01-01 TO *]",
			"who started before the start of 2025 | learners | LearnStartDate:[* TO 2024-12-31]",
			"who started after the end of september 2025 | learners | LearnStartDate:[2025-10-01 TO *]",
			"who is due to end by the end of march 2026 | learners | LearnPlanEndDate:[* TO 2026-03-31]",
			"learners in postcode area LS6 | learners | Postcode:LS6\\ *",
			"learners recorded twice | duplicate-learners | ",
			"components not closed after the programme finished | components-open-after-programme | ",
			"learners on a break for over a year | long-break | ",
			"restarts with no original start date | restart-problems | " })
	void readsTheEdgesOfPeriodsAndWordsOfTheSameMeaning(String words, String subject, String conditions) throws Exception {
		try (IlrIndex index = IlrIndex.build(dev.ilrsh.xml.IlrReader.read(AskPhrasingsTest.SAMPLE).message())) {
			assertThat(CATALOG.ask(index, words).reading().canonical()).as(words)
				.isEqualTo(subject + " | " + (conditions == null ? "" : conditions));
		}
	}

	@Test
	void twoQuestionsThatFitAlikeAreOfferedNotGuessed() throws Exception {
		try (IlrIndex index = IlrIndex.build(dev.ilrsh.xml.IlrReader.read(AskPhrasingsTest.SAMPLE).message())) {
			AskResult r = CATALOG.ask(index, "otj hours below plan");
			assertThat(r.answered()).isFalse();
			assertThat(r.reading().offers()).contains("ask planned-otj-hours", "ask actual-otj-hours");
			// "next year's" owns the file, it is no start date; and "should" fits no question, so the three
			// questions about next year are offered rather than one of them taken
			AskResult nextYear = CATALOG.ask(index, "who should be in next year's file");
			assertThat(nextYear.answered()).isFalse();
			assertThat(nextYear.reading().conditions()).isEmpty();
			assertThat(nextYear.reading().offers()).contains("ask carry-into-next-year", "ask belongs-to-next-year");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "what is the weather like", "show me everything", "", "   ", "banana smoothie recipe" })
	void wordsThatFitNoQuestionGiveNoMatch(String words) {
		assertThat(CATALOG.match(words).best()).isNull();
	}

	@Test
	void noMatchOffersTheNearestThree() throws Exception {
		var message = dev.ilrsh.xml.IlrReader.read(dev.ilrsh.testing.Fixtures.path("forum-case-two-records.xml"))
			.message();
		try (IlrIndex index = IlrIndex.build(message)) {
			AskResult r = CATALOG.ask(index, "programme weather forecast tomorrow");
			assertThat(r.answered()).isFalse();
			assertThat(r.reading().offers()).hasSize(3).allSatisfy(o -> assertThat(o).startsWith("ask "));
			AskResult byWords = CATALOG.ask(index, "who has the same ULN twice");
			assertThat(byWords.question().id()).isEqualTo("duplicate-uln");
			assertThat(byWords.table().size()).isEqualTo(2);
		}
	}

	@Test
	void theReadmeCountsTheQuestionsThereAre() throws Exception {
		String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) everyday questions").matcher(readme);
		assertThat(m.find()).isTrue();
		assertThat(Integer.parseInt(m.group(1))).isEqualTo(QuestionCatalog.standard().ids().size());
	}
}

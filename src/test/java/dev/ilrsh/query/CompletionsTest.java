package dev.ilrsh.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.index.IlrIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompletionsTest {

	static IlrIndex index;
	static Completions completions;

	@BeforeAll
	static void build() {
		index = IlrIndex.build(QueryFixtures.sample());
		completions = new Completions(index, QuestionCatalog.standard());
	}

	@AfterAll
	static void close() {
		index.close();
	}

	@Test
	void fieldNamesByPrefixInAnyCaseThenByContentThenBySpelling() {
		assertThat(completions.fieldNames("fam", 10)).containsExactly("FamilyName:");
		assertThat(completions.fieldNames("LearnS", 10)).containsExactly("LearnStartDate:");
		assertThat(completions.fieldNames("plan", 10)).containsExactly("PlanEEPHours:", "PlanLearnHours:");
		assertThat(completions.fieldNames("EndDate", 10)).contains("LearnActEndDate:", "LearnPlanEndDate:");
		// nothing starts with or contains "xyzq": the three nearest by spelling are offered
		assertThat(completions.fieldNames("xyzq", 10)).hasSize(3).allSatisfy(n -> assertThat(n).endsWith(":"));
		assertThat(completions.fieldNames("", 500)).contains("ACT:", "Status:", "ULN:", "StdCode:");
	}

	@Test
	void countableFieldsAndValues() {
		assertThat(completions.countableFields("std", 10)).containsExactly("StdCode");
		assertThat(completions.countableFields("fam", 10)).isEmpty();
		assertThat(completions.fieldValues("stdcode", "9", 10)).containsExactly("91", "94");
		assertThat(completions.fieldValues("LearnAimRef", "zs", 10)).containsExactly("ZSTD0091", "ZSTD0094",
				"ZSTD0300");
		assertThat(completions.fieldValues("FamilyName", "", 10)).isEmpty();
	}

	@Test
	void referencesUlnsAndQuestionIds() {
		assertThat(completions.learnRefNumbers("b", 10)).containsExactly("B2");
		assertThat(completions.learnRefNumbers("", 2)).containsExactly("A1", "B2");
		assertThat(completions.ulns("100000001", 10)).containsExactly("1000000019");
		assertThat(completions.ulns("2", 10)).isEmpty();
		assertThat(completions.questionIds("dup", 10)).containsExactly("duplicate-learners", "duplicate-learnrefnumber",
				"duplicate-software-aim-id", "duplicate-uln");
		assertThat(completions.questionIds("Multiple", 10)).containsExactly("multiple-programmes");
	}
}

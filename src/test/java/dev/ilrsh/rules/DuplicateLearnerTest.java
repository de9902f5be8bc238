package dev.ilrsh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.Learner;
import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.xml.LoadResult;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DuplicateLearnerTest {

	@Test
	void theForumCaseGivesR59OnBothRecordsAndNotR06() throws Exception {
		LoadResult loaded = IlrReader.read(Fixtures.path("forum-case-two-records.xml"));
		ValidationReport report = Validator.validate(loaded,
				ValidationOptions.defaults().withToday(LocalDate.of(2025, 11, 20)));
		assertThat(report.of("R59")).extracting(Finding::learnRefNumber, Finding::message)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("APP001", "ULN 1000000043 is also on learner APP002 (line 84)"),
					org.assertj.core.groups.Tuple.tuple("APP002", "ULN 1000000043 is also on learner APP001 (line 22)"));
		assertThat(report.of("R06")).isEmpty();
		assertThat(report.of("R_59")).hasSize(2);
		assertThat(report.hasErrors()).isTrue();
	}

	@Test
	void r59IgnoresTheTemporaryUlnAndNamesEveryOtherRecord() {
		Learner one = TestLearners.apprentice("A1", 1000000043L);
		Learner two = TestLearners.apprentice("A2", 1000000043L);
		Learner three = TestLearners.apprentice("A3", 1000000043L);
		ValidationReport report = TestLearners.validate(one, two, three);
		assertThat(report.of("R59")).extracting(Finding::message)
			.containsExactly("ULN 1000000043 is also on learner A2 (record 2 in the file), learner A3 (record 3 in the file)",
					"ULN 1000000043 is also on learner A1 (record 1 in the file), learner A3 (record 3 in the file)",
					"ULN 1000000043 is also on learner A1 (record 1 in the file), learner A2 (record 2 in the file)");

		Learner temp1 = TestLearners.with(TestLearners.apprentice("T1", 9999999999L), "NINumber", "AB123456C");
		Learner temp2 = TestLearners.apprentice("T2", 9999999999L);
		assertThat(TestLearners.validate(temp1, temp2).of("R59")).isEmpty();
		assertThat(TestLearners.validate(one, TestLearners.apprentice("B", 1000000019L)).of("R59")).isEmpty();
	}

	@Test
	void r06ComparesLearnerReferencesWithoutRegardToCase() {
		Learner one = TestLearners.apprentice("app001", 1000000043L);
		Learner two = TestLearners.apprentice("APP001", 1000000019L);
		ValidationReport report = TestLearners.validate(one, two);
		assertThat(report.of("R06")).extracting(Finding::learnRefNumber).containsExactly("app001", "APP001");
		assertThat(report.of("R06").get(0).message())
			.isEqualTo("LearnRefNumber app001 is also used by another learner record (record 2 in the file)");
		assertThat(report.of("R59")).isEmpty();
		assertThat(TestLearners.validate(one, TestLearners.apprentice("APP002", 1000000019L)).of("R06")).isEmpty();
	}

	@Test
	void findingsOfALearnerFilterStillSeeEveryLearnerForCrossRecordRules() {
		Learner one = TestLearners.apprentice("A1", 1000000043L);
		Learner two = TestLearners.apprentice("A2", 1000000043L);
		ValidationReport report = Validator.validate(TestLearners.message(one, two), java.util.List.of(), null,
				ValidationOptions.defaults().withToday(TestLearners.PREPARED).withLearners(java.util.Set.of("A2")));
		assertThat(report.findings()).extracting(Finding::learnRefNumber, Finding::rule)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A2", "R59"));
		assertThat(report.learners()).isEqualTo(1);
	}
}

package dev.ilrsh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.Learner;
import org.junit.jupiter.api.Test;

class ValidApprenticeTest {

	@Test
	void aValidApprenticeBreaksNoRuleAtAll() {
		ValidationReport report = TestLearners.validate(TestLearners.apprentice());
		assertThat(report.findings()).extracting(Finding::describe).isEmpty();
		assertThat(report.rulesRun()).isEqualTo(RuleRegistry.standard().size());
	}

	@Test
	void aValidCompletedApprenticeBreaksNoRuleEither() {
		ValidationReport report = TestLearners.validate(TestLearners.completedApprentice());
		assertThat(report.findings()).extracting(Finding::describe).isEmpty();
	}

	@Test
	void aValidProgressionFromOneStandardToAnotherBreaksNoRule() {
		// standard A achieved 20 Oct 2025; standard B starts the day after, on the same learner record
		Learner learner = TestLearners.completedApprentice();
		learner = TestLearners.addAims(learner,
				TestLearners.programmeAim(3, TestLearners.ACHIEVED.plusDays(1), 300),
				TestLearners.componentAim(4, TestLearners.ACHIEVED.plusDays(1), 300));
		ValidationReport report = TestLearners.validate(learner);
		assertThat(report.findings()).extracting(Finding::describe).isEmpty();
	}
}

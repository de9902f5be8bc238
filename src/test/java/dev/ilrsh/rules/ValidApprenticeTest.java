package dev.ilrsh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.Learner;
import org.junit.jupiter.api.Test;

class ValidApprenticeTest {

	@Test
	void aValidApprenticeBreaksNoRuleAtAll() {
		ValidationReport report = TestLearners.validate(TestLearners.apprentice());
		assertThat(report.findings()).extracting(Finding::describe).isEmpty();
		assertThat(report.rulesRun() + report.skipped().size()).isEqualTo(RuleRegistry.standard().size());
		ValidationReport withLars = TestLearners.validateWithLars(TestLearners.apprentice());
		assertThat(withLars.findings()).extracting(Finding::describe).isEmpty();
		assertThat(withLars.rulesRun()).isEqualTo(RuleRegistry.standard().size());
		assertThat(withLars.skipped()).isEmpty();
	}

	@Test
	void aValidCompletedApprenticeBreaksNoRuleEither() {
		ValidationReport report = TestLearners.validate(TestLearners.completedApprentice());
		assertThat(report.findings()).extracting(Finding::describe).isEmpty();
		assertThat(TestLearners.validateWithLars(TestLearners.completedApprentice()).findings())
			.extracting(Finding::describe).isEmpty();
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
		assertThat(TestLearners.validateWithLars(learner).findings()).extracting(Finding::describe).isEmpty();
	}
}

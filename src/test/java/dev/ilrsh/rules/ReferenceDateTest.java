package dev.ilrsh.rules;

import static dev.ilrsh.rules.TestLearners.fam;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules that depend on the date the return is judged on: by default the file preparation date, or one set. */
class ReferenceDateTest {

	private static final long TEMP = 9999999999L;

	private static ValidationReport on(LocalDate reference, Learner learner) {
		return Validator.validate(TestLearners.message(learner), List.of(), null,
				ValidationOptions.defaults().withReferenceDate(reference).withToday(LocalDate.of(2026, 7, 31)));
	}

	private static Learner adult(LocalDate start, String... famTypeAndCode) {
		List<Object> fams = new java.util.ArrayList<>();
		for (String f : famTypeAndCode) {
			String[] p = f.split(" ");
			fams.add(fam(p[0], p[1]));
		}
		LearningDelivery aim = TestLearners.build(IlrSchema.LEARNING_DELIVERY, "LearnAimRef", "60000001", "AimType", 4,
				"AimSeqNumber", 1, "LearnStartDate", start, "LearnPlanEndDate", start.plusDays(5), "FundModel", 38,
				"DelLocPostCode", "ZZ99 9ZZ", "CompStatus", 1, "LearningDeliveryFAM", fams);
		return TestLearners.with(TestLearners.apprentice().withLearningDelivery(List.of(aim)), "ULN", TEMP);
	}

	private static Learner officeForStudents(LocalDate start) {
		Learner l = adult(start, "SOF 1");
		return TestLearners.withAim(l, 0, "FundModel", 99);
	}

	@Test
	void theReferenceDateDefaultsToTheFilePreparationDate() {
		ValidationReport report = TestLearners.validate(TestLearners.apprentice());
		assertThat(report.referenceDate()).isEqualTo(TestLearners.PREPARED);
	}

	@Test
	void ulnRulesFromJanuaryDependOnDaysSinceTheStart() {
		LocalDate start = LocalDate.of(2025, 12, 1);
		// before 1 January: neither 06 nor 07
		assertThat(TestLearners.rulesFired(on(LocalDate.of(2025, 12, 31), adult(start)))).doesNotContain("ULN_06", "ULN_07");
		// 1 January, 31 days after the start: the warning
		assertThat(TestLearners.rulesFired(on(LocalDate.of(2026, 1, 1), adult(start)))).contains("ULN_06")
			.doesNotContain("ULN_07");
		// exactly 60 days: still the warning
		assertThat(TestLearners.rulesFired(on(start.plusDays(60), adult(start)))).contains("ULN_06").doesNotContain("ULN_07");
		// 61 days: the error
		assertThat(TestLearners.rulesFired(on(start.plusDays(61), adult(start)))).contains("ULN_07").doesNotContain("ULN_06");
		// OLASS learners are left to ULN_09
		assertThat(TestLearners.rulesFired(on(start.plusDays(61), adult(start, "LDM 034")))).contains("ULN_09")
			.doesNotContain("ULN_07");
		assertThat(TestLearners.rulesFired(on(LocalDate.of(2025, 12, 31), adult(start, "LDM 034")))).doesNotContain("ULN_09");
		// a real ULN: nothing
		assertThat(TestLearners.rulesFired(on(start.plusDays(61), TestLearners.with(adult(start), "ULN", 1000000043L))))
			.doesNotContain("ULN_06", "ULN_07");
		// under five days long: nothing
		Learner short4 = TestLearners.withAim(adult(start), 0, "LearnPlanEndDate", start.plusDays(4));
		assertThat(TestLearners.rulesFired(on(start.plusDays(61), short4))).doesNotContain("ULN_06", "ULN_07");
	}

	@Test
	void officeForStudentsUlnRules() {
		LocalDate start = LocalDate.of(2025, 12, 1);
		assertThat(TestLearners.rulesFired(on(start.plusDays(60), officeForStudents(start)))).contains("ULN_10")
			.doesNotContain("ULN_11");
		assertThat(TestLearners.rulesFired(on(start.plusDays(61), officeForStudents(start)))).contains("ULN_11")
			.doesNotContain("ULN_10");
		assertThat(TestLearners.rulesFired(on(LocalDate.of(2025, 12, 31), officeForStudents(start))))
			.doesNotContain("ULN_10", "ULN_11");
	}

	@Test
	void aLaterReferenceDateLetsALaterEndDateThrough() {
		Learner ended = TestLearners.withAim(TestLearners.withAim(TestLearners.withAim(TestLearners.apprentice(), 1,
				"LearnActEndDate", LocalDate.of(2025, 12, 1)), 1, "CompStatus", 2), 1, "Outcome", 1);
		assertThat(TestLearners.rulesFired(TestLearners.validate(ended))).contains("LearnActEndDate_04");
		assertThat(TestLearners.rulesFired(on(LocalDate.of(2025, 12, 1), ended))).doesNotContain("LearnActEndDate_04");
	}
}

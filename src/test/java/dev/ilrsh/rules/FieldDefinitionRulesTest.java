package dev.ilrsh.rules;

import static dev.ilrsh.rules.TestLearners.apprentice;
import static dev.ilrsh.rules.TestLearners.build;
import static dev.ilrsh.rules.TestLearners.with;
import static dev.ilrsh.rules.TestLearners.withAim;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldDefinitionRulesTest {

	private static List<String> fdFired(Learner learner) {
		return TestLearners.rulesFired(TestLearners.validate(learner)).stream().filter(r -> r.startsWith("FD_")).toList();
	}

	static Stream<Arguments> cases() {
		Object pdm = build(IlrSchema.PROVIDER_SPEC_DELIVERY_MONITORING, "ProvSpecDelMonOccur", "A", "ProvSpecDelMon", "X");
		Object pdmB = build(IlrSchema.PROVIDER_SPEC_DELIVERY_MONITORING, "ProvSpecDelMonOccur", "B", "ProvSpecDelMon", "X");
		Object pdmC = build(IlrSchema.PROVIDER_SPEC_DELIVERY_MONITORING, "ProvSpecDelMonOccur", "C", "ProvSpecDelMon", "X");
		return Stream.of(
				// rule, breaking learner, passing learner (at the limit)
				Arguments.of("FD_LearnRefNumber_MA", with(apprentice(), "LearnRefNumber", " "), with(apprentice(), "LearnRefNumber", "A")),
				Arguments.of("FD_LearnRefNumber_AL", with(apprentice(), "LearnRefNumber", "ABCDEFGHIJKLM"),
						with(apprentice(), "LearnRefNumber", "ABCDEFGHIJKL")),
				Arguments.of("FD_LearnRefNumber_AP", with(apprentice(), "LearnRefNumber", "APP-1"),
						with(apprentice(), "LearnRefNumber", "APP 1")),
				Arguments.of("FD_ULN_AR", with(apprentice(), "ULN", 999999999L), with(apprentice(), "ULN", 1000000019L)),
				Arguments.of("FD_ULN_MA", with(apprentice(), "ULN", null), apprentice()),
				Arguments.of("FD_FamilyName_AP", with(apprentice(), "FamilyName", "Smith2"), with(apprentice(), "FamilyName", "O'Brien-Smith")),
				Arguments.of("FD_FamilyName_AL", with(apprentice(), "FamilyName", "x".repeat(101)), with(apprentice(), "FamilyName", "x".repeat(100))),
				Arguments.of("FD_Postcode_AP", with(apprentice(), "Postcode", "ZZ99|9ZZ"), with(apprentice(), "Postcode", "ZZ99 9ZZ")),
				Arguments.of("FD_Postcode_AL", with(apprentice(), "Postcode", "ZZ99  9ZZ"), with(apprentice(), "Postcode", "ZZ99 9ZZ")),
				Arguments.of("FD_Email_AP", with(apprentice(), "Email", "nobody.example"), with(apprentice(), "Email", "a@b")),
				Arguments.of("FD_TelNo_AL", with(apprentice(), "TelNo", "1".repeat(19)), with(apprentice(), "TelNo", "1".repeat(18))),
				Arguments.of("FD_AimSeqNumber_AR", withAim(apprentice(), 0, "AimSeqNumber", 99), apprentice()),
				Arguments.of("FD_AimSeqNumber_AL", withAim(apprentice(), 0, "AimSeqNumber", 100), withAim(apprentice(), 0, "AimSeqNumber", 98)),
				Arguments.of("FD_PHours_AR", withAim(apprentice(), 0, "PHours", 10000), withAim(apprentice(), 0, "PHours", 9999)),
				Arguments.of("FD_PHours_AL", withAim(apprentice(), 0, "PHours", 10000), withAim(apprentice(), 0, "PHours", 9999)),
				Arguments.of("FD_LearnAimRef_AL", withAim(apprentice(), 1, "LearnAimRef", "601234567"), apprentice()),
				Arguments.of("FD_DelLocPostCode_MA", withAim(apprentice(), 1, "DelLocPostCode", null), apprentice()),
				Arguments.of("FD_LearnStartDate_MA", withAim(apprentice(), 1, "LearnStartDate", null), apprentice()),
				Arguments.of("FD_AFinAmount_AR", withAim(apprentice(), 0, "AppFinRecord",
						List.of(TestLearners.fin("TNP", 1, TestLearners.START, 1000000), TestLearners.fin("TNP", 2, TestLearners.START, 1))),
						withAim(apprentice(), 0, "AppFinRecord",
								List.of(TestLearners.fin("TNP", 1, TestLearners.START, 999999), TestLearners.fin("TNP", 2, TestLearners.START, 1)))),
				Arguments.of("FD_ProviderSpecDeliveryMonitoring_EO",
						withAim(apprentice(), 0, "ProviderSpecDeliveryMonitoring", List.of(pdm, pdmB, pdmC)),
						withAim(apprentice(), 0, "ProviderSpecDeliveryMonitoring", List.of(pdm, pdmB))),
				Arguments.of("FD_LearningDelivery_EO", apprentice().withLearningDelivery(Collections.emptyList()), apprentice()),
				Arguments.of("FD_EmploymentStatusMonitoring_EO", with(apprentice(), "LearnerEmploymentStatus",
						List.of(build(IlrSchema.LEARNER_EMPLOYMENT_STATUS, "EmpStat", 10, "DateEmpStatApp", TestLearners.START.minusDays(5),
								"EmpId", 123456789, "EmploymentStatusMonitoring", Collections.nCopies(11, TestLearners.esm("EII", 8))))),
						apprentice()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void breaksAndPasses(String rule, Learner breaks, Learner passes) {
		assertThat(fdFired(breaks)).contains(rule);
		assertThat(fdFired(passes)).doesNotContain(rule);
	}

	@Test
	void everyFieldDefinitionRuleOfTheYearIsBoundToTheSchemaOrListedAsNotApplicable() {
		FieldDefinitionRules rules = new FieldDefinitionRules();
		assertThat(rules.infos().size() + rules.notApplicable().size()).isEqualTo(FieldDefinitionRules.NAMES.size());
		assertThat(rules.notApplicable()).containsExactly("FD_UCASPERID_AR");
		assertThat(RuleRegistry.standard().find("fd_soc2000_al")).get()
			.extracting(RuleInfo::fields)
			.isEqualTo(List.of("SOC"));
	}

	@Test
	void messagesSayWhatIsWrongWithTheValue() {
		ValidationReport report = TestLearners.validate(withAim(apprentice(), 0, "PHours", 10000));
		assertThat(report.of("FD_PHours_AR")).extracting(Finding::message, Finding::fieldText)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PHours 10000 is outside the allowed range 0 to 9999",
					"PHours=10000"));
	}
}

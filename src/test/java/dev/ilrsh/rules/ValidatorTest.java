package dev.ilrsh.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ilrsh.model.Learner;
import dev.ilrsh.render.Format;
import dev.ilrsh.render.TableRenderer;
import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.xml.LoadResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidatorTest {

	private static final ValidationOptions OPTIONS = ValidationOptions.defaults().withToday(TestLearners.PREPARED);

	/** Two learners: the first with a bad ULN, a bad SWSupAimId and a component planned to end before it starts. */
	private static ValidationReport twoLearners(ValidationOptions options) {
		Learner bad = TestLearners.with(TestLearners.apprentice("B1", 1000000043L), "ULN", 1000000042L);
		bad = TestLearners.withAim(bad, 1, "LearnPlanEndDate", TestLearners.START.minusDays(1));
		bad = TestLearners.withAim(bad, 0, "SWSupAimId", "not-a-uuid");
		Learner good = TestLearners.apprentice("G1", 1000000019L);
		return Validator.validate(TestLearners.message(bad, good), List.of(), null, options);
	}

	@Test
	void aStopAskedForDuringValidationStopsIt() {
		// over the parallel threshold, so that both the caller and the pool's worker must see the stop
		Learner[] many = new Learner[3000];
		for (int i = 0; i < many.length; i++) {
			many[i] = TestLearners.apprentice("L" + i, 1000000019L);
		}
		ValidationOptions stopping = OPTIONS.withProgress((done, total) -> {
			if (done == 100) {
				dev.ilrsh.cancel.Cancellation.request(dev.ilrsh.cancel.Cancellation.Reason.USER);
			}
		});
		try {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> Validator.validate(TestLearners.message(many),
					List.of(), null, stopping)).isInstanceOf(java.util.concurrent.CancellationException.class);
		}
		finally {
			dev.ilrsh.cancel.Cancellation.clear();
		}
	}

	@Test
	void readerProblemsBecomeSchemaFindingsUnlessAFieldDefinitionRuleReportsThem() throws Exception {
		LoadResult loaded = IlrReader.read(Fixtures.path("rules/schema-problems.xml"));
		ValidationReport report = Validator.validate(loaded, OPTIONS.withRules("FD_*", "Schema"));
		assertThat(report.findings()).extracting(Finding::rule, Finding::aimSeqNumber, Finding::fieldText)
			.containsExactly(tuple("FD_LearnRefNumber_AL", null, "LearnRefNumber=APP001TOOLONG1"),
					tuple("FD_LearnRefNumber_AP", null, "LearnRefNumber=APP001TOOLONG1"),
					tuple("Schema", null, "Kind=UNKNOWN_ELEMENT|Path=Learner"),
					tuple("FD_AimSeqNumber_AR", 99, "AimSeqNumber=99"),
					tuple("FD_DelLocPostCode_MA", 99, "DelLocPostCode="),
					tuple("FD_PHours_AL", 99, "PHours=four hundred"));
		assertThat(report.of("Schema").get(0).line()).isEqualTo(30);
	}

	@Test
	void findingsComeInFileOrderLearnerBeforeAims() {
		ValidationReport report = twoLearners(OPTIONS);
		assertThat(report.findings()).extracting(Finding::learnRefNumber, Finding::aimSeqNumber, Finding::rule)
			.containsExactly(tuple("B1", null, "ULN_04"), tuple("B1", 1, "SWSupAimId_01"),
					tuple("B1", 2, "LearnPlanEndDate_02"));
		assertThat(report.errorCount()).isEqualTo(2);
		assertThat(report.warningCount()).isEqualTo(1);
		assertThat(report.hasErrors()).isTrue();
		assertThat(report.learners()).isEqualTo(2);
	}

	@Test
	void csvFollowsTheRuleViolationReportLayout() {
		String csv = TableRenderer.render(twoLearners(OPTIONS).table(Format.CSV), Format.CSV).replace("\r\n", "\n");
		assertThat(csv).isEqualTo("""
				severity,LearnRefNumber,ULN,rule,fields,message,AimSeqNumber,LearnAimRef,SWSupAimId,FundModel
				Error,B1,1000000042,ULN_04,ULN=1000000042,ULN 1000000042 fails its check digit: the last digit should be 3,,,,
				Warning,B1,1000000042,SWSupAimId_01,SWSupAimId=not-a-uuid,SWSupAimId 'not-a-uuid' is not a UUID,1,ZPROG001,not-a-uuid,36
				Error,B1,1000000042,LearnPlanEndDate_02,LearnPlanEndDate=2025-08-31|LearnStartDate=2025-09-01,the planned end 2025-08-31 is before the start 2025-09-01,2,60123456,,36
				""");
	}

	@Test
	void jsonCarriesTheFieldsAsAnObject() {
		String json = TableRenderer.render(twoLearners(OPTIONS.withRules("LearnPlanEndDate_02")).table(Format.JSON),
				Format.JSON);
		assertThat(json).contains("\"rule\" : \"LearnPlanEndDate_02\"", "\"severity\" : \"Error\"",
				"\"LearnRefNumber\" : \"B1\"", "\"ULN\" : 1000000042", "\"AimSeqNumber\" : 2",
				"\"fields\" : {\n    \"LearnPlanEndDate\" : \"2025-08-31\",\n    \"LearnStartDate\" : \"2025-09-01\"\n  }",
				"\"message\" : \"the planned end 2025-08-31 is before the start 2025-09-01\"");
	}

	@Test
	void optionsFilterByRuleSeverityAndLearner() {
		assertThat(twoLearners(OPTIONS.withSeverity(Severity.WARNING)).findings()).extracting(Finding::rule)
			.containsExactly("SWSupAimId_01");
		assertThat(twoLearners(OPTIONS.withRules("uln_*", "r_59")).findings()).extracting(Finding::rule)
			.containsExactly("ULN_04");
		assertThat(twoLearners(OPTIONS.withRules("ULN_04")).rulesRun()).isEqualTo(1);
		assertThat(twoLearners(OPTIONS.withLearners(Set.of("G1"))).findings()).isEmpty();
	}

	@Test
	void groupedViewCountsFindingsAndLearners() {
		Learner one = TestLearners.apprentice("A1", 1000000043L);
		Learner two = TestLearners.with(TestLearners.apprentice("A2", 1000000043L), "NINumber", "DA123456C");
		ValidationReport report = Validator.validate(TestLearners.message(one, two), List.of(), null, OPTIONS);
		assertThat(report.byRule()).containsExactly(new RuleCount("R59", Severity.ERROR, 2, 2),
				new RuleCount("NINumber_01", Severity.ERROR, 1, 1));
		assertThat(TableRenderer.render(report.summaryTable(), Format.CSV).replace("\r\n", "\n"))
			.isEqualTo("rule,severity,findings,learners\nR59,Error,2,2\nNINumber_01,Error,1,1\n");
	}

	@Test
	void aSetReferenceDateIsReported() {
		LocalDate date = LocalDate.of(2026, 3, 1);
		assertThat(twoLearners(OPTIONS.withReferenceDate(date)).referenceDate()).isEqualTo(date);
	}
}

package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.ShellHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** show tells a helpdesk what it needs: the person's other records, the rules the record breaks, codes decoded. */
class ShowCommandTest extends ShellHarness {

	static final Path SAMPLE = Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML");

	@BeforeEach
	void openSample() {
		assertThat(run("load " + SAMPLE).exit()).isZero();
	}

	@Test
	void aSplitLearnerNamesTheTwinRecordAndTheRuleItBreaks() {
		Run r = run("show APP001");
		assertThat(r.exit()).isZero();
		assertThat(r.out()).contains("""
				  Other records of this person:
				    APP002  same ULN 1429069502, name and date of birth (line 113)
				""").contains("""
				  Findings
				    R59  Error  Two or more Learner records in the file carry the same real ULN (9999999999 is ignored).
				      -  ULN 1429069502 is also on learner APP002 (line 113)
				""");
	}

	@Test
	void aBadUlnShowsItsFindingWithTheRuleExplainedInALine() {
		assertThat(run("show APP021").out()).contains("ULN_04  Error  The ULN fails its check-digit calculation")
			.contains("ULN 1525611500 fails its check digit").doesNotContain("Other records");
	}

	@Test
	void twoRecordsWithOneReferenceEachGetTheirOwnFindings() {
		String out = run("show APP003").out();
		assertThat(out).contains("(line 196)").contains("(line 287)");
		int second = out.indexOf("Learner APP003", 10);
		assertThat(out.substring(0, second)).contains("also on learner APP003 (line 287)")
			.doesNotContain("also on learner APP003 (line 196)");
		assertThat(out.substring(second)).contains("also on learner APP003 (line 196)");
	}

	@Test
	void codesCarryTheirMeaningAndOpenProgrammesHaveNoFarFutureEnd() {
		String out = run("show APP021").out();
		assertThat(out).contains("Sex F female").contains("Ethnicity 44 African").contains("LLDDHealthProb 2 none")
			.contains("EmpStat 10 in paid employment").contains("EII 8 working 31+ hours a week")
			.contains("LOE 2 employed 4-6 months").contains("CompStatus 1 continuing")
			.contains("TNP1 training price 8000 from 2025-05-12").contains("SOF 105 ESFA/DfE adult")
			.contains("ACT 1 employer on the apprenticeship service 2025-05-12 to open")
			.contains("FundModel 36 apprenticeships").doesNotContain("2099");
	}

	@Test
	void aNameShowsTheOneLearnerOrListsThoseCalledThat() {
		Run one = run("show marchbank");
		assertThat(one.out()).startsWith("Learner APP021");
		assertThat(one.err()).contains("showing the one learner called that");
		Run two = run("show Alex Brightwater");
		assertThat(two.exit()).isZero();
		assertThat(two.out()).contains("APP001").contains("APP002").doesNotContain("Employment status");
		assertThat(two.err()).isEqualTo("2 learners called Alex Brightwater; show one with show REF\n");
		assertThat(run("show Brightwatr").err()).startsWith("2 learners with a name like Brightwatr");
		Run none = run("show Nobody");
		assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(none.err()).isEqualTo("error: show: no learner with reference or ULN Nobody in "
				+ SAMPLE.getFileName() + ", and no one is called that\n");
		assertThat(run("show APP099").err()).doesNotContain("called");
	}

	@Test
	void learnerOptionWorksLikeTheOtherCommands() {
		assertThat(run("show --learner APP021").out()).startsWith("Learner APP021");
		assertThat(run("show --learner 1525611500 --format csv").out()).startsWith("LearnRefNumber,ULN,programme");
		assertThat(run("show APP001 --learner APP002").exit()).isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void onANarrowTerminalEveryLineFits() {
		onTerminal(80, false);
		String out = run("show APP001").out();
		assertThat(out.lines()).allMatch(l -> l.length() <= 80);
		assertThat(out).contains("Timeline").contains("A achievement date");
	}
}

package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.report.ProgrammeReport;
import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.testing.ShellHarness;
import dev.ilrsh.testing.Xsd;
import dev.ilrsh.xml.IlrReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.InputReader;

class ProgressionCommandsTest extends ShellHarness {

	static final Path SAMPLE = Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML");

	@TempDir
	Path tmp;

	@Test
	void progressionsListsSplitLearnersAndProgrammesOnOneRecord() {
		run("load " + SAMPLE);
		Run r = run("progressions --format csv");
		assertThat(r.exit()).isZero();
		assertThat(r.out().lines().skip(1).map(l -> l.split(",")[0] + " " + l.split(",")[2]))
			.startsWith("split APP001 APP002", "split APP003 APP003")
			.contains("one record APP004", "one record APP024");
		assertThat(r.out()).contains("restructure --uln 1429069502: keep APP001, 2 records to 1, 4 aims numbered 1-4");
	}

	@Test
	void programmesGivesOneRowPerProgramme() {
		run("load " + SAMPLE);
		Run r = run("programmes --learner APP004 --format csv");
		assertThat(r.out().lines()).hasSize(3);
		assertThat(r.out()).startsWith("LearnRefNumber,ULN,ProgType,StdCode,LearnStartDate");
	}

	@Test
	void inBatchModeWithoutYesItOnlyPreviews() {
		run("load " + SAMPLE);
		Run r = run("restructure --uln 1429069502");
		assertThat(r.exit()).isZero();
		assertThat(r.out()).startsWith("Merge 2 records into APP001 (ULN 1429069502)\n\nBefore\n")
			.contains("3 ZPROG001  2025-11-03  was APP002 aim 1").contains("Findings gone:  R59 x2 (APP001, APP002)")
			.contains("Findings added: none");
		assertThat(r.err()).contains("preview only: nothing was changed");
		assertThat(run("files --format csv").out()).contains(",no,");
	}

	@Test
	void restructureAllWritesAValidFileWithR06AndR59GoneNothingAddedAndProgrammesUnchanged() throws Exception {
		run("load " + SAMPLE);
		Path out = tmp.resolve("fixed.XML");
		Run r = run("restructure --all --yes --out " + out);
		assertThat(r.exit()).isZero();
		assertThat(r.out()).contains("Findings gone:  R06 x2 (APP003), R59 x4 (APP001, APP002, APP003)")
			.contains("Findings added: none");
		Xsd.assertValid(out);
		var before = IlrReader.read(SAMPLE).message();
		var after = IlrReader.read(out).message();
		assertThat(after.learners()).hasSize(before.learners().size() - 2);
		assertThat(programmeFacts(after)).containsExactlyInAnyOrderElementsOf(programmeFacts(before));

		Run validate = run("validate --today 2025-11-20 --format csv");
		assertThat(validate.out()).doesNotContain(",R59,").doesNotContain(",R06,").contains(",ULN_04,");

		assertThat(run("undo").exit()).isZero();
		assertThat(run("validate --today 2025-11-20 --format csv").out()).contains(",R59,");
		assertThat(run("undo").err()).isEqualTo("error: undo: nothing to undo in this file\n");
	}

	@Test
	void restructuringACleanFileChangesNothing() throws Exception {
		Path clean = tmp.resolve("clean.xml");
		Files.writeString(clean, Files.readString(Fixtures.path("forum-case-two-records.xml"))
			.replaceFirst("<ULN>1000000043</ULN>", "<ULN>1000000019</ULN>")
			.replaceFirst("<GivenNames>Alex</GivenNames>", "<GivenNames>Sam</GivenNames>"));
		run("load " + clean);
		Run r = run("restructure --all --yes");
		assertThat(r.exit()).isZero();
		assertThat(r.err()).contains("nothing to do");
		assertThat(run("files --format csv").out()).contains(",no,");
	}

	@Test
	void anOverlappingMergeIsRefusedWithTheReasonUnlessForced() throws Exception {
		Path overlap = tmp.resolve("overlap.xml");
		Files.writeString(overlap, Files.readString(Fixtures.path("forum-case-two-records.xml"))
			.replace("2025-11-03", "2025-10-13"));
		run("load " + overlap);
		Run refused = run("restructure --uln 1000000043 --yes");
		assertThat(refused.exit()).isEqualTo(ExitCodes.FINDINGS);
		assertThat(refused.out()).contains("Findings added: R124 x1 (APP001)");
		assertThat(refused.err()).contains("not applied, because the merge would add errors").contains("R124");
		assertThat(run("files --format csv").out()).contains(",no,");

		Run forced = run("restructure --uln 1000000043 --yes --force");
		assertThat(forced.exit()).isZero();
		assertThat(run("files --format csv").out()).contains(",yes,");
	}

	@Test
	void theGuidedFlowAsksBeforeApplying() {
		run("load " + SAMPLE);
		assertThat(answering("n", "restructure --learner APP002").err()).contains("not applied: nothing was changed");
		assertThat(run("files --format csv").out()).contains(",no,");
		Run yes = answering("y", "restructure --learner APP002 --keep APP002");
		assertThat(yes.out()).startsWith("Merge 2 records into APP002");
		assertThat(yes.err()).contains("restructured 1 learner");
		assertThat(run("show APP002").out()).contains("Programme ZPROG001 25/9401");
	}

	@Test
	void aSavedPlanIsAppliedAgainFromItsFile() {
		run("load " + SAMPLE);
		Path plan = tmp.resolve("plan.json");
		assertThat(run("restructure --uln 1429069502 --plan " + plan).err()).contains("saved the plan to " + plan);
		Run applied = run("restructure --from-plan " + plan + " --yes");
		assertThat(applied.exit()).isZero();
		assertThat(applied.err()).contains("restructured 1 learner");
	}

	@Test
	void badRequestsGetOneLine() {
		run("load " + SAMPLE);
		assertThat(run("restructure").err())
			.isEqualTo("error: restructure: give one of --uln ULN, --learner REF, --all or --from-plan FILE\n");
		assertThat(run("restructure --learner NOBODY").err())
			.isEqualTo("error: restructure: no learner with reference or ULN NOBODY in " + SAMPLE.getFileName() + "\n");
		assertThat(run("restructure --uln 1429069502 --keep APP999").err())
			.isEqualTo("error: restructure: --keep APP999 is not one of the records: APP001, APP002\n");
		assertThat(run("restructure --all --keep APP001").exit()).isEqualTo(2);
	}

	private Run answering(String answer, String line) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		InputReader input = new InputReader() {
			@Override
			public String readInput(String prompt) {
				return answer;
			}
		};
		int exit = dispatcher.execute(line, new PrintWriter(out), new PrintWriter(err), input);
		return new Run(exit, out.toString(), err.toString());
	}

	/** Each programme's dates, status, outcome, hours and price, without who holds it or its aim numbers. */
	private static List<String> programmeFacts(dev.ilrsh.model.Message message) {
		return ProgrammeReport.table(message).rows().stream().map(r -> r.subList(1, 13).toString()).toList();
	}
}

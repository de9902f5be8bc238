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
	void inBatchModeWithoutYesItOnlyPreviews() throws Exception {
		run("load " + SAMPLE);
		Run r = run("restructure --uln 1429069502");
		assertThat(r.exit()).isZero();
		assertThat(r.out()).isEqualTo(golden("preview-1429069502.txt"));
		assertThat(r.err()).contains("preview only: nothing was changed");
		assertThat(run("files --format csv").out()).contains(",no,");
	}

	@Test
	void restructureAllWritesAValidFileWithR06AndR59GoneNothingAddedAndProgrammesUnchanged() throws Exception {
		run("load " + SAMPLE);
		Path out = tmp.resolve("fixed.XML");
		Run r = run("restructure --all --yes --out " + out);
		assertThat(r.exit()).isZero();
		assertThat(r.out()).contains("Findings gone:    R06 x2 (APP003), R59 x4 (APP001, APP002, APP003)")
			.contains("Findings carried: none").contains("Findings added:   none")
			.contains("1429069502  APP001  2        4     LearnerEmploymentStatus:2024-05-01=APP002  R59 x2")
			.contains("1 conflict settled by keeping the newest record's version");
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
		assertThat(refused.out()).contains("Findings added:   R124 x1 (APP001)");
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

	@Test
	void aProblemBothRecordsHadIsCarriedAndTheMergeIsWritten() throws Exception {
		run("load " + Fixtures.path("shared-problem-two-records.xml"));
		Path out = tmp.resolve("merged.xml");
		Run r = run("restructure --uln 1000000043 --yes --out " + out);
		assertThat(r.exit()).isZero();
		assertThat(r.out()).contains("Findings carried: AFinType_10 x1 (APP001), Addline1_03 x1 (APP001), "
				+ "ESMType_09 x2 (APP001)").contains("Findings added:   none");
		assertThat(r.err()).contains("restructured 1 learner").doesNotContain("not applied");
		Xsd.assertValid(out);
		assertThat(IlrReader.read(out).message().learners()).hasSize(1);
	}

	@Test
	void takeChoosesAndASavedPlanAppliesTheSameChoices() throws Exception {
		run("load " + Fixtures.path("conflicts-two-records.xml"));
		Path plan = tmp.resolve("plan.json");
		Run preview = run("restructure --uln 1000000043 --take telno=APP001,Address=app001 --plan " + plan);
		assertThat(preview.exit()).isZero();
		assertThat(preview.out()).contains("""
				  TelNo
				           APP001 (kept)  APP002
				    -----  -------------  -----------
				    TelNo  01234567890    07700900123
				    kept APP001's (your choice); to keep the other instead:
				      --take TelNo=APP002
				""").contains("Your choices so far: --take Address=APP001,TelNo=APP001 (add others after a comma)");
		assertThat(Files.readString(plan)).contains("\"kept\" : \"APP001\"", "\"chosenBy\" : \"you\"");

		Path out = tmp.resolve("fixed.xml");
		Run applied = run("restructure --from-plan " + plan + " --yes --out " + out);
		assertThat(applied.exit()).isZero();
		assertThat(applied.out()).contains("kept APP001's (your choice); to keep the other instead:\n      --take TelNo=APP002");
		Xsd.assertValid(out);
		var merged = IlrReader.read(out).message().learners().get(0);
		assertThat(merged.telNo()).isEqualTo("01234567890");
		assertThat(merged.addLine3()).isEqualTo("Flat 2");
		assertThat(merged.learnerHE().ttAccom()).as("the newest record's where nobody chose").isEqualTo(2);
	}

	@Test
	void aBadTakeGetsOneLine() {
		run("load " + Fixtures.path("conflicts-two-records.xml"));
		assertThat(run("restructure --uln 1000000043 --take Postcode=APP001").err()).isEqualTo("error: restructure: "
				+ "--take Postcode: Postcode is part of the address, which is taken whole: --take Address=APP001\n");
		Run wrong = run("restructure --uln 1000000043 --take TelNo");
		assertThat(wrong.exit()).isEqualTo(2);
		assertThat(wrong.err()).startsWith("error: restructure: --take wants NAME=REF").doesNotContain("\n\n");
	}

	@Test
	void badPlansGetOneLineAndExitTwo() throws Exception {
		run("load " + SAMPLE);
		Path plan = tmp.resolve("bad.json");
		Files.writeString(plan, "{\"version\":2,\"source\":\"" + SAMPLE.getFileName() + "\",\"merges\":[null]}");
		Run nullPlan = run("restructure --from-plan " + plan);
		assertThat(nullPlan.exit()).isEqualTo(2);
		assertThat(nullPlan.err()).isEqualTo("error: restructure: " + plan + ": merges[0] is null (it should be an object)\n");
		Files.writeString(plan, "{\"version\":1,\"source\":\"x\",\"plans\":[null]}");
		assertThat(run("restructure --from-plan " + plan).err()).isEqualTo("error: restructure: " + plan
				+ ": saved by an earlier ilrsh (plan version 1), which did not record conflicts; make the plan again with "
				+ "--plan\n");

		Path other = tmp.resolve("other.json");
		run("restructure --uln 1429069502 --plan " + other);
		Files.writeString(plan, Files.readString(other).replace("\"APP002\"", "\"APP099\""));
		Run unknown = run("restructure --from-plan " + plan);
		assertThat(unknown.exit()).isEqualTo(2);
		assertThat(unknown.err()).isEqualTo("error: restructure: the plan names learner APP099 (ULN 1429069502) which is "
				+ "not in this file\n");
		run("load " + Fixtures.path("conflicts-two-records.xml"));
		Run elsewhere = run("restructure --from-plan " + other);
		assertThat(elsewhere.exit()).isEqualTo(2);
		assertThat(elsewhere.err()).isEqualTo("error: restructure: " + other + ": the plan was made for "
				+ SAMPLE.getFileName() + ", not conflicts-two-records.xml; a plan applies only to the file it was made for\n");
	}

	@Test
	void randomlyDamagedPlansNeverEndInAnInternalError() throws Exception {
		run("load " + SAMPLE);
		Path valid = tmp.resolve("valid.json");
		run("restructure --all --plan " + valid);
		String json = Files.readString(valid);
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 60; i++) {
			Path plan = tmp.resolve("damaged-" + i + ".json");
			Files.writeString(plan, dev.ilrsh.testing.JsonDamage.damage(json, random));
			Run r = run("restructure --from-plan " + plan);
			assertThat(r.exit()).as(r.err()).isIn(0, 1, 2);
			assertThat(r.err()).doesNotContain("internal error").doesNotContain("Exception");
			if (r.exit() == 2) {
				assertThat(r.err().lines()).as(r.err()).hasSize(1).allMatch(l -> l.startsWith("error: restructure: "));
			}
			if (r.exit() == 1) {
				assertThat(r.err()).contains("not applied, because the merge would add errors");
			}
		}
		assertThat(run("files --format csv").out()).contains(",no,");
	}

	private static String golden(String name) throws java.io.IOException {
		try (var in = ProgressionCommandsTest.class.getResourceAsStream("/restructure/" + name)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
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

package dev.ilrsh.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.files.OutputFile;
import dev.ilrsh.model.Message;
import dev.ilrsh.testing.ShellHarness;
import dev.ilrsh.testing.Xsd;
import dev.ilrsh.xml.IlrWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest extends ShellHarness {

	@org.springframework.beans.factory.annotation.Autowired
	dev.ilrsh.shell.Session session;

	@TempDir
	Path tmp;

	private Path older;
	private Path newer;
	private ReturnPair pair;

	@BeforeEach
	void writePair() throws Exception {
		pair = ReturnPair.make();
		older = write(pair.older, "ILR-10000001-2526-20251120-093000-01.XML");
		newer = write(pair.newer, "ILR-10000001-2526-20251218-101500-02.XML");
	}

	@Test
	void theReadableReportIsTheSummaryThenEachChange() throws Exception {
		Run r = run("diff " + older + " " + newer);
		assertThat(r.exit()).isEqualTo(1);
		assertGolden("generated-pair.txt", r.out());
		assertThat(r.err()).startsWith("diff: 4 learners joined, 2 left, 4 changed, 54 unchanged (compared in ");
	}

	@Test
	void csvAndJsonGiveOneRowPerChangeWithElementNames() {
		Run csv = run("diff " + older + " " + newer + " --format csv");
		assertThat(csv.out()).startsWith("Change,Entity,LearnRefNumber,ULN,AimSeqNumber,LearnAimRef,Field,Old,New,Note\r\n");
		assertThat(csv.out()).contains("joined,Learner," + pair.planted.joined().get(0) + ",");
		Run json = run("diff " + older + " " + newer + " --format json");
		assertThat(json.out()).startsWith("[ {\n  \"Change\" : ").contains("\"LearnRefNumber\" : \"RENAMED01\"");
		assertThat(csv.out().lines().count() - 1).isEqualTo(json.out().lines().filter(l -> l.contains("\"Change\"")).count());
	}

	@Test
	void findingsFixedAndNewAreListedByRule() {
		Run r = run("diff " + older + " " + newer + " --findings");
		assertThat(r.exit()).isEqualTo(1);
		assertThat(r.out()).contains("Findings fixed").contains("Findings by rule\nrule ")
			.containsPattern("\nR59 +error +\\d+ +\\d+ +2 +0 +\\d+\n")
			.contains("fixed        Finding ");
		assertThat(r.err()).contains("validating them");
	}

	@Test
	void openFilesCanBeNamedByNumberAndOneFileIsComparedWithTheCurrentOne() {
		run("load " + older);
		run("load " + newer);
		List<String> open = run("files --format csv").out().lines().toList();
		String first = number(open, older);
		String second = number(open, newer);
		Run byNumber = run("diff " + first + " " + second + " --format csv");
		assertThat(byNumber.exit()).isEqualTo(1);
		assertThat(run("diff " + older + " --format csv").out()).isEqualTo(byNumber.out());
		Run same = run("diff " + second + " " + newer.getFileName());
		assertThat(same.exit()).isZero();
		assertThat(same.out()).contains("No changes.");
		assertThat(same.err()).contains("hold the same data");
	}

	@Test
	void askAnswersQuestionsAboutTheLastReturnWhenBothAreOpen() {
		// the session is shared by every command test: start this one with no file open, and put it back after
		var before = session.workspace().snapshot();
		session.workspace().restore(new dev.ilrsh.workspace.Workspace.Snapshot(List.of(), List.of(), -1));
		try {
			askOfTwoReturns();
		}
		finally {
			session.workspace().restore(before);
		}
	}

	private void askOfTwoReturns() {
		run("load " + older);
		Run alone = run("ask prices changed since the last return");
		assertThat(alone.exit()).isEqualTo(2);
		assertThat(alone.err()).contains("compares this file with the last return: open that too");
		run("load " + newer);
		Run prices = run("ask prices changed since the last return --format csv");
		assertThat(prices.exit()).isZero();
		assertThat(prices.err()).startsWith("Read as: prices changed since the last return, " + older.getFileName()
				+ " (last return) against " + newer.getFileName() + " (this one).");
		assertThat(prices.out().lines().skip(1))
			.hasSize(ReturnQuestions.priceChanges(pair.older, pair.newer).size())
			.anySatisfy(l -> assertThat(l).contains(",changed,TNP 1 "));
		assertThat(run("ask which statuses changed since last month --format csv").out().lines().skip(1)).isNotEmpty();
		Run joined = run("ask who joined since the previous return --format csv");
		assertThat(joined.out()).contains("joined," + pair.planted.joined().get(0) + ",");
	}

	@Test
	void outWritesTheReportInTheFormatItsNameSays() throws Exception {
		Path out = tmp.resolve("changes.csv");
		Run r = run("diff " + older + " " + newer + " --out " + out);
		assertThat(r.exit()).isEqualTo(1);
		assertThat(r.out()).isEmpty();
		assertThat(r.err()).contains("wrote " + out);
		assertThat(Files.readString(out)).startsWith("Change,Entity,");
		assertThat(run("diff " + older + " " + newer + " --out " + out).exit()).isEqualTo(2);
	}

	@Test
	void badInputIsAUsageError() {
		Run missing = run("diff " + older + " " + tmp.resolve("nope.XML"));
		assertThat(missing.exit()).isEqualTo(2);
		assertThat(missing.err()).startsWith("error: diff: ").contains("nope.XML").contains("no such file");
		assertThat(run("diff").exit()).isEqualTo(2);
		assertThat(run("diff a b c").exit()).isEqualTo(2);
		assertThat(run("diff " + older + " " + newer + " --format xml").exit()).isEqualTo(2);
	}

	/** The number the files listing gives an open file. */
	private static String number(List<String> filesCsv, Path file) {
		return filesCsv.stream().filter(l -> l.endsWith("," + file)).findFirst().orElseThrow().split(",")[0];
	}

	private Path write(Message message, String name) throws Exception {
		Path file = tmp.resolve(name);
		IlrWriter.write(message, OutputFile.at(file));
		Xsd.assertValid(file);
		return file;
	}

	/** Compares with src/test/resources/diff/NAME; what was printed is left in target/NAME to compare or adopt. */
	private static void assertGolden(String name, String actual) throws Exception {
		Files.writeString(Path.of("target", name), actual);
		try (var in = DiffCommandTest.class.getResourceAsStream("/diff/" + name)) {
			assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}
}

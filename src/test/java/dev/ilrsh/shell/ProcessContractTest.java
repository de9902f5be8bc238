package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.IlrshProcess;
import dev.ilrsh.testing.IlrshProcess.Result;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The safety promises that only a whole process can show: the input never written, results that cannot be written
 * reported, a closed pipe ending quietly, a killed write cleaned up, piped input never taken as an answer.
 */
class ProcessContractTest {

	private static final Path SAMPLE = Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML");

	@TempDir
	Path tmp;

	private Path input;
	private String inputHash;

	@BeforeEach
	void copySample() throws Exception {
		input = tmp.resolve("in.xml");
		Files.copy(SAMPLE, input);
		inputHash = hash(input);
	}

	@Test
	void aPlanIsNeverWrittenOverTheInputOrAnExistingFile() throws Exception {
		Result onInput = IlrshProcess.run("", "-f", input.toString(), "restructure", "--uln", "1429069502", "--plan",
				input.toString(), "--force");
		assertThat(onInput.exit()).isEqualTo(2);
		assertThat(onInput.err()).contains("error: restructure: the plan was not saved: " + input
				+ ": is a file open in this session; ilrsh never writes over a file it has read");
		assertThat(hash(input)).isEqualTo(inputHash);

		Path existing = Files.writeString(tmp.resolve("plan.json"), "mine");
		Result onExisting = IlrshProcess.run("", "-f", input.toString(), "restructure", "--uln", "1429069502",
				"--plan", existing.toString());
		assertThat(onExisting.exit()).isEqualTo(2);
		assertThat(onExisting.err()).contains("already exists; use --force to replace it");
		assertThat(Files.readString(existing)).isEqualTo("mine");
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void anotherProgramsSettingsInTheWorkingFolderChangeNothing() throws Exception {
		Path folder = Files.createDirectory(tmp.resolve("elsewhere"));
		Files.writeString(folder.resolve("application.properties"),
				"spring.main.banner-mode=console\nlogging.level.root=DEBUG\n");
		Files.createDirectory(folder.resolve("config"));
		Files.writeString(folder.resolve("config/application.yaml"), "logging:\n  level:\n    root: TRACE\n");
		Result here = IlrshProcess.run("", "-f", input.toString(), "summary");
		Result there = IlrshProcess.run(folder, "", "-f", input.toString(), "summary");
		assertThat(there.exit()).as(there.err()).isEqualTo(here.exit());
		assertThat(there.out()).isEqualTo(here.out());
		assertThat(there.err().lines().filter(l -> !l.startsWith("loaded "))).isEmpty();
	}

	@Test
	void aNameEndingInASlashIsAFolderCreatedForANewReturn() throws Exception {
		Path folder = tmp.resolve("nodir");
		Result r = IlrshProcess.run("", "-f", input.toString(), "write", "--out", folder + "/");
		assertThat(r.exit()).as(r.err()).isZero();
		assertThat(r.err()).contains("created the folder " + folder);
		try (var files = Files.list(folder)) {
			assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement().asString()
				.matches("ILR-10000001-2526-\\d{8}-\\d{6}-02\\.XML");
		}
		assertThat(hash(input)).isEqualTo(inputHash);
	}

	@Test
	void resultsThatCannotBeWrittenAreAnErrorNotASilentSuccess() throws Exception {
		File full = new File("/dev/full");
		if (!full.exists()) {
			return;
		}
		Process p = IlrshProcess.builder("-f", input.toString(), "summary").redirectOutput(full)
			.redirectError(ProcessBuilder.Redirect.PIPE).start();
		p.getOutputStream().close();
		String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(p.exitValue()).isEqualTo(2);
		assertThat(err).endsWith("error: the results could not be written to standard output (No space left on device)\n");
		assertThat(err.lines().count()).isEqualTo(2);
	}

	@Test
	void aReaderThatStopsReadingEndsTheCommandQuietly() throws Exception {
		Path big = tmp.resolve("big.xml");
		assertThat(IlrshProcess.run("", "generate", "--learners", "3000", "--out", big.toString()).exit()).isZero();
		Process p = IlrshProcess.builder("-f", big.toString(), "find", "--aims", "FundModel:36", "--limit", "0",
				"--format", "csv").redirectError(ProcessBuilder.Redirect.PIPE).start();
		p.getOutputStream().close();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(out.readLine()).startsWith("LearnRefNumber");
		}
		String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(p.exitValue()).as(err).isZero();
		assertThat(err).doesNotContain("error").doesNotContain("Exception").doesNotContain("stopped");
	}

	@Test
	void pipedCommandsAreNeverTakenAsAnswersToAQuestion() throws Exception {
		Result r = IlrshProcess.run("restructure --uln 1429069502\nvalidate --rule R59 --format csv\n", "-f",
				input.toString());
		assertThat(r.err()).contains("preview only: nothing was changed (add --yes to apply)");
		assertThat(r.out()).contains("R59,");
		assertThat(r.exit()).isEqualTo(1);
	}

	@Test
	void batchModeSaysWhichEditsWereNotWritten() throws Exception {
		Result r = IlrshProcess.run("", "-f", input.toString(), "restructure", "--uln", "1429069502", "--yes");
		assertThat(r.exit()).isZero();
		assertThat(r.err()).contains("note: not written to any file: in.xml: restructure merged 1 learner (kept APP001)");
	}

	@Test
	void aKilledWriteLeavesATemporaryFileThatTheNextWriteRemoves() throws Exception {
		Path folder = Files.createDirectory(tmp.resolve("out"));
		Process p = IlrshProcess.builder("generate", "--learners", "2000000", "--out", folder.resolve("big.xml")
			.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (leftoversIn(folder).isEmpty() || Files.size(leftoversIn(folder).get(0)) < 1_000_000) {
				assertThat(System.nanoTime()).as("the write to start").isLessThan(end);
				Thread.sleep(50);
			}
		}
		finally {
			p.destroyForcibly();
			p.waitFor(1, TimeUnit.MINUTES);
		}
		assertThat(leftoversIn(folder)).as("kill -9 leaves the temporary file").hasSize(1);
		Result next = IlrshProcess.run("", "generate", "--learners", "10", "--out", folder.resolve("small.xml").toString());
		assertThat(next.exit()).isZero();
		assertThat(leftoversIn(folder)).isEmpty();
		assertThat(folder.resolve("big.xml")).doesNotExist();
	}

	@Test
	void aWriteStoppedByTheSystemRemovesItsTemporaryFile() throws Exception {
		Path folder = Files.createDirectory(tmp.resolve("term"));
		Process p = IlrshProcess.builder("generate", "--learners", "2000000", "--out", folder.resolve("big.xml")
			.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (leftoversIn(folder).isEmpty()) {
			assertThat(System.nanoTime()).as("the write to start").isLessThan(end);
			Thread.sleep(50);
		}
		p.destroy();
		assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
		try (var files = Files.list(folder)) {
			assertThat(files.toList()).isEmpty();
		}
	}

	private List<Path> leftovers() throws Exception {
		return leftoversIn(tmp);
	}

	private static List<Path> leftoversIn(Path folder) throws Exception {
		try (var files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
		}
	}

	private static String hash(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}
}

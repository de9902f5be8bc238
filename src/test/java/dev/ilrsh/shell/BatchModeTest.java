package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The command line contract end to end, through the same entry point as the launcher. */
@ExtendWith(OutputCaptureExtension.class)
class BatchModeTest {

	@TempDir
	Path tmp;

	private final String forum = Fixtures.path("forum-case-two-records.xml").toString();

	@Test
	void oneCommandPrintsResultsOnStdoutAndMessagesOnStderr(CapturedOutput output) {
		assertThat(IlrshApplication.run("-f", forum, "summary", "--format", "csv")).isZero();
		assertThat(output.getOut()).startsWith("Section,Item,Value\r\nfile,File,forum-case-two-records.xml\r\n");
		assertThat(output.getErr()).isEqualTo("loaded forum-case-two-records.xml: 2 learners, 0.0 MB in "
				+ output.getErr().split(" in ")[1]);
	}

	@Test
	void unknownCommandExitsTwoWithOneLine(CapturedOutput output) {
		assertThat(IlrshApplication.run("nosuch")).isEqualTo(2);
		assertThat(output.getOut()).isEmpty();
		assertThat(output.getErr()).isEqualTo("error: unknown command: nosuch; type help\n");
	}

	@Test
	void unreadableFileExitsTwoNamingTheFile(CapturedOutput output) {
		assertThat(IlrshApplication.run("-f", "no-such-file.xml", "summary")).isEqualTo(2);
		assertThat(output.getOut()).isEmpty();
		assertThat(output.getErr()).isEqualTo("error: no-such-file.xml: no such file\n");
	}

	@Test
	void scriptRunsCommandsSkippingCommentsAndStopsAtTheFirstFailure(CapturedOutput output) throws Exception {
		Path script = tmp.resolve("commands.txt");
		Path written = tmp.resolve("copy.xml");
		Files.writeString(script, """
				# a comment, then a blank line

				summary --format csv
				write --out %s
				nosuch
				summary
				""".formatted(written));
		assertThat(IlrshApplication.run("-f", forum, "@" + script)).isEqualTo(2);
		assertThat(Files.exists(written)).isTrue();
		assertThat(output.getOut()).containsOnlyOnce("Section,Item,Value");
		assertThat(output.getErr()).contains("error: unknown command: nosuch; type help\n")
			.endsWith("commands.txt: stopped at line 5: nosuch\n");
	}

	@Test
	void pipedCommandsRunOneALineAndExitWithTheWorstStatus(CapturedOutput output) {
		java.io.InputStream stdin = System.in;
		try {
			System.setIn(new java.io.ByteArrayInputStream(("load " + forum + "\nsummary --format csv\nnosuch\nfiles --format csv\n")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			assertThat(IlrshApplication.run()).isEqualTo(2);
		}
		finally {
			System.setIn(stdin);
		}
		assertThat(output.getOut()).contains("Section,Item,Value").contains("Number,Current,Name");
		assertThat(output.getErr()).contains("error: unknown command: nosuch");
	}

	@Test
	void wordsACommandDoesNotTakeAreRefusedNotIgnored(CapturedOutput output) {
		assertThat(IlrshApplication.run("-f", forum, "summary", "half", "typed")).isEqualTo(2);
		assertThat(output.getOut()).isEmpty();
		assertThat(output.getErr()).endsWith(
				"error: summary takes no words besides its options: half typed; see help summary\n");
	}

	@Test
	void usageErrorsInTheLaunchArgumentsExitTwo(CapturedOutput output) {
		assertThat(IlrshApplication.run("-f")).isEqualTo(2);
		assertThat(output.getErr()).startsWith("error: -f needs a file name\nUsage: ilrsh");
	}
}

package dev.ilrsh.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.Fixtures;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file too big for the memory Java was given is refused in one line that says how to give more. */
class OutOfMemoryTest {

	@TempDir
	Path tmp;

	@Test
	void runningOutOfMemoryWhileLoadingIsOnePlainLine() throws Exception {
		Path file = bigFile();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx12m", "-Xshare:off", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), LoadInLittleMemory.class.getName(), file.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(output).matches(file + ": there is not enough memory to load this \\d+ MB file \\(Java may use "
				+ "\\d+ MB\\); start ilrsh with more, for example ILRSH_JAVA_OPTS=-Xmx2g \\./ilrsh \\.\\.\\.\n");
		assertThat(process.exitValue()).isEqualTo(2);
	}

	/** About 35 MB: the fixture's learners, many times over. */
	private Path bigFile() throws Exception {
		String forum = Files.readString(Fixtures.path("forum-case-two-records.xml"));
		int from = forum.indexOf("  <Learner>");
		int to = forum.lastIndexOf("</Message>");
		Path file = tmp.resolve("big.xml");
		try (Writer out = Files.newBufferedWriter(file)) {
			out.write(forum, 0, from);
			for (int i = 0; i < 10_000; i++) {
				out.write(forum, from, to - from);
			}
			out.write("</Message>\n");
		}
		return file;
	}

	/** Loads one file and says how it went, in a JVM of its own. */
	public static final class LoadInLittleMemory {

		public static void main(String[] args) {
			try {
				IlrReader.read(Path.of(args[0]));
				System.out.println("loaded");
				System.exit(0);
			}
			catch (IlrReadException e) {
				System.out.println(e.getMessage());
				System.exit(2);
			}
			catch (Throwable e) {
				System.out.println("unexpected: " + e);
				System.exit(3);
			}
		}
	}
}

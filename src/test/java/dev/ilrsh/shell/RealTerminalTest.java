package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ilrsh as a person meets it in a terminal, and as a pipe meets it: run in its own process, on a pseudo-terminal
 * made by script(1), and with its output piped. On the terminal long results go through the pager and are in
 * colour, progress shows on stderr, and NO_COLOR and --no-color and --no-pager are honoured; in a pipe nothing of
 * that happens and no escape code is written.
 */
class RealTerminalTest {

	static final Path SAMPLE = Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML").toAbsolutePath();

	/** A pager that marks every line it shows, so the test can see what went through it. */
	static final String PAGER = "sed 's/^/PAGED: /'";

	@TempDir
	static Path dir;

	@BeforeAll
	static void needsScript() {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) makes the pseudo-terminal");
	}

	@Test
	void onATerminalLongResultsArePagedInColourAndProgressShows() throws Exception {
		Path script = commands("""
				programmes
				count --by FundModel
				programmes --no-pager --no-color --limit 3
				generate --learners 30000 --out %s
				""".formatted(dir.resolve("g.xml")));
		String screen = onTerminal(Map.of(), "@" + script);
		List<String> lines = screen.lines().toList();
		// programmes is longer than the 10-line screen: every line of it went through the pager, in colour
		assertThat(lines).anyMatch(l -> l.startsWith("PAGED: ") && l.contains("\u001B[1m") && l.contains("Prog"));
		assertThat(lines.stream().filter(l -> l.startsWith("PAGED: ") && l.contains("APP0"))).hasSize(30);
		// count fits the screen: printed as it is
		assertThat(lines).anyMatch(l -> l.contains("apprenticeships") && !l.startsWith("PAGED: "));
		// --no-pager --no-color: straight out, no escape codes
		assertThat(lines).anyMatch(l -> l.startsWith("APP001") && !l.contains("\u001B"));
		assertThat(screen).contains("showing 3 of 30 rows");
		// long work says how far it has got, on the same line
		assertThat(screen).contains("generating: ").contains(" of 30,000 learners)");
	}

	@Test
	void whatACommandSaysBeforeItsResultsComesBeforeThemEvenWhenTheyArePaged() throws Exception {
		Path script = commands("""
				ask learners with more than one programme
				ask who is on a break
				""");
		List<String> lines = onTerminal(Map.of("NO_COLOR", "1"), "@" + script).lines().toList();
		// paged: the reading is shown before the pager starts, the count of rows after it has finished
		int readAs = indexOf(lines, l -> l.startsWith("Read as: multiple-programmes"));
		int firstPaged = indexOf(lines, l -> l.startsWith("PAGED: "));
		int lastPaged = lastIndexOf(lines, l -> l.startsWith("PAGED: "));
		int rows = indexOf(lines, l -> l.startsWith("8 rows for multiple-programmes"));
		assertThat(readAs).isNotNegative().isLessThan(firstPaged);
		assertThat(rows).isGreaterThan(lastPaged);
		// fits the screen: the same order, with no pager
		int breakRead = indexOf(lines, l -> l.startsWith("Read as: on-break"));
		int breakTable = indexOf(lines, l -> l.startsWith("APP005"));
		int breakRows = indexOf(lines, l -> l.startsWith("2 rows for on-break"));
		assertThat(breakRead).isPositive().isLessThan(breakTable);
		assertThat(breakTable).isLessThan(breakRows);
	}

	private static int lastIndexOf(List<String> lines, java.util.function.Predicate<String> which) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (which.test(lines.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int indexOf(List<String> lines, java.util.function.Predicate<String> which) {
		for (int i = 0; i < lines.size(); i++) {
			if (which.test(lines.get(i))) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void noColorTurnsColourOffEverywhere() throws Exception {
		String screen = onTerminal(Map.of("NO_COLOR", "1"), "programmes");
		assertThat(screen).contains("PAGED: APP001").doesNotContain("\u001B[");
	}

	@Test
	void inAPipeThereIsNoPagerNoColourNoProgressAndNoEscapeCode() throws Exception {
		Path script = commands("""
				programmes
				show APP001
				generate --learners 30000 --out %s
				""".formatted(dir.resolve("piped.xml")));
		Process p = process(List.of("-f", SAMPLE.toString(), "@" + script.toString()), Map.of());
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).as(err).isZero();
		assertThat(out).contains("APP001").contains("Learner APP001").doesNotContain("PAGED").doesNotContain("\u001B");
		assertThat(err).doesNotContain("\u001B").doesNotContain("generating:").doesNotContain("\r");
		assertThat(out.lines()).anyMatch(l -> l.length() > 120);
	}

	private static Path commands(String text) throws IOException {
		Path file = Files.createTempFile(dir, "commands", ".txt");
		Files.writeString(file, text);
		return file;
	}

	/** What the terminal shows when ilrsh runs on a 100 by 10 pseudo-terminal with the marking pager. */
	private static String onTerminal(Map<String, String> env, String... command) throws Exception {
		List<String> java = javaCommand(List.of("-f", SAMPLE.toString()));
		java.addAll(List.of(command));
		String line = String.join(" ", java.stream().map(RealTerminalTest::quote).toList());
		ProcessBuilder builder = new ProcessBuilder("script", "-qfec", line, "/dev/null").redirectErrorStream(true);
		builder.environment().putAll(Map.of("COLUMNS", "100", "LINES", "10", "TERM", "xterm-256color", "PAGER", PAGER));
		builder.environment().remove("NO_COLOR");
		builder.environment().putAll(env);
		Process p = builder.start();
		p.getOutputStream().close();
		String screen = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).as(screen).isZero();
		return screen.replace("\r\n", "\n");
	}

	private static Process process(List<String> args, Map<String, String> env) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(javaCommand(args));
		builder.environment().put("PAGER", PAGER);
		builder.environment().putAll(env);
		builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		return builder.start();
	}

	private static List<String> javaCommand(List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(IlrshApplication.class.getName());
		command.addAll(args);
		return command;
	}

	private static String quote(String word) {
		return "'" + word.replace("'", "'\\''") + "'";
	}
}

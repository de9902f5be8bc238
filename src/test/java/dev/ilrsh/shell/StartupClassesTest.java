package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.IlrshProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-line command loads only what it needs: start-up is most of its time, and every class loaded is paid for on
 * every run. The list of what must not load is kept here so that it stays true as the code changes.
 */
class StartupClassesTest {

	/**
	 * Made ready (initialised) only by the commands that search, validate, explain, answer questions or write
	 * spreadsheets; frameworks ilrsh does not use at all.
	 */
	private static final List<String> NOT_FOR_SIMPLE_COMMANDS = List.of("'org/apache/lucene/",
			"'dev/ilrsh/rules/RuleRegistry'", "'dev/ilrsh/rules/catalog/RuleCatalog'", "'dev/ilrsh/query/QuestionCatalog'",
			"'dev/ilrsh/index/IlrIndex'", "'org/apache/poi/", "'ch/qos/logback/", "'org/hibernate/",
			"'org/springframework/boot/autoconfigure/preinitialize/BackgroundPreinitializingApplicationListener$Runner'");

	@TempDir
	Path tmp;

	@ParameterizedTest
	@ValueSource(strings = { "summary", "help", "write --out OUT", "files" })
	void simpleCommandsLoadNoSearchNoRulesNoQuestions(String command) throws Exception {
		assertInitialisesNone(command, NOT_FOR_SIMPLE_COMMANDS);
	}

	/** show lists the learner's findings, so it runs the rules (on that learner only), but it searches nothing. */
	@Test
	void showRunsTheRulesButNoSearchOrQuestions() throws Exception {
		assertInitialisesNone("show APP001", NOT_FOR_SIMPLE_COMMANDS.stream()
			.filter(c -> !c.contains("dev/ilrsh/rules/")).toList());
	}

	private void assertInitialisesNone(String command, List<String> unwanted) throws Exception {
		Path classes = tmp.resolve("classes.txt");
		String[] words = command.replace("OUT", tmp.resolve("out.xml").toString()).split(" ");
		String[] args = new String[words.length + 2];
		args[0] = "-f";
		args[1] = "sample-data/ILR-10000001-2526-20251120-093000-01.XML";
		System.arraycopy(words, 0, args, 2, words.length);
		Process p = IlrshProcess.builder(List.of("-Xlog:class+init=info:file=" + classes), args)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(p.exitValue()).isZero();
		List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
		assertThat(loaded).as("classes initialised").anyMatch(l -> l.contains("'dev/ilrsh/shell/CommandDispatcher'"));
		for (String u : unwanted) {
			assertThat(loaded).as(command + " initialises " + u).noneMatch(l -> l.contains("Initializing " + u));
		}
	}
}

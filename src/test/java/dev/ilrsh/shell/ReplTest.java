package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.render.Screen;
import dev.ilrsh.testing.ShellHarness;
import dev.ilrsh.testing.VirtualTerminal;
import dev.ilrsh.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.CommandRegistry;

/** The interactive shell through a terminal: keys in, screen out, as a person meets it. */
class ReplTest extends ShellHarness {

	private static final Duration WAIT = Duration.ofSeconds(60);
	private static final String SAMPLE = "sample-data/ILR-10000001-2526-20251120-093000-01.XML";

	@Autowired
	CommandRegistry registry;

	@Autowired
	FileIndex index;

	@Autowired
	RuleKnowledge rules;

	@Autowired
	Console console;

	private String pager;

	@TempDir
	Path tmp;

	private VirtualTerminal screen;
	private Repl repl;
	private CompletableFuture<Integer> session;

	@BeforeEach
	void start() throws Exception {
		// other tests share this context: start from a workspace holding only the sample
		loader.workspace().restore(new Workspace().snapshot());
		run("load " + SAMPLE);
		screen = new VirtualTerminal(160, 50);
		// the virtual terminal has no pager to hand results to
		pager = console.pager();
		console.pager(null);
		repl = new Repl(screen.terminal(), new ShellCompleter(registry, index, rules, loader), dispatcher, loader,
				console, () -> {
				}, null);
		session = CompletableFuture.supplyAsync(repl::run, r -> new Thread(r, "repl").start());
		screen.waitFor("ilrsh:ILR-10000001", WAIT);
	}

	@AfterEach
	void stop() throws Exception {
		if (!session.isDone()) {
			screen.type("\u0015exit\r");
			if (loader.workspace().files().stream().anyMatch(f -> f.hasUnsavedEdits())) {
				screen.type("y\r");
			}
			session.get(10, TimeUnit.SECONDS);
		}
		screen.close();
		loader.workspace().restore(new Workspace().snapshot());
		console.pager(pager);
		console.screen(Screen.PLAIN);
	}

	@Test
	void tabCompletesPartlyTypedLearnerReferencesUlnsAndQuestions() throws Exception {
		screen.type("show APP02\t");
		screen.waitFor("APP025", WAIT);
		assertThat(screen.shown()).contains("APP020", "APP021", "APP022").doesNotContain("APP001 ");
		screen.type("\u0015");
		screen.clear();
		// one candidate: the word is completed and the command runs
		screen.type("show 142906950\t\r");
		assertThat(screen.waitFor("APP001", WAIT)).contains("1429069502");
		screen.clear();
		screen.type("ask multi\t\r");
		assertThat(screen.waitFor("rows for multiple-programmes", WAIT)).doesNotContain("unknown");
		screen.waitFor("> ", WAIT);
		screen.clear();
		// the words of a question complete too, not only the questions' ids
		screen.type("ask learners who are continu\t\r");
		assertThat(screen.waitFor("CompStatus:1", WAIT)).contains("ask learners who are continuing");
	}

	@Test
	void tabCompletesRulesFieldsValuesCommandsAndHelpTopics() throws Exception {
		screen.type("validate --rule ULN_0\t");
		assertThat(screen.waitFor("ULN_04", WAIT)).doesNotContain("1429069502");
		screen.type("\u0015");
		screen.clear();
		screen.type("find Fam\t");
		screen.waitFor("FamilyName:", WAIT);
		screen.type("\u0015");
		screen.clear();
		screen.type("find (StdCode:9\t");
		screen.waitFor("9401", WAIT);
		screen.type("\u0015");
		screen.clear();
		screen.type("summ\t --format csv\r");
		screen.waitFor("Section,Item,Value", WAIT);
		screen.clear();
		screen.type("help progr\t");
		screen.waitFor("progressions", WAIT);
		screen.type("\u0015");
		screen.clear();
		screen.type("validate --sev\t");
		screen.waitFor("--severity", WAIT);
	}

	@Test
	void ctrlCStopsTheRunningCommandAndKeepsTheSessionAndItsEdits() throws Exception {
		screen.type("restructure --uln 1429069502 --yes\r");
		screen.waitFor("restructured 1 learner", WAIT);
		Path big = tmp.resolve("big.xml");
		screen.type("generate --learners 3000000 --out " + big + "\r");
		screen.waitUntil(repl::isRunningCommand, WAIT, "generate to start");
		Thread.sleep(300);
		screen.type("\u0003");
		screen.waitFor("stopped: the session is as it was before the command", WAIT);
		assertThat(session).isNotDone();
		try (var left = Files.list(tmp)) {
			assertThat(left).as("nothing half-written").isEmpty();
		}
		screen.clear();
		screen.type("files --format csv\r");
		assertThat(screen.waitFor("yes,", WAIT)).contains("41,yes");
	}

	@Test
	void leavingWithEditsNotWrittenAsksFirst() throws Exception {
		screen.type("restructure --uln 1429069502 --yes\r");
		screen.waitFor("restructured 1 learner", WAIT);
		screen.type("exit\r");
		screen.waitFor("Leave without writing them? [y/N]", WAIT);
		assertThat(screen.shown()).contains("restructure merged 1 learner (kept APP001)");
		screen.type("n\r");
		screen.waitFor("not leaving", WAIT);
		assertThat(session).isNotDone();
		screen.clear();
		screen.type("\u0004");
		screen.waitFor("Leave without writing them? [y/N]", WAIT);
		screen.type("y\r");
		assertThat(session.get(10, TimeUnit.SECONDS)).isZero();
	}

	@Test
	void writingTheEditsMeansNothingIsAskedOnLeaving() throws Exception {
		screen.type("restructure --uln 1429069502 --yes --out " + tmp.resolve("merged.xml") + "\r");
		screen.waitFor("validated again", WAIT);
		screen.waitFor("01.XML> ", WAIT);
		screen.type("exit\r");
		screen.waitUntil(session::isDone, WAIT, "the shell to end");
		assertThat(session.get()).isZero();
		assertThat(screen.shown()).doesNotContain("Leave without writing");
	}

	@Test
	void pastedTextWithApostrophesOrAnOpenQuoteNeverWaitsForMoreLines() throws Exception {
		screen.type("explain the learner's ULN isn't valid\r");
		screen.waitFor("ULN", WAIT);
		screen.clear();
		screen.type("find \"Smith\r");
		screen.waitFor("quote is not closed", WAIT);
		screen.clear();
		screen.type("summary --format csv\r");
		assertThat(screen.waitFor("Section,Item,Value", WAIT)).doesNotContain("quote>");
	}

	@Test
	void ctrlCAtThePromptClearsTheLineAndAPastedBlockRunsEveryLine() throws Exception {
		screen.clear();
		screen.type("summary half typed");
		// keys reach the line editor after the terminal has seen them; Ctrl-C is acted on at once
		screen.waitFor("half typed", WAIT);
		screen.type("\u0003");
		screen.waitFor("ilrsh:ILR", WAIT);
		screen.clear();
		screen.type("files --format csv\nsummary --format csv\r");
		screen.waitFor("Section,Item,Value", WAIT);
		assertThat(screen.shown()).contains("Number,Current,Name").doesNotContain("half typed");
	}
}

package dev.ilrsh.testing;

import dev.ilrsh.render.Screen;
import dev.ilrsh.shell.CommandDispatcher;
import dev.ilrsh.shell.Console;
import dev.ilrsh.shell.FileLoader;
import dev.ilrsh.shell.IlrshApplication;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base for command tests: one Spring context for all of them, commands run through the same dispatcher the shell
 * and batch mode use, with stdout and stderr captured apart.
 */
@SpringBootTest(classes = IlrshApplication.class, properties = "ilrsh.runner.enabled=false")
public abstract class ShellHarness {

	@Autowired
	protected CommandDispatcher dispatcher;

	@Autowired
	protected FileLoader loader;

	@Autowired
	protected Console console;

	/** Every test starts without a terminal: no fitting, paging or colour. */
	@BeforeEach
	void plainOutput() {
		console.screen(Screen.PLAIN);
		console.pager(null);
	}

	@AfterEach
	void backToPlainOutput() {
		plainOutput();
	}

	/** Results as on a terminal this wide (fitted, never paged), with or without colour. */
	protected void onTerminal(int width, boolean colour) {
		console.screen(new Screen(width, 10_000, true, colour));
		console.pager(null);
	}

	/** What a command printed and how it ended. */
	public record Run(int exit, String out, String err) {
	}

	protected Run run(String line) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = dispatcher.execute(line, new PrintWriter(out), new PrintWriter(err));
		return new Run(exit, out.toString(), err.toString());
	}
}

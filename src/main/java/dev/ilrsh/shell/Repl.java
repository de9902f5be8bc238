package dev.ilrsh.shell;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.render.Screen;
import dev.ilrsh.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.springframework.shell.core.InputReader;

/**
 * The interactive shell on a terminal: line editing, history for the session, TAB completion, and Ctrl-C that stops
 * the running command and not the shell. A stopped command leaves the session as it was before it started, because
 * commands change the workspace only when they finish. Leaving with edits that were never written asks first.
 */
public final class Repl {

	private final Terminal terminal;
	private final LineReader reader;
	private final CommandDispatcher dispatcher;
	private final FileLoader loader;
	private final Console console;
	private final Runnable whileWaiting;
	private final PrintWriter out;
	private final PrintWriter err;
	/** Ctrl-C presses since the running command started. */
	private final AtomicInteger interrupts = new AtomicInteger();
	private volatile Thread running;

	/**
	 * @param whileWaiting work to start in the background while the user types (indexing the current file)
	 * @param err where messages go; the terminal's own writer when null
	 */
	public Repl(Terminal terminal, Completer completer, CommandDispatcher dispatcher, FileLoader loader,
			Console console, Runnable whileWaiting, PrintWriter err) {
		this.terminal = terminal;
		this.dispatcher = dispatcher;
		this.loader = loader;
		this.console = console;
		this.whileWaiting = whileWaiting;
		this.out = terminal.writer();
		this.err = err != null ? err : terminal.writer();
		this.reader = LineReaderBuilder.builder()
			.terminal(terminal)
			.appName("ilrsh")
			.parser(new ShellParser())
			.completer(completer)
			.variable(LineReader.ERRORS, 1)
			.option(LineReader.Option.INSERT_TAB, false)
			.option(LineReader.Option.CASE_INSENSITIVE, true)
			.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
			.build();
	}

	/**
	 * Starts background work once the first prompt has had time to show: on two cores, indexing the file at the
	 * same moment held the prompt back, and nobody types a command in the first third of a second.
	 */
	private static void startSoon(Runnable work) {
		Thread starter = new Thread(() -> {
			try {
				Thread.sleep(300);
			}
			catch (InterruptedException e) {
				return;
			}
			work.run();
		}, "ilrsh-prepare-soon");
		starter.setDaemon(true);
		starter.start();
	}

	/** Runs until the user leaves; returns the exit status for the process (0). */
	public int run() {
		terminal.handle(Terminal.Signal.INT, signal -> interrupt());
		err.println("ilrsh: ILR 2025-26 files. Type help for commands, TAB to complete, exit to leave.");
		err.flush();
		boolean first = true;
		while (true) {
			if (first) {
				startSoon(whileWaiting);
				first = false;
			}
			else {
				whileWaiting.run();
			}
			String line;
			try {
				line = reader.readLine(prompt());
			}
			catch (UserInterruptException e) {
				// Ctrl-C at the prompt clears the line, as in other shells
				continue;
			}
			catch (EndOfFileException e) {
				if (mayLeave()) {
					return ExitCodes.OK;
				}
				continue;
			}
			for (String command : line.split("\\R")) {
				String c = command.strip();
				if (isExit(c)) {
					if (mayLeave()) {
						return ExitCodes.OK;
					}
					break;
				}
				if (!c.isEmpty() && !c.startsWith("#") && execute(c) == ExitCodes.INTERRUPTED) {
					// a pasted block stops at the command that was interrupted
					break;
				}
			}
		}
	}

	private int execute(String line) {
		Cancellation.clear();
		interrupts.set(0);
		running = Thread.currentThread();
		// the terminal may have been resized since the last command
		console.screen(new Screen(terminal.getWidth(), terminal.getHeight(), true,
				!Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())));
		int status;
		try {
			status = dispatcher.execute(line, out, err, answers());
		}
		finally {
			running = null;
			Thread.interrupted();
			Cancellation.clear();
		}
		out.flush();
		err.flush();
		return status;
	}

	/**
	 * Ctrl-C while a command runs asks it to stop; pressed again, says what is happening; a third time leaves ilrsh
	 * at once, for a command that does not stop.
	 */
	private void interrupt() {
		Thread command = running;
		if (command == null) {
			return;
		}
		int n = interrupts.incrementAndGet();
		Cancellation.request(Cancellation.Reason.USER);
		command.interrupt();
		if (n == 2) {
			err.println("\nstopping… (press Ctrl-C once more to leave ilrsh now; edits not written will be lost)");
			err.flush();
		}
		else if (n >= 3) {
			err.println("\nleaving ilrsh");
			err.flush();
			System.exit(ExitCodes.INTERRUPTED);
		}
	}

	/** True while a command runs (for tests that press Ctrl-C during one). */
	boolean isRunningCommand() {
		return running != null;
	}

	/** True when nothing unwritten would be lost, or the user says to leave anyway. */
	private boolean mayLeave() {
		List<String> unsaved = unsaved(loader.workspace());
		if (unsaved.isEmpty()) {
			return true;
		}
		err.println("Edits not written to any file:");
		unsaved.forEach(u -> err.println("  " + u));
		err.flush();
		try {
			String answer = reader.readLine("Leave without writing them? [y/N] ");
			if (answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
				return true;
			}
		}
		catch (UserInterruptException | EndOfFileException e) {
			// no answer is no
		}
		err.println("not leaving: write --out FILE keeps the edits");
		err.flush();
		return false;
	}

	/** One line for each open file with edits not yet written, saying what they are. */
	static List<String> unsaved(Workspace workspace) {
		return workspace.files().stream().filter(f -> f.hasUnsavedEdits())
			.map(f -> f.name() + ": " + String.join("; ", f.unsavedEdits())).toList();
	}

	/** Questions a command asks are answered at the terminal, with line editing; Ctrl-C or Ctrl-D is no answer. */
	private InputReader answers() {
		return new InputReader() {
			@Override
			public String readInput(String prompt) {
				try {
					return reader.readLine(prompt);
				}
				catch (UserInterruptException | EndOfFileException e) {
					return null;
				}
			}
		};
	}

	private String prompt() {
		return loader.workspace().current().map(f -> "ilrsh:" + f.name() + (f.hasUnsavedEdits() ? "*" : "") + "> ")
			.orElse("ilrsh> ");
	}

	static boolean isExit(String line) {
		return line.equals("exit") || line.equals("quit");
	}
}

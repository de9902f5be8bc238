package dev.ilrsh.shell;

import dev.ilrsh.workspace.LoadedFile;
import dev.ilrsh.xml.IlrReadException;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.stereotype.Component;

/**
 * Decides between the interactive shell and batch mode, opens the files named with {@code -f}, and runs commands
 * through the {@link CommandDispatcher}. It replaces Spring Shell's own runner, whose 4.0.1 batch mode loses exit
 * statuses and prints stack traces on stdout.
 */
@Component("springShellApplicationRunner")
public class IlrshRunner implements ApplicationRunner, ExitCodeGenerator {

	private final CommandDispatcher dispatcher;
	private final FileLoader loader;
	private final FileIndex fileIndex;
	private final CommandRegistry registry;
	private final RuleKnowledge rules;
	private final Console console;
	private final String sample;
	private final boolean enabled;
	private int exitCode;
	private static volatile boolean toFileDescriptor;

	/**
	 * @param sample the file the interactive shell opens when no -f is given (the launcher sets it)
	 * @param enabled false in tests that drive the dispatcher themselves
	 */
	public IlrshRunner(CommandDispatcher dispatcher, FileLoader loader, FileIndex fileIndex, CommandRegistry registry,
			RuleKnowledge rules, Console console, @Value("${ilrsh.sample:}") String sample,
			@Value("${ilrsh.runner.enabled:true}") boolean enabled) {
		this.dispatcher = dispatcher;
		this.loader = loader;
		this.fileIndex = fileIndex;
		this.registry = registry;
		this.rules = rules;
		this.console = console;
		this.sample = sample;
		this.enabled = enabled;
	}

	/**
	 * Sends results to the file descriptor itself rather than System.out, which hides write errors; the launcher
	 * does this, while tests keep System.out so they can capture it.
	 */
	static void writeToFileDescriptor() {
		toFileDescriptor = true;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!enabled) {
			return;
		}
		StandardOutput stdout = toFileDescriptor ? new StandardOutput() : new StandardOutput(System.out);
		PrintWriter out = new PrintWriter(
				new OutputStreamWriter(new BufferedOutputStream(stdout, 1 << 16), StandardCharsets.UTF_8));
		PrintWriter err = new PrintWriter(System.err, true);
		exitCode = run(arguments.getSourceArgs(), out, err);
		out.flush();
		if (stdout.failure() != null && !stdout.readerGone()) {
			err.println("error: the results could not be written to standard output ("
					+ stdout.failure().getMessage() + ")");
			exitCode = Math.max(exitCode, ExitCodes.USAGE);
		}
		else if (stdout.readerGone() && exitCode == ExitCodes.INTERRUPTED) {
			// the reader of the results went away (| head): that is the end of the work, not a failure
			exitCode = ExitCodes.OK;
		}
		err.flush();
	}

	int run(String[] args, PrintWriter out, PrintWriter err) {
		LaunchArguments launch;
		try {
			launch = LaunchArguments.parse(args);
		}
		catch (CommandFailure e) {
			err.println("error: " + e.getMessage());
			err.println(LaunchArguments.USAGE);
			return ExitCodes.USAGE;
		}
		if (launch.help()) {
			out.println(LaunchArguments.USAGE);
			return ExitCodes.OK;
		}
		List<Path> files = launch.files();
		boolean terminal = launch.interactive() && Terminals.isInteractive();
		if (files.isEmpty() && launch.interactive() && !sample.isBlank() && Files.isRegularFile(Path.of(sample))) {
			files = List.of(Path.of(sample));
		}
		for (Path file : files) {
			try {
				LoadedFile loaded = loader.load(file, err);
				err.println(loader.describe(loaded));
			}
			catch (IlrReadException e) {
				err.println("error: " + e.getMessage());
				if (!launch.interactive()) {
					return ExitCodes.USAGE;
				}
			}
		}
		if (terminal) {
			return interactive(err);
		}
		int status;
		if (launch.script() != null) {
			status = runScript(Path.of(launch.script()), out, err);
		}
		else if (!launch.command().isEmpty()) {
			status = dispatcher.execute(CommandLineWords.join(launch.command()), out, err);
		}
		else {
			status = piped(out, err);
		}
		reportUnsaved(err);
		return status;
	}

	private int runScript(Path script, PrintWriter out, PrintWriter err) {
		List<String> lines;
		try {
			lines = Files.readAllLines(script, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException e) {
			err.println("error: " + script + ": no such script file");
			return ExitCodes.USAGE;
		}
		catch (IOException e) {
			err.println("error: " + script + ": cannot be read (" + e.getMessage() + ")");
			return ExitCodes.USAGE;
		}
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int status = dispatcher.execute(line, out, err);
			if (status != ExitCodes.OK) {
				if (status != ExitCodes.INTERRUPTED) {
					err.println(script.getFileName() + ": stopped at line " + (i + 1) + ": " + line);
				}
				return status;
			}
		}
		return ExitCodes.OK;
	}

	/**
	 * Commands piped in, one a line, with no prompt. No one is there to answer a question, so a command that would
	 * ask takes its safe course (a restructure only previews) instead of reading the next command as the answer.
	 */
	private int piped(PrintWriter out, PrintWriter err) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			int worst = ExitCodes.OK;
			String line;
			while ((line = reader.readLine()) != null) {
				String l = line.strip();
				if (Repl.isExit(l)) {
					break;
				}
				if (!l.isEmpty() && !l.startsWith("#")) {
					int status = dispatcher.execute(line, out, err, CommandDispatcher.NO_INPUT);
					if (status == ExitCodes.INTERRUPTED) {
						return status;
					}
					worst = Math.max(worst, status);
				}
			}
			return worst;
		}
		catch (IOException e) {
			err.println("error: reading input failed (" + e.getMessage() + ")");
			return ExitCodes.USAGE;
		}
	}

	private int interactive(PrintWriter err) {
		Terminal terminal;
		try {
			terminal = TerminalBuilder.builder().name("ilrsh").system(true).build();
		}
		catch (IOException e) {
			err.println("error: the terminal cannot be used (" + e.getMessage() + ")");
			return ExitCodes.USAGE;
		}
		if (terminal.getWidth() <= 0 || terminal.getHeight() <= 0) {
			// a pseudo-terminal that was never given a size (some CI runners, script(1)) reads as 0 by 0
			terminal.setSize(new Size(80, 24));
		}
		try (terminal) {
			ShellCompleter completer = new ShellCompleter(registry, fileIndex, rules, loader);
			return new Repl(terminal, completer, dispatcher, loader, console, fileIndex::prepareInBackground, err).run();
		}
		catch (IOException e) {
			return ExitCodes.OK;
		}
	}

	/** In batch mode nothing asks before edits are dropped, so say what was not written. */
	private void reportUnsaved(PrintWriter err) {
		for (String unsaved : Repl.unsaved(loader.workspace())) {
			err.println("note: not written to any file: " + unsaved
					+ " (write --out FILE, or --out on the command, keeps edits)");
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}

package dev.ilrsh.shell;

import dev.ilrsh.workspace.LoadedFile;
import dev.ilrsh.xml.IlrReadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.shell.core.InputReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
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
	private final ObjectProvider<LineReader> lineReader;
	private final String sample;
	private final boolean enabled;
	private int exitCode;

	/**
	 * @param sample the file the interactive shell opens when no -f is given (the launcher sets it)
	 * @param enabled false in tests that drive the dispatcher themselves
	 */
	public IlrshRunner(CommandDispatcher dispatcher, FileLoader loader, FileIndex fileIndex,
			ObjectProvider<LineReader> lineReader, @Value("${ilrsh.sample:}") String sample,
			@Value("${ilrsh.runner.enabled:true}") boolean enabled) {
		this.dispatcher = dispatcher;
		this.loader = loader;
		this.fileIndex = fileIndex;
		this.lineReader = lineReader;
		this.sample = sample;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!enabled) {
			return;
		}
		PrintWriter out = new PrintWriter(System.out, true);
		PrintWriter err = new PrintWriter(System.err, true);
		exitCode = run(arguments.getSourceArgs(), out, err);
		out.flush();
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
		if (launch.script() != null) {
			return runScript(Path.of(launch.script()), out, err);
		}
		if (!launch.command().isEmpty()) {
			return dispatcher.execute(CommandLineWords.join(launch.command()), out, err);
		}
		return interactive(out, err);
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
				err.println(script.getFileName() + ": stopped at line " + (i + 1) + ": " + line);
				return status;
			}
		}
		return ExitCodes.OK;
	}

	/** The REPL: JLine with completion on a terminal; plain lines, no prompt, when input is piped. */
	private int interactive(PrintWriter out, PrintWriter err) {
		boolean terminal = System.console() != null;
		err.println("ilrsh: ILR 2025-26 files. Type help for commands, exit to leave.");
		if (terminal) {
			LineReader reader = lineReader.getObject();
			while (true) {
				// while the user types, index the current file so that the first search does not wait
				fileIndex.prepareInBackground();
				String line;
				try {
					line = reader.readLine(prompt());
				}
				catch (UserInterruptException e) {
					continue;
				}
				catch (EndOfFileException e) {
					return ExitCodes.OK;
				}
				if (isExit(line)) {
					return ExitCodes.OK;
				}
				dispatcher.execute(line, out, err, terminalInput(reader));
			}
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			InputReader answers = pipedInput(reader, err);
			// every line runs, as typed at a prompt would; the exit status is the worst any of them had
			int worst = ExitCodes.OK;
			String line;
			while ((line = reader.readLine()) != null) {
				if (isExit(line)) {
					break;
				}
				if (!line.isBlank() && !line.strip().startsWith("#")) {
					worst = Math.max(worst, dispatcher.execute(line, out, err, answers));
				}
			}
			return worst;
		}
		catch (IOException e) {
			err.println("error: reading input failed (" + e.getMessage() + ")");
			return ExitCodes.USAGE;
		}
	}

	/** Questions asked by a command are answered at the terminal, with line editing. */
	private static InputReader terminalInput(LineReader reader) {
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

	/** Piped input: a question's answer is the next line of input. */
	private static InputReader pipedInput(BufferedReader reader, PrintWriter err) {
		return new InputReader() {
			@Override
			public String readInput(String prompt) throws IOException {
				err.print(prompt);
				err.flush();
				String answer = reader.readLine();
				err.println(answer == null ? "" : answer);
				return answer;
			}
		};
	}

	private String prompt() {
		return loader.workspace().current().map(f -> "ilrsh:" + f.name() + "> ").orElse("ilrsh> ");
	}

	private static boolean isExit(String line) {
		String l = line.strip();
		return l.equals("exit") || l.equals("quit");
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}

package dev.ilrsh.shell;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.workspace.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Runs one command line: splits it, finds the command, checks its options, runs it, and turns whatever happens into
 * an exit status and at most one line on stderr. Both the interactive shell and batch mode go through here, so a
 * command behaves the same in each.
 */
@Component
public class CommandDispatcher {

	private final Commands registry;
	private final Console console;
	private final CommandOutput output;
	private final FileLoader loader;

	public CommandDispatcher(Commands registry, Console console, CommandOutput output, FileLoader loader) {
		this.registry = registry;
		this.console = console;
		this.output = output;
		this.loader = loader;
	}

	/** Runs {@code line} with results to {@code out} and messages to {@code err}; returns the exit status. */
	public int execute(String line, PrintWriter out, PrintWriter err) {
		return execute(line, out, err, NO_INPUT);
	}

	/** No one to answer questions (batch mode): commands that would ask take their safe default. */
	public static final InputReader NO_INPUT = new InputReader() {
		@Override
		public String readInput(String prompt) {
			return null;
		}
	};

	/**
	 * Runs {@code line}; a command that asks the user something reads the answer from {@code input} (null when no
	 * one can answer).
	 */
	public int execute(String line, PrintWriter out, PrintWriter err, InputReader input) {
		PrintWriter previousOut = console.out();
		PrintWriter previousErr = console.err();
		console.use(out, err);
		Workspace.Snapshot before = loader.workspace().snapshot();
		try {
			return run(line, out, input);
		}
		catch (CommandFailure failure) {
			if (Cancellation.isRequested()) {
				return stopped(before, err);
			}
			if (failure.getMessage() != null && !failure.getMessage().isEmpty()) {
				if (failure.exitCode() == ExitCodes.FINDINGS) {
					console.problem(failure.getMessage());
				}
				else {
					console.error(failure.getMessage());
				}
			}
			return failure.exitCode();
		}
		catch (RuntimeException | Error e) {
			if (Cancellation.isRequested() || e instanceof CancellationException) {
				return stopped(before, err);
			}
			err.println("internal error: " + describe(e) + " (please report this; set ILRSH_DEBUG=1 for details)");
			if (System.getenv("ILRSH_DEBUG") != null) {
				e.printStackTrace(err);
			}
			return ExitCodes.INTERNAL;
		}
		finally {
			out.flush();
			err.flush();
			console.use(previousOut, previousErr);
		}
	}

	/**
	 * A command stopped on request: the workspace goes back to how it was before the command, so a half-done change
	 * is never left in the session.
	 */
	private int stopped(Workspace.Snapshot before, PrintWriter err) {
		loader.workspace().restore(before);
		if (Cancellation.reason() != Cancellation.Reason.OUTPUT_CLOSED) {
			err.println("\nstopped: the session is as it was before the command");
		}
		return ExitCodes.INTERRUPTED;
	}

	private int run(String line, PrintWriter out, InputReader reader) {
		List<String> words;
		try {
			words = CommandLineWords.split(line.strip());
		}
		catch (IllegalArgumentException e) {
			throw CommandFailure.usage(e.getMessage());
		}
		if (words.isEmpty()) {
			return ExitCodes.OK;
		}
		Resolved resolved = resolve(words);
		// --out FILE, > FILE, --limit, --no-pager and --no-color belong to the output layer, not to the command
		OutputRequest request = OutputRequest.take(resolved.command(), words.subList(resolved.wordsUsed(), words.size()));
		ParsedInput input = parse(resolved.command(), request.words());
		ExitStatus status;
		try {
			status = output.run(request, reader, asking -> new CommandExecutor(registry)
				.execute(new CommandContext(input, registry, console.out(), asking)));
		}
		catch (Exception e) {
			throw translate(resolved.command(), e);
		}
		if (status.code() == ExitStatus.OK.code()) {
			return ExitCodes.OK;
		}
		if (status.code() == ExitStatus.USAGE_ERROR.code()) {
			throw CommandFailure.usage(resolved.command().getName() + ": wrong usage; see help "
					+ resolved.command().getName());
		}
		throw new CommandFailure(ExitCodes.FINDINGS, resolved.command().getName() + ": " + status.description());
	}

	/** The command a line starts with: the longest run of words that names one. */
	private Resolved resolve(List<String> words) {
		Commands.Named named = Commands.longestName(registry, words);
		if (named == null) {
			String first = words.get(0);
			List<String> near = CommandNames.nearest(first, registry.getCommands()
				.stream()
				.filter(c -> !c.isHidden())
				.map(Command::getName)
				.toList());
			throw CommandFailure.usage("unknown command: " + first
					+ (near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)") + "; type help");
		}
		return new Resolved(named.command(), named.words());
	}

	/** Options and arguments, checked against what the command declares. */
	private ParsedInput parse(Command command, List<String> words) {
		ParsedInput.Builder input = ParsedInput.builder();
		String[] parts = command.getName().split(" ");
		input.commandName(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			input.addSubCommand(parts[i]);
		}
		List<CommandArgument> arguments = new ArrayList<>();
		boolean onlyArguments = false;
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (onlyArguments || !isOptionWord(word)) {
				arguments.add(new CommandArgument(arguments.size(), word));
				continue;
			}
			if (word.equals("--")) {
				onlyArguments = true;
				continue;
			}
			if (word.equals("--help") || word.equals("-h")) {
				input.addOption(CommandOption.with().shortName('h').longName("help").value("true").build());
				return input.build();
			}
			String key = word;
			String value = null;
			int equals = word.indexOf('=');
			if (equals > 0) {
				key = word.substring(0, equals);
				value = word.substring(equals + 1);
			}
			CommandOption declared = findOption(command, key);
			if (isBoolean(declared)) {
				if (value == null && i + 1 < words.size() && isBooleanWord(words.get(i + 1))) {
					value = words.get(++i);
				}
				value = value == null ? "true" : value.toLowerCase(Locale.ROOT);
				if (!isBooleanWord(value)) {
					throw CommandFailure.usage(command.getName() + ": " + key + " takes no value, or true/false");
				}
			}
			else if (value == null) {
				if (i + 1 >= words.size()) {
					throw CommandFailure.usage(command.getName() + ": " + key + " needs a value");
				}
				value = words.get(++i);
			}
			input.addOption(CommandOption.with()
				.shortName(declared.shortName())
				.longName(declared.longName())
				.type(declared.type())
				.value(value)
				.build());
		}
		if (!arguments.isEmpty() && !registry.takesArguments(command)) {
			throw CommandFailure.usage(command.getName() + " takes no words besides its options: "
					+ String.join(" ", arguments.stream().map(CommandArgument::value).toList())
					+ "; see help " + command.getName());
		}
		arguments.forEach(input::addArgument);
		return input.build();
	}

	private static boolean isOptionWord(String word) {
		return word.startsWith("-") && word.length() > 1 && !Character.isDigit(word.charAt(1));
	}

	private static boolean isBoolean(CommandOption option) {
		return option.type() == boolean.class || option.type() == Boolean.class;
	}

	private static boolean isBooleanWord(String word) {
		return word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false");
	}

	private CommandOption findOption(Command command, String key) {
		for (CommandOption option : command.getOptions()) {
			if (option.isOptionEqual(key)) {
				return option;
			}
		}
		String known = command.getOptions()
			.stream()
			.map(o -> "--" + o.longName())
			.sorted(Comparator.naturalOrder())
			.collect(Collectors.joining(" "));
		throw CommandFailure.usage(command.getName() + ": unknown option " + key
				+ (known.isEmpty() ? " (it takes no options)" : " (options: " + known + ")"));
	}

	/** Finds our own failure in an exception's causes, or turns a framework error into a usage message. */
	private static RuntimeException translate(Command command, Exception e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof CommandFailure failure) {
				return failure;
			}
		}
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof ConversionException) {
				return CommandFailure.usage(command.getName() + ": a value has the wrong form ("
						+ rootMessage(t) + ")");
			}
			if (t instanceof IllegalArgumentException && t.getMessage() != null
					&& t.getMessage().startsWith("Required option")) {
				return CommandFailure.usage(command.getName() + ": " + t.getMessage().replace("Required option '", "option '")
					.replace("' is missing.", "' is required"));
			}
		}
		Throwable root = e;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root instanceof RuntimeException runtime ? runtime : new IllegalStateException(root);
	}

	private static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

	private static String describe(Throwable e) {
		return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
	}

	private record Resolved(Command command, int wordsUsed) {
	}
}

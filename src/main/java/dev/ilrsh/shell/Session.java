package dev.ilrsh.shell;

import dev.ilrsh.files.OutputFile;
import dev.ilrsh.model.Message;
import dev.ilrsh.xml.IlrFileName;
import java.io.IOException;
import org.springframework.shell.core.command.CommandContext;
import java.nio.file.Files;
import dev.ilrsh.render.Format;
import dev.ilrsh.render.Table;
import dev.ilrsh.render.Styled;
import dev.ilrsh.workspace.LoadedFile;
import dev.ilrsh.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** What commands share: the workspace, the output streams, and the checks every command makes the same way. */
@Component
public class Session {

	private final FileLoader loader;
	private final Console console;

	public Session(FileLoader loader, Console console) {
		this.loader = loader;
		this.console = console;
	}

	public Workspace workspace() {
		return loader.workspace();
	}

	public FileLoader loader() {
		return loader;
	}

	/** The current file, or a usage failure saying how to open one. */
	public LoadedFile current() {
		return loader.workspace()
			.current()
			.orElseThrow(() -> CommandFailure.usage("no file is open: use 'load FILE', or start ilrsh with -f FILE"));
	}

	public PrintWriter out() {
		return console.out();
	}

	public PrintWriter err() {
		return console.err();
	}

	public void message(String text) {
		console.message(text);
	}

	/** A message that something worked (a file written): green on a terminal. */
	public void success(String text) {
		console.success(text);
	}

	/** A message about something to check: yellow on a terminal. */
	public void warning(String text) {
		console.warning(text);
	}

	/** A progress line on stderr for long work (learners validated, written …), shown only on a terminal. */
	public ProgressLine progress(String task, String unit) {
		return console.progress(task, unit);
	}

	/**
	 * A new file the command named (with --out, --plan …): never one of the files open in the session, an existing
	 * one only with {@code force}.
	 *
	 * @param option the option the name came with, for messages
	 * @param typed the name as typed; a name ending in a separator names a folder, which this refuses
	 */
	public OutputFile outputFile(String option, String typed, boolean force) {
		if (OutputFile.isFolderName(typed)) {
			throw CommandFailure.usage(option + " " + typed + " names a folder; give a file name");
		}
		return OutputFile.at(path(option, typed)).replacing(force).protecting(openFiles());
	}

	/** Where to write an ILR file, and the message to write there (see {@link IlrFileName#resolve}). */
	public record ReturnTarget(IlrFileName.Destination destination, OutputFile file) {
	}

	/**
	 * Where to write {@code message} when the user typed {@code typed}: that file, or a new return in a folder. A
	 * name ending in a separator always names a folder, created when it does not exist yet.
	 */
	public ReturnTarget returnTarget(String option, String typed, boolean force, Message message) {
		Path path = path(option, typed);
		if (OutputFile.isFolderName(typed) && !Files.isDirectory(path)) {
			if (Files.exists(path)) {
				throw CommandFailure.usage(option + " " + typed + " names a folder, but " + path + " is a file");
			}
			try {
				Files.createDirectories(path);
				message("created the folder " + path);
			}
			catch (IOException e) {
				throw CommandFailure.usage(option + " " + typed + ": the folder cannot be created ("
						+ OutputFile.describe(e) + ")");
			}
		}
		IlrFileName.Destination destination = IlrFileName.resolve(path, message);
		return new ReturnTarget(destination,
				OutputFile.at(destination.path()).replacing(force).protecting(openFiles()));
	}

	/** The paths of every file open in the session. */
	public java.util.List<Path> openFiles() {
		return loader.workspace().files().stream().map(LoadedFile::path).toList();
	}

	/** A path the user typed, or a usage failure naming the option. */
	public static Path path(String option, String typed) {
		try {
			return Path.of(typed);
		}
		catch (InvalidPathException e) {
			throw CommandFailure.usage(option + " " + typed + " is not a usable file name (" + e.getReason() + ")");
		}
	}

	/**
	 * Asks the user a yes/no question.
	 *
	 * @return true for an answer starting with y, false for any other answer, null when no one can answer (batch
	 *         mode, piped input)
	 */
	public Boolean yesOrNo(CommandContext context, String question) {
		String answer;
		try {
			answer = context.inputReader().readInput(question);
		}
		catch (Exception e) {
			return null;
		}
		return answer == null ? null : answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
	}

	/** Parses a --format value, failing with a usage message. */
	public static Format format(String text) {
		try {
			return Format.parse(text);
		}
		catch (IllegalArgumentException e) {
			throw CommandFailure.usage(e.getMessage());
		}
	}

	/**
	 * Prints a listing in the chosen format: fitted to the terminal, paged, or into the file the user named, as the
	 * command line asked; at most --limit rows.
	 */
	public void print(Table table, String format) {
		console.table(table, format(format), false);
	}

	/** Prints a short listing that --limit does not cut (a summary beside the long listing). */
	public void printWhole(Table table, String format) {
		console.table(table, format(format), true);
	}

	/** Prints styled text (a report): in colour on a terminal, plain anywhere else. */
	public void print(Styled text) {
		console.print(text);
	}

	/** Prints prose, wrapped to the terminal's width on a terminal. */
	public void printText(String text) {
		console.text(text);
	}

	/** Prints Markdown (help pages, explanations) for reading: styled on a terminal, plain text anywhere else. */
	public void printMarkdown(String markdown) {
		console.markdown(markdown);
	}

	/** The width to lay text out in: the terminal's when results are shown on one, else 0 (no limit). */
	public int width() {
		return console.width();
	}
}

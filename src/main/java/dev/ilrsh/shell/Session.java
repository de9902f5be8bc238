package dev.ilrsh.shell;

import dev.ilrsh.files.OutputFile;
import dev.ilrsh.model.Message;
import dev.ilrsh.xml.IlrFileName;
import java.io.IOException;
import org.springframework.shell.core.command.CommandContext;
import java.nio.file.Files;
import dev.ilrsh.render.Format;
import dev.ilrsh.render.Table;
import dev.ilrsh.render.TableRenderer;
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

	/** Prints a listing in the chosen format on stdout. */
	public void print(Table table, String format) {
		TableRenderer.render(table, format(format), out());
	}
}

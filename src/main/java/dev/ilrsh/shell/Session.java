package dev.ilrsh.shell;

import dev.ilrsh.render.Format;
import dev.ilrsh.render.Table;
import dev.ilrsh.render.TableRenderer;
import dev.ilrsh.workspace.LoadedFile;
import dev.ilrsh.workspace.Workspace;
import java.io.PrintWriter;
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

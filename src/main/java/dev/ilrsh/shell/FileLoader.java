package dev.ilrsh.shell;

import dev.ilrsh.render.Plural;
import dev.ilrsh.workspace.LoadedFile;
import dev.ilrsh.workspace.Workspace;
import dev.ilrsh.xml.IlrReadException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Opens files into the session's workspace, showing progress on stderr for large ones. */
@Component
public class FileLoader {

	private final Workspace workspace = new Workspace();
	private final Console console;

	public FileLoader(Console console) {
		this.console = console;
	}

	public Workspace workspace() {
		return workspace;
	}

	/**
	 * Opens a file and makes it current; a file that takes a moment shows how far reading has got on a terminal.
	 *
	 * @param err unused; progress goes to the console's stderr
	 */
	public LoadedFile load(Path file, PrintWriter err) throws IlrReadException {
		try (ProgressLine line = console.progress("reading", "learners")) {
			return workspace.load(file, (bytesRead, totalBytes, learnersRead) -> line.show(String.format(Locale.UK,
					"reading: %d%% (%,d learners)", totalBytes == 0 ? 100 : 100 * bytesRead / totalBytes, learnersRead)));
		}
	}

	/** One line about a loaded file, for stderr. */
	public String describe(LoadedFile file) {
		var loaded = file.loaded();
		int problems = loaded.problems().size();
		return String.format(Locale.ROOT, "loaded %s: %s, %.1f MB in %.2f s%s", file.name(),
				Plural.of(file.message().learners().size(), "learner"), loaded.bytes() / 1e6,
				loaded.elapsed().toMillis() / 1000.0,
				problems == 0 ? "" : "; " + problems + " schema problem" + (problems == 1 ? "" : "s")
						+ " (see summary)");
	}
}

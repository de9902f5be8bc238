package dev.ilrsh.shell;

import dev.ilrsh.workspace.LoadedFile;
import dev.ilrsh.workspace.Workspace;
import dev.ilrsh.xml.IlrReadException;
import dev.ilrsh.xml.IlrReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Opens files into the session's workspace, showing progress on stderr for large ones. */
@Component
public class FileLoader {

	/** Files smaller than this load too fast for progress to help. */
	private static final long PROGRESS_FROM_BYTES = 50L << 20;

	private final Workspace workspace = new Workspace();

	public Workspace workspace() {
		return workspace;
	}

	public LoadedFile load(Path file, PrintWriter err) throws IlrReadException {
		TerminalProgress progress = new TerminalProgress(err);
		try {
			return workspace.load(file, progress);
		}
		finally {
			// a refused or stopped read leaves its progress line open: the next message starts on a line of its own
			progress.endLine();
		}
	}

	/** One line about a loaded file, for stderr. */
	public String describe(LoadedFile file) {
		var loaded = file.loaded();
		int problems = loaded.problems().size();
		return String.format(Locale.ROOT, "loaded %s: %d learners, %.1f MB in %.2f s%s", file.name(),
				file.message().learners().size(), loaded.bytes() / 1e6, loaded.elapsed().toMillis() / 1000.0,
				problems == 0 ? "" : "; " + problems + " schema problem" + (problems == 1 ? "" : "s")
						+ " (see summary)");
	}

	/** Progress on stderr: one line rewritten in place on a terminal, a line every 25% otherwise. */
	private static final class TerminalProgress implements IlrReader.Progress {

		private final PrintWriter err;
		private final boolean terminal = System.console() != null;
		private int shown;
		private boolean open;

		TerminalProgress(PrintWriter err) {
			this.err = err;
		}

		@Override
		public void update(long bytesRead, long totalBytes, int learnersRead) {
			if (totalBytes < PROGRESS_FROM_BYTES) {
				return;
			}
			int percent = (int) (100 * bytesRead / totalBytes);
			int step = terminal ? 1 : 25;
			if (percent / step > shown / step || percent == 100 && shown < 100) {
				shown = percent;
				String text = String.format(Locale.ROOT, "reading: %d%% (%d learners)", percent, learnersRead);
				if (terminal) {
					err.print("\r" + text + (percent >= 100 ? "\n" : ""));
					open = percent < 100;
				}
				else {
					err.println(text);
				}
				err.flush();
			}
		}

		void endLine() {
			if (open) {
				err.println();
				err.flush();
				open = false;
			}
		}
	}
}

package dev.ilrsh.shell;

import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.query.Completions;
import dev.ilrsh.query.QuestionCatalog;
import dev.ilrsh.workspace.LoadedFile;
import org.springframework.stereotype.Component;

/**
 * The search index of the current file's content, built on first use and rebuilt when the content changes
 * (another file made current, or a restructure), so loading stays as fast as reading. The interactive shell
 * prepares it in the background while the user types ({@link #prepareInBackground()}).
 */
@Component
public class FileIndex {

	private final Session session;
	private QuestionCatalog questions;
	private Object indexed;
	private IlrIndex index;
	private Completions completions;

	public FileIndex(Session session) {
		this.session = session;
	}

	public synchronized IlrIndex current() {
		LoadedFile file = session.current();
		if (indexed != file.message()) {
			if (index != null) {
				index.close();
			}
			index = IlrIndex.build(file.message());
			completions = new Completions(index, questions());
			indexed = file.message();
		}
		return index;
	}

	/** Starts indexing the current file's text and programmes in the background, if a file is open. */
	public synchronized void prepareInBackground() {
		if (!session.workspace().current().isEmpty()) {
			current().prepareInBackground();
		}
	}

	/** Completions for the current file, or null when no file is open. */
	public synchronized Completions completions() {
		if (session.workspace().current().isEmpty()) {
			return null;
		}
		current();
		return completions;
	}

	/** The question catalog, made on first use (a command that asks nothing does not pay for it). */
	public synchronized QuestionCatalog questions() {
		if (questions == null) {
			questions = QuestionCatalog.standard();
		}
		return questions;
	}
}

package dev.ilrsh.shell;

import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.query.Completions;
import dev.ilrsh.query.QuestionCatalog;
import dev.ilrsh.workspace.LoadedFile;
import org.springframework.stereotype.Component;

/**
 * The search index of the current file's content, built on first use and rebuilt when the content changes
 * (another file made current, or a restructure), so loading stays as fast as reading.
 */
@Component
public class FileIndex {

	private final Session session;
	private final QuestionCatalog questions = QuestionCatalog.standard();
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
			long started = System.nanoTime();
			index = IlrIndex.build(file.message());
			completions = new Completions(index, questions);
			indexed = file.message();
			long ms = (System.nanoTime() - started) / 1_000_000;
			if (ms > 2000) {
				session.message("indexed " + file.name() + " in " + ms / 1000.0 + " s");
			}
		}
		return index;
	}

	/** Completions for the current file, or null when no file is open. */
	public synchronized Completions completions() {
		if (session.workspace().current().isEmpty()) {
			return null;
		}
		current();
		return completions;
	}

	public QuestionCatalog questions() {
		return questions;
	}
}

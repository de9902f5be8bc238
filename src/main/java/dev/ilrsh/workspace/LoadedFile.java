package dev.ilrsh.workspace;

import dev.ilrsh.model.Message;
import dev.ilrsh.xml.LoadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One open file: what was read, and the message as it stands after any edits in this session.
 *
 * @param name the short name it is known by in the session (its file name)
 * @param loaded what the reader produced
 * @param message the current content (the loaded message until an edit replaces it)
 * @param saved the content as last read or written to some file: edits after it would be lost on leaving
 * @param unsavedEdits what each edit since {@code saved} did, oldest first, for telling the user
 */
public record LoadedFile(String name, LoadResult loaded, Message message, Message saved, List<String> unsavedEdits) {

	public LoadedFile {
		unsavedEdits = List.copyOf(unsavedEdits);
	}

	/** A file just read: nothing edited. */
	public LoadedFile(String name, LoadResult loaded) {
		this(name, loaded, loaded.message(), loaded.message(), List.of());
	}

	public Path path() {
		return loaded.file();
	}

	/** The file after one more edit. */
	LoadedFile edited(Message edited, String description) {
		List<String> edits = new ArrayList<>(unsavedEdits);
		edits.add(description);
		return new LoadedFile(name, loaded, edited, saved, edits);
	}

	/** The file with an edit taken back. */
	LoadedFile undone(Message previous) {
		List<String> edits = new ArrayList<>(unsavedEdits);
		if (!edits.isEmpty()) {
			edits.remove(edits.size() - 1);
		}
		else if (previous != saved) {
			edits.add("an edit undone after the content was written");
		}
		return new LoadedFile(name, loaded, previous, saved, previous == saved ? List.of() : edits);
	}

	/** The file once its current content has been written somewhere. */
	LoadedFile savedNow() {
		return new LoadedFile(name, loaded, message, message, List.of());
	}

	/** True when the content differs from the file on disk. */
	public boolean isEdited() {
		return message != loaded.message();
	}

	/** True when the content holds edits that no file has received yet. */
	public boolean hasUnsavedEdits() {
		return message != saved;
	}
}

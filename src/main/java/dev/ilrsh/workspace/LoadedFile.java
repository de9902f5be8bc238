package dev.ilrsh.workspace;

import dev.ilrsh.model.Message;
import dev.ilrsh.xml.LoadResult;
import java.nio.file.Path;

/**
 * One open file: what was read, and the message as it stands after any edits in this session.
 *
 * @param name the short name it is known by in the session (its file name)
 * @param loaded what the reader produced
 * @param message the current content (the loaded message until an edit replaces it)
 */
public record LoadedFile(String name, LoadResult loaded, Message message) {

	public Path path() {
		return loaded.file();
	}

	public LoadedFile withMessage(Message edited) {
		return new LoadedFile(name, loaded, edited);
	}

	/** True when the content differs from the file on disk. */
	public boolean isEdited() {
		return message != loaded.message();
	}
}

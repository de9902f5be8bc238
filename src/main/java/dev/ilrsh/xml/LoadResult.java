package dev.ilrsh.xml;

import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Message;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A loaded file.
 *
 * @param file where it was read from
 * @param message its content
 * @param namespace the namespace its root element was in
 * @param problems schema-level problems met while reading, in file order
 * @param bytes the file's size
 * @param elapsed how long reading took
 */
public record LoadResult(Path file, Message message, String namespace, List<LoadProblem> problems, long bytes,
		Duration elapsed) {

	public LoadResult {
		problems = List.copyOf(problems);
	}

	/** True when the file is in the 2025-26 namespace that ilrsh writes. */
	public boolean isCurrentYear() {
		return IlrSchema.NAMESPACE.equals(namespace);
	}
}

package dev.ilrsh.xml;

import java.nio.file.Path;

/** A file that could not be written, with the reason; the target is left as it was. */
public class IlrWriteException extends Exception {

	private final Path target;

	public IlrWriteException(Path target, String reason) {
		super(target + ": " + reason);
		this.target = target;
	}

	public Path target() {
		return target;
	}
}

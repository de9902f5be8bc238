package dev.ilrsh.files;

import java.nio.file.Path;

/** A file that may not or could not be written, with the reason in words; nothing was left behind. */
public class OutputFileException extends Exception {

	private final Path target;

	public OutputFileException(Path target, String reason) {
		super(target + ": " + reason);
		this.target = target;
	}

	public Path target() {
		return target;
	}
}

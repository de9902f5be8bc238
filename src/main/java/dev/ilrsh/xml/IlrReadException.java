package dev.ilrsh.xml;

import java.nio.file.Path;

/** A file that cannot be loaded at all: missing, unreadable, or not well-formed XML. Nothing from it is kept. */
public class IlrReadException extends Exception {

	private final Path file;
	private final int line;
	private final int column;
	private final String reason;

	public IlrReadException(Path file, int line, int column, String reason) {
		super(format(file, line, column, reason));
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	private static String format(Path file, int line, int column, String reason) {
		StringBuilder b = new StringBuilder(String.valueOf(file));
		if (line > 0) {
			b.append(": line ").append(line);
			if (column > 0) {
				b.append(", column ").append(column);
			}
		}
		return b.append(": ").append(reason).toString();
	}

	public Path file() {
		return file;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	public String reason() {
		return reason;
	}
}

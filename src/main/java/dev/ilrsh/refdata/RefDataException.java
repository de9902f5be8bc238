package dev.ilrsh.refdata;

/** Reference data that cannot be read or imported, with the reason in words (file, line and field where known). */
public class RefDataException extends RuntimeException {

	public RefDataException(String message) {
		super(message);
	}

	public RefDataException(String message, Throwable cause) {
		super(message, cause);
	}
}

package dev.ilrsh.shell;

/** The exit statuses ilrsh promises to scripts. */
public final class ExitCodes {

	/** The command did what was asked. */
	public static final int OK = 0;

	/** The command ran and found problems (for example validation errors). */
	public static final int FINDINGS = 1;

	/** The command was used wrongly, or its input could not be read or is not valid. */
	public static final int USAGE = 2;

	/** Something went wrong inside ilrsh. */
	public static final int INTERNAL = 3;

	/** The command was stopped with Ctrl-C (128 + SIGINT, as shells report it). */
	public static final int INTERRUPTED = 130;

	private ExitCodes() {
	}
}

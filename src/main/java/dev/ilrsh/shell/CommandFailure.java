package dev.ilrsh.shell;

/**
 * Ends a command with an exit status other than success and one line for stderr. Commands throw it; the
 * dispatcher turns it into the status and the message, with no stack trace.
 */
public class CommandFailure extends RuntimeException {

	private final int exitCode;

	public CommandFailure(int exitCode, String message) {
		super(message, null, false, false);
		this.exitCode = exitCode;
	}

	/** Wrong usage or unreadable input: exit status 2. */
	public static CommandFailure usage(String message) {
		return new CommandFailure(ExitCodes.USAGE, message);
	}

	/** The command ran and found problems: exit status 1. */
	public static CommandFailure findings(String message) {
		return new CommandFailure(ExitCodes.FINDINGS, message);
	}

	public int exitCode() {
		return exitCode;
	}
}

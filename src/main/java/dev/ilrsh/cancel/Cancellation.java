package dev.ilrsh.cancel;

import java.util.concurrent.CancellationException;

/**
 * Stops long work when the user asks (Ctrl-C in the shell) or when its results can no longer go anywhere (a closed
 * pipe). Loops over learners, aims, rows or files call {@link #check()}; the request is a flag rather than a thread
 * interrupt so that work spread over several threads (parallel validation) sees it too. One command runs at a time,
 * so one flag serves the whole process.
 */
public final class Cancellation {

	/** Why a stop was asked for. */
	public enum Reason {
		/** The user pressed Ctrl-C. */
		USER,
		/** Whatever was reading the results has gone (a closed pipe): stop quietly. */
		OUTPUT_CLOSED
	}

	private static volatile Reason requested;

	private Cancellation() {
	}

	/** Asks the running command to stop at its next check. */
	public static void request(Reason reason) {
		requested = reason;
	}

	/** True when a stop has been asked for and not yet cleared. */
	public static boolean isRequested() {
		return requested != null;
	}

	/** Why a stop was asked for, or null when none was. */
	public static Reason reason() {
		return requested;
	}

	/** Forgets any request: called before each command starts. */
	public static void clear() {
		requested = null;
	}

	/**
	 * Throws when a stop has been asked for.
	 *
	 * @throws CancellationException so the command ends at once, leaving nothing half-done behind it
	 */
	public static void check() {
		if (requested != null) {
			throw new CancellationException("stopped on request");
		}
	}
}

package dev.ilrsh.cancel;

import java.util.concurrent.CancellationException;

/**
 * Stops long work when the user asks (Ctrl-C in the shell) or when its results can no longer go anywhere (a closed
 * pipe). Loops over learners, aims, rows or files call {@link #check()}; the request is a flag rather than a thread
 * interrupt so that work spread over several threads (parallel validation) sees it too. One command runs at a time,
 * so one flag serves the whole process.
 */
public final class Cancellation {

	private static volatile boolean requested;

	private Cancellation() {
	}

	/** Asks the running command to stop at its next check. */
	public static void request() {
		requested = true;
	}

	/** True when a stop has been asked for and not yet cleared. */
	public static boolean isRequested() {
		return requested;
	}

	/** Forgets any request: called before each command starts. */
	public static void clear() {
		requested = false;
	}

	/**
	 * Throws when a stop has been asked for.
	 *
	 * @throws CancellationException so the command ends at once, leaving nothing half-done behind it
	 */
	public static void check() {
		if (requested) {
			throw new CancellationException("stopped on request");
		}
	}
}

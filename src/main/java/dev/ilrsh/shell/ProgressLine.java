package dev.ilrsh.shell;

import dev.ilrsh.progress.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * One line on stderr that says how far long work has got, rewritten in place, and cleared when the work is done. It
 * shows only on a terminal, and only once the work has taken a moment, so quick commands and pipes see nothing.
 */
public final class ProgressLine implements Progress, AutoCloseable {

	/** Work shorter than this shows no progress. */
	private static final long QUIET_NANOS = 400_000_000L;

	/** The line is rewritten at most this often. */
	private static final long EVERY_NANOS = 100_000_000L;

	private final PrintWriter err;
	private final boolean enabled;
	private final String task;
	private final String unit;
	private final long started = System.nanoTime();
	private volatile long shownAt;
	private int shownLength;

	ProgressLine(PrintWriter err, boolean enabled, String task, String unit) {
		this.err = err;
		this.enabled = enabled;
		this.task = task;
		this.unit = unit;
	}

	/** A progress line that shows nothing. */
	public static ProgressLine none() {
		return new ProgressLine(null, false, "", "");
	}

	@Override
	public void update(long done, long total) {
		if (!enabled || !due()) {
			return;
		}
		String count = total > 0
				? String.format(Locale.UK, "%d%% (%,d of %,d %s)", 100 * done / total, done, total, unit)
				: String.format(Locale.UK, "%,d %s", done, unit);
		show(task + ": " + count);
	}

	/** True when the line may be shown now: the work has taken a moment, and the line was not shown just now. */
	private boolean due() {
		long now = System.nanoTime();
		return now - started >= QUIET_NANOS && now - shownAt >= EVERY_NANOS;
	}

	/** Shows {@code text} as the line, unless it was shown very recently or the work has only just started. */
	public synchronized void show(String text) {
		long now = System.nanoTime();
		if (!enabled || now - started < QUIET_NANOS || now - shownAt < EVERY_NANOS) {
			return;
		}
		shownAt = now;
		err.print("\r" + text + " ".repeat(Math.max(0, shownLength - text.length())));
		err.flush();
		shownLength = text.length();
	}

	/** Clears the line, if anything was shown. */
	@Override
	public synchronized void close() {
		if (shownLength > 0) {
			err.print("\r" + " ".repeat(shownLength) + "\r");
			err.flush();
			shownLength = 0;
		}
	}
}

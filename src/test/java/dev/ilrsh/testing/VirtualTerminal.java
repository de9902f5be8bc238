package dev.ilrsh.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * A terminal for tests: JLine's own terminal with a line discipline (Ctrl-C raises SIGINT when the terminal is not
 * in raw mode, as a real one does), keys typed into it, and what it shows read back without escape sequences.
 */
public final class VirtualTerminal implements AutoCloseable {

	private final PipedOutputStream keys = new PipedOutputStream();
	private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
	private final Terminal terminal;

	public VirtualTerminal(int columns, int rows) throws IOException {
		PipedInputStream input = new PipedInputStream(keys, 1 << 16);
		// JLine's line-discipline terminal, made directly: the builder may choose a real pseudo-terminal instead,
		// where Ctrl-C would raise SIGINT in no process at all
		terminal = new ExternalTerminal("test", "xterm-256color", input, new java.io.OutputStream() {
			@Override
			public void write(int b) {
				synchronized (screen) {
					screen.write(b);
				}
			}

			@Override
			public void write(byte[] b, int off, int len) {
				synchronized (screen) {
					screen.write(b, off, len);
				}
			}
		}, StandardCharsets.UTF_8);
		terminal.setSize(new Size(columns, rows));
	}

	public Terminal terminal() {
		return terminal;
	}

	/** Types text as keys: "\t" is TAB, "\r" Enter, "\u0003" Ctrl-C, "\u0004" Ctrl-D, "\u0015" Ctrl-U. */
	public void type(String text) throws IOException {
		keys.write(text.getBytes(StandardCharsets.UTF_8));
		keys.flush();
	}

	/** Everything shown so far, escape sequences and carriage returns removed. */
	public String shown() {
		String raw;
		synchronized (screen) {
			raw = screen.toString(StandardCharsets.UTF_8);
		}
		return raw.replaceAll("\u001B\\[[0-9;?]*[ -/]*[@-~]", "").replaceAll("\u001B[()][0-9A-Za-z]", "")
			.replaceAll("\u001B[=>]", "").replace("\r", "");
	}

	/** Forgets what was shown, so that the next wait looks only at what comes after. */
	public void clear() {
		synchronized (screen) {
			screen.reset();
		}
	}

	/** Waits until the screen shows {@code text}; fails with what it shows after {@code timeout}. */
	public String waitFor(String text, Duration timeout) {
		waitUntil(() -> shown().contains(text), timeout, "'" + text + "'");
		return shown();
	}

	public void waitUntil(BooleanSupplier condition, Duration timeout, String what) {
		long end = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; the screen shows:\n"
						+ shown() + "\nthreads:\n" + threads());
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted", e);
			}
		}
	}

	private static String threads() {
		StringBuilder b = new StringBuilder();
		Thread.getAllStackTraces().forEach((t, stack) -> {
			b.append(t.getName()).append(' ').append(t.getState()).append('\n');
			for (int i = 0; i < Math.min(stack.length, 12); i++) {
				b.append("    ").append(stack[i]).append('\n');
			}
		});
		return b.toString();
	}

	@Override
	public void close() throws IOException {
		keys.close();
		terminal.close();
	}
}

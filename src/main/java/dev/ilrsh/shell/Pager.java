package dev.ilrsh.shell;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * Results on a terminal, paged when they are longer than the screen, as git does: output is held until it fills the
 * screen, then the user's pager ({@code $ILRSH_PAGER}, else {@code $PAGER}, else {@code less}, with {@code LESS=FRX}
 * unless set) is started and given everything. Output that fits is printed as it is. If the pager cannot be
 * started, the output is printed; if the user quits it early, the rest is dropped quietly.
 */
final class Pager extends Writer {

	private final PrintWriter terminal;
	private final int height;
	private final String command;
	private StringBuilder held = new StringBuilder();
	private int lines;
	private Process process;
	private Writer toPager;
	private boolean quit;
	private boolean direct;

	/**
	 * @param terminal where output that fits the screen goes
	 * @param height the screen's rows
	 * @param command the pager command line, run with {@code sh -c}
	 */
	Pager(PrintWriter terminal, int height, String command) {
		this.terminal = terminal;
		this.height = height;
		this.command = command;
	}

	/** The pager the user asked for, or null when they asked for none ({@code cat} or an empty value). */
	static String command(Map<String, String> environment) {
		String pager = environment.get("ILRSH_PAGER");
		if (pager == null) {
			pager = environment.get("PAGER");
		}
		if (pager == null) {
			pager = "less";
		}
		pager = pager.strip();
		return pager.isEmpty() || pager.equals("cat") ? null : pager;
	}

	@Override
	public synchronized void write(char[] chars, int offset, int length) throws IOException {
		if (quit) {
			return;
		}
		if (direct) {
			terminal.write(chars, offset, length);
			return;
		}
		if (process != null) {
			send(new String(chars, offset, length));
			return;
		}
		held.append(chars, offset, length);
		for (int i = offset; i < offset + length; i++) {
			if (chars[i] == '\n') {
				lines++;
			}
		}
		if (lines >= height - 1) {
			start();
		}
	}

	private void start() {
		terminal.flush();
		try {
			ProcessBuilder builder = new ProcessBuilder("sh", "-c", command)
				.redirectOutput(ProcessBuilder.Redirect.INHERIT)
				.redirectError(ProcessBuilder.Redirect.INHERIT);
			builder.environment().putIfAbsent("LESS", "FRX");
			builder.environment().putIfAbsent("LV", "-c");
			process = builder.start();
			toPager = new OutputStreamWriter(process.getOutputStream(), charset());
		}
		catch (IOException | RuntimeException e) {
			// no pager to be had: print as if there were none
			process = null;
			terminal.print(held);
			terminal.flush();
			held = new StringBuilder();
			direct = true;
			return;
		}
		String text = held.toString();
		held = new StringBuilder();
		send(text);
	}

	private void send(String text) {
		try {
			toPager.write(text);
		}
		catch (IOException e) {
			// the user quit the pager before the end: the rest is not wanted
			quit = true;
		}
	}

	/** Whether results are held back or being paged: a message now must wait until they have been shown. */
	synchronized boolean waiting() {
		return process != null || held.length() > 0;
	}

	@Override
	public synchronized void flush() {
		if (process != null && !quit) {
			try {
				toPager.flush();
			}
			catch (IOException e) {
				quit = true;
			}
		}
		else if (direct) {
			terminal.flush();
		}
	}

	/**
	 * Shows everything written so far and waits until the user has finished reading it (the pager has quit), so
	 * that what comes next (a question, a message) is seen after it. Later output starts afresh.
	 */
	synchronized void finish() {
		if (process != null) {
			try {
				toPager.close();
			}
			catch (IOException e) {
				// the pager has gone already
			}
			try {
				process.waitFor();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			process = null;
			toPager = null;
		}
		else if (held.length() > 0) {
			terminal.print(held);
		}
		terminal.flush();
		held = new StringBuilder();
		lines = 0;
		quit = false;
		direct = false;
	}

	@Override
	public void close() {
		finish();
	}

	/** The character set of the JVM's stdout, which the pager shares. */
	private static Charset charset() {
		String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
		try {
			return name == null ? Charset.defaultCharset() : Charset.forName(name);
		}
		catch (RuntimeException e) {
			return Charset.defaultCharset();
		}
	}
}

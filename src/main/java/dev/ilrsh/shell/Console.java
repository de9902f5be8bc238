package dev.ilrsh.shell;

import dev.ilrsh.render.Format;
import dev.ilrsh.render.Markdown;
import dev.ilrsh.render.SafeText;
import dev.ilrsh.render.Screen;
import dev.ilrsh.render.Spreadsheet;
import dev.ilrsh.render.Style;
import dev.ilrsh.render.Styled;
import dev.ilrsh.render.Table;
import dev.ilrsh.render.TableLayout;
import dev.ilrsh.render.TableRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Where the running command's results (out) and messages (err) go, and how they look there. The dispatcher points
 * these at the streams of the command being run, so commands never write to System.out directly.
 *
 * <p>
 * On a terminal ({@link #screen()}), tables are fitted to its width, styles are shown in colour (unless
 * {@code NO_COLOR} is set or the command has {@code --no-color}) and long results are paged; anywhere else the same
 * results come as plain text, whole. Whatever is printed, values from the file are made safe for a terminal
 * ({@link SafeText}): {@link #out()} and {@link #err()} escape any control character that reaches them.
 */
@Component
public class Console {

	private Screen screen = detect();
	private final boolean errorIsTerminal = isTerminal(2, screen.isTerminal());
	private final boolean noColourAsked = noColourAsked();
	private String pager = Pager.command(System.getenv());

	private PrintWriter baseOut = new PrintWriter(System.out, true);
	private PrintWriter baseErr = new PrintWriter(System.err, true);

	private Writer results;
	private boolean resultsOnScreen;
	private PrintWriter out;
	private PrintWriter data;
	private Messages messages;
	private PrintWriter err;

	private OutputRequest request = OutputRequest.NONE;
	private List<Spreadsheet.Sheet> sheets;
	private final Set<String> notes = new LinkedHashSet<>();
	private long rows;
	private int tables;

	public Console() {
		use(baseOut, baseErr);
	}

	/** What is known about the terminal (the interactive shell sets it from JLine's terminal). */
	public Screen screen() {
		return screen;
	}

	public void screen(Screen newScreen) {
		this.screen = newScreen == null ? Screen.PLAIN : newScreen;
		redirect(results, resultsOnScreen && screen.isTerminal());
	}

	/** The pager command long results on a terminal go through, or null for none. */
	public String pager() {
		return pager;
	}

	public void pager(String command) {
		this.pager = command == null || command.isBlank() ? null : command;
	}

	/** Results as text: control characters in it are escaped. */
	public PrintWriter out() {
		return out;
	}

	/** Messages for people, on stderr: control characters in them are escaped. */
	public PrintWriter err() {
		return err;
	}

	/** A message for people, on stderr. */
	public void message(String text) {
		line(text, Style.PLAIN);
	}

	/** A message that something worked (a file written), green on a terminal. */
	public void success(String text) {
		line(text, Style.SUCCESS);
	}

	/** A message about something to check, yellow on a terminal. */
	public void warning(String text) {
		line(text, Style.WARNING);
	}

	/** An error: {@code error: TEXT}, red on a terminal. */
	public void error(String text) {
		line("error: " + text, Style.ERROR);
	}

	/** A command's finding that makes its exit status 1 (validation errors), red on a terminal. */
	public void problem(String text) {
		line(text, Style.ERROR);
	}

	/** A short note for after the results (how many rows were shown), said once per command. */
	public void note(String text) {
		notes.add(text);
	}

	private void line(String text, Style style) {
		// results printed before this message must be where the message can follow them
		out.flush();
		err.flush();
		// on a terminal a long message breaks at spaces, as prose does, not in the middle of a word
		int width = errorIsTerminal ? screen.width() : 0;
		String shown = width > 0 ? String.join("\n", dev.ilrsh.render.Wrap.lines(text, Math.max(20, width))) : text;
		try {
			messages.write(Ansi.line(shown, style, errorColour()));
			messages.flush();
		}
		catch (IOException e) {
			// stderr has gone: nothing else can be told
		}
	}

	/** True when results are shown in colour. */
	public boolean colour() {
		return resultsOnScreen && screen.colour() && !noColourAsked && !request.noColour();
	}

	private boolean errorColour() {
		return errorIsTerminal && screen.colour() && !noColourAsked && !request.noColour();
	}

	/** The width results are fitted to: the terminal's, or 0 (as wide as they need) anywhere else. */
	public int width() {
		return resultsOnScreen ? screen.width() : 0;
	}

	/** Prints styled text: in colour on a terminal, plain anywhere else. */
	public void print(Styled text) {
		out.flush();
		try {
			results.write(Ansi.render(text, colour()));
			results.flush();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Prints plain prose: each line wrapped at spaces to the terminal's width, under its own indent. */
	public void text(String text) {
		int width = width();
		StringBuilder b = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			String indent = line.substring(0, line.length() - line.stripLeading().length());
			List<String> lines = dev.ilrsh.render.Wrap.lines(line.stripLeading(), width > 0 ? Math.max(20, width - indent.length()) : 0);
			lines.forEach(l -> b.append(indent).append(l).append('\n'));
		}
		b.setLength(b.length() - 1);
		out.print(b);
		out.flush();
	}

	/** Prints Markdown (help, explanations) as text: styled and wrapped on a terminal, plain anywhere else. */
	public void markdown(String text) {
		print(Markdown.render(text, width(), colour()));
	}

	/**
	 * Prints a listing in a format: TABLE fitted to the terminal, CSV and JSON as data, XLSX into the workbook being
	 * written. Unless {@code whole}, at most the request's --limit rows are shown, and a note says how many there
	 * were.
	 */
	public void table(Table table, Format format, boolean whole) {
		Table shown = table;
		if (!whole && request.limit() > 0 && table.size() > request.limit()) {
			shown = table.first(request.limit());
			note(String.format(Locale.UK, "showing %,d of %,d rows (--limit 0 shows all)", shown.size(), table.size()));
		}
		rows += shown.size();
		tables++;
		switch (format) {
			case XLSX -> {
				if (sheets == null) {
					throw CommandFailure.usage("xlsx is a file format: add --out FILE.xlsx (or > FILE.xlsx)");
				}
				sheets.add(new Spreadsheet.Sheet(request.command().isEmpty() ? "ilrsh" : request.command(), shown));
			}
			case TABLE -> {
				TableLayout.Fitted fitted = TableRenderer.fitted(shown, width());
				if (!fitted.left().isEmpty()) {
					note("left out to fit " + screen.width() + " columns: " + String.join(", ", fitted.left())
							+ "; --format csv or --out FILE has every column");
				}
				if (fitted.shortened()) {
					note("long values are cut to fit " + screen.width()
							+ " columns (…); --format csv or --out FILE gives them whole");
				}
				print(fitted.text());
			}
			case CSV, JSON -> {
				// data goes to files and pipes as it is; on a terminal it is shown, so it is made safe like text
				out.flush();
				TableRenderer.render(shown, format, resultsOnScreen ? out : data);
				out.flush();
			}
		}
	}

	/** A progress line on stderr for long work, shown only on a terminal. */
	public ProgressLine progress(String task, String unit) {
		return new ProgressLine(rawErr(), screen.isTerminal() && errorIsTerminal, task, unit);
	}

	private PrintWriter rawErr() {
		return new PrintWriter(messages, true);
	}

	/** The options of the command being run. */
	OutputRequest request() {
		return request;
	}

	/** Rows and tables printed since the command started. */
	long rowsPrinted() {
		return rows;
	}

	int tablesPrinted() {
		return tables;
	}

	/** Points results and messages at a command's streams, with nothing redirected yet. */
	void use(PrintWriter newOut, PrintWriter newErr) {
		this.baseOut = newOut;
		this.baseErr = newErr;
		this.request = OutputRequest.NONE;
		this.sheets = null;
		this.notes.clear();
		this.rows = 0;
		this.tables = 0;
		this.messages = new Messages(newErr);
		this.err = new PrintWriter(SafeText.writer(messages), true);
		redirect(newOut, screen.isTerminal());
	}

	PrintWriter baseOut() {
		return baseOut;
	}

	/** Starts a command with its output options. */
	void begin(OutputRequest newRequest) {
		this.request = newRequest;
	}

	/**
	 * Sends results to {@code sink}.
	 *
	 * @param onScreen true when a person reads them on the terminal (fitting, colour)
	 */
	void redirect(Writer sink, boolean onScreen) {
		this.results = sink;
		this.resultsOnScreen = onScreen;
		this.out = new PrintWriter(SafeText.writer(sink), false);
		this.data = new PrintWriter(sink, false);
	}

	/** Tables printed from now on go into this workbook's sheets instead of the results. */
	void collectSheets(List<Spreadsheet.Sheet> into) {
		this.sheets = into;
	}

	/**
	 * Holds messages back while results are held back (for a pager), so that they keep their order: a message comes
	 * out at once when no result is waiting before it ("Read as: …" before the table), else after the results.
	 *
	 * @param resultsWaiting whether results are being held back; null to stop holding and show what was held
	 */
	void holdMessages(java.util.function.BooleanSupplier resultsWaiting) {
		messages.hold(resultsWaiting);
	}

	/** Prints the notes gathered while the command ran, and forgets them. */
	void printNotes() {
		List<String> pending = new ArrayList<>(notes);
		notes.clear();
		for (String note : pending) {
			line(note, Style.DIM);
		}
	}

	/** stderr, holding text back while asked to. */
	private static final class Messages extends Writer {

		private final PrintWriter err;
		private final StringBuilder held = new StringBuilder();
		private java.util.function.BooleanSupplier resultsWaiting;

		Messages(PrintWriter err) {
			this.err = err;
		}

		synchronized void hold(java.util.function.BooleanSupplier waiting) {
			resultsWaiting = waiting;
			if (waiting == null && held.length() > 0) {
				err.print(held);
				held.setLength(0);
				err.flush();
			}
		}

		@Override
		public synchronized void write(char[] chars, int offset, int length) {
			if (resultsWaiting != null && (held.length() > 0 || resultsWaiting.getAsBoolean())
					&& !isTransient(chars, offset, length)) {
				held.append(chars, offset, length);
			}
			else {
				err.write(chars, offset, length);
			}
		}

		/** A progress line (it starts with a carriage return) is shown at once, never held. */
		private static boolean isTransient(char[] chars, int offset, int length) {
			return length > 0 && chars[offset] == '\r';
		}

		@Override
		public synchronized void flush() {
			err.flush();
		}

		@Override
		public void close() {
			flush();
		}
	}

	/** The screen as the environment describes it: a terminal when there is a console, $COLUMNS wide (else 80). */
	static Screen detect() {
		boolean terminal = System.console() != null && isTerminal(1, true);
		String term = System.getenv("TERM");
		return new Screen(number(System.getenv("COLUMNS"), 80), number(System.getenv("LINES"), 24), terminal,
				terminal && !"dumb".equals(term));
	}

	/** NO_COLOR set to anything but an empty value (no-color.org). */
	static boolean noColourAsked() {
		String value = System.getenv("NO_COLOR");
		return value != null && !value.isEmpty();
	}

	/**
	 * Whether a file descriptor of this process is a terminal, where the system can say (Linux); otherwise
	 * {@code otherwise}.
	 */
	static boolean isTerminal(int fd, boolean otherwise) {
		try {
			Path link = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
			String target = link.toString();
			return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
		}
		catch (IOException | UnsupportedOperationException | SecurityException e) {
			return otherwise;
		}
	}

	private static int number(String text, int otherwise) {
		try {
			return text == null ? otherwise : Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			return otherwise;
		}
	}
}

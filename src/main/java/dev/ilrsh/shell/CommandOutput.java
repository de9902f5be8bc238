package dev.ilrsh.shell;

import dev.ilrsh.files.OutputFile;
import dev.ilrsh.files.OutputFileException;
import dev.ilrsh.render.Format;
import dev.ilrsh.render.Spreadsheet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.shell.core.InputReader;
import org.springframework.stereotype.Component;

/**
 * Runs a command with its results sent where its {@link OutputRequest} says: into a file (text, CSV, JSON or an
 * Excel workbook, through {@link OutputFile}), through the pager on a terminal, or straight to stdout. Notes about
 * the results (rows left out, values cut) follow them on stderr.
 */
@Component
public class CommandOutput {

	/** The command itself, given the input reader to ask the user with. */
	@FunctionalInterface
	public interface Body<T> {

		T run(InputReader input) throws Exception;
	}

	private final Console console;
	private final Session session;

	public CommandOutput(Console console, Session session) {
		this.console = console;
		this.session = session;
	}

	public <T> T run(OutputRequest request, InputReader input, Body<T> body) throws Exception {
		console.begin(request);
		try {
			if (request.toFile()) {
				return toFile(request, input, body);
			}
			if (console.screen().isTerminal() && !request.noPager() && console.pager() != null) {
				return paged(input, body);
			}
			return body.run(input);
		}
		finally {
			console.out().flush();
			console.printNotes();
		}
	}

	private <T> T paged(InputReader input, Body<T> body) throws Exception {
		PrintWriter terminal = console.baseOut();
		Pager pager = new Pager(terminal, console.screen().height(), console.pager());
		console.redirect(pager, true);
		console.holdMessages(pager::waiting);
		// a question must come after everything printed before it
		InputReader asking = new InputReader() {
			@Override
			public String readInput(String prompt) throws Exception {
				console.out().flush();
				pager.finish();
				console.holdMessages(null);
				try {
					return input.readInput(prompt);
				}
				finally {
					console.holdMessages(pager::waiting);
				}
			}
		};
		try {
			return body.run(asking);
		}
		finally {
			console.out().flush();
			pager.finish();
			console.holdMessages(null);
			console.redirect(terminal, true);
		}
	}

	private <T> T toFile(OutputRequest request, InputReader input, Body<T> body) throws Exception {
		OutputFile file = OutputFile.at(Session.path(request.command() + ":", request.file()))
			.replacing(request.replace())
			.appending(request.append())
			.protecting(session.openFiles());
		if (OutputFile.isFolderName(request.file()) || Files.isDirectory(file.path())) {
			throw CommandFailure.usage(request.command() + ": " + request.file() + " is a folder; give a file name");
		}
		Outcome<T> outcome = new Outcome<>();
		try {
			if (request.format() == Format.XLSX) {
				List<Spreadsheet.Sheet> sheets = new ArrayList<>();
				console.collectSheets(sheets);
				console.redirect(Writer.nullWriter(), false);
				outcome.run(body, input);
				if (sheets.isEmpty()) {
					throw CommandFailure.usage(request.command() + " gave no table to put in a workbook");
				}
				file.write(stream -> Spreadsheet.write(sheets, stream));
			}
			else {
				file.writeText(writer -> {
					console.redirect(writer, false);
					outcome.run(body, input);
					console.out().flush();
				});
			}
		}
		catch (OutputFileException e) {
			throw CommandFailure.usage(request.command() + ": " + e.getMessage());
		}
		catch (Carrier carrier) {
			throw carrier.failure;
		}
		finally {
			console.redirect(console.baseOut(), console.screen().isTerminal());
		}
		long rows = console.rowsPrinted();
		String what = console.tablesPrinted() > 0 ? String.format(Locale.UK, "%,d row%s", rows, rows == 1 ? "" : "s")
				: size(file);
		console.success((request.append() ? "added " + what + " to " : "wrote " + what + " to ") + file.path());
		return outcome.finish();
	}

	private static String size(OutputFile file) {
		try {
			long bytes = Files.size(file.path());
			return bytes < 10_000 ? bytes + " bytes" : String.format(Locale.UK, "%,.0f KB", bytes / 1000.0);
		}
		catch (IOException e) {
			return "the results";
		}
	}

	/**
	 * What the command gave. A command that ends with findings (exit status 1, such as validate with errors) has
	 * still produced its results, so they are written before its status is passed on; any other failure leaves no
	 * file behind.
	 */
	private static final class Outcome<T> {

		private T value;
		private Exception findings;

		void run(Body<T> body, InputReader input) {
			try {
				value = body.run(input);
			}
			catch (Exception e) {
				if (!endsWithFindings(e)) {
					throw new Carrier(e);
				}
				findings = e;
			}
		}

		T finish() throws Exception {
			if (findings != null) {
				throw findings;
			}
			return value;
		}

		/** The framework wraps a command's own failure: look for it among the causes. */
		private static boolean endsWithFindings(Throwable e) {
			for (Throwable t = e; t != null; t = t.getCause()) {
				if (t instanceof CommandFailure f) {
					return f.exitCode() == ExitCodes.FINDINGS;
				}
			}
			return false;
		}
	}

	/** Carries the command's own failure through the file writer, which removes its temporary file on the way. */
	private static final class Carrier extends RuntimeException {

		private final Exception failure;

		Carrier(Exception failure) {
			super(failure.getMessage(), failure, false, false);
			this.failure = failure;
		}
	}
}

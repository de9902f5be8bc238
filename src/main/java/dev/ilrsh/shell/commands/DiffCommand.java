package dev.ilrsh.shell.commands;

import dev.ilrsh.diff.DiffReport;
import dev.ilrsh.diff.Differ;
import dev.ilrsh.diff.FindingsDiff;
import dev.ilrsh.diff.ReturnDiff;
import dev.ilrsh.files.OutputFileException;
import dev.ilrsh.model.Message;
import dev.ilrsh.render.Format;
import dev.ilrsh.render.Table;
import dev.ilrsh.render.TableRenderer;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.rules.ValidationReport;
import dev.ilrsh.rules.Validator;
import dev.ilrsh.shell.CommandFailure;
import dev.ilrsh.shell.Session;
import dev.ilrsh.workspace.LoadedFile;
import dev.ilrsh.xml.IlrReadException;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.xml.LoadResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The diff command: what changed between two returns. */
@Component
public class DiffCommand {

	private final Session session;
	private final RuleFindings findings;

	public DiffCommand(Session session, RuleFindings findings) {
		this.session = session;
		this.findings = findings;
	}

	/** One side of the comparison: an open file (as it stands, with any edits) or a file read for this command. */
	private record Side(String name, Message message, LoadedFile open, LoadResult read) {

		Duration readingTime() {
			return open != null ? open.loaded().elapsed() : read.elapsed();
		}
	}

	@Command(name = "diff", group = "Files", description = "What changed between two returns: learners, aims, prices, findings",
			help = """
					diff OLD NEW [--findings] [--format table|csv|json] [--out FILE] [--force]
					diff OLD
					  OLD and NEW are files, or open files by name or number (see files); with one file, the
					  current file is NEW. Learners are matched by LearnRefNumber, or by ULN when the reference
					  changed; aims by what they are, not by AimSeqNumber. --findings validates both files and
					  lists findings fixed, new and still present. Exit status 0 when the files hold the same
					  data, 1 when they differ. csv and json give one row per change. See help diff.""",
			completionProvider = "fileCompletion")
	public void diff(@Arguments List<String> files,
			@Option(longName = "findings", description = "validate both and compare their findings") Boolean withFindings,
			@Option(longName = "format", description = "table, csv or json (default: from --out's extension, else table)")
			String format,
			@Option(longName = "out", description = "write the result to this file") String out,
			@Option(longName = "force", description = "replace --out FILE if it exists") Boolean force) {
		List<String> names = files == null ? List.of() : files.stream().filter(s -> !s.isBlank()).toList();
		if (names.isEmpty() || names.size() > 2) {
			throw CommandFailure.usage("diff: name two files, diff OLD NEW (or one, to compare it with the current file)");
		}
		Format chosen = Session.format(format == null ? formatOf(out) : format);
		var target = out == null ? null : session.outputFile("--out", out, Boolean.TRUE.equals(force));
		Side older = side(names.get(0));
		Side newer = names.size() == 2 ? side(names.get(1)) : current();
		ReturnDiff diff = Differ.compare(older.message(), newer.message());
		FindingsDiff findingsDiff = null;
		long validating = 0;
		if (Boolean.TRUE.equals(withFindings)) {
			long started = System.nanoTime();
			findingsDiff = FindingsDiff.compare(diff, validate(older), validate(newer));
			validating = System.nanoTime() - started;
		}
		DiffReport report = new DiffReport(older.name(), newer.name(), diff, findingsDiff);
		if (target == null && chosen != Format.TABLE) {
			session.print(report.changes(), format == null ? chosen.name() : format);
		}
		else if (target == null) {
			session.out().print(render(report, chosen));
			session.out().flush();
		}
		else {
			try {
				target.writeString(render(report, chosen));
			}
			catch (OutputFileException e) {
				throw CommandFailure.usage("diff: " + e.getMessage());
			}
			session.message("wrote " + target.path());
		}
		String timing = String.format(Locale.ROOT, "compared in %.2f s; reading the files took %.2f s%s",
				diff.elapsed().toMillis() / 1000.0,
				(older.readingTime().toMillis() + newer.readingTime().toMillis()) / 1000.0,
				validating == 0 ? "" : String.format(Locale.ROOT, ", validating them %.2f s", validating / 1e9));
		if (!report.differs()) {
			session.message("diff: " + older.name() + " and " + newer.name() + " hold the same data (" + timing + ")");
			return;
		}
		throw CommandFailure.findings(String.format(Locale.ROOT,
				"diff: %d learners joined, %d left, %d changed, %d unchanged (%s)", diff.joined().size(),
				diff.left().size(), diff.changed().size(), diff.unchanged(), timing));
	}

	/** The report as text: for reading, the summary, the changes and the findings by rule; otherwise the changes. */
	static String render(DiffReport report, Format format) {
		if (format != Format.TABLE) {
			return TableRenderer.render(report.changes(), format);
		}
		StringWriter text = new StringWriter();
		PrintWriter out = new PrintWriter(text);
		out.println("Comparing " + report.oldName() + " (old) with " + report.newName() + " (new)");
		out.println();
		TableRenderer.render(report.summary(), Format.TABLE, out);
		out.println();
		Table changes = report.changes();
		if (changes.isEmpty()) {
			out.println("No changes.");
		}
		else {
			out.println("Changes");
			TableRenderer.render(changes, Format.TABLE, out);
		}
		if (report.findings() != null) {
			out.println();
			if (report.findings().rules().isEmpty()) {
				out.println("No findings in either file.");
			}
			else {
				out.println("Findings by rule");
				TableRenderer.render(report.findings().byRule(), Format.TABLE, out);
			}
		}
		out.flush();
		return text.toString();
	}

	private static String formatOf(String out) {
		if (out == null) {
			return null;
		}
		String name = out.toLowerCase(Locale.ROOT);
		return name.endsWith(".csv") ? "csv" : name.endsWith(".json") ? "json" : null;
	}

	private Side current() {
		LoadedFile file = session.current();
		return new Side(file.name(), file.message(), file, null);
	}

	/** An open file by number, name or path; otherwise a file read from disk for this comparison. */
	private Side side(String typed) {
		List<LoadedFile> open = session.workspace().files();
		String wanted = typed.strip();
		if (wanted.matches("\\d{1,3}")) {
			int n = Integer.parseInt(wanted);
			if (n >= 1 && n <= open.size()) {
				LoadedFile f = open.get(n - 1);
				return new Side(f.name(), f.message(), f, null);
			}
		}
		Path path = Session.path("diff", wanted);
		Path absolute = path.toAbsolutePath().normalize();
		for (LoadedFile f : open) {
			if (f.name().equals(wanted) || f.path().toAbsolutePath().normalize().equals(absolute)) {
				return new Side(f.name(), f.message(), f, null);
			}
		}
		try {
			LoadResult read = IlrReader.read(path);
			return new Side(path.getFileName().toString(), read.message(), null, read);
		}
		catch (IlrReadException e) {
			throw CommandFailure.usage("diff: " + e.getMessage()
					+ (open.isEmpty() ? "" : " (and no open file is called " + wanted + "; see files)"));
		}
	}

	private ValidationReport validate(Side side) {
		if (side.open() != null) {
			return findings.validate(side.open(), ValidationOptions.defaults());
		}
		return Validator.validate(side.read(), ValidationOptions.defaults());
	}
}

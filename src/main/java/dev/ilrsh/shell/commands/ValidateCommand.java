package dev.ilrsh.shell.commands;

import dev.ilrsh.render.Format;
import dev.ilrsh.render.Plural;
import dev.ilrsh.render.Table;
import dev.ilrsh.rules.Severity;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.rules.ValidationReport;
import dev.ilrsh.shell.CommandFailure;
import dev.ilrsh.shell.ProgressLine;
import dev.ilrsh.shell.Session;
import dev.ilrsh.workspace.LoadedFile;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The validate command. */
@Component
public class ValidateCommand {

	private final Session session;
	private final RuleFindings findings;

	public ValidateCommand(Session session, RuleFindings findings) {
		this.session = session;
		this.findings = findings;
	}

	@Command(name = "validate", group = "Validation",
			description = "Run the 2025-26 validation rules (with LARS, once imported); exit status 1 when there are errors",
			help = "validate [--rule R[,R…]] [--learner REF[,REF…]] [--severity error|warning] [--date YYYY-MM-DD]\n"
					+ "         [--today YYYY-MM-DD] [--format table|csv|json]\n"
					+ "  table: findings grouped by rule, then each finding. csv: one row per finding in the layout of\n"
					+ "  the DfE's rule-violation report. --rule takes any spelling (R59, R_59) and ULN_* prefixes.\n"
					+ "  --date is the date rules compare with the return (default: the file's FilePreparationDate).\n"
					+ "  Rules that look things up in LARS run once it is imported (refdata import); until then the\n"
					+ "  rules skipped are named on stderr.")
	public void validate(@Option(longName = "rule", description = "only these rules") String rule,
			@Option(longName = "learner", description = "only findings on these learners") String learner,
			@Option(longName = "severity", description = "error or warning") String severity,
			@Option(longName = "date", description = "reference date (default: FilePreparationDate)") String date,
			@Option(longName = "today", description = "what today means (default: the system clock)") String today,
			@Option(longName = "format", defaultValue = "table") String format) {
		LoadedFile file = session.current();
		ValidationOptions options = ValidationOptions.defaults();
		if (rule != null) {
			List<String> rules = list(rule);
			List<String> unknown = rules.stream().filter(r -> !r.endsWith("*") && !findings.runs(r)).toList();
			if (!unknown.isEmpty()) {
				throw CommandFailure.usage("validate: ilrsh does not run " + String.join(", ", unknown)
						+ " (see: rules --runs yes, or explain " + unknown.get(0) + ")");
			}
			options = options.withRules(rules);
		}
		if (learner != null) {
			options = options.withLearners(list(learner));
		}
		if (severity != null) {
			try {
				options = options.withSeverity(Severity.parse(severity));
			}
			catch (IllegalArgumentException e) {
				throw CommandFailure.usage("validate: " + e.getMessage());
			}
		}
		if (date != null) {
			options = options.withReferenceDate(date(date, "--date"));
		}
		if (today != null) {
			options = options.withToday(date(today, "--today"));
		}
		Format chosen = Session.format(format);
		ValidationReport report;
		try (ProgressLine progress = session.progress("validating", "learners")) {
			report = findings.validate(file, options.withProgress(progress));
		}
		if (chosen == Format.TABLE) {
			if (report.isEmpty()) {
				session.out().println("No findings.");
			}
			else {
				session.printWhole(report.summaryTable(), format);
				session.out().println();
				session.print(compact(report), format);
			}
		}
		else {
			session.print(report.table(chosen), format);
		}
		report.skippedByReason().forEach((why, rules) -> session.message("validate: " + Plural.of(rules.size(), "rule")
				+ (rules.size() == 1 ? " was" : " were") + " not run because " + why + ": " + names(rules)));
		String counts = String.format(Locale.ROOT, "%s, %s in %s (%s run in %.2f s)",
				Plural.of(report.errorCount(), "error"), Plural.of(report.warningCount(), "warning"),
				Plural.of(report.learners(), "learner"), Plural.of(report.rulesRun(), "rule"),
				report.elapsed().toMillis() / 1000.0);
		if (report.hasErrors()) {
			throw CommandFailure.findings("validate: " + counts);
		}
		if (report.warningCount() > 0) {
			session.warning("validate: " + counts);
		}
		else {
			session.success("validate: " + counts);
		}
	}

	/** Findings for reading on screen: the columns that say what and where; csv and json carry them all. */
	private static Table compact(ValidationReport report) {
		Table.Builder t = Table.builder("rule", "LearnRefNumber", "AimSeqNumber", "message", "fields");
		report.findings()
			.forEach(f -> t.row(f.rule(), f.learnRefNumber(), f.aimSeqNumber(), f.message(), f.fieldText()));
		return t.optional("fields").build();
	}

	/** Rule names for a message: all of a few, else the first ten and a count (rules --runs lists them all). */
	private static String names(List<String> rules) {
		if (rules.size() <= 12) {
			return String.join(", ", rules);
		}
		return String.join(", ", rules.subList(0, 10)) + " and " + (rules.size() - 10) + " more (refdata lists "
				+ "what is loaded; rules --runs no lists every rule not run)";
	}

	private static List<String> list(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** A day as people type it (20/11/2025, 20 Nov 2025, 2025-11-20). */
	private static LocalDate date(String text, String option) {
		try {
			var span = dev.ilrsh.query.DateText.parse(text);
			if (span.isPresent() && span.get().from() != null && span.get().from().equals(span.get().to())) {
				return span.get().from();
			}
		}
		catch (dev.ilrsh.query.QueryException e) {
			// not a date: said below
		}
		throw CommandFailure.usage("validate: " + option + " takes a day such as 20/11/2025, 20 Nov 2025 or 2025-11-20, "
				+ "not '" + text + "'");
	}
}

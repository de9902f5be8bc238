package dev.ilrsh.shell.commands;

import dev.ilrsh.render.Table;
import dev.ilrsh.rules.catalog.Availability;
import dev.ilrsh.rules.catalog.Explanation;
import dev.ilrsh.rules.catalog.ExplanationRenderer;
import dev.ilrsh.rules.catalog.RuleEntry;
import dev.ilrsh.rules.catalog.RulesImportException;
import dev.ilrsh.rules.catalog.RulesImporter;
import dev.ilrsh.shell.CommandFailure;
import dev.ilrsh.shell.RuleKnowledge;
import dev.ilrsh.shell.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** explain, rules and rules import: what the validation rules check and why they fire. */
@Component
public class RuleCommands {

	private final Session session;
	private final RuleKnowledge knowledge;
	private final RuleFindings findings;

	public RuleCommands(Session session, RuleKnowledge knowledge, RuleFindings findings) {
		this.session = session;
		this.knowledge = knowledge;
		this.findings = findings;
	}

	@Command(name = "explain", group = "Validation",
			description = "Explain a validation rule by name, pasted message or report line, with this file's cases",
			help = "explain RULE|TEXT\n  explain R59   explain R_59   explain uln_04\n"
					+ "  explain There is more than one record for this ULN\n"
					+ "  explain \"R122 CompStatus=2|LearnDelFAMType=ACT|LearnDelFAMDateTo=|AchDate=\"\n"
					+ "  With a file open, the learners that break the rule now are listed after the explanation.")
	public void explain(@Arguments List<String> words) {
		String input = words == null ? "" : String.join(" ", words).strip();
		if (input.isEmpty()) {
			throw CommandFailure.usage("explain: give a rule name (R59), a pasted message or a report line");
		}
		Explanation explanation = knowledge.explainer().explain(input);
		session.printMarkdown(ExplanationRenderer.render(explanation));
		if (explanation.found() && session.workspace().current().isPresent()) {
			findings.printCases(explanation.best().orElseThrow().rule());
		}
	}

	@Command(name = "rules", group = "Validation",
			description = "List the 2025-26 validation rules: what each checks, and whether ilrsh runs it",
			help = "rules [--search WORDS] [--category SHEET] [--runs yes|no] [--format table|csv|json]")
	public void rules(@Option(longName = "search", description = "only rules matching these words") String search,
			@Option(longName = "category", description = "only this sheet, e.g. \"Learning Delivery\"") String category,
			@Option(longName = "runs", description = "yes: only rules ilrsh runs; no: only those it cannot") String runs,
			@Option(longName = "format", defaultValue = "table") String format) {
		List<RuleEntry> entries;
		if (search != null && !search.isBlank()) {
			entries = knowledge.explainer().search(search, 50).stream().map(m -> m.rule()).toList();
		}
		else {
			entries = knowledge.catalog().all();
		}
		if (runs != null && !runs.equalsIgnoreCase("yes") && !runs.equalsIgnoreCase("no")) {
			throw CommandFailure.usage("rules: --runs takes yes or no");
		}
		Table.Builder t = Table.builder("rule", "severity", "category", "status", "runs", "summary");
		for (RuleEntry e : entries) {
			if (category != null && !e.category().toLowerCase(Locale.ROOT).startsWith(category.toLowerCase(Locale.ROOT))) {
				continue;
			}
			java.util.Optional<String> skipped = findings.runs(e.name()) ? findings.whySkipped(e.name())
					: java.util.Optional.empty();
			boolean runsHere = findings.runs(e.name()) && skipped.isEmpty();
			if (runs != null && runsHere != runs.equalsIgnoreCase("yes")) {
				continue;
			}
			t.row(e.name(), e.severity().label(), e.category(), e.status(), runsHere ? "yes"
					: skipped.isPresent() ? "not now: " + skipped.get()
							: e.whyNotRunnable().orElse(e.availability() == Availability.OFFLINE ? "not yet" : "no"),
					e.summary());
		}
		session.print(t.build(), format);
	}

	@Command(name = "rules import", group = "Validation",
			description = "Import the DfE's validation rules spreadsheet (.xlsx or .csv) so explain shows its messages",
			help = "rules import FILE\n  Reads the spreadsheet the DfE publishes each year; its messages are kept under\n"
					+ "  ~/.ilrsh/rules and shown beside ilrsh's own explanations from then on.")
	public void rulesImport(@Argument(index = 0) String file) {
		if (file == null || file.isBlank()) {
			throw CommandFailure.usage("rules import: name the spreadsheet, e.g. rules import ILR-validation-rules.xlsx");
		}
		try {
			var result = new RulesImporter(knowledge.userRulesDirectory(), knowledge.catalog()).importFile(Path.of(file));
			knowledge.reload();
			session.message(result.summary());
		}
		catch (RulesImportException e) {
			throw CommandFailure.usage(e.getMessage());
		}
	}
}

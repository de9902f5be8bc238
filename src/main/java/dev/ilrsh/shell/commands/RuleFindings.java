package dev.ilrsh.shell.commands;

import dev.ilrsh.render.Format;
import dev.ilrsh.render.Table;
import dev.ilrsh.render.TableRenderer;
import dev.ilrsh.rules.Finding;
import dev.ilrsh.rules.RuleRegistry;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.rules.ValidationReport;
import dev.ilrsh.rules.Validator;
import dev.ilrsh.rules.catalog.RuleEntry;
import dev.ilrsh.refdata.RefData;
import dev.ilrsh.shell.ReferenceData;
import dev.ilrsh.shell.Session;
import dev.ilrsh.workspace.LoadedFile;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The current file's findings, as the rules see it now: what validate reports, what explain lists under a rule,
 * and the before-and-after that restructure shows. The report for a file's content is computed once and reused
 * until the content changes.
 */
@Component
public class RuleFindings {

	/** How many of a rule's cases explain lists before saying how many more there are. */
	static final int CASES_SHOWN = 20;

	private final Session session;
	private final ReferenceData referenceData;
	private final RuleRegistry registry = RuleRegistry.standard();
	private Object reportFor;
	private Object reportRefData;
	private ValidationReport report;

	public RuleFindings(Session session, ReferenceData referenceData) {
		this.session = session;
		this.referenceData = referenceData;
	}

	/** Whether ilrsh's engine runs this rule. */
	public boolean runs(String rule) {
		return registry.has(rule);
	}

	/** Every finding of the current file with default options, cached for its current content. */
	public synchronized ValidationReport report(LoadedFile file) {
		RefData refData = referenceData.refData();
		if (reportFor != file.message() || reportRefData != refData) {
			report = validate(file, ValidationOptions.defaults());
			reportFor = file.message();
			reportRefData = refData;
		}
		return report;
	}

	/** Validates the file with these options and the session's reference data (LARS, when imported). */
	public ValidationReport validate(LoadedFile file, ValidationOptions options) {
		return new Validator(registry).run(file.message(), file.isEdited() ? List.of() : file.loaded().problems(),
				file.path(), options.withRefData(referenceData.refData()));
	}

	/** Why the session cannot run a rule it knows (reference data not loaded), or empty when it can. */
	public java.util.Optional<String> whySkipped(String rule) {
		return registry.rules().stream()
			.filter(r -> r.infos().stream().anyMatch(i -> dev.ilrsh.rules.RuleNames.same(i.name(), rule)))
			.findFirst()
			.filter(r -> !referenceData.refData().hasAll(r.needs()))
			.map(r -> referenceData.refData().whyNot(r.needs()));
	}

	/** The lines explain adds under a rule: who breaks it in the current file now. */
	public String casesText(RuleEntry rule) {
		LoadedFile file = session.current();
		StringBuilder b = new StringBuilder("\nIn ").append(file.name()).append(": ");
		if (!runs(rule.name())) {
			return b.append("ilrsh cannot check ").append(rule.name()).append(" itself (")
				.append(rule.whyNotRunnable().orElse("its check is not written in ilrsh yet")).append(").\n").toString();
		}
		java.util.Optional<String> skipped = whySkipped(rule.name());
		if (skipped.isPresent()) {
			return b.append(rule.name()).append(" was not checked because ").append(skipped.get()).append(".\n").toString();
		}
		List<Finding> cases = report(file).of(rule.name());
		if (cases.isEmpty()) {
			return b.append("no learner breaks ").append(rule.name()).append(".\n").toString();
		}
		b.append(cases.size()).append(" finding").append(cases.size() == 1 ? "" : "s").append(" of ").append(rule.name())
			.append('\n');
		Table.Builder t = Table.builder("LearnRefNumber", "ULN", "AimSeqNumber", "fields", "message");
		cases.stream().limit(CASES_SHOWN)
			.forEach(f -> t.row(f.learnRefNumber(), f.uln(), f.aimSeqNumber(), f.fieldText(), f.message()));
		b.append(TableRenderer.render(t.build(), Format.TABLE));
		if (cases.size() > CASES_SHOWN) {
			b.append("… and ").append(cases.size() - CASES_SHOWN).append(" more: validate --rule ").append(rule.name())
				.append('\n');
		}
		return b.toString();
	}
}

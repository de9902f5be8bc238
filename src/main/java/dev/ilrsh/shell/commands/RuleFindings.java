package dev.ilrsh.shell.commands;

import dev.ilrsh.render.Plural;
import dev.ilrsh.render.Table;
import dev.ilrsh.model.Learner;
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
	private RuleRegistry registry;
	private Object reportFor;
	private Object reportRefData;
	private ValidationReport report;

	public RuleFindings(Session session, ReferenceData referenceData) {
		this.session = session;
		this.referenceData = referenceData;
	}

	/** The rules, made on first use: a command that validates nothing does not pay for them. */
	private synchronized RuleRegistry registry() {
		if (registry == null) {
			registry = RuleRegistry.standard();
		}
		return registry;
	}

	/** Whether ilrsh's engine runs this rule. */
	public boolean runs(String rule) {
		return registry().has(rule);
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

	/**
	 * The findings on each of {@code records}: from the file's report when it has been made already, else by
	 * validating just those learners (cross-record rules still look at the whole file). Two records with one
	 * reference are told apart by their lines.
	 */
	public synchronized java.util.Map<Learner, List<Finding>> on(LoadedFile file, List<Learner> records) {
		ValidationReport source = reportFor == file.message() ? report : validate(file, ValidationOptions.defaults()
			.withLearners(records.stream().map(Learner::learnRefNumber).filter(java.util.Objects::nonNull).toList()));
		java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
		file.message().learners().forEach(l -> starts.add(l.extras().line()));
		java.util.Map<Learner, List<Finding>> on = new java.util.IdentityHashMap<>();
		for (Learner record : records) {
			int from = record.extras().line();
			Integer next = starts.higher(from);
			on.put(record, source.findings().stream()
				.filter(f -> record.learnRefNumber() != null && record.learnRefNumber().equals(f.learnRefNumber()))
				.filter(f -> from <= 0 || f.line() <= 0 || f.line() >= from && (next == null || f.line() < next))
				.toList());
		}
		return on;
	}


	/** Validates the file with these options and the session's reference data (LARS, when imported). */
	public ValidationReport validate(LoadedFile file, ValidationOptions options) {
		return new Validator(registry()).run(file.message(), file.isEdited() ? List.of() : file.loaded().problems(),
				file.path(), options.withRefData(referenceData.refData()));
	}

	/** Why the session cannot run a rule it knows (reference data not loaded), or empty when it can. */
	public java.util.Optional<String> whySkipped(String rule) {
		return registry().rules().stream()
			.filter(r -> r.infos().stream().anyMatch(i -> dev.ilrsh.rules.RuleNames.same(i.name(), rule)))
			.findFirst()
			.filter(r -> !referenceData.refData().hasAll(r.needs()))
			.map(r -> referenceData.refData().whyNot(r.needs()));
	}

	/** Prints what explain adds under a rule: who breaks it in the current file now. */
	public void printCases(RuleEntry rule) {
		LoadedFile file = session.current();
		StringBuilder b = new StringBuilder("\nIn ").append(file.name()).append(": ");
		if (!runs(rule.name())) {
			session.out().print(b.append("ilrsh cannot check ").append(rule.name()).append(" itself (")
				.append(rule.whyNotRunnable().orElse("its check is not written in ilrsh yet")).append(").\n"));
			return;
		}
		java.util.Optional<String> skipped = whySkipped(rule.name());
		if (skipped.isPresent()) {
			session.out().print(b.append(rule.name()).append(" was not checked because ").append(skipped.get()).append(".\n"));
			return;
		}
		List<Finding> cases = report(file).of(rule.name());
		if (cases.isEmpty()) {
			session.out().print(b.append("no learner breaks ").append(rule.name()).append(".\n"));
			return;
		}
		session.out().print(b.append(Plural.of(cases.size(), "finding")).append(" of ").append(rule.name())
			.append('\n'));
		Table.Builder t = Table.builder("LearnRefNumber", "ULN", "AimSeqNumber", "fields", "message");
		cases.stream().limit(CASES_SHOWN)
			.forEach(f -> t.row(f.learnRefNumber(), f.uln(), f.aimSeqNumber(), f.fieldText(), f.message()));
		session.printWhole(t.build(), "table");
		if (cases.size() > CASES_SHOWN) {
			session.out().println("… and " + (cases.size() - CASES_SHOWN) + " more: validate --rule " + rule.name());
		}
	}
}

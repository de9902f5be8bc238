package dev.ilrsh.shell.commands;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.programme.Programmes;
import dev.ilrsh.render.Format;
import dev.ilrsh.render.Table;
import dev.ilrsh.report.MergePreview;
import dev.ilrsh.report.ProgrammeReport;
import dev.ilrsh.restructure.MergePlan;
import dev.ilrsh.restructure.MergePlanner;
import dev.ilrsh.restructure.Merger;
import dev.ilrsh.restructure.PlanFile;
import dev.ilrsh.restructure.ProgressionFinder;
import dev.ilrsh.restructure.Restructurer;
import dev.ilrsh.restructure.SplitLearner;
import dev.ilrsh.rules.Finding;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.rules.ValidationReport;
import dev.ilrsh.render.Plural;
import dev.ilrsh.shell.CommandFailure;
import dev.ilrsh.shell.ProgressLine;
import dev.ilrsh.shell.LearnerKeys;
import dev.ilrsh.shell.ReferenceData;
import dev.ilrsh.shell.Session;
import dev.ilrsh.workspace.LoadedFile;
import dev.ilrsh.xml.IlrFileName;
import dev.ilrsh.xml.IlrReadException;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.files.OutputFileException;
import dev.ilrsh.xml.IlrWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** programmes, progressions, restructure and undo: finding and repairing learners split over several records. */
@Component
public class ProgressionCommands {

	private final Session session;
	private final RuleFindings findings;

	/** LARS, for each standard's title and level in programmes. */
	private final ReferenceData referenceData;

	public ProgressionCommands(Session session, RuleFindings findings, ReferenceData referenceData) {
		this.session = session;
		this.findings = findings;
		this.referenceData = referenceData;
	}

	@Command(name = "programmes", group = "Progressions",
			description = "One row per programme: dates, status, outcome, off-the-job hours, price, aims",
			help = "programmes [--learner REF|ULN] [--format table|csv|json]")
	public void programmes(@Option(longName = "learner", description = "only this learner") String learner,
			@Option(longName = "format", defaultValue = "table") String format) {
		LoadedFile file = session.current();
		List<Learner> learners = file.message().learners();
		if (learner != null) {
			learners = LearnerKeys.find(file.message(), learner);
			if (learners.isEmpty()) {
				throw CommandFailure.usage("programmes: no learner with reference or ULN " + learner);
			}
		}
		session.print(ProgrammeReport.table(learners, Programmes.referenceDate(file.message()),
				referenceData.lars().orElse(null)), format);
	}

	@Command(name = "progressions", group = "Progressions",
			description = "Learners whose programmes are split over several records, or several on one record",
			help = "progressions [--format table|csv|json]\n"
					+ "  split: records sharing a real ULN or a learner reference (one person; restructure merges them)\n"
					+ "  possible: same name and date of birth under different references and ULNs (check first)\n"
					+ "  one record: several programmes on one record (the right way), with any findings")
	public void progressions(@Option(longName = "format", defaultValue = "table") String format) {
		LoadedFile file = session.current();
		Message message = file.message();
		ValidationReport report = findings.report(file);
		LocalDate reference = Programmes.referenceDate(message);
		Table.Builder t = Table.builder("kind", "ULN", "LearnRefNumbers", "programmes", "findings", "restructure");
		Set<String> split = new TreeSet<>();
		for (SplitLearner s : ProgressionFinder.find(message)) {
			List<Learner> records = s.records().stream().map(SplitLearner.Located::learner).toList();
			records.forEach(r -> split.add(r.learnRefNumber()));
			String action;
			if (s.isPossibleOnly()) {
				action = "check first: restructure --learner " + records.get(0).learnRefNumber() + " --keep REF";
			}
			else {
				MergePlan plan = MergePlanner.plan(s, null, Map.of());
				action = "restructure --" + (s.uln() != null ? "uln " + s.uln() : "learner " + plan.keepLearnRefNumber())
						+ ": keep " + plan.keepLearnRefNumber() + ", " + records.size() + " records to 1, "
						+ plan.aims().size() + " aims numbered 1-" + plan.aims().size();
			}
			t.row(s.isPossibleOnly() ? "possible" : "split", s.uln(), s.learnRefNumbers(), programmes(records, reference),
					rulesOn(report, records), action);
		}
		for (Learner l : message.learners()) {
			if (split.contains(l.learnRefNumber())) {
				continue;
			}
			long count = Programmes.of(l, reference).stream().filter(ProgrammeEpisode::isProgramme).count();
			if (count > 1) {
				t.row("one record", l.uln(), List.of(l.learnRefNumber()), programmes(List.of(l), reference),
						rulesOn(report, List.of(l)), "");
			}
		}
		session.print(t.build(), format);
	}

	@Command(name = "restructure", group = "Progressions",
			description = "Merge one person's split records into one learner; preview, apply, write, and prove it",
			help = """
					restructure --uln ULN | --learner REF | --all | --from-plan FILE
					            [--keep REF] [--take NAME=REF,…] [--out FILE] [--plan FILE] [--yes] [--force]
					  Shows the learner before and after, a timeline, every edit and every conflict, then asks
					  before applying (--yes applies without asking; a script without --yes only previews).
					  Keeps the reference of the record that started first (or --keep); aims are renumbered:
					  programmes by start, each programme aim then its components, then other aims by start.
					  Where the records disagree (a learner field, the address, the employment status of one
					  date, a LearnerFAM type, an LLDD category, provider monitoring, HE data) the newest
					  record's version is kept; the preview shows each side by side and the --take NAME=REF
					  that keeps another (REF#2 names the second of records sharing a reference).
					  Findings are sorted into gone, carried (the records had them already) and added; a merge
					  that adds errors (e.g. overlapping programmes, R124) is refused unless --force.
					  --out writes the result as a new file and validates it again; --plan saves the plan, its
					  choices and findings as JSON, and --from-plan applies a saved plan with the same choices.
					  undo puts the file back as it was.""")
	public void restructure(@Option(longName = "uln", description = "the ULN the records share") String uln,
			@Option(longName = "learner", description = "a learner reference of one of the records") String learner,
			@Option(longName = "all", description = "every split learner in the file") Boolean all,
			@Option(longName = "keep", description = "the learner reference to keep") String keep,
			@Option(longName = "take", description = "NAME=REF,…: whose version to keep where the records disagree") String take,
			@Option(longName = "out", description = "write the result to this new file") String out,
			@Option(longName = "plan", description = "save the plan as JSON to this file") String planFile,
			@Option(longName = "from-plan", description = "apply a plan saved with --plan") String fromPlan,
			@Option(longName = "yes", description = "apply without asking") Boolean yes,
			@Option(longName = "force", description = "apply even if it adds errors; replace --out") Boolean force,
			@Option(longName = "format", defaultValue = "table") String format, CommandContext context) {
		LoadedFile file = session.current();
		int targets = (uln != null ? 1 : 0) + (learner != null ? 1 : 0) + (Boolean.TRUE.equals(all) ? 1 : 0)
				+ (fromPlan != null ? 1 : 0);
		if (targets != 1) {
			throw CommandFailure.usage("restructure: give one of --uln ULN, --learner REF, --all or --from-plan FILE");
		}
		boolean many = Boolean.TRUE.equals(all);
		if ((keep != null || take != null) && (many || fromPlan != null)) {
			throw CommandFailure.usage("restructure: --keep and --take apply to one learner (--uln or --learner); "
					+ "for several, save a plan with --plan, change its \"kept\" entries and use --from-plan");
		}
		List<MergePlan> plans = plans(file, uln != null ? uln : learner, many, fromPlan, keep, choices(take));
		if (plans.isEmpty()) {
			session.message("restructure: nothing to do; no learner in " + file.name() + " is split over several records");
			return;
		}
		Restructurer.Outcome outcome;
		try (ProgressLine progress = session.progress("checking the merged file", "learners")) {
			outcome = Restructurer.run(file.message(), file.isEdited() ? List.of() : file.loaded().problems(),
					findings.report(file), file.path(), plans, ValidationOptions.defaults().withProgress(progress));
		}
		catch (IllegalArgumentException e) {
			throw CommandFailure.usage("restructure: " + e.getMessage());
		}
		LocalDate reference = Programmes.referenceDate(file.message());
		if (many || plans.size() > 1) {
			printSummary(outcome, format);
		}
		else {
			session.out().print(MergePreview.text(outcome.result().merged().get(0), outcome.merges().get(0), reference));
		}
		session.out().flush();
		if (planFile != null) {
			try {
				PlanFile.save(session.outputFile("--plan", planFile, Boolean.TRUE.equals(force)), file.name(), outcome);
				session.message("saved the plan to " + planFile);
			}
			catch (OutputFileException e) {
				throw CommandFailure.usage("restructure: the plan was not saved: " + e.getMessage());
			}
		}
		if (outcome.refused() && !Boolean.TRUE.equals(force)) {
			throw CommandFailure.findings("restructure: not applied, because the merge would add errors:\n  "
					+ String.join("\n  ", outcome.refusals()) + "\nFix those records first, or use --force to apply anyway.");
		}
		if (!Boolean.TRUE.equals(yes) && !confirmed(context)) {
			return;
		}
		int merged = outcome.result().merged().size();
		session.workspace().edit(outcome.result().message(), "restructure merged " + merged + " learner"
				+ (merged == 1 ? " (kept " + outcome.result().merged().get(0).plan().keepLearnRefNumber() + ")" : "s"));
		session.success("restructured " + merged + " learner" + (merged == 1 ? "" : "s") + " in " + file.name()
				+ " (in this session; undo puts it back" + (out == null ? ", write --out FILE saves it)" : ")"));
		if (out != null) {
			writeAndCheck(outcome, out, file, Boolean.TRUE.equals(force));
		}
	}

	@Command(name = "undo", group = "Progressions", description = "Put the current file back as it was before the last restructure",
			help = "undo")
	public void undo() {
		session.current();
		LoadedFile restored = session.workspace()
			.undo()
			.orElseThrow(() -> CommandFailure.usage("undo: nothing to undo in this file"));
		session.success("undone: " + restored.name() + " is back as it was ("
				+ Plural.of(restored.message().learners().size(), "learner") + ")");
	}

	private List<MergePlan> plans(LoadedFile file, String key, boolean all, String fromPlan, String keep,
			Map<String, String> choices) {
		if (fromPlan != null) {
			try {
				return PlanFile.load(Session.path("--from-plan", fromPlan), file.name()).plans();
			}
			catch (PlanFile.PlanFileException e) {
				throw CommandFailure.usage("restructure: " + e.getMessage());
			}
		}
		Message message = file.message();
		if (all) {
			List<MergePlan> plans = new ArrayList<>();
			List<SplitLearner> possible = new ArrayList<>();
			for (SplitLearner s : ProgressionFinder.find(message)) {
				if (s.isPossibleOnly()) {
					possible.add(s);
				}
				else {
					plans.add(MergePlanner.plan(s, null, Map.of()));
				}
			}
			if (!possible.isEmpty()) {
				session.message("restructure --all leaves " + possible.size() + " possible match"
						+ (possible.size() == 1 ? "" : "es") + " (same name and date of birth only) for you to check: "
						+ possible.stream().map(s -> String.join("+", s.learnRefNumbers())).collect(Collectors.joining(", ")));
			}
			return plans;
		}
		SplitLearner split = ProgressionFinder.findFor(message, key).orElse(null);
		if (split == null) {
			if (LearnerKeys.find(message, key).isEmpty()) {
				throw CommandFailure.usage("restructure: no learner with reference or ULN " + key + " in " + file.name());
			}
			return List.of();
		}
		try {
			return List.of(MergePlanner.plan(split, keep, choices));
		}
		catch (IllegalArgumentException e) {
			throw CommandFailure.usage("restructure: " + e.getMessage());
		}
	}

	private static Map<String, String> choices(String take) {
		Map<String, String> choices = new LinkedHashMap<>();
		if (take == null) {
			return choices;
		}
		for (String pair : take.split(",")) {
			String[] parts = pair.split("=", 2);
			if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
				throw CommandFailure.usage("restructure: --take wants NAME=REF, e.g. --take Address=APP002 (the preview "
						+ "names each conflict)");
			}
			choices.put(parts[0].strip(), parts[1].strip());
		}
		return choices;
	}

	private boolean confirmed(CommandContext context) {
		Boolean yes = session.yesOrNo(context, "Apply these changes? [y/N] ");
		if (yes == null) {
			session.message("preview only: nothing was changed (add --yes to apply)");
			return false;
		}
		if (!yes) {
			session.message("not applied: nothing was changed");
			return false;
		}
		return true;
	}

	/** Writes the result, reads it back and checks it says what the merge promised. */
	private void writeAndCheck(Restructurer.Outcome outcome, String requested, LoadedFile file, boolean force) {
		Session.ReturnTarget where = session.returnTarget("--out", requested, force, outcome.result().message());
		IlrFileName.Destination destination = where.destination();
		Path target = destination.path();
		try (ProgressLine progress = session.progress("writing", "learners")) {
			IlrWriter.write(destination.message(), where.file(), progress);
		}
		catch (OutputFileException e) {
			throw CommandFailure.usage("restructure: " + e.getMessage() + " (the change stays in this session)");
		}
		session.workspace().markSaved();
		try {
			var reread = IlrReader.read(target);
			ValidationReport report;
			try (ProgressLine progress = session.progress("checking the written file", "learners")) {
				report = dev.ilrsh.rules.Validator.validate(reread, ValidationOptions.defaults().withProgress(progress));
			}
			int learners = reread.message().learners().size();
			session.success("wrote " + target + ": " + Plural.of(learners, "learner") + ", "
					+ Plural.of(reread.problems().size(), "schema problem") + "; validated again: "
					+ Plural.of(report.errorCount(), "error") + " (was "
					+ outcome.before().errorCount() + ")");
			if (destination.newReturn()) {
				session.message(FileCommands.headerNote(destination));
			}
			// schema problems come from reading the file, and are counted above
			long learnerFindings = report.findings().stream().filter(ProgressionCommands::learnerRule).count();
			long expected = outcome.after().findings().stream().filter(ProgressionCommands::learnerRule).count();
			if (learnerFindings != expected) {
				throw CommandFailure.findings("restructure: the written file gives " + learnerFindings
						+ " learner findings where " + expected + " were expected; please report this");
			}
			report.findings().stream().filter(f -> f.learnRefNumber() == null)
				.forEach(f -> session.message("note: " + f.rule() + ": " + f.message()));
		}
		catch (IlrReadException e) {
			throw new IllegalStateException("the file just written cannot be read back: " + e.getMessage(), e);
		}
	}

	/** Several merges: one row each, then the findings of them all (on stdout for a table, else as messages). */
	private void printSummary(Restructurer.Outcome outcome, String format) {
		Table.Builder t = Table.builder("ULN", "kept", "records", "aims", "conflicts_kept", "findings_gone",
				"findings_carried", "findings_added");
		int conflicts = 0;
		for (int m = 0; m < outcome.result().merged().size(); m++) {
			Merger.Merged merged = outcome.result().merged().get(m);
			MergePlan plan = merged.plan();
			Restructurer.FindingChanges changes = outcome.merges().get(m);
			conflicts += (int) plan.conflicts().stream().filter(c -> !c.taken()).count();
			t.row(merged.after().uln(), plan.keepLearnRefNumber(), plan.records().size(), plan.aims().size(),
					plan.conflicts().stream().map(c -> c.take() + "=" + plan.label(c.chosen())).toList(),
					MergePreview.counts(changes.gone()), MergePreview.counts(changes.carried()),
					MergePreview.counts(changes.added()));
		}
		session.print(t.build(), format);
		String totals = MergePreview.findings(new Restructurer.FindingChanges(outcome.gone(), outcome.carried(),
				outcome.added()));
		if (conflicts > 0) {
			totals += conflicts + " conflict" + (conflicts == 1 ? "" : "s") + " settled by keeping the newest record's "
					+ "version: see each side by side with restructure --uln ULN (and choose with --take), or save "
					+ "the plan with --plan FILE, change its \"kept\" entries and apply it with --from-plan FILE\n";
		}
		if (Session.format(format) == Format.TABLE) {
			session.out().println();
			session.out().print(totals);
		}
		else {
			totals.lines().forEach(session::message);
		}
	}

	private static boolean learnerRule(Finding f) {
		return f.learnRefNumber() != null && !f.rule().equals(dev.ilrsh.rules.Validator.SCHEMA);
	}

	private static List<String> programmes(List<Learner> records, LocalDate reference) {
		List<String> labels = new ArrayList<>();
		for (Learner r : records) {
			for (ProgrammeEpisode e : Programmes.of(r, reference)) {
				if (e.isProgramme()) {
					labels.add(e.progType() + "/" + e.stdCode() + " from " + e.start() + " " + e.status().label());
				}
			}
		}
		return labels;
	}

	private static String rulesOn(ValidationReport report, List<Learner> records) {
		Set<String> refs = records.stream().map(Learner::learnRefNumber).collect(Collectors.toSet());
		return report.findings().stream().filter(f -> refs.contains(f.learnRefNumber())).map(Finding::rule)
			.distinct().sorted().collect(Collectors.joining(" "));
	}
}

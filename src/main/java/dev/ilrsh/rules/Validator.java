package dev.ilrsh.rules;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import dev.ilrsh.xml.LoadProblem;
import dev.ilrsh.xml.LoadResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the rules over a file: the file rules once, then every learner rule on each learner in one pass. Problems the
 * reader met become {@code Schema} findings, except those an FD rule already reports.
 */
public final class Validator {

	/** The rule name of findings that come from the reader's schema checks. */
	public static final String SCHEMA = "Schema";

	private static final RuleInfo SCHEMA_INFO = new RuleInfo(SCHEMA, Severity.ERROR, RuleInfo.FILE, "File",
			List.of(), "the file breaks the XML schema");

	/** The rule name of a finding that says a rule failed to run on a learner (a defect in ilrsh, not in the file). */
	public static final String INTERNAL = "Internal";

	private static final RuleInfo INTERNAL_INFO = new RuleInfo(INTERNAL, Severity.WARNING, RuleInfo.FILE, "Learner",
			List.of("Rule"), "a rule could not be checked");

	private static final Pattern AIM_IN_PATH = Pattern.compile("LearningDelivery\\[(\\d+)]");

	private final RuleRegistry registry;

	public Validator() {
		this(RuleRegistry.standard());
	}

	public Validator(RuleRegistry registry) {
		this.registry = registry;
	}

	/** Validates a loaded file with the default registry. */
	public static ValidationReport validate(LoadResult loaded, ValidationOptions options) {
		return new Validator().run(loaded.message(), loaded.problems(), loaded.file(), options);
	}

	/** Validates a message built or changed in memory (no file name rules when {@code file} is null). */
	public static ValidationReport validate(Message message, List<LoadProblem> problems, Path file,
			ValidationOptions options) {
		return new Validator().run(message, problems, file, options);
	}

	public ValidationReport run(Message message, List<LoadProblem> problems, Path file, ValidationOptions options) {
		long started = System.nanoTime();
		LocalDate today = options.today() != null ? options.today() : LocalDate.now();
		LocalDate reference = options.referenceDate();
		if (reference == null && message.header() != null && message.header().collectionDetails() != null) {
			reference = message.header().collectionDetails().filePreparationDate();
		}
		if (reference == null) {
			reference = today;
		}
		RuleContext context = new RuleContext(reference, today, message, file, options.refData());

		List<Rule.FileRule> fileRules = new ArrayList<>();
		List<Rule.LearnerRule> learnerRules = new ArrayList<>();
		List<ValidationReport.Skipped> skipped = new ArrayList<>();
		int run = 0;
		for (Rule rule : registry.rules()) {
			if (rule.infos().stream().noneMatch(i -> options.selects(i.name()))) {
				continue;
			}
			if (!options.refData().hasAll(rule.needs())) {
				String why = options.refData().whyNot(rule.needs());
				rule.infos().stream().filter(i -> options.selects(i.name()))
					.forEach(i -> skipped.add(new ValidationReport.Skipped(i.name(), why)));
				continue;
			}
			run += (int) rule.infos().stream().filter(i -> options.selects(i.name())).count();
			if (rule instanceof Rule.FileRule f) {
				fileRules.add(f);
			}
			else {
				learnerRules.add((Rule.LearnerRule) rule);
			}
		}

		Findings out = new Findings();
		for (Rule.FileRule rule : fileRules) {
			out.at(-1);
			rule.check(message, context, out);
		}
		List<Learner> learners = message.learners();
		// Learners are independent for learner rules, so the file is checked in as many slices as there are
		// processors, each into its own Findings; the final sort by position makes the order the same as one pass.
		int slices = learners.size() < 2_000 ? 1 : Runtime.getRuntime().availableProcessors();
		// an array, for the loop over rules runs for every learner: no iterator, nothing to check for changes
		Rule.LearnerRule[] ruleArray = learnerRules.toArray(new Rule.LearnerRule[0]);
		int size = (learners.size() + slices - 1) / Math.max(1, slices);
		java.util.concurrent.atomic.AtomicLong checked = new java.util.concurrent.atomic.AtomicLong();
		List<Findings> parts = inSlices(slices, slice -> checkLearners(learners, slice * size,
				Math.min(learners.size(), (slice + 1) * size), ruleArray, context, options, checked));
		int validated = 0;
		for (Findings part : parts) {
			out.placed().addAll(part.placed());
			validated += part.learnersChecked;
		}
		addProblems(problems, learners, out);

		Map<String, Integer> order = registry.order();
		List<Findings.Placed> kept = new ArrayList<>();
		for (Findings.Placed p : out.placed()) {
			Finding f = p.finding();
			if ((options.selects(f.rule()) || INTERNAL.equals(f.rule())) && options.selects(f.severity())
					&& options.selectsLearner(f.learnRefNumber())) {
				kept.add(p);
			}
		}
		kept.sort(Comparator.comparingInt(Findings.Placed::learnerIndex)
			.thenComparingInt(Findings.Placed::aimIndex)
			.thenComparingInt(p -> order.getOrDefault(p.finding().rule(), Integer.MAX_VALUE))
			.thenComparingLong(Findings.Placed::sequence));
		return new ValidationReport(kept.stream().map(Findings.Placed::finding).toList(), reference, run, validated,
				Duration.ofNanos(System.nanoTime() - started), skipped);
	}

	/**
	 * Runs the slices, the first on this thread and the rest on the common pool, and returns only when every one has
	 * finished or stopped. A parallel stream hands back the first slice's failure at once and leaves the others
	 * running: after Ctrl-C they went on validating, and drawing their progress, at the prompt, for the shell clears
	 * the stop request once the command has ended.
	 */
	private static List<Findings> inSlices(int slices, IntFunction<Findings> check) {
		List<ForkJoinTask<Findings>> others = new ArrayList<>();
		for (int slice = 1; slice < slices; slice++) {
			int which = slice;
			others.add(ForkJoinPool.commonPool().submit(() -> check.apply(which)));
		}
		List<Findings> parts = new ArrayList<>();
		RuntimeException failure = null;
		try {
			parts.add(check.apply(0));
		}
		catch (RuntimeException e) {
			failure = e;
		}
		for (ForkJoinTask<Findings> other : others) {
			try {
				parts.add(other.join());
			}
			catch (RuntimeException e) {
				failure = failure == null ? e : failure;
			}
		}
		if (failure != null) {
			throw failure;
		}
		return parts;
	}

	/** How many learners are checked together, rule by rule (see {@link #checkLearners}). */
	private static final int LEARNERS_TOGETHER = 64;

	/**
	 * Checks learners a few at a time, each rule over all of them before the next rule, rather than every rule on
	 * one learner before the next learner: with several hundred rules, each its own class, calling them in turn
	 * for every learner kept none of them in the processor's caches and made every call unpredictable. The order
	 * of findings does not depend on it: they are sorted by learner, aim and rule afterwards.
	 */
	private static Findings checkLearners(List<Learner> learners, int from, int to, Rule.LearnerRule[] rules,
			RuleContext context, ValidationOptions options, java.util.concurrent.atomic.AtomicLong checked) {
		Findings out = new Findings();
		int[] selected = new int[LEARNERS_TOGETHER];
		for (int start = from; start < to; start += LEARNERS_TOGETHER) {
			Cancellation.check();
			int count = 0;
			for (int i = start; i < Math.min(to, start + LEARNERS_TOGETHER); i++) {
				options.progress().update(checked.incrementAndGet(), learners.size());
				if (options.selectsLearner(learners.get(i).learnRefNumber())) {
					selected[count++] = i;
				}
			}
			out.learnersChecked += count;
			for (Rule.LearnerRule rule : rules) {
				for (int k = 0; k < count; k++) {
					Learner learner = learners.get(selected[k]);
					out.at(selected[k]);
					try {
						rule.check(learner, context, out);
					}
					catch (RuntimeException e) {
						// one rule that cannot cope with a learner must not stop the others: say so and go on
						Map<String, Object> fields = new LinkedHashMap<>();
						fields.put("Rule", rule.name());
						out.add(INTERNAL_INFO, learner, null, fields, "ilrsh could not check rule " + rule.name()
								+ " on this learner (" + e.getClass().getSimpleName() + "); please report it", 0);
					}
				}
			}
		}
		return out;
	}

	private void addProblems(List<LoadProblem> problems, List<Learner> learners, Findings out) {
		if (problems.isEmpty()) {
			return;
		}
		java.util.Set<String> reported = new java.util.HashSet<>();
		for (Findings.Placed placed : out.placed()) {
			Finding f = placed.finding();
			if (f.rule().startsWith("FD_") && !f.fields().isEmpty()) {
				reported.add(f.learnRefNumber() + "\u0000" + f.fields().keySet().iterator().next());
			}
		}
		Map<String, Integer> firstIndex = new HashMap<>();
		for (int i = 0; i < learners.size(); i++) {
			firstIndex.putIfAbsent(learners.get(i).learnRefNumber(), i);
		}
		for (LoadProblem p : problems) {
			if (coveredByFieldDefinitionRule(p) && reported.contains(p.learnRefNumber() + "\u0000" + p.element())) {
				continue;
			}
			Integer index = p.learnRefNumber() == null ? null : firstIndex.get(p.learnRefNumber());
			Learner learner = index == null ? null : learners.get(index);
			LearningDelivery aim = null;
			int aimIndex = -1;
			if (learner != null && p.path() != null) {
				Matcher m = AIM_IN_PATH.matcher(p.path());
				if (m.find()) {
					int n = Integer.parseInt(m.group(1)) - 1;
					if (n >= 0 && n < learner.learningDelivery().size()) {
						aim = learner.learningDelivery().get(n);
						aimIndex = n;
					}
				}
			}
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("Kind", p.kind().name());
			if (p.path() != null) {
				fields.put("Path", p.path());
			}
			// a record given twice where the schema allows one (LearnerHE, LearningDeliveryHE) is what its FD
			// occurrence rule is about; the model keeps only the first, so the reader is the one to see it
			RuleInfo rule = (p.kind() == LoadProblem.Kind.REPEATED || p.kind() == LoadProblem.Kind.OCCURRENCES)
					&& p.element() != null ? registry.find("FD_" + p.element() + "_EO").orElse(SCHEMA_INFO) : SCHEMA_INFO;
			Finding f = new Finding(rule.name(), rule.severity(), p.learnRefNumber(),
					learner == null ? null : learner.uln(), aim == null ? null : aim.aimSeqNumber(),
					aim == null ? null : aim.learnAimRef(), aim == null ? null : aim.swSupAimId(),
					aim == null ? null : aim.fundModel(), fields, p.message(), p.line());
			out.addPlaced(f, index == null ? -1 : index, aimIndex);
		}
	}

	/**
	 * A missing or out-of-limits value, or a wrong number of records, that an FD rule has reported on the same
	 * learner and element is not reported twice.
	 */
	private boolean coveredByFieldDefinitionRule(LoadProblem p) {
		if (p.element() == null) {
			return false;
		}
		String e = p.element();
		return switch (p.kind()) {
			case MISSING -> registry.has("FD_" + e + "_MA");
			case INVALID_VALUE, BAD_VALUE -> registry.has("FD_" + e + "_AL") || registry.has("FD_" + e + "_AP")
					|| registry.has("FD_" + e + "_AR");
			case OCCURRENCES -> registry.has("FD_" + e + "_EO");
			default -> false;
		};
	}
}

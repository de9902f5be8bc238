package dev.ilrsh.restructure;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import dev.ilrsh.rules.Finding;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.rules.ValidationReport;
import dev.ilrsh.rules.Validator;
import dev.ilrsh.xml.LoadProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Merges split learners and proves the result: validates the file before and after, and sorts each person's
 * findings into those the merge removes (gone), those the records already had and the merged learner still has
 * (carried), and those the merge creates (added). A merge that adds errors is refused unless forced; carried
 * findings never block it.
 */
public final class Restructurer {

	private Restructurer() {
	}

	/**
	 * The findings one merge (or the rest of the file) changes.
	 *
	 * @param gone findings of the records that the merged learner no longer has
	 * @param carried findings of the merged learner that its records already had
	 * @param added findings of the merged learner that none of its records had
	 */
	public record FindingChanges(List<Finding> gone, List<Finding> carried, List<Finding> added) {

		public FindingChanges {
			gone = List.copyOf(gone);
			carried = List.copyOf(carried);
			added = List.copyOf(added);
		}
	}

	/**
	 * What a restructure did, or would do.
	 *
	 * @param result the merged message and each merged learner
	 * @param merges the findings each merge changes, in the order of {@code result.merged()}
	 * @param elsewhere findings of learners not merged that changed all the same (none are expected; carried is
	 *     left empty)
	 * @param refusals why the merge should not be written (errors it adds, schema limits), empty when it may
	 */
	public record Outcome(Merger.Result result, ValidationReport before, ValidationReport after,
			List<FindingChanges> merges, FindingChanges elsewhere, List<String> refusals) {

		public boolean refused() {
			return !refusals.isEmpty();
		}

		public List<Finding> gone() {
			return all(FindingChanges::gone);
		}

		public List<Finding> carried() {
			return all(FindingChanges::carried);
		}

		public List<Finding> added() {
			return all(FindingChanges::added);
		}

		private List<Finding> all(Function<FindingChanges, List<Finding>> part) {
			List<Finding> all = new ArrayList<>();
			merges.forEach(m -> all.addAll(part.apply(m)));
			all.addAll(part.apply(elsewhere));
			return all;
		}
	}

	public static Outcome run(Message message, List<LoadProblem> problems, Path file, List<MergePlan> plans,
			ValidationOptions options) {
		ValidationReport before = Validator.validate(message, problems, file, options);
		return run(message, problems, before, file, plans, options);
	}

	/**
	 * As {@link #run(Message, List, Path, List, ValidationOptions)}, reusing a report of the message as it is.
	 *
	 * @param problems the load problems {@code before} was made with (the merged file still has those of the data
	 *     it keeps)
	 */
	public static Outcome run(Message message, List<LoadProblem> problems, ValidationReport before, Path file,
			List<MergePlan> plans, ValidationOptions options) {
		Merger.Result result = Merger.apply(message, plans);
		ValidationReport after = Validator.validate(result.message(), ProblemsAfterMerge.of(problems, result), file,
				options);
		List<Merger.Merged> merged = result.merged();
		Map<String, Integer> beforeOwner = new HashMap<>();
		Map<String, Integer> afterOwner = new HashMap<>();
		for (int m = 0; m < merged.size(); m++) {
			for (Learner record : merged.get(m).before()) {
				beforeOwner.put(record.learnRefNumber(), m);
			}
			afterOwner.put(merged.get(m).after().learnRefNumber(), m);
		}
		List<List<Finding>> beforeOf = split(before.findings(), beforeOwner, merged.size());
		List<List<Finding>> afterOf = split(after.findings(), afterOwner, merged.size());
		List<FindingChanges> merges = new ArrayList<>();
		for (int m = 0; m < merged.size(); m++) {
			Cancellation.check();
			Merger.Merged one = merged.get(m);
			merges.add(compare(beforeOf.get(m), f -> FindingSubject.of(f, recordOf(f, one.before())), afterOf.get(m),
					f -> FindingSubject.of(f, one.after())));
		}
		FindingChanges elsewhere = compare(beforeOf.get(merged.size()), f -> f, afterOf.get(merged.size()), f -> f);
		elsewhere = new FindingChanges(elsewhere.gone(), List.of(), elsewhere.added());

		List<String> refusals = new ArrayList<>();
		for (int m = 0; m <= merged.size(); m++) {
			List<Finding> added = m < merged.size() ? merges.get(m).added() : elsewhere.added();
			for (Finding f : added) {
				if (f.isError()) {
					refusals.add(f.rule() + " on " + f.learnRefNumber() + (f.aimSeqNumber() == null ? ""
							: " aim " + f.aimSeqNumber()) + ": " + f.message());
				}
			}
		}
		merged.forEach(m -> refusals.addAll(m.limits()));
		return new Outcome(result, before, after, merges, elsewhere, refusals);
	}

	/** Findings by the merge whose learner they are on; the last list holds the findings of everyone else. */
	private static List<List<Finding>> split(List<Finding> findings, Map<String, Integer> owner, int merges) {
		List<List<Finding>> parts = new ArrayList<>();
		for (int i = 0; i <= merges; i++) {
			parts.add(new ArrayList<>());
		}
		for (Finding f : findings) {
			Cancellation.check();
			Integer m = f.learnRefNumber() == null ? null : owner.get(f.learnRefNumber());
			parts.get(m == null ? merges : m).add(f);
		}
		return parts;
	}

	/**
	 * The record a finding was raised on: the one with its reference, and where several share it, the one holding
	 * the entity on the finding's line, or else an aim with its AimSeqNumber.
	 */
	private static Learner recordOf(Finding finding, List<Learner> records) {
		List<Learner> same = records.stream()
			.filter(r -> java.util.Objects.equals(r.learnRefNumber(), finding.learnRefNumber()))
			.toList();
		if (same.size() == 1) {
			return same.get(0);
		}
		for (Learner r : same) {
			if (FindingSubject.holdsLine(r, finding.line())) {
				return r;
			}
		}
		for (Learner r : same) {
			if (r.learningDelivery().stream().anyMatch(d -> java.util.Objects.equals(d.aimSeqNumber(),
					finding.aimSeqNumber()))) {
				return r;
			}
		}
		return same.isEmpty() ? records.get(0) : same.get(0);
	}

	/**
	 * Pairs findings by subject: each finding after the merge is carried when one of the same subject is left
	 * before it, added when none is; the findings before that nothing paired are gone. Order is kept.
	 */
	private static <K> FindingChanges compare(List<Finding> before, Function<Finding, K> beforeKey, List<Finding> after,
			Function<Finding, K> afterKey) {
		Map<K, List<Finding>> unpaired = new LinkedHashMap<>();
		for (Finding f : before) {
			unpaired.computeIfAbsent(beforeKey.apply(f), k -> new ArrayList<>()).add(f);
		}
		List<Finding> carried = new ArrayList<>();
		List<Finding> added = new ArrayList<>();
		for (Finding f : after) {
			List<Finding> same = unpaired.get(afterKey.apply(f));
			if (same != null && !same.isEmpty()) {
				same.remove(0);
				carried.add(f);
			}
			else {
				added.add(f);
			}
		}
		List<Finding> gone = new ArrayList<>();
		java.util.Set<Finding> left = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		unpaired.values().forEach(left::addAll);
		before.stream().filter(left::contains).forEach(gone::add);
		return new FindingChanges(gone, carried, added);
	}
}

package dev.ilrsh.restructure;

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

/**
 * Merges split learners and proves the result: validates the file before and after, and says which findings went
 * away and which (if any) the merge added. A merge that adds errors is refused unless forced.
 */
public final class Restructurer {

	private Restructurer() {
	}

	/**
	 * What a restructure did, or would do.
	 *
	 * @param result the merged message and each merged learner
	 * @param gone findings of the original file that the merge removed
	 * @param added findings the merged file has that the original did not
	 * @param refusals why the merge should not be written (errors it adds), empty when it may
	 */
	public record Outcome(Merger.Result result, ValidationReport before, ValidationReport after, List<Finding> gone,
			List<Finding> added, List<String> refusals) {

		public boolean refused() {
			return !refusals.isEmpty();
		}
	}

	public static Outcome run(Message message, List<LoadProblem> problems, Path file, List<MergePlan> plans,
			ValidationOptions options) {
		ValidationReport before = Validator.validate(message, problems, file, options);
		return run(message, before, file, plans, options);
	}

	/** As {@link #run(Message, List, Path, List, ValidationOptions)}, reusing a report of the message as it is. */
	public static Outcome run(Message message, ValidationReport before, Path file, List<MergePlan> plans,
			ValidationOptions options) {
		Merger.Result result = Merger.apply(message, plans);
		ValidationReport after = Validator.validate(result.message(), List.of(), file, options);
		Map<String, String> keptRefs = keptReferences(result);
		Map<String, List<Finding>> beforeByKey = byKey(before.findings(), keptRefs);
		Map<String, List<Finding>> afterByKey = byKey(after.findings(), keptRefs);
		List<Finding> gone = difference(beforeByKey, afterByKey);
		List<Finding> added = difference(afterByKey, beforeByKey);
		List<String> refusals = new ArrayList<>();
		for (Finding f : added) {
			if (f.isError()) {
				refusals.add(f.rule() + " on " + f.learnRefNumber() + (f.aimSeqNumber() == null ? "" : " aim "
						+ f.aimSeqNumber()) + ": " + f.message());
			}
		}
		for (Merger.Merged m : result.merged()) {
			m.notes().stream().filter(n -> n.contains("at most")).forEach(refusals::add);
		}
		return new Outcome(result, before, after, gone, added, refusals);
	}

	/**
	 * Each merged record's reference to the reference it has after the merge. References identify records safely
	 * here: records sharing a reference are always merged together.
	 */
	private static Map<String, String> keptReferences(Merger.Result result) {
		Map<String, String> refs = new HashMap<>();
		for (Merger.Merged m : result.merged()) {
			for (Learner record : m.before()) {
				refs.put(record.learnRefNumber(), m.after().learnRefNumber());
			}
		}
		return refs;
	}

	/**
	 * Findings by what they are about: rule, learner (as known after the merge) and, for aim findings, the aim's
	 * line (aims keep their lines through a merge while their numbers change).
	 */
	private static Map<String, List<Finding>> byKey(List<Finding> findings, Map<String, String> keptRefs) {
		Map<String, List<Finding>> map = new LinkedHashMap<>();
		for (Finding f : findings) {
			String ref = keptRefs.getOrDefault(f.learnRefNumber(), f.learnRefNumber());
			String where = f.aimSeqNumber() == null ? "learner" : "aim@" + f.line();
			map.computeIfAbsent(f.rule() + "|" + ref + "|" + where, k -> new ArrayList<>()).add(f);
		}
		return map;
	}

	/** The findings of {@code a} beyond those of {@code b}, key by key. */
	private static List<Finding> difference(Map<String, List<Finding>> a, Map<String, List<Finding>> b) {
		List<Finding> extra = new ArrayList<>();
		a.forEach((key, list) -> {
			int matched = b.getOrDefault(key, List.of()).size();
			if (list.size() > matched) {
				extra.addAll(list.subList(matched, list.size()));
			}
		});
		return extra;
	}
}

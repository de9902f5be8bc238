package dev.ilrsh.diff;

import dev.ilrsh.model.Learner;
import dev.ilrsh.render.Table;
import dev.ilrsh.rules.Finding;
import dev.ilrsh.rules.ValidationReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The findings of two returns side by side: fixed (in the old file only), new (in the new file only) and still
 * present. A finding is the same in both files when it is of the same rule on the same learner and the same aim, as
 * the comparison matched them, whatever its message says (the values in it may have changed).
 *
 * @param fixed findings of the old file that the new one no longer has
 * @param found findings of the new file that the old one did not have
 * @param rules for each rule with findings in either file, its counts
 */
public record FindingsDiff(List<Finding> fixed, List<Finding> found, Map<String, RuleCounts> rules) {

	/** One rule's findings in the two files. */
	public record RuleCounts(String severity, int older, int newer, int fixed, int found) {

		public int stillPresent() {
			return older - fixed;
		}
	}

	public FindingsDiff {
		fixed = List.copyOf(fixed);
		found = List.copyOf(found);
		rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
	}

	public static FindingsDiff compare(ReturnDiff diff, ValidationReport older, ValidationReport newer) {
		Keys keys = new Keys(diff);
		Map<String, List<Finding>> before = byKey(older.findings(), f -> keys.key(f, true));
		Map<String, List<Finding>> after = byKey(newer.findings(), f -> keys.key(f, false));
		List<Finding> fixed = difference(before, after);
		List<Finding> found = difference(after, before);
		Map<String, int[]> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		Map<String, String> severity = new HashMap<>();
		older.findings().forEach(f -> count(counts, severity, f, 0));
		newer.findings().forEach(f -> count(counts, severity, f, 1));
		fixed.forEach(f -> count(counts, severity, f, 2));
		found.forEach(f -> count(counts, severity, f, 3));
		Map<String, RuleCounts> rules = new LinkedHashMap<>();
		counts.forEach((rule, c) -> rules.put(rule, new RuleCounts(severity.get(rule), c[0], c[1], c[2], c[3])));
		return new FindingsDiff(fixed, found, rules);
	}

	public boolean isSame() {
		return fixed.isEmpty() && found.isEmpty();
	}

	public int stillPresent() {
		return rules.values().stream().mapToInt(RuleCounts::stillPresent).sum();
	}

	/** One row per rule: findings in each file, fixed, new and still present. */
	public Table byRule() {
		Table.Builder t = Table.builder("rule", "severity", "old", "new", "fixed", "new findings", "still present");
		rules.forEach((rule, c) -> t.row(rule, c.severity(), c.older(), c.newer(), c.fixed(), c.found(),
				c.stillPresent()));
		return t.build();
	}

	/** The fixed findings and the new ones, as change rows (rule in the field column, message as the value). */
	public List<Change> changes() {
		List<Change> rows = new ArrayList<>(fixed.size() + found.size());
		for (Finding f : fixed) {
			rows.add(new Change(Change.Kind.FIXED, "Finding", f.learnRefNumber(), f.uln(), f.aimSeqNumber(),
					f.learnAimRef(), f.rule(), f.message(), null, f.fieldText().isEmpty() ? null : f.fieldText()));
		}
		for (Finding f : found) {
			rows.add(new Change(Change.Kind.FOUND, "Finding", f.learnRefNumber(), f.uln(), f.aimSeqNumber(),
					f.learnAimRef(), f.rule(), null, f.message(), f.fieldText().isEmpty() ? null : f.fieldText()));
		}
		return rows;
	}

	private static void count(Map<String, int[]> counts, Map<String, String> severity, Finding f, int column) {
		counts.computeIfAbsent(f.rule(), r -> new int[4])[column]++;
		severity.putIfAbsent(f.rule(), f.severity().label().toLowerCase(Locale.ROOT));
	}

	private static Map<String, List<Finding>> byKey(List<Finding> findings,
			Function<Finding, String> key) {
		Map<String, List<Finding>> map = new LinkedHashMap<>();
		for (Finding f : findings) {
			map.computeIfAbsent(key.apply(f), k -> new ArrayList<>(1)).add(f);
		}
		return map;
	}

	/** The findings of {@code a} beyond those of {@code b}, key by key, in {@code a}'s order. */
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

	/** What a finding is about, in terms both files share: its rule, the matched learner and the matched aim. */
	private static final class Keys {

		private final ReturnDiff diff;
		private final Map<String, Integer> oldByRef;
		private final Map<String, Integer> newByRef;
		private final Map<Integer, LearnerDiff> changedByOld = new HashMap<>();
		private final Map<Integer, LearnerDiff> changedByNew = new HashMap<>();

		Keys(ReturnDiff diff) {
			this.diff = diff;
			oldByRef = byRef(diff.older().learners());
			newByRef = byRef(diff.newer().learners());
			for (LearnerDiff d : diff.changed()) {
				changedByOld.put(d.oldIndex(), d);
				changedByNew.put(d.newIndex(), d);
			}
		}

		String key(Finding f, boolean old) {
			String ref = f.learnRefNumber() == null ? null : Values.spaced(f.learnRefNumber());
			Integer index = ref == null ? null : (old ? oldByRef : newByRef).get(ref.toUpperCase(Locale.ROOT));
			if (index == null) {
				return f.rule() + "|file|" + (ref == null ? "" : ref);
			}
			int partner = old ? diff.match().newOfOld()[index] : diff.match().oldOfNew()[index];
			String learner = partner < 0 ? (old ? "o" : "n") + index : "L" + (old ? partner : index);
			return f.rule() + "|" + learner + "|" + aim(f.aimSeqNumber(), old, index, partner);
		}

		private String aim(Integer number, boolean old, int index, int partner) {
			if (number == null) {
				return "-";
			}
			if (partner < 0) {
				return "x" + number;
			}
			LearnerDiff d = (old ? changedByOld : changedByNew).get(index);
			if (d == null) {
				return "A" + number;
			}
			if (old) {
				Integer now = d.aimNumbers().get(number);
				return now == null ? "o" + number : "A" + now;
			}
			return d.aimNumbers().containsValue(number) ? "A" + number : "n" + number;
		}

		private static Map<String, Integer> byRef(List<Learner> learners) {
			Map<String, Integer> map = new HashMap<>(learners.size() * 2);
			for (int i = 0; i < learners.size(); i++) {
				String ref = LearnerMatch.reference(learners.get(i));
				if (ref != null) {
					map.putIfAbsent(ref, i);
				}
			}
			return map;
		}
	}
}

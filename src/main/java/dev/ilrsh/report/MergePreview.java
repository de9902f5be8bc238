package dev.ilrsh.report;

import dev.ilrsh.model.Learner;
import dev.ilrsh.programme.Programmes;
import dev.ilrsh.programme.Timeline;
import dev.ilrsh.render.Format;
import dev.ilrsh.render.Table;
import dev.ilrsh.render.TableRenderer;
import dev.ilrsh.restructure.MergePlan;
import dev.ilrsh.restructure.MergePlan.AimMove;
import dev.ilrsh.restructure.MergePlan.Conflict;
import dev.ilrsh.restructure.MergePlan.Difference;
import dev.ilrsh.restructure.Merger;
import dev.ilrsh.restructure.Restructurer.FindingChanges;
import dev.ilrsh.rules.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a merge will do, for a person to check before it is applied: before and after, timeline, edits, every
 * conflict side by side with the version kept and how to keep another, and the findings it makes go, carries and
 * adds.
 */
public final class MergePreview {

	private MergePreview() {
	}

	public static String text(Merger.Merged merged, FindingChanges findings, LocalDate referenceDate) {
		MergePlan plan = merged.plan();
		StringBuilder b = new StringBuilder();
		b.append("Merge ").append(plan.records().size()).append(" records into ").append(plan.keepLearnRefNumber())
			.append(" (ULN ").append(merged.after().uln()).append(")\n\nBefore\n");
		for (Learner record : merged.before()) {
			b.append(indent(LearnerTree.render(record, referenceDate, a -> "")));
		}
		Map<Integer, AimMove> byNewNumber = new HashMap<>();
		plan.aims().forEach(m -> byNewNumber.put(m.newAimSeqNumber(), m));
		b.append("\nAfter\n").append(indent(LearnerTree.render(merged.after(), referenceDate, aim -> {
			AimMove move = byNewNumber.get(aim.aimSeqNumber());
			if (move == null || move.record() == 0 && Objects.equals(move.oldAimSeqNumber(), move.newAimSeqNumber())) {
				return "";
			}
			return "was " + plan.label(move.record()) + " aim " + move.oldAimSeqNumber();
		})));
		b.append("\nTimeline\n").append(indent(Timeline.render(Programmes.of(merged.after(), referenceDate),
				referenceDate, Timeline.DEFAULT_COLUMNS)));
		b.append("\nEdits\n");
		List<String> notes = new ArrayList<>(plan.notes());
		notes.addAll(merged.notes());
		for (String note : notes) {
			b.append("  - ").append(note).append('\n');
		}
		for (AimMove m : plan.aims()) {
			if (m.record() != 0 || !Objects.equals(m.oldAimSeqNumber(), m.newAimSeqNumber())) {
				b.append("  - ").append(plan.label(m.record())).append(" aim ").append(m.oldAimSeqNumber()).append(" (")
					.append(m.learnAimRef()).append(", starts ").append(m.learnStartDate()).append(") becomes aim ")
					.append(m.newAimSeqNumber()).append('\n');
			}
		}
		for (int r = 1; r < plan.records().size(); r++) {
			b.append("  - the record ").append(plan.label(r)).append(" (line ").append(plan.records().get(r).line())
				.append(") goes: everything on it is now on ").append(plan.keepLearnRefNumber()).append('\n');
		}
		b.append('\n').append(conflicts(plan)).append('\n').append(findings(findings));
		return b.toString();
	}

	/** Every conflict side by side, the version kept marked, and the --take that keeps each other version. */
	public static String conflicts(MergePlan plan) {
		if (plan.conflicts().isEmpty()) {
			return "Conflicts: none\n";
		}
		StringBuilder b = new StringBuilder("Conflicts: the records disagree; the merged record keeps one version of each\n");
		for (Conflict c : plan.conflicts()) {
			b.append("\n  ").append(c.about()).append('\n');
			List<String> columns = new ArrayList<>();
			columns.add("");
			for (int r = 0; r < plan.records().size(); r++) {
				columns.add(plan.label(r) + (r == c.chosen() ? " (kept)" : ""));
			}
			Table.Builder t = Table.builder(columns);
			for (Difference d : c.differences()) {
				List<Object> row = new ArrayList<>();
				row.add(d.element());
				d.values().forEach(v -> row.add(v.isEmpty() ? "(none)" : v));
				t.row(row.toArray());
			}
			b.append(indent(indent(TableRenderer.render(t.build(), Format.TABLE))));
			b.append("    kept ").append(plan.label(c.chosen())).append("'s")
				.append(c.taken() ? " (your choice)" : " (the newest record's)");
			List<String> others = new ArrayList<>();
			for (int r : c.offered()) {
				if (r != c.chosen()) {
					others.add("--take " + c.take() + "=" + plan.label(r));
				}
			}
			if (!others.isEmpty()) {
				// the --take goes on a line of its own, so that it can be copied and fits a narrow terminal
				b.append("; to keep ").append(others.size() == 1 ? "the other" : "another").append(" instead:\n      ")
					.append(String.join(" or ", others));
			}
			b.append('\n');
		}
		List<String> chosen = plan.conflicts().stream().filter(Conflict::taken)
			.map(c -> c.take() + "=" + plan.label(c.chosen())).toList();
		if (!chosen.isEmpty()) {
			b.append("\n  Your choices so far: --take ").append(String.join(",", chosen))
				.append(plan.conflicts().size() > chosen.size() ? " (add others after a comma)\n" : "\n");
		}
		else if (plan.conflicts().size() > 1) {
			b.append("\n  Several choices go in one --take, joined by commas: --take NAME=REF,NAME=REF\n");
		}
		return b.toString();
	}

	/** The findings a merge makes go, carries and adds, by rule with the learners they are on. */
	public static String findings(FindingChanges findings) {
		return "Findings gone:    " + byRule(findings.gone()) + "\nFindings carried: " + byRule(findings.carried())
				+ (findings.carried().isEmpty() ? "" : " (the records had these already; they do not stop the merge)")
				+ "\nFindings added:   " + byRule(findings.added()) + "\n";
	}

	/** {@code R59 x2 (APP001, APP002), R124 x1 (APP001)}, or none; past five learners, the rest are counted. */
	public static String byRule(List<Finding> list) {
		if (list.isEmpty()) {
			return "none";
		}
		Map<String, Set<String>> refs = new TreeMap<>();
		Map<String, Integer> counts = new TreeMap<>();
		for (Finding f : list) {
			refs.computeIfAbsent(f.rule(), k -> new TreeSet<>()).add(String.valueOf(f.learnRefNumber()));
			counts.merge(f.rule(), 1, Integer::sum);
		}
		return counts.entrySet().stream()
			.map(e -> e.getKey() + " x" + e.getValue() + " (" + some(refs.get(e.getKey())) + ")")
			.collect(Collectors.joining(", "));
	}

	/** How many learners are named before the rest are counted. */
	private static final int NAMED = 5;

	private static String some(Set<String> refs) {
		if (refs.size() <= NAMED) {
			return String.join(", ", refs);
		}
		return refs.stream().limit(NAMED).collect(Collectors.joining(", ")) + " and " + (refs.size() - NAMED)
				+ " more";
	}

	/** {@code R59 x2 R06 x2}: counts by rule, for a column. */
	public static String counts(List<Finding> list) {
		Map<String, Integer> counts = new TreeMap<>();
		list.forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
		return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
			.collect(Collectors.joining(" "));
	}

	private static String indent(String text) {
		StringBuilder b = new StringBuilder();
		text.lines().forEach(l -> b.append(l.isEmpty() ? "" : "  ").append(l).append('\n'));
		return b.toString();
	}
}

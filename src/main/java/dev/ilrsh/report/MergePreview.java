package dev.ilrsh.report;

import dev.ilrsh.model.Learner;
import dev.ilrsh.programme.Programmes;
import dev.ilrsh.programme.Timeline;
import dev.ilrsh.restructure.MergePlan;
import dev.ilrsh.restructure.MergePlan.AimMove;
import dev.ilrsh.restructure.MergePlan.FieldChoice;
import dev.ilrsh.restructure.Merger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a merge will do, for a person to check before it is applied: before and after, timeline, edits. */
public final class MergePreview {

	private MergePreview() {
	}

	public static String text(Merger.Merged merged, LocalDate referenceDate) {
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
			return "was " + plan.records().get(move.record()).learnRefNumber() + " aim " + move.oldAimSeqNumber();
		})));
		b.append("\nTimeline\n").append(indent(Timeline.render(Programmes.of(merged.after(), referenceDate),
				referenceDate, Timeline.DEFAULT_COLUMNS)));
		b.append("\nEdits\n");
		for (String note : merged.notes()) {
			b.append("  - ").append(note).append('\n');
		}
		for (AimMove m : plan.aims()) {
			if (m.record() != 0 || !Objects.equals(m.oldAimSeqNumber(), m.newAimSeqNumber())) {
				b.append("  - ").append(plan.records().get(m.record()).learnRefNumber()).append(" aim ")
					.append(m.oldAimSeqNumber()).append(" (").append(m.learnAimRef()).append(", starts ")
					.append(m.learnStartDate()).append(") becomes aim ").append(m.newAimSeqNumber()).append('\n');
			}
		}
		for (FieldChoice f : plan.fields()) {
			b.append("  - ").append(f.field()).append(" differs:");
			for (int i = 0; i < f.values().size(); i++) {
				b.append(' ').append(plan.records().get(i).learnRefNumber()).append(" '").append(f.values().get(i))
					.append('\'');
			}
			b.append("; takes ").append(plan.records().get(f.chosen()).learnRefNumber()).append("'s (choose with --take ")
				.append(f.field()).append("=REF)\n");
		}
		List<MergePlan.RecordRef> others = plan.records().subList(1, plan.records().size());
		for (MergePlan.RecordRef r : others) {
			b.append("  - the record ").append(r.learnRefNumber()).append(" (line ").append(r.line())
				.append(") goes: everything on it is now on ").append(plan.keepLearnRefNumber()).append('\n');
		}
		return b.toString();
	}

	private static String indent(String text) {
		StringBuilder b = new StringBuilder();
		text.lines().forEach(l -> b.append(l.isEmpty() ? "" : "  ").append(l).append('\n'));
		return b.toString();
	}
}

package dev.ilrsh.restructure;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.restructure.MergePlan.AimMove;
import dev.ilrsh.restructure.MergePlan.RecordRef;
import dev.ilrsh.restructure.SplitLearner.Located;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides how to merge one person's records: which reference to keep, the new aim order, and which version to keep
 * of everything the records disagree on.
 */
public final class MergePlanner {

	private MergePlanner() {
	}

	/**
	 * Plans the merge of {@code split}'s records.
	 *
	 * @param keep the record to keep (its reference, or {@code REF#n} when several share it), or null for the
	 *     record with the earliest start
	 * @param choices conflict name ({@link MergePlan.Conflict#take}, any case) to the record whose version to keep;
	 *     the others keep the newest record's version
	 * @throws IllegalArgumentException when {@code keep} or a choice names no record of the group, or a choice names
	 *     no conflict
	 */
	public static MergePlan plan(SplitLearner split, String keep, Map<String, String> choices) {
		List<Located> records = new ArrayList<>(split.records());
		records.sort(Comparator.comparing((Located r) -> earliestStart(r.learner()))
			.thenComparingInt(Located::position));
		if (keep != null) {
			List<RecordRef> inFileOrder = refs(split, split.records());
			int index = MergePlan.indexOf(inFileOrder, keep);
			if (index < 0) {
				throw new IllegalArgumentException("--keep " + keep + " " + notOneOf(keep, inFileOrder));
			}
			Located kept = split.records().get(index);
			records.remove(kept);
			records.add(0, kept);
		}
		List<RecordRef> refs = refs(split, records);
		List<Learner> learners = records.stream().map(Located::learner).toList();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < refs.size(); i++) {
			labels.add(MergePlan.label(refs, i));
		}
		// the conflicts as they are, to know the names the user may give in any case
		List<MergePlan.Conflict> found = Reconciler.reconcile(learners, labels, Map.of()).conflicts();
		Map<String, Integer> taken = taken(choices, refs, found);
		Reconciler.Result settled;
		try {
			settled = Reconciler.reconcile(learners, labels, taken);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("--take " + e.getMessage());
		}
		List<AimOrder.Sourced> aims = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			for (LearningDelivery aim : records.get(i).learner().learningDelivery()) {
				aims.add(new AimOrder.Sourced(i, aim));
			}
		}
		List<AimMove> moves = new ArrayList<>();
		int next = 1;
		for (AimOrder.Sourced s : AimOrder.order(records.get(0).learner(), aims)) {
			LearningDelivery a = s.aim();
			moves.add(new AimMove(s.record(), a.aimSeqNumber(), next++, a.learnAimRef(), a.aimType(), a.progType(),
					a.stdCode(), a.learnStartDate()));
		}
		List<String> notes = new ArrayList<>();
		notes.add("keeps learner reference " + refs.get(0).learnRefNumber() + " (" + (keep != null ? "chosen with --keep"
				: "the record with the earliest start") + ")");
		return new MergePlan(refs.get(0).learnRefNumber(), refs, moves, settled.conflicts(), notes);
	}

	private static List<RecordRef> refs(SplitLearner split, List<Located> records) {
		List<RecordRef> refs = new ArrayList<>();
		for (Located r : records) {
			refs.add(new RecordRef(r.learner().learnRefNumber(), r.learner().uln(), occurrence(split, r),
					r.position(), r.learner().extras().line()));
		}
		return refs;
	}

	/**
	 * The user's choices by conflict name, names matched in any case, records by label. A name that is part of the
	 * address, or names no conflict, is refused with the names to use.
	 */
	private static Map<String, Integer> taken(Map<String, String> choices, List<RecordRef> refs,
			List<MergePlan.Conflict> conflicts) {
		Map<String, Integer> taken = new LinkedHashMap<>();
		choices.forEach((typed, label) -> {
			String name = conflicts.stream()
				.map(MergePlan.Conflict::take)
				.filter(c -> c.equalsIgnoreCase(typed.strip()))
				.findFirst()
				.orElse(null);
			if (name == null && Reconciler.ADDRESS.stream().anyMatch(f -> f.equalsIgnoreCase(typed.strip()))) {
				throw new IllegalArgumentException("--take " + typed + ": " + typed.strip() + " is part of the address, "
						+ "which is taken whole: --take " + Reconciler.ADDRESS_NAME + "=" + label);
			}
			if (name == null) {
				throw new IllegalArgumentException("--take " + typed + ": the records do not differ on " + typed
						+ (conflicts.isEmpty() ? "" : "; they differ on " + conflicts.stream()
							.map(MergePlan.Conflict::take).collect(java.util.stream.Collectors.joining(", "))));
			}
			int index = MergePlan.indexOf(refs, label);
			if (index < 0) {
				throw new IllegalArgumentException("--take " + typed + "=" + label + ": " + label + " "
						+ notOneOf(label, refs));
			}
			taken.put(name, index);
		});
		return taken;
	}

	/** Why a label names no record: none has it, or several share it. */
	private static String notOneOf(String label, List<RecordRef> refs) {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < refs.size(); i++) {
			labels.add(MergePlan.label(refs, i));
		}
		List<String> sharing = labels.stream()
			.filter(l -> l.toUpperCase(Locale.ROOT).startsWith(label.strip().toUpperCase(Locale.ROOT) + "#"))
			.toList();
		if (!sharing.isEmpty()) {
			return "is the reference of " + sharing.size() + " records: name one of " + String.join(", ", sharing);
		}
		return "is not one of the records: " + String.join(", ", labels);
	}

	/** Which of the records with the same reference and ULN this one is, in file order. */
	private static int occurrence(SplitLearner split, Located record) {
		int n = 0;
		for (Located other : split.records()) {
			if (other.position() == record.position()) {
				return n;
			}
			if (Objects.equals(other.learner().learnRefNumber(), record.learner().learnRefNumber())
					&& Objects.equals(other.learner().uln(), record.learner().uln())) {
				n++;
			}
		}
		return n;
	}

	static LocalDate earliestStart(Learner learner) {
		return DerivedData.earliestStartDate(learner).orElse(LocalDate.MAX);
	}
}

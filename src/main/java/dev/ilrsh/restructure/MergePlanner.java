package dev.ilrsh.restructure;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Member;
import dev.ilrsh.render.TableRenderer;
import dev.ilrsh.restructure.MergePlan.AimMove;
import dev.ilrsh.restructure.MergePlan.FieldChoice;
import dev.ilrsh.restructure.MergePlan.RecordRef;
import dev.ilrsh.restructure.SplitLearner.Located;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Decides how to merge one person's records: which reference to keep, the new aim order, field choices. */
public final class MergePlanner {

	private MergePlanner() {
	}

	/**
	 * Plans the merge of {@code split}'s records.
	 *
	 * @param keep the learner reference to keep, or null for the record with the earliest start
	 * @param choices field name to the learner reference whose value to take, for fields that differ (others take
	 *     the most recent record's value)
	 * @throws IllegalArgumentException when {@code keep} or a choice names a reference not in the group
	 */
	public static MergePlan plan(SplitLearner split, String keep, Map<String, String> choices) {
		List<Located> records = new ArrayList<>(split.records());
		records.sort(Comparator.comparing((Located r) -> earliestStart(r.learner()))
			.thenComparingInt(Located::position));
		if (keep != null) {
			Located kept = records.stream()
				.filter(r -> keep.equalsIgnoreCase(r.learner().learnRefNumber()))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("--keep " + keep + " is not one of the records: "
						+ String.join(", ", split.learnRefNumbers())));
			records.remove(kept);
			records.add(0, kept);
		}
		List<RecordRef> refs = new ArrayList<>();
		for (Located r : records) {
			refs.add(new RecordRef(r.learner().learnRefNumber(), r.learner().uln(), occurrence(split, r),
					r.position(), r.learner().extras().line()));
		}
		int mostRecent = mostRecent(records);
		List<FieldChoice> fields = fieldChoices(records, mostRecent, choices);
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
		if (moves.size() > 98) {
			notes.add("the merged learner would have " + moves.size() + " aims; AimSeqNumber allows at most 98");
		}
		return new MergePlan(refs.get(0).learnRefNumber(), refs, moves, fields, notes);
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

	/** The record whose data is newest: the one whose earliest aim starts last. */
	static int mostRecent(List<Located> records) {
		int best = 0;
		for (int i = 1; i < records.size(); i++) {
			if (earliestStart(records.get(i).learner()).compareTo(earliestStart(records.get(best).learner())) >= 0) {
				best = i;
			}
		}
		return best;
	}

	private static List<FieldChoice> fieldChoices(List<Located> records, int mostRecent, Map<String, String> choices) {
		List<FieldChoice> fields = new ArrayList<>();
		for (Member m : IlrSchema.LEARNER.members()) {
			if (!(m instanceof FieldSpec field) || field.name().equals("LearnRefNumber")) {
				continue;
			}
			int index = IlrSchema.LEARNER.indexOf(field.name());
			List<String> values = new ArrayList<>();
			long distinct = records.stream()
				.map(r -> IlrSchema.LEARNER.get(r.learner(), index))
				.filter(Objects::nonNull)
				.distinct()
				.count();
			if (distinct <= 1) {
				continue;
			}
			for (Located r : records) {
				values.add(TableRenderer.plain(IlrSchema.LEARNER.get(r.learner(), index)));
			}
			int chosen = mostRecent;
			String wanted = choices.get(field.name());
			if (wanted != null) {
				chosen = indexOfRef(records, wanted, field.name());
			}
			fields.add(new FieldChoice(field.name(), values, chosen));
		}
		for (String name : choices.keySet()) {
			if (fields.stream().noneMatch(f -> f.field().equals(name))) {
				throw new IllegalArgumentException("--take " + name + ": the records do not differ on " + name);
			}
		}
		return fields;
	}

	private static int indexOfRef(List<Located> records, String ref, String field) {
		for (int i = 0; i < records.size(); i++) {
			if (ref.equalsIgnoreCase(records.get(i).learner().learnRefNumber())) {
				return i;
			}
		}
		throw new IllegalArgumentException("--take " + field + "=" + ref + ": " + ref + " is not one of the records");
	}

	static LocalDate earliestStart(Learner learner) {
		return DerivedData.earliestStartDate(learner).orElse(LocalDate.MAX);
	}
}

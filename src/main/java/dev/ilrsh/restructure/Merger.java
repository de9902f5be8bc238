package dev.ilrsh.restructure;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.UnknownElement;
import dev.ilrsh.model.XmlExtras;
import dev.ilrsh.restructure.MergePlan.AimMove;
import dev.ilrsh.restructure.MergePlan.RecordRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies merge plans to a message: each person's records become one learner record, at the place of the kept
 * record, carrying every learning aim unchanged but for its new AimSeqNumber, and of everything else the versions
 * the plan chose.
 */
public final class Merger {

	/** AimSeqNumber runs from 1 to 98. */
	private static final int MOST_AIMS = 98;

	private Merger() {
	}

	/** The message after the merges, each merged learner, and what the merges did. */
	public record Result(Message message, List<Merged> merged) {
	}

	/**
	 * One person: the records as they were, the learner they became, notes on what was dropped, and any schema
	 * limit the merged learner would break.
	 *
	 * @param plan the plan applied, its conflicts as found in the records with the plan's choices
	 * @param origins for each aim of the merged learner, in order, the aim of the records it was made from
	 */
	public record Merged(MergePlan plan, List<Learner> before, Learner after, List<LearningDelivery> origins,
			List<String> notes, List<String> limits) {
	}

	/**
	 * @throws IllegalArgumentException when a plan does not match the message (records, aims or conflicts not as the
	 *     plan found them)
	 */
	public static Result apply(Message message, List<MergePlan> plans) {
		List<Learner> learners = message.learners();
		Map<Integer, Learner> replacements = new HashMap<>();
		Set<Integer> removed = new HashSet<>();
		List<Merged> merged = new ArrayList<>();
		for (MergePlan plan : plans) {
			Cancellation.check();
			List<Integer> positions = locate(learners, plan);
			for (int p : positions) {
				if (replacements.containsKey(p) || removed.contains(p)) {
					throw new IllegalArgumentException("two plans merge the same record " + learners.get(p).learnRefNumber());
				}
			}
			List<Learner> records = positions.stream().map(learners::get).toList();
			Merged one = merge(plan, records);
			// the merged learner takes the place of whichever of its records came first in the file
			int first = positions.stream().min(Integer::compare).orElseThrow();
			replacements.put(first, one.after());
			positions.stream().filter(p -> p != first).forEach(removed::add);
			merged.add(one);
		}
		List<Learner> result = new ArrayList<>(learners.size() - removed.size());
		for (int i = 0; i < learners.size(); i++) {
			if (!removed.contains(i)) {
				result.add(replacements.getOrDefault(i, learners.get(i)));
			}
		}
		return new Result(message.withLearners(result), merged);
	}

	/** Finds each planned record by reference, ULN and occurrence, in the plan's order. */
	private static List<Integer> locate(List<Learner> learners, MergePlan plan) {
		List<Integer> positions = new ArrayList<>();
		for (RecordRef ref : plan.records()) {
			int seen = 0;
			int found = -1;
			for (int i = 0; i < learners.size() && found < 0; i++) {
				Learner l = learners.get(i);
				if (Objects.equals(l.learnRefNumber(), ref.learnRefNumber()) && Objects.equals(l.uln(), ref.uln())
						&& seen++ == ref.occurrence()) {
					found = i;
				}
			}
			if (found < 0) {
				throw new IllegalArgumentException("the plan names learner " + ref.learnRefNumber() + " (ULN "
						+ ref.uln() + ") which is not in this file");
			}
			if (positions.contains(found)) {
				throw new IllegalArgumentException("the plan names learner " + ref.learnRefNumber() + " twice");
			}
			positions.add(found);
		}
		return positions;
	}

	/** The merged learner: records are in the plan's order, the kept one first. */
	private static Merged merge(MergePlan plan, List<Learner> records) {
		Map<String, Integer> taken = new HashMap<>();
		plan.conflicts().forEach(c -> taken.put(c.take(), c.chosen()));
		Reconciler.Result settled;
		try {
			settled = Reconciler.reconcile(records, plan.labels(), taken);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("the plan for " + plan.keepLearnRefNumber() + " keeps " + e.getMessage());
		}
		List<MergePlan.Conflict> found = new ArrayList<>();
		for (MergePlan.Conflict c : settled.conflicts()) {
			plan.conflicts().stream()
				.filter(p -> p.sameDisagreement(c))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("the records of " + plan.keepLearnRefNumber()
						+ " differ on " + c.take() + " in a way the plan does not know; make the plan again"));
			found.add(c);
		}
		for (MergePlan.Conflict p : plan.conflicts()) {
			if (found.stream().noneMatch(c -> c.take().equals(p.take()))) {
				throw new IllegalArgumentException("the plan for " + plan.keepLearnRefNumber() + " settles " + p.take()
						+ ", but its records no longer differ there; make the plan again");
			}
		}
		EntitySpec spec = IlrSchema.LEARNER;
		Object[] values = settled.values();
		List<LearningDelivery> origins = deliveries(plan, records);
		values[spec.indexOf("LearningDelivery")] = renumbered(plan, origins);
		List<UnknownElement> unknown = new ArrayList<>();
		records.forEach(r -> unknown.addAll(r.extras().unknown()));
		values[spec.members().size()] = XmlExtras.of(records.get(0).extras().line(), settled.raw(), unknown,
				records.get(0).extras().attributes());
		List<String> limits = new ArrayList<>(settled.limits());
		if (plan.aims().size() > MOST_AIMS) {
			limits.add("the merged learner would have " + plan.aims().size() + " aims; AimSeqNumber allows at most "
					+ MOST_AIMS);
		}
		MergePlan applied = new MergePlan(plan.keepLearnRefNumber(), plan.records(), plan.aims(), found, plan.notes());
		return new Merged(applied, records, (Learner) spec.create(values), origins, settled.notes(), limits);
	}

	private static List<LearningDelivery> renumbered(MergePlan plan, List<LearningDelivery> origins) {
		List<LearningDelivery> result = new ArrayList<>();
		for (int i = 0; i < origins.size(); i++) {
			LearningDelivery aim = origins.get(i);
			int number = plan.aims().get(i).newAimSeqNumber();
			result.add(Objects.equals(aim.aimSeqNumber(), number) ? aim : aim.withAimSeqNumber(number));
		}
		return result;
	}

	/** The records' aims in the plan's order, each found by its record, old AimSeqNumber, reference and start. */
	private static List<LearningDelivery> deliveries(MergePlan plan, List<Learner> records) {
		List<LearningDelivery> result = new ArrayList<>();
		Map<Integer, List<LearningDelivery>> unused = new HashMap<>();
		for (int r = 0; r < records.size(); r++) {
			unused.put(r, new ArrayList<>(records.get(r).learningDelivery()));
		}
		for (AimMove move : plan.aims()) {
			if (move.record() < 0 || move.record() >= records.size()) {
				throw new IllegalArgumentException("the plan for " + plan.keepLearnRefNumber() + " moves an aim from record "
						+ move.record() + ", but it merges " + records.size() + " records");
			}
			List<LearningDelivery> pool = unused.get(move.record());
			LearningDelivery aim = pool == null ? null : pool.stream()
				.filter(a -> Objects.equals(a.aimSeqNumber(), move.oldAimSeqNumber())
						&& Objects.equals(a.learnAimRef(), move.learnAimRef())
						&& Objects.equals(a.learnStartDate(), move.learnStartDate()))
				.findFirst()
				.orElse(null);
			if (aim == null) {
				throw new IllegalArgumentException("the plan moves aim " + move.oldAimSeqNumber() + " ("
						+ move.learnAimRef() + ") of " + plan.records().get(move.record()).learnRefNumber()
						+ ", which is not in this file");
			}
			pool.remove(aim);
			result.add(aim);
		}
		unused.forEach((r, left) -> {
			if (!left.isEmpty()) {
				throw new IllegalArgumentException("the plan leaves out " + left.size() + " aim(s) of "
						+ plan.records().get(r).learnRefNumber() + "; make the plan again");
			}
		});
		return result;
	}
}

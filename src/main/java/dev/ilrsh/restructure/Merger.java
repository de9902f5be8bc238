package dev.ilrsh.restructure;

import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearnerFAM;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LLDDandHealthProblem;
import dev.ilrsh.model.Member;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.PriorAttain;
import dev.ilrsh.model.ProviderSpecLearnerMonitoring;
import dev.ilrsh.model.UnknownElement;
import dev.ilrsh.model.XmlExtras;
import dev.ilrsh.restructure.MergePlan.AimMove;
import dev.ilrsh.restructure.MergePlan.FieldChoice;
import dev.ilrsh.restructure.MergePlan.RecordRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies merge plans to a message: each person's records become one learner record, at the place of the kept
 * record, carrying every learning aim unchanged but for its new AimSeqNumber.
 */
public final class Merger {

	/** LearnerFAM types that may occur once per learner; the others have their own limits. */
	private static final Map<String, Integer> LEARNER_FAM_LIMITS = Map.of("LSR", 4, "NLM", 2, "EDF", 2);

	private Merger() {
	}

	/** The message after the merges, each merged learner, and what the merges did. */
	public record Result(Message message, List<Merged> merged) {
	}

	/** One person: the records as they were, the learner they became, and notes on what was settled. */
	public record Merged(MergePlan plan, List<Learner> before, Learner after, List<String> notes) {
	}

	/**
	 * @throws IllegalArgumentException when a plan does not match the message (records or aims not found)
	 */
	public static Result apply(Message message, List<MergePlan> plans) {
		List<Learner> learners = message.learners();
		Map<Integer, Learner> replacements = new HashMap<>();
		Set<Integer> removed = new HashSet<>();
		List<Merged> merged = new ArrayList<>();
		for (MergePlan plan : plans) {
			List<Integer> positions = locate(learners, plan);
			for (int p : positions) {
				if (replacements.containsKey(p) || removed.contains(p)) {
					throw new IllegalArgumentException("two plans merge the same record " + learners.get(p).learnRefNumber());
				}
			}
			List<Learner> records = positions.stream().map(learners::get).toList();
			List<String> notes = new ArrayList<>(plan.notes());
			Learner after = merge(plan, records, notes);
			// the merged learner takes the place of whichever of its records came first in the file
			int first = positions.stream().min(Integer::compare).orElseThrow();
			replacements.put(first, after);
			positions.stream().filter(p -> p != first).forEach(removed::add);
			merged.add(new Merged(plan, records, after, notes));
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
			positions.add(found);
		}
		return positions;
	}

	/** The merged learner: records are in the plan's order, the kept one first. */
	private static Learner merge(MergePlan plan, List<Learner> records, List<String> notes) {
		EntitySpec spec = IlrSchema.LEARNER;
		Object[] values = spec.values(records.get(0));
		Map<String, String> raw = new HashMap<>(records.get(0).extras().rawValues());
		Map<String, FieldChoice> choices = new HashMap<>();
		plan.fields().forEach(f -> choices.put(f.field(), f));
		List<Member> members = spec.members();
		for (int i = 0; i < members.size(); i++) {
			if (!(members.get(i) instanceof FieldSpec field) || field.name().equals("LearnRefNumber")) {
				continue;
			}
			int from = source(records, i, choices.get(field.name()));
			values[i] = spec.get(records.get(from), i);
			raw.remove(field.name());
			String text = records.get(from).extras().rawValues().get(field.name());
			if (text != null) {
				raw.put(field.name(), text);
			}
		}
		int recent = mostRecentIndex(plan);
		values[spec.indexOf("PriorAttain")] = union(records, Learner::priorAttain,
				Comparator.comparing(PriorAttain::dateLevelApp, Comparator.nullsLast(Comparator.naturalOrder())));
		values[spec.indexOf("LLDDandHealthProblem")] = keyed(records, recent, Learner::llddAndHealthProblem,
				p -> String.valueOf(p.llddCat()), "LLDDandHealthProblem", notes);
		values[spec.indexOf("LearnerFAM")] = learnerFams(records, recent, notes);
		values[spec.indexOf("ProviderSpecLearnerMonitoring")] = keyed(records, recent,
				Learner::providerSpecLearnerMonitoring, ProviderSpecLearnerMonitoring::provSpecLearnMonOccur,
				"ProviderSpecLearnerMonitoring", notes);
		values[spec.indexOf("LearnerEmploymentStatus")] = employment(records, recent, notes);
		values[spec.indexOf("LearnerHE")] = learnerHE(records, recent, notes);
		values[spec.indexOf("LearningDelivery")] = deliveries(plan, records);
		List<UnknownElement> unknown = new ArrayList<>();
		records.forEach(r -> unknown.addAll(r.extras().unknown()));
		values[members.size()] = new XmlExtras(records.get(0).extras().line(), raw, unknown,
				records.get(0).extras().attributes());
		return (Learner) spec.create(values);
	}

	private static int mostRecentIndex(MergePlan plan) {
		int best = 0;
		for (int i = 1; i < plan.records().size(); i++) {
			if (earliest(plan, i).compareTo(earliest(plan, best)) >= 0) {
				best = i;
			}
		}
		return best;
	}

	private static java.time.LocalDate earliest(MergePlan plan, int record) {
		return plan.aims()
			.stream()
			.filter(a -> a.record() == record && a.learnStartDate() != null)
			.map(AimMove::learnStartDate)
			.min(Comparator.naturalOrder())
			.orElse(java.time.LocalDate.MAX);
	}

	/** The record a field's value comes from: the chosen one where they differ, else the first that has it. */
	private static int source(List<Learner> records, int index, FieldChoice choice) {
		if (choice != null) {
			return choice.chosen();
		}
		for (int r = 0; r < records.size(); r++) {
			if (IlrSchema.LEARNER.get(records.get(r), index) != null) {
				return r;
			}
		}
		return 0;
	}

	private static <T extends IlrEntity> List<T> union(List<Learner> records, Function<Learner, List<T>> children,
			Comparator<T> order) {
		List<T> all = new ArrayList<>();
		for (Learner r : records) {
			for (T child : children.apply(r)) {
				if (all.stream().noneMatch(c -> Ilr.sameContent(c, child))) {
					all.add(child);
				}
			}
		}
		all.sort(order);
		return all;
	}

	/** Children unique by a key: the same key with other values is settled in favour of the most recent record. */
	private static <T extends IlrEntity> List<T> keyed(List<Learner> records, int recent,
			Function<Learner, List<T>> children, Function<T, String> key, String what, List<String> notes) {
		Map<String, T> byKey = new java.util.LinkedHashMap<>();
		for (int r = 0; r < records.size(); r++) {
			for (T child : children.apply(records.get(r))) {
				T existing = byKey.get(key.apply(child));
				if (existing == null) {
					byKey.put(key.apply(child), child);
				}
				else if (!Ilr.sameContent(existing, child)) {
					T kept = r == recent ? child : existing;
					byKey.put(key.apply(child), kept);
					notes.add(what + " " + key.apply(child) + " differs between the records; kept the one from "
							+ records.get(r == recent ? r : recent).learnRefNumber());
				}
			}
		}
		return new ArrayList<>(byKey.values());
	}

	private static List<LearnerFAM> learnerFams(List<Learner> records, int recent, List<String> notes) {
		List<LearnerFAM> all = union(records, Learner::learnerFAM, Comparator.comparing(LearnerFAM::learnFAMType,
				Comparator.nullsLast(Comparator.naturalOrder())));
		Map<String, List<LearnerFAM>> byType = new java.util.LinkedHashMap<>();
		all.forEach(f -> byType.computeIfAbsent(f.learnFAMType(), k -> new ArrayList<>()).add(f));
		List<LearnerFAM> result = new ArrayList<>();
		byType.forEach((type, fams) -> {
			int limit = LEARNER_FAM_LIMITS.getOrDefault(type, 1);
			if (fams.size() <= limit) {
				result.addAll(fams);
				return;
			}
			List<LearnerFAM> fromRecent = records.get(recent).learnerFAM().stream()
				.filter(f -> Objects.equals(f.learnFAMType(), type))
				.toList();
			List<LearnerFAM> kept = fromRecent.isEmpty() ? fams.subList(0, limit) : fromRecent;
			result.addAll(kept);
			notes.add("LearnerFAM " + type + " has " + fams.size() + " different codes across the records, more than the "
					+ limit + " allowed; kept " + kept.size() + " from " + (fromRecent.isEmpty()
							? records.get(0).learnRefNumber() : records.get(recent).learnRefNumber()));
		});
		if (result.size() > 17) {
			notes.add("the merged learner has " + result.size() + " LearnerFAM records; at most 17 are allowed");
		}
		return result;
	}

	private static List<LearnerEmploymentStatus> employment(List<Learner> records, int recent, List<String> notes) {
		List<LearnerEmploymentStatus> all = new ArrayList<>();
		int duplicates = 0;
		for (int r = 0; r < records.size(); r++) {
			for (LearnerEmploymentStatus status : records.get(r).learnerEmploymentStatus()) {
				if (all.stream().anyMatch(s -> Ilr.sameContent(s, status))) {
					duplicates++;
					continue;
				}
				LearnerEmploymentStatus sameDay = all.stream()
					.filter(s -> Objects.equals(s.dateEmpStatApp(), status.dateEmpStatApp()))
					.findFirst()
					.orElse(null);
				if (sameDay != null) {
					notes.add("two different employment statuses are dated " + status.dateEmpStatApp()
							+ "; kept the one from " + records.get(recent).learnRefNumber());
					if (r == recent) {
						all.remove(sameDay);
						all.add(status);
					}
					continue;
				}
				all.add(status);
			}
		}
		if (duplicates > 0) {
			notes.add("dropped " + duplicates + " employment status record" + (duplicates == 1 ? "" : "s")
					+ " that appeared on more than one record");
		}
		all.sort(Comparator.comparing(LearnerEmploymentStatus::dateEmpStatApp,
				Comparator.nullsLast(Comparator.naturalOrder())));
		return all;
	}

	private static dev.ilrsh.model.LearnerHE learnerHE(List<Learner> records, int recent, List<String> notes) {
		List<dev.ilrsh.model.LearnerHE> present = records.stream().map(Learner::learnerHE).filter(Objects::nonNull).toList();
		if (present.isEmpty()) {
			return null;
		}
		boolean allSame = present.stream().allMatch(h -> Ilr.sameContent(h, present.get(0)));
		if (allSame) {
			return present.get(0);
		}
		dev.ilrsh.model.LearnerHE fromRecent = records.get(recent).learnerHE();
		notes.add("LearnerHE differs between the records; kept the one from "
				+ (fromRecent != null ? records.get(recent).learnRefNumber() : "the first record that has one"));
		return fromRecent != null ? fromRecent : present.get(0);
	}

	private static List<LearningDelivery> deliveries(MergePlan plan, List<Learner> records) {
		List<LearningDelivery> result = new ArrayList<>();
		Map<Integer, List<LearningDelivery>> unused = new HashMap<>();
		for (int r = 0; r < records.size(); r++) {
			unused.put(r, new ArrayList<>(records.get(r).learningDelivery()));
		}
		for (AimMove move : plan.aims()) {
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
			result.add(Objects.equals(aim.aimSeqNumber(), move.newAimSeqNumber()) ? aim
					: aim.withAimSeqNumber(move.newAimSeqNumber()));
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

package dev.ilrsh.diff;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which learner record of the old file is which of the new. Records are matched by LearnRefNumber (compared as
 * R06 compares them: case and outer spaces aside); when several share one, a record with the same ULN is taken
 * first. Records left over are matched by ULN when exactly one on each side has it: the reference changed.
 *
 * @param newOfOld for each old record, the position of its match in the new file, or -1 (the learner left)
 * @param oldOfNew for each new record, the position of its match in the old file, or -1 (the learner joined)
 * @param byUln for each old record, whether it was matched by ULN because its reference changed
 */
public record LearnerMatch(int[] newOfOld, int[] oldOfNew, boolean[] byUln) {

	static LearnerMatch of(List<Learner> older, List<Learner> newer) {
		int[] newOfOld = new int[older.size()];
		int[] oldOfNew = new int[newer.size()];
		Arrays.fill(newOfOld, -1);
		Arrays.fill(oldOfNew, -1);
		boolean[] byUln = new boolean[older.size()];
		Map<String, ArrayDeque<Integer>> byRef = new HashMap<>(newer.size() * 2);
		for (int j = 0; j < newer.size(); j++) {
			String ref = reference(newer.get(j));
			if (ref != null) {
				byRef.computeIfAbsent(ref, k -> new ArrayDeque<>(1)).add(j);
			}
		}
		for (int i = 0; i < older.size(); i++) {
			String ref = reference(older.get(i));
			ArrayDeque<Integer> candidates = ref == null ? null : byRef.get(ref);
			if (candidates == null || candidates.isEmpty()) {
				continue;
			}
			Integer chosen = candidates.peek();
			if (candidates.size() > 1) {
				chosen = likeliest(older.get(i), candidates, newer);
			}
			candidates.remove(chosen);
			newOfOld[i] = chosen;
			oldOfNew[chosen] = i;
		}
		Map<Long, Integer> oldByUln = unmatchedByUln(older, newOfOld);
		Map<Long, Integer> newByUln = unmatchedByUln(newer, oldOfNew);
		for (Map.Entry<Long, Integer> e : oldByUln.entrySet()) {
			Integer j = newByUln.get(e.getKey());
			int i = e.getValue();
			if (i >= 0 && j != null && j >= 0) {
				newOfOld[i] = j;
				oldOfNew[j] = i;
				byUln[i] = true;
			}
		}
		return new LearnerMatch(newOfOld, oldOfNew, byUln);
	}

	/**
	 * Of several new records with one reference, the one most like {@code old}: the same throughout, else the one
	 * with its ULN and the most aims started on the same dates.
	 */
	private static Integer likeliest(Learner old, ArrayDeque<Integer> candidates, List<Learner> newer) {
		Integer best = null;
		int bestScore = -1;
		for (Integer j : candidates) {
			Learner l = newer.get(j);
			if (EntityComparer.same(IlrSchema.LEARNER, old, l)) {
				return j;
			}
			int score = Objects.equals(old.uln(), l.uln()) ? 1000 : 0;
			for (LearningDelivery a : old.learningDelivery()) {
				for (LearningDelivery b : l.learningDelivery()) {
					score += Objects.equals(a.learnAimRef(), b.learnAimRef())
							&& Objects.equals(a.learnStartDate(), b.learnStartDate()) ? 1 : 0;
				}
			}
			if (score > bestScore) {
				best = j;
				bestScore = score;
			}
		}
		return best;
	}

	/** The reference as R06 compares it, or null when there is none. */
	static String reference(Learner l) {
		String ref = Values.spaced(l.learnRefNumber());
		return ref == null ? null : ref.toUpperCase(Locale.ROOT);
	}

	/** A real ULN (not 9999999999), or null. */
	static Long realUln(Learner l) {
		Long uln = l.uln();
		return uln == null || uln == DerivedData.ULN_NOT_KNOWN ? null : uln;
	}

	/** Unmatched records by real ULN; -1 where two or more unmatched records share one. */
	private static Map<Long, Integer> unmatchedByUln(List<Learner> learners, int[] matched) {
		Map<Long, Integer> map = new HashMap<>();
		for (int i = 0; i < learners.size(); i++) {
			Long uln = matched[i] < 0 ? realUln(learners.get(i)) : null;
			if (uln != null) {
				map.merge(uln, i, (a, b) -> -1);
			}
		}
		return map;
	}
}

package dev.ilrsh.diff;

import java.util.List;
import java.util.Map;

/**
 * What changed on one learner present in both files.
 *
 * @param oldIndex the learner's position in the old file
 * @param newIndex its position in the new file
 * @param byUln true when it was recognised by ULN because its reference changed
 * @param changes each difference, learner fields first, then its records and aims in file order
 * @param aimsAdded aims in the new file only
 * @param aimsRemoved aims in the old file only
 * @param aimsChanged aims in both with a difference (their FAMs, prices … included)
 * @param aimNumbers for each aim in both files, its AimSeqNumber in the old file to the one in the new
 */
public record LearnerDiff(int oldIndex, int newIndex, boolean byUln, List<Change> changes, int aimsAdded,
		int aimsRemoved, int aimsChanged, Map<Integer, Integer> aimNumbers) {

	public LearnerDiff {
		changes = List.copyOf(changes);
		aimNumbers = Map.copyOf(aimNumbers);
	}
}

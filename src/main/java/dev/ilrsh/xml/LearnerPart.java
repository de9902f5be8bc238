package dev.ilrsh.xml;

import dev.ilrsh.model.Learner;
import java.util.List;

/**
 * The learners of one part of a file read in parts, with the problems found in them.
 *
 * @param problemEnds for each learner, the number of problems found up to the end of it
 * @param end the file offset where the part ends
 */
record LearnerPart(List<Learner> learners, int[] problemEnds, List<LoadProblem> problems, long end) {

	/** The problems found in the learner at {@code index}, in the order they were found. */
	List<LoadProblem> problemsOf(int index) {
		return problems.subList(index == 0 ? 0 : problemEnds[index - 1], problemEnds[index]);
	}
}

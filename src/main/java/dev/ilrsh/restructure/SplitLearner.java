package dev.ilrsh.restructure;

import dev.ilrsh.model.Learner;
import java.util.List;
import java.util.Set;

/**
 * One person whose data is spread over several learner records in a file.
 *
 * @param reasons why the records are taken to be one person
 * @param records the records, in file order, with their positions in the file
 */
public record SplitLearner(Set<Reason> reasons, List<Located> records) {

	public SplitLearner {
		reasons = Set.copyOf(reasons);
		records = List.copyOf(records);
	}

	/** Why records belong together. */
	public enum Reason {
		/** The same real ULN (R59). */
		SAME_ULN("same ULN", "R59"),
		/** The same learner reference (R06). */
		SAME_LEARN_REF("same learner reference", "R06"),
		/** Same family name, given names and date of birth, but different ULN and reference: to be checked. */
		POSSIBLY_SAME_PERSON("same name and date of birth", null);

		private final String text;
		private final String rule;

		Reason(String text, String rule) {
			this.text = text;
			this.rule = rule;
		}

		public String text() {
			return text;
		}

		/** The validation rule this situation breaks, or null. */
		public String rule() {
			return rule;
		}
	}

	/** A learner record and its position among the file's learners (from 0). */
	public record Located(int position, Learner learner) {
	}

	/** True for groups found only by name and date of birth, which need a person to confirm them. */
	public boolean isPossibleOnly() {
		return reasons.equals(Set.of(Reason.POSSIBLY_SAME_PERSON));
	}

	public Long uln() {
		return records.stream().map(r -> r.learner().uln()).filter(u -> u != null).findFirst().orElse(null);
	}

	public List<String> learnRefNumbers() {
		return records.stream().map(r -> r.learner().learnRefNumber()).toList();
	}
}

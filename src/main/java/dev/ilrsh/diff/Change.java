package dev.ilrsh.diff;

/**
 * One difference between two returns, as a row: what happened, to which entity, on which learner and aim, and
 * the values before and after.
 *
 * @param kind what happened
 * @param entity the ILR entity concerned ({@code Learner}, {@code LearningDelivery}, {@code AppFinRecord} …), or
 *     {@code Finding} for a validation finding
 * @param learnRefNumber the learner's reference (in the new file, or in the old one when the learner left)
 * @param uln the learner's ULN
 * @param aimSeqNumber the aim's number (in the new file, or in the old one when the aim was removed)
 * @param learnAimRef the aim's reference
 * @param field the element that changed, or the rule of a finding; null when a whole record was added or removed
 * @param oldValue the value in the old file (for a removed record, what it held)
 * @param newValue the value in the new file (for an added record, what it holds)
 * @param note what the record is (a price's type, code and date …), or why the change is as it is
 */
public record Change(Kind kind, String entity, String learnRefNumber, Long uln, Integer aimSeqNumber,
		String learnAimRef, String field, String oldValue, String newValue, String note) {

	/** What happened between the two files. */
	public enum Kind {
		JOINED("joined"), LEFT("left"), ADDED("added"), REMOVED("removed"), CHANGED("changed"), FIXED("fixed"),
		FOUND("new finding");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}

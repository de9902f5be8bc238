package dev.ilrsh.restructure;

import java.time.LocalDate;
import java.util.List;

/**
 * What merging one person's learner records will do, decided before anything changes, so that it can be shown,
 * saved as JSON, and applied again later.
 *
 * @param keepLearnRefNumber the learner reference the merged record keeps
 * @param records the records merged, the kept one first
 * @param aims every learning aim, where it comes from and its new AimSeqNumber, in the new order
 * @param fields learner-level fields whose values differ between the records, and which record's value is taken
 * @param notes what else the merge did (duplicates dropped, conflicts settled), in plain words
 */
public record MergePlan(String keepLearnRefNumber, List<RecordRef> records, List<AimMove> aims,
		List<FieldChoice> fields, List<String> notes) {

	public MergePlan {
		records = List.copyOf(records);
		aims = List.copyOf(aims);
		fields = List.copyOf(fields);
		notes = List.copyOf(notes);
	}

	/**
	 * One record to merge. A record is found again by its reference, ULN and which of the records with that
	 * reference and ULN it is (0 for the first in the file); position is where it was when planned.
	 */
	public record RecordRef(String learnRefNumber, Long uln, int occurrence, int position, int line) {
	}

	/**
	 * One aim's move: from record {@code record} (an index into {@link #records}) with its old AimSeqNumber, to
	 * its new AimSeqNumber in the merged learner.
	 */
	public record AimMove(int record, Integer oldAimSeqNumber, int newAimSeqNumber, String learnAimRef,
			Integer aimType, Integer progType, Integer stdCode, LocalDate learnStartDate) {
	}

	/**
	 * A learner-level field the records disagree on.
	 *
	 * @param values each record's value as text (blank when absent), in the order of {@link #records}
	 * @param chosen the index of the record whose value the merged learner takes
	 */
	public record FieldChoice(String field, List<String> values, int chosen) {

		public FieldChoice {
			values = List.copyOf(values);
		}
	}
}

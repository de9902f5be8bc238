package dev.ilrsh.restructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What merging one person's learner records will do, decided before anything changes, so that it can be shown,
 * saved as JSON, and applied again later.
 *
 * @param keepLearnRefNumber the learner reference the merged record keeps
 * @param records the records merged, the kept one first
 * @param aims every learning aim, where it comes from and its new AimSeqNumber, in the new order
 * @param conflicts everything the records disagree on, each with the record whose version the merged learner takes
 * @param notes what else the merge does (duplicates dropped), in plain words
 */
public record MergePlan(String keepLearnRefNumber, List<RecordRef> records, List<AimMove> aims,
		List<Conflict> conflicts, List<String> notes) {

	public MergePlan {
		records = List.copyOf(records);
		aims = List.copyOf(aims);
		conflicts = List.copyOf(conflicts);
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
	 * Something the records disagree on, where the merged learner can hold only one version: a learner field, the
	 * address, the employment status of one date, a LearnerFAM type over its limit, an LLDD category, a provider
	 * monitoring occurrence, the HE data.
	 *
	 * @param take the name to give {@code --take NAME=REF} to choose a record's version
	 * @param about what it is, in plain words
	 * @param differences each value that differs, side by side
	 * @param chosen the index into {@link MergePlan#records} of the record whose version is kept
	 * @param taken true when the user chose another version than the one kept by default (the newest record's, or
	 *     when the newest record has none, that of the last record that has one)
	 * @param offered the indexes of the records that have a version to take
	 */
	public record Conflict(String take, String about, List<Difference> differences, int chosen, boolean taken,
			List<Integer> offered) {

		public Conflict {
			differences = List.copyOf(differences);
			offered = List.copyOf(offered);
		}

		/** Same name and same values: the same disagreement, whichever version is chosen. */
		public boolean sameDisagreement(Conflict other) {
			return take.equals(other.take) && differences.equals(other.differences);
		}
	}

	/**
	 * One element the records hold different values for.
	 *
	 * @param element the ILR element, with what it belongs to where that is needed ({@code ESMCode (LOE)})
	 * @param values each record's value as text, empty when it has none, in the order of {@link #records}
	 */
	public record Difference(String element, List<String> values) {

		public Difference {
			values = List.copyOf(values);
		}
	}

	/**
	 * How the user names record {@code index}: its learner reference, or {@code REF#n} (n from 1, in file order)
	 * when several of the records share that reference.
	 */
	public String label(int index) {
		return label(records, index);
	}

	static String label(List<RecordRef> records, int index) {
		String ref = records.get(index).learnRefNumber();
		List<RecordRef> same = new ArrayList<>();
		for (RecordRef r : records) {
			if (Objects.equals(r.learnRefNumber(), ref)) {
				same.add(r);
			}
		}
		if (same.size() == 1) {
			return String.valueOf(ref);
		}
		same.sort(java.util.Comparator.comparingInt(RecordRef::position));
		return ref + "#" + (same.indexOf(records.get(index)) + 1);
	}

	/** Every record's label, in the order of {@link #records}. */
	public List<String> labels() {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			labels.add(label(i));
		}
		return labels;
	}

	/**
	 * The index of the record a user named, by label or (when it names one record only) by reference, ignoring case;
	 * -1 when it names none or several.
	 */
	public int indexOf(String label) {
		return indexOf(records, label);
	}

	static int indexOf(List<RecordRef> records, String label) {
		String wanted = label.strip().toUpperCase(Locale.ROOT);
		int found = -1;
		for (int i = 0; i < records.size(); i++) {
			String ref = String.valueOf(records.get(i).learnRefNumber()).toUpperCase(Locale.ROOT);
			if (label(records, i).toUpperCase(Locale.ROOT).equals(wanted) || ref.equals(wanted)) {
				if (found >= 0) {
					return -1;
				}
				found = i;
			}
		}
		return found;
	}
}

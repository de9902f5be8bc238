package dev.ilrsh.diff;

import dev.ilrsh.model.Message;
import dev.ilrsh.render.Table;
import java.util.Set;

/**
 * Questions about what changed since the last return, answered from two files (the earlier return and this one).
 * Each takes the {@link ReturnDiff} of the two, so that several questions cost one comparison.
 */
public final class ReturnQuestions {

	/** The aim fields that say where a learner is with an aim. */
	static final Set<String> STATUS_FIELDS = Set.of("CompStatus", "Outcome", "LearnActEndDate", "AchDate",
			"WithdrawReason", "OutGrade");

	private ReturnQuestions() {
	}

	/**
	 * Prices (AppFinRecord) added, removed or changed on aims present in both returns: an amount edited or a date
	 * moved (back-dated) is what the apprenticeship service's price checks (DLOCK_07) object to. Prices of learners
	 * or aims new to this return are not listed.
	 */
	public static Table priceChanges(ReturnDiff diff) {
		Table.Builder t = Table.builder("LearnRefNumber", "ULN", "AimSeqNumber", "LearnAimRef", "Change",
				"AppFinRecord", "Field", "Old", "New");
		for (LearnerDiff d : diff.changed()) {
			for (Change c : d.changes()) {
				if (c.entity().equals("AppFinRecord")) {
					String record = switch (c.kind()) {
						case ADDED -> c.newValue();
						case REMOVED -> c.oldValue();
						default -> c.note();
					};
					boolean field = c.kind() == Change.Kind.CHANGED;
					t.row(c.learnRefNumber(), c.uln(), c.aimSeqNumber(), c.learnAimRef(), c.kind().label(), record,
							c.field(), field ? c.oldValue() : null, field ? c.newValue() : null);
				}
			}
		}
		return t.build();
	}

	public static Table priceChanges(Message older, Message newer) {
		return priceChanges(Differ.compare(older, newer));
	}

	/**
	 * Aims present in both returns whose status moved: CompStatus, Outcome, end and achievement dates, withdrawal
	 * reason or grade, one row per field changed.
	 */
	public static Table statusChanges(ReturnDiff diff) {
		Table.Builder t = Table.builder("LearnRefNumber", "ULN", "AimSeqNumber", "LearnAimRef", "Field", "Old", "New",
				"Note");
		for (LearnerDiff d : diff.changed()) {
			for (Change c : d.changes()) {
				if (c.kind() == Change.Kind.CHANGED && c.entity().equals("LearningDelivery")
						&& STATUS_FIELDS.contains(c.field())) {
					t.row(c.learnRefNumber(), c.uln(), c.aimSeqNumber(), c.learnAimRef(), c.field(), c.oldValue(),
							c.newValue(), c.note());
				}
			}
		}
		return t.build();
	}

	public static Table statusChanges(Message older, Message newer) {
		return statusChanges(Differ.compare(older, newer));
	}

	/** Learners who joined or left since the last return, joiners first. */
	public static Table joinersAndLeavers(ReturnDiff diff) {
		Table.Builder t = Table.builder("Change", "LearnRefNumber", "ULN", "Learner", "Note");
		for (Change c : diff.changes()) {
			if (c.kind() == Change.Kind.JOINED || c.kind() == Change.Kind.LEFT) {
				t.row(c.kind().label(), c.learnRefNumber(), c.uln(),
						c.kind() == Change.Kind.JOINED ? c.newValue() : c.oldValue(), c.note());
			}
		}
		return t.build();
	}
}

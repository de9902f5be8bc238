package dev.ilrsh.programme;

import java.util.Locale;

/**
 * Where a programme (or a standalone aim) stands, worked out from its main aim's CompStatus, Outcome,
 * LearnActEndDate, AchDate and WithdrawReason. See {@link Programmes#status} for the exact decision.
 */
public enum ProgrammeStatus {
	/** CompStatus 1 and no actual end date: still in learning. */
	CONTINUING,
	/**
	 * A standard's programme aim whose practical period has ended (LearnActEndDate set) with no AchDate yet: the
	 * apprentice is at gateway or in end-point assessment.
	 */
	GATEWAY,
	/** CompStatus 2 with Outcome 1 (achieved) or 2 (partial achievement). */
	ACHIEVED,
	/** CompStatus 2 with Outcome 3: completed but not achieved (for a standard, the EPA was failed). */
	NOT_ACHIEVED,
	/** CompStatus 2 with no outcome yet, on an aim that is not a standard awaiting its EPA. */
	COMPLETED,
	/** CompStatus 6: on an agreed break in learning. */
	BREAK,
	/** CompStatus 3 for any reason other than a transfer. */
	WITHDRAWN,
	/** CompStatus 3 with WithdrawReason 2, 7, 40, 41 or 47: moved to another provider or to a new aim. */
	TRANSFERRED,
	/** A CompStatus the ILR does not define, or none. */
	UNKNOWN;

	/** The lower-case name used in tables and the index ({@code continuing}, {@code not-achieved}, …). */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** True while the learner is still in learning or awaiting the end of it (continuing, gateway, break). */
	public boolean isOpen() {
		return this == CONTINUING || this == GATEWAY || this == BREAK;
	}
}

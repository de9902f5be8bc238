package dev.ilrsh.refdata;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference data a validation run has: the LARS download the user imported, or nothing. Rules that need a part
 * of it that is missing are not run, and the report says which and why.
 */
public final class RefData {

	/** No reference data loaded. */
	public static final RefData NONE = new RefData(null);

	private final Lars lars;

	private RefData(Lars lars) {
		this.lars = lars;
	}

	public static RefData of(Lars lars) {
		return lars == null ? NONE : new RefData(lars);
	}

	public Optional<Lars> lars() {
		return Optional.ofNullable(lars);
	}

	/** The parts of LARS that are loaded. */
	public Set<LarsTable> larsTables() {
		return lars == null ? EnumSet.noneOf(LarsTable.class) : lars.tables();
	}

	/** Whether every one of these parts is loaded. */
	public boolean hasAll(Set<LarsTable> needs) {
		return needs.isEmpty() || (lars != null && lars.tables().containsAll(needs));
	}

	/**
	 * Why a rule needing these parts cannot run, to follow "because": "LARS is not loaded (refdata import)", or "the
	 * LARS download imported had no Validity.csv".
	 */
	public String whyNot(Set<LarsTable> needs) {
		if (lars == null) {
			return "LARS is not loaded (refdata import)";
		}
		Set<LarsTable> missing = EnumSet.noneOf(LarsTable.class);
		missing.addAll(needs);
		missing.removeAll(lars.tables());
		return "the LARS download imported had no " + missing.stream().map(LarsTable::file).distinct()
			.collect(Collectors.joining(", "));
	}
}

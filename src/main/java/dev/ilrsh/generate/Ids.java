package dev.ilrsh.generate;

/** Deterministic fictional identifiers that pass their check digits. */
final class Ids {

	private Ids() {
	}

	/**
	 * The {@code n}th ULN of a sequence that does not repeat for n below 90 million: n is scrambled by a multiplier prime
	 * to the range into a block of ten nine-digit stems, and the first stem of the block that can have a DD01 check
	 * digit is finished with it.
	 */
	static long uln(long n, long offset) {
		long block = 100_000_000L + 10 * Math.floorMod(n * 48_271L + offset, 90_000_000L);
		// the last stem digit weighs 2, so of two neighbouring stems at most one lacks a check digit
		long uln = LearnerBuilder.ulnFromStem(block);
		return uln > 0 ? uln : LearnerBuilder.ulnFromStem(block + 1);
	}

	/** A fictional employer identifier (EDRS number) that passes the DD05 check, for employer number {@code n}. */
	static int empId(int n) {
		for (int stem = 30_000_000 + n * 11;; stem++) {
			int id = LearnerBuilder.empIdFromStem(stem);
			if (id > 0) {
				return id;
			}
		}
	}
}

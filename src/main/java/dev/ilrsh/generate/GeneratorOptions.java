package dev.ilrsh.generate;

import java.time.LocalDate;

/**
 * What {@link Generator} should make.
 *
 * @param learners how many {@code <Learner>} records the file holds (at least 1)
 * @param seed the random seed: the same options give the same file, byte for byte
 * @param referenceDate the file preparation date; every start, end and achievement date is on or before it. It must
 *        lie in the 2025-26 teaching year, from 1 September 2025 to 31 July 2026
 * @param ukprn the provider's UKPRN (10000000 to 99999999); the default is the fictional 10000001
 * @param mistakeRate the share of people (0 to 0.5) recorded with one of the typical mistakes, the split progression
 *        records among them; 0 gives a file with no planted findings
 */
public record GeneratorOptions(int learners, long seed, LocalDate referenceDate, int ukprn, double mistakeRate) {

	/** The default file preparation date: 20 November 2025 (return R04 of 2025-26). */
	public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2025, 11, 20);

	/** The default, fictional, UKPRN. */
	public static final int DEFAULT_UKPRN = 10000001;

	/** The default share of people recorded with a typical mistake: 1.5%. */
	public static final double DEFAULT_MISTAKE_RATE = 0.015;

	static final LocalDate EARLIEST_REFERENCE = LocalDate.of(2025, 9, 1);
	static final LocalDate YEAR_START = LocalDate.of(2025, 8, 1);
	static final LocalDate YEAR_END = LocalDate.of(2026, 7, 31);

	public GeneratorOptions {
		if (learners < 1) {
			throw new IllegalArgumentException("learners must be at least 1, not " + learners);
		}
		if (referenceDate == null) {
			referenceDate = DEFAULT_REFERENCE_DATE;
		}
		if (referenceDate.isBefore(EARLIEST_REFERENCE) || referenceDate.isAfter(YEAR_END)) {
			throw new IllegalArgumentException("the reference date must be between " + EARLIEST_REFERENCE + " and "
					+ YEAR_END + " (the 2025-26 year), not " + referenceDate);
		}
		if (ukprn < 10_000_000 || ukprn > 99_999_999) {
			throw new IllegalArgumentException("a UKPRN has eight digits (10000000 to 99999999), not " + ukprn);
		}
		if (!(mistakeRate >= 0 && mistakeRate <= 0.5)) {
			throw new IllegalArgumentException("the mistake rate must be between 0 and 0.5, not " + mistakeRate);
		}
	}

	/** {@code learners} records from {@code seed}, with the default date, UKPRN and mistake rate. */
	public static GeneratorOptions of(int learners, long seed) {
		return new GeneratorOptions(learners, seed, DEFAULT_REFERENCE_DATE, DEFAULT_UKPRN, DEFAULT_MISTAKE_RATE);
	}

	public GeneratorOptions withReferenceDate(LocalDate date) {
		return new GeneratorOptions(learners, seed, date, ukprn, mistakeRate);
	}

	public GeneratorOptions withMistakeRate(double rate) {
		return new GeneratorOptions(learners, seed, referenceDate, ukprn, rate);
	}

	public GeneratorOptions withUkprn(int newUkprn) {
		return new GeneratorOptions(learners, seed, referenceDate, newUkprn, mistakeRate);
	}
}

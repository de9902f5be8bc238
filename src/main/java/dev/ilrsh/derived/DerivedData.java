package dev.ilrsh.derived;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The DfE's derived data items (DDnn) that can be worked out from the file alone, as plain functions. Rules,
 * programme episodes and reports all take these from here so that they agree.
 */
public final class DerivedData {

	/** The ULN that means "not known". */
	public static final long ULN_NOT_KNOWN = 9999999999L;

	/** Where DD36 has no end for a programme: an open programme runs to this date. */
	public static final LocalDate OPEN_END = LocalDate.of(2099, 12, 31);

	/** The apprenticeship standard programme type. */
	public static final int PROG_TYPE_STANDARD = 25;

	/** The Skills Bootcamp programme type. */
	public static final int PROG_TYPE_BOOTCAMP = 32;

	/**
	 * Up to this many aims a learner is scanned directly; above it, {@link LearnerIndex} answers, so that a question
	 * asked of every aim stays linear in the number of aims.
	 */
	public static final int FEW_AIMS = 16;

	private DerivedData() {
	}

	/** The result of the DD01 ULN check. */
	public enum UlnCheck {
		/** 9999999999: the ULN is not known (DD01 = Y). */
		NOT_KNOWN,
		/** The check digit is right. */
		VALID,
		/** The check digit is wrong, or the ULN cannot have one (remainder 0, or not ten digits). */
		INVALID
	}

	/**
	 * DD01: the check digit the first nine digits of a ULN call for, or -1 when none can be (remainder 0, or the ULN
	 * is not ten digits long).
	 */
	public static int ulnCheckDigit(long uln) {
		String digits = Long.toString(uln);
		if (digits.length() != 10) {
			return -1;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (10 - i) * (digits.charAt(i) - '0');
		}
		int remainder = sum % 11;
		return remainder == 0 ? -1 : 10 - remainder;
	}

	/** DD01 applied: whether a ULN is not known, valid, or fails its check digit. */
	public static UlnCheck checkUln(Long uln) {
		if (uln == null) {
			return UlnCheck.INVALID;
		}
		if (uln == ULN_NOT_KNOWN) {
			return UlnCheck.NOT_KNOWN;
		}
		int expected = ulnCheckDigit(uln);
		return expected >= 0 && expected == uln % 10 ? UlnCheck.VALID : UlnCheck.INVALID;
	}

	/** DD07: the aim is part of an apprenticeship (frameworks of past years, or a standard). */
	public static boolean isApprenticeship(LearningDelivery aim) {
		Integer p = aim.progType();
		return p != null && (p == 2 || p == 3 || (p >= 20 && p <= 23) || p == PROG_TYPE_STANDARD);
	}

	/**
	 * DD04: the programme start date of an aim — the earliest start of the learner's programme aims with the same
	 * ProgType and StdCode — or empty when the aim has no ProgType or no such programme aim exists.
	 */
	public static Optional<LocalDate> programmeStartDate(Learner learner, LearningDelivery aim) {
		if (aim.progType() == null) {
			return Optional.empty();
		}
		if (learner.learningDelivery().size() > FEW_AIMS) {
			return Optional.ofNullable(LearnerIndex.of(learner).earliestProgrammeStart(LearnerIndex.Programme.of(aim)));
		}
		return learner.learningDelivery()
			.stream()
			.filter(LearningDelivery::isProgrammeAim)
			.filter(p -> sameProgramme(p, aim))
			.map(LearningDelivery::learnStartDate)
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo);
	}

	/** DD18: the apprenticeship standard programme start date; DD04 restricted to ProgType 25. */
	public static Optional<LocalDate> standardProgrammeStartDate(Learner learner, LearningDelivery aim) {
		if (!Objects.equals(aim.progType(), PROG_TYPE_STANDARD)) {
			return Optional.empty();
		}
		return programmeStartDate(learner, aim);
	}

	/** DD06: the earliest start date of any of the learner's aims. */
	public static Optional<LocalDate> earliestStartDate(Learner learner) {
		return learner.learningDelivery()
			.stream()
			.map(LearningDelivery::learnStartDate)
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo);
	}

	/**
	 * DD36: the effective end of a programme aim. Standards and Skills Bootcamps end at their achievement date when
	 * they have one; otherwise a programme ends at its actual end date; an open programme runs to
	 * {@link #OPEN_END}. Empty for aims that are not programme aims.
	 */
	public static Optional<LocalDate> effectiveEndDate(LearningDelivery aim) {
		if (!aim.isProgrammeAim()) {
			return Optional.empty();
		}
		Integer p = aim.progType();
		boolean endsAtAchievement = p != null && (p == PROG_TYPE_STANDARD || p == PROG_TYPE_BOOTCAMP);
		if (endsAtAchievement && aim.achDate() != null) {
			return Optional.of(aim.achDate());
		}
		if (aim.learnActEndDate() != null) {
			return Optional.of(aim.learnActEndDate());
		}
		return Optional.of(OPEN_END);
	}

	/** DD32: an open apprenticeship-funded (FundModel 36) programme aim. */
	public static boolean isOpenApprenticeshipProgramme(LearningDelivery aim) {
		return aim.isProgrammeAim() && Objects.equals(aim.fundModel(), 36) && aim.learnActEndDate() == null;
	}

	/** Age in whole years on a date, or empty when the date of birth is not known. */
	public static Optional<Integer> ageOn(Learner learner, LocalDate date) {
		if (learner.dateOfBirth() == null || date == null) {
			return Optional.empty();
		}
		return Optional.of(Period.between(learner.dateOfBirth(), date).getYears());
	}

	/** Two aims belong to the same programme type and standard (the key DD04 and the programme rules match on). */
	public static boolean sameProgramme(LearningDelivery a, LearningDelivery b) {
		return Objects.equals(a.progType(), b.progType()) && Objects.equals(a.stdCode(), b.stdCode());
	}
}

package dev.ilrsh.generate;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.EmploymentStatusMonitoring;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.PriorAttain;
import dev.ilrsh.model.XmlExtras;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A mutable, package-private builder for one learner record; aims are numbered 1..n in the order added. */
final class LearnerBuilder {

	String learnRefNumber;
	String prevLearnRefNumber;
	Integer prevUKPRN;
	long uln;
	String familyName;
	String givenNames;
	LocalDate dateOfBirth;
	int ethnicity = 31;
	String sex = "F";
	String niNumber;
	Integer planLearnHours;
	Integer planEEPHours;
	String mathGrade;
	String engGrade;
	String addLine1;
	String addLine2;
	final List<PriorAttain> priorAttain = new ArrayList<>();
	final List<LearnerEmploymentStatus> employment = new ArrayList<>();
	final List<AimBuilder> aims = new ArrayList<>();

	LearnerBuilder(String learnRefNumber, long uln, String givenNames, String familyName, LocalDate dateOfBirth) {
		this.learnRefNumber = learnRefNumber;
		this.uln = uln;
		this.givenNames = givenNames;
		this.familyName = familyName;
		this.dateOfBirth = dateOfBirth;
	}

	LearnerBuilder priorAttain(int level, LocalDate applies) {
		priorAttain.add(new PriorAttain(level, applies, XmlExtras.NONE));
		return this;
	}

	/** In paid employment (EmpStat 10) with an employer, 31+ hours a week (EII 8) and a length of employment. */
	LearnerBuilder employed(LocalDate applies, int empId, int lengthOfEmployment) {
		employment.add(new LearnerEmploymentStatus(10, applies, empId,
				List.of(esm("EII", 8), esm("LOE", lengthOfEmployment)), XmlExtras.NONE));
		return this;
	}

	/** In paid employment, for a learner who is not an apprentice: only the employment intensity. */
	LearnerBuilder employedAdult(LocalDate applies, int hoursBand) {
		employment.add(new LearnerEmploymentStatus(10, applies, null, List.of(esm("EII", hoursBand)),
				XmlExtras.NONE));
		return this;
	}

	/** Not in paid employment, looking for work (EmpStat 11), with a length of unemployment. */
	LearnerBuilder unemployed(LocalDate applies, int lengthOfUnemployment) {
		employment.add(new LearnerEmploymentStatus(11, applies, null, List.of(esm("LOU", lengthOfUnemployment)),
				XmlExtras.NONE));
		return this;
	}

	LearnerBuilder aim(AimBuilder aim) {
		aims.add(aim);
		return this;
	}

	Learner build() {
		List<LearningDelivery> deliveries = new ArrayList<>(aims.size());
		for (int i = 0; i < aims.size(); i++) {
			deliveries.add(aims.get(i).build(i + 1));
		}
		return new Learner(learnRefNumber, prevLearnRefNumber, prevUKPRN, null, null, uln, familyName, givenNames,
				dateOfBirth, ethnicity, sex, 2, niNumber, null, null, planLearnHours, planEEPHours, mathGrade, engGrade,
				AimBuilder.POSTCODE, AimBuilder.POSTCODE, addLine1, addLine2, null, null, null, null, priorAttain,
				List.of(), List.of(), List.of(), employment, null, deliveries, XmlExtras.NONE);
	}

	private static EmploymentStatusMonitoring esm(String type, int code) {
		return new EmploymentStatusMonitoring(type, code, XmlExtras.NONE);
	}

	/** Length of employment (LOE) code for someone employed since {@code since} as at {@code on}. */
	static int lengthOfEmployment(LocalDate since, LocalDate on) {
		long months = java.time.temporal.ChronoUnit.MONTHS.between(since, on);
		return months <= 3 ? 1 : months <= 6 ? 2 : months <= 12 ? 3 : 4;
	}

	/**
	 * The ULN made from a nine-digit stem by appending its DD01 check digit, or -1 when the stem can have none
	 * (weighted sum divisible by 11).
	 */
	static long ulnFromStem(long stem) {
		int digit = DerivedData.ulnCheckDigit(stem * 10);
		return digit < 0 ? -1 : stem * 10 + digit;
	}

	/** The same ULN with its last digit changed, so that it fails the DD01 check (ULN_04). */
	static long breakCheckDigit(long uln) {
		long last = uln % 10;
		return uln - last + (last + 1) % 10;
	}

	/**
	 * An employer identifier (EDRS number) made from an eight-digit stem with its DD05 check digit, or -1 when the
	 * stem can have none.
	 */
	static int empIdFromStem(int stem) {
		String digits = Integer.toString(stem);
		if (digits.length() != 8) {
			return -1;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (9 - i) * (digits.charAt(i) - '0');
		}
		int check = 11 - sum % 11;
		if (check == 10) {
			return -1;
		}
		return stem * 10 + (check == 11 ? 0 : check);
	}

	/**
	 * A National Insurance number in the valid format whose prefix "ZZ" is never issued, so it cannot be anyone's.
	 */
	static String niNumber(int serial) {
		return String.format("ZZ%06d%c", serial % 1_000_000, "ABCD".charAt(Math.floorMod(serial, 4)));
	}
}

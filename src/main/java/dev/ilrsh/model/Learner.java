package dev.ilrsh.model;

import java.time.LocalDate;
import java.util.List;

/** One learner record, fields and children in schema order. */
public record Learner(String learnRefNumber, String prevLearnRefNumber, Integer prevUKPRN, Integer pmUKPRN,
		String campId, Long uln, String familyName, String givenNames, LocalDate dateOfBirth, Integer ethnicity,
		String sex, Integer llddHealthProb, String niNumber, Integer accom, Integer alsCost, Integer planLearnHours,
		Integer planEEPHours, String mathGrade, String engGrade, String postcodePrior, String postcode,
		String addLine1, String addLine2, String addLine3, String addLine4, String telNo, String email,
		List<PriorAttain> priorAttain, List<LLDDandHealthProblem> llddAndHealthProblem, List<LearnerFAM> learnerFAM,
		List<ProviderSpecLearnerMonitoring> providerSpecLearnerMonitoring,
		List<LearnerEmploymentStatus> learnerEmploymentStatus, LearnerHE learnerHE,
		List<LearningDelivery> learningDelivery, XmlExtras extras) implements IlrEntity {

	public Learner {
		priorAttain = List.copyOf(priorAttain);
		llddAndHealthProblem = List.copyOf(llddAndHealthProblem);
		learnerFAM = List.copyOf(learnerFAM);
		providerSpecLearnerMonitoring = List.copyOf(providerSpecLearnerMonitoring);
		learnerEmploymentStatus = List.copyOf(learnerEmploymentStatus);
		learningDelivery = List.copyOf(learningDelivery);
	}

	/** The given and family names, for display. */
	public String displayName() {
		String given = givenNames == null ? "" : givenNames;
		String family = familyName == null ? "" : familyName;
		return (given + " " + family).strip();
	}

	public Learner withLearningDelivery(List<LearningDelivery> deliveries) {
		return Ilr.with(this, "LearningDelivery", deliveries);
	}
}

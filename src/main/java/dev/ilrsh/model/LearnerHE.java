package dev.ilrsh.model;

import java.util.List;

public record LearnerHE(String ucasPerId, Integer ttAccom, List<LearnerHEFinancialSupport> learnerHEFinancialSupport,
		XmlExtras extras) implements IlrEntity {

	public LearnerHE {
		learnerHEFinancialSupport = List.copyOf(learnerHEFinancialSupport);
	}
}

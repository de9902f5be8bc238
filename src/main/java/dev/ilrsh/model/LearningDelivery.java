package dev.ilrsh.model;

import java.time.LocalDate;
import java.util.List;

/** One learning aim, fields and children in schema order. */
public record LearningDelivery(String learnAimRef, Integer aimType, Integer aimSeqNumber, LocalDate learnStartDate,
		LocalDate origLearnStartDate, LocalDate learnPlanEndDate, Integer fundModel, Integer pHours,
		Integer otjActHours, Integer progType, Integer stdCode, Integer partnerUKPRN, String delLocPostCode,
		String lsdPostcode, Integer addHours, Integer priorLearnFundAdj, Integer otherFundAdj, String conRefNumber,
		String epaOrgID, Integer compStatus, LocalDate learnActEndDate, Integer withdrawReason, Integer outcome,
		LocalDate achDate, String outGrade, String swSupAimId, Integer tlOut,
		List<LearningDeliveryFAM> learningDeliveryFAM,
		List<LearningDeliveryWorkPlacement> learningDeliveryWorkPlacement, List<AppFinRecord> appFinRecord,
		List<ProviderSpecDeliveryMonitoring> providerSpecDeliveryMonitoring, LearningDeliveryHE learningDeliveryHE,
		XmlExtras extras) implements IlrEntity {

	/** The LearnAimRef every programme aim carries. */
	public static final String PROGRAMME_AIM_REF = "ZPROG001";

	public LearningDelivery {
		learningDeliveryFAM = List.copyOf(learningDeliveryFAM);
		learningDeliveryWorkPlacement = List.copyOf(learningDeliveryWorkPlacement);
		appFinRecord = List.copyOf(appFinRecord);
		providerSpecDeliveryMonitoring = List.copyOf(providerSpecDeliveryMonitoring);
	}

	/** A programme aim: AimType 1 (which the rules tie to ZPROG001). */
	public boolean isProgrammeAim() {
		return aimType != null && aimType == 1;
	}

	/** A component aim of a programme: AimType 3. */
	public boolean isComponentAim() {
		return aimType != null && aimType == 3;
	}

	/** The FAM records of one type, in file order. */
	public List<LearningDeliveryFAM> fams(String type) {
		List<LearningDeliveryFAM> out = null;
		for (LearningDeliveryFAM f : learningDeliveryFAM) {
			if (type.equals(f.learnDelFAMType())) {
				(out == null ? out = new java.util.ArrayList<>(2) : out).add(f);
			}
		}
		return out == null ? List.of() : List.copyOf(out);
	}

	/** The financial records of one type (TNP or PMR), in file order. */
	public List<AppFinRecord> appFinRecords(String type) {
		List<AppFinRecord> out = null;
		for (AppFinRecord f : appFinRecord) {
			if (type.equals(f.aFinType())) {
				(out == null ? out = new java.util.ArrayList<>(2) : out).add(f);
			}
		}
		return out == null ? List.of() : List.copyOf(out);
	}

	public LearningDelivery withAimSeqNumber(int newNumber) {
		return Ilr.with(this, "AimSeqNumber", newNumber);
	}
}

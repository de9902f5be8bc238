package dev.ilrsh.generate;

import dev.ilrsh.model.AppFinRecord;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import dev.ilrsh.model.XmlExtras;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A mutable, package-private builder for one learning aim, so that the sample file and the generator can say what an
 * aim is in a few lines. {@link #build(int)} gives the immutable model record.
 */
final class AimBuilder {

	/** The one postcode used for delivery locations: the DfE's "not known / outside the UK" value, clearly fictional. */
	static final String POSTCODE = "ZZ99 9ZZ";

	String learnAimRef;
	int aimType;
	Integer aimSeqNumber;
	LocalDate learnStartDate;
	LocalDate origLearnStartDate;
	LocalDate learnPlanEndDate;
	int fundModel;
	Integer pHours;
	Integer otjActHours;
	Integer progType;
	Integer stdCode;
	String epaOrgId;
	int compStatus = 1;
	LocalDate learnActEndDate;
	Integer withdrawReason;
	Integer outcome;
	LocalDate achDate;
	String outGrade;
	final List<LearningDeliveryFAM> fams = new ArrayList<>();
	final List<AppFinRecord> finance = new ArrayList<>();

	private AimBuilder() {
	}

	/** An apprenticeship standard programme aim (ZPROG001, AimType 1, FundModel 36, ProgType 25) with SOF 105. */
	static AimBuilder programme(int stdCode, LocalDate start, LocalDate plannedEnd, int plannedHours, String epaOrgId) {
		AimBuilder a = new AimBuilder();
		a.learnAimRef = LearningDelivery.PROGRAMME_AIM_REF;
		a.aimType = 1;
		a.fundModel = 36;
		a.progType = 25;
		a.stdCode = stdCode;
		a.learnStartDate = start;
		a.learnPlanEndDate = plannedEnd;
		a.pHours = plannedHours;
		a.epaOrgId = epaOrgId;
		a.fam("SOF", "105");
		return a;
	}

	/** A component aim (AimType 3) of the standard, same dates as its programme, SOF 105 and no ACT. */
	static AimBuilder component(String ref, AimBuilder programme) {
		AimBuilder a = new AimBuilder();
		a.learnAimRef = ref;
		a.aimType = 3;
		a.fundModel = 36;
		a.progType = 25;
		a.stdCode = programme.stdCode;
		a.learnStartDate = programme.learnStartDate;
		a.origLearnStartDate = programme.origLearnStartDate;
		a.learnPlanEndDate = programme.learnPlanEndDate;
		a.fam("SOF", "105");
		if (programme.origLearnStartDate != null) {
			a.fam("RES", "1");
		}
		return a;
	}

	/** An aim that is not part of a programme (AimType 4), or a 16-19 core aim (AimType 5). */
	static AimBuilder standalone(String ref, int aimType, int fundModel, LocalDate start, LocalDate plannedEnd,
			String sof) {
		AimBuilder a = new AimBuilder();
		a.learnAimRef = ref;
		a.aimType = aimType;
		a.fundModel = fundModel;
		a.learnStartDate = start;
		a.learnPlanEndDate = plannedEnd;
		a.fam("SOF", sof);
		return a;
	}

	AimBuilder fam(String type, String code) {
		fams.add(new LearningDeliveryFAM(type, code, null, null, XmlExtras.NONE));
		return this;
	}

	/** An ACT (contract type) record from {@code from}, open or closed at {@code to}. */
	AimBuilder act(LocalDate from, LocalDate to) {
		fams.add(new LearningDeliveryFAM("ACT", "1", from, to, XmlExtras.NONE));
		return this;
	}

	/** A price record: TNP1/2 (total training/assessment price) or TNP3/4 (residual). */
	AimBuilder tnp(int code, LocalDate date, int amount) {
		finance.add(new AppFinRecord("TNP", code, date, amount, XmlExtras.NONE));
		return this;
	}

	/** Marks the aim as a restart: RES FAM and the original start date. */
	AimBuilder restartOf(LocalDate originalStart) {
		origLearnStartDate = originalStart;
		fam("RES", "1");
		return this;
	}

	/** Completed: CompStatus 2, Outcome 1 at {@code end}. */
	AimBuilder completed(LocalDate end) {
		compStatus = 2;
		learnActEndDate = end;
		outcome = 1;
		return this;
	}

	/** Completed programme aim of a standard: practical period ended at {@code end}, EPA passed on {@code ach}. */
	AimBuilder achieved(LocalDate end, LocalDate ach, String grade, int otjHours) {
		completed(end);
		achDate = ach;
		outGrade = grade;
		otjActHours = otjHours;
		return this;
	}

	/** Programme aim at gateway: practical period ended, EPA not yet done (CompStatus 1, Outcome 8). */
	AimBuilder atGateway(LocalDate end, int otjHours) {
		compStatus = 1;
		learnActEndDate = end;
		outcome = 8;
		otjActHours = otjHours;
		return this;
	}

	/** Withdrawn (CompStatus 3, Outcome 3) at {@code end} for {@code reason}. */
	AimBuilder withdrawn(LocalDate end, int reason) {
		compStatus = 3;
		learnActEndDate = end;
		withdrawReason = reason;
		outcome = 3;
		return this;
	}

	/** On an agreed break in learning from the day after {@code end} (CompStatus 6, Outcome 3). */
	AimBuilder onBreak(LocalDate end) {
		compStatus = 6;
		learnActEndDate = end;
		outcome = 3;
		return this;
	}

	LearningDelivery build(int sequence) {
		int seq = aimSeqNumber != null ? aimSeqNumber : sequence;
		return new LearningDelivery(learnAimRef, aimType, seq, learnStartDate, origLearnStartDate, learnPlanEndDate,
				fundModel, pHours, otjActHours, progType, stdCode, null, POSTCODE, null, null, null, null, null,
				epaOrgId, compStatus, learnActEndDate, withdrawReason, outcome, achDate, outGrade, null, null,
				List.copyOf(fams), List.of(), List.copyOf(finance), List.of(), null, XmlExtras.NONE);
	}
}

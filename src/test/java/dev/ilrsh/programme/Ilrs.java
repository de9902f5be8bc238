package dev.ilrsh.programme;

import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Member;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.XmlExtras;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds small fictional ILR messages in tests, without XML. Dates are written as text: {@code "2025-08-01"}. */
public final class Ilrs {

	private Ilrs() {
	}

	public static LocalDate d(String text) {
		return text == null ? null : LocalDate.parse(text);
	}

	/** An entity with every field empty and every list empty. */
	@SuppressWarnings("unchecked")
	public static <T extends IlrEntity> T blank(EntitySpec spec) {
		Object[] values = new Object[spec.members().size() + 1];
		for (int i = 0; i < spec.members().size(); i++) {
			Member m = spec.members().get(i);
			values[i] = !(m instanceof FieldSpec) && m.repeats() ? List.of() : null;
		}
		values[values.length - 1] = XmlExtras.NONE;
		return (T) spec.create(values);
	}

	/** A message prepared on {@code filePreparationDate} for UKPRN 10000001. */
	public static Message message(String filePreparationDate, Learner... learners) {
		var details = Ilr.with(Ilr.with(Ilr.with(blank(IlrSchema.COLLECTION_DETAILS), "Collection", "ILR"), "Year",
				"2526"), "FilePreparationDate", d(filePreparationDate));
		var source = Ilr.with(Ilr.with(Ilr.with(Ilr.with(blank(IlrSchema.SOURCE), "ProtectiveMarking",
				"OFFICIAL-SENSITIVE-Personal"), "UKPRN", 10000001), "SerialNo", "01"), "DateTime",
				LocalDateTime.parse(filePreparationDate + "T09:00:00"));
		var header = Ilr.with(Ilr.with(blank(IlrSchema.HEADER), "CollectionDetails", details), "Source", source);
		var provider = Ilr.with(blank(IlrSchema.LEARNING_PROVIDER), "UKPRN", 10000001);
		return new Message((dev.ilrsh.model.Header) header, null, (dev.ilrsh.model.LearningProvider) provider,
				List.of(learners), XmlExtras.NONE);
	}

	public static LearnerBuilder learner(String learnRefNumber) {
		return new LearnerBuilder(learnRefNumber);
	}

	/** A standard's programme aim: ZPROG001, FundModel 36, ProgType 25, CompStatus 1, ACT 1 and TNP1 from start. */
	public static AimBuilder programme(int seq, int stdCode, String start, String plannedEnd) {
		return new AimBuilder("ZPROG001", 1, seq, start, plannedEnd).set("FundModel", 36)
			.set("ProgType", 25)
			.set("StdCode", stdCode)
			.fam("ACT", "1", start, null)
			.tnp(1, start, 9000);
	}

	/** A component aim of a standard: AimType 3, FundModel 36, ProgType 25, CompStatus 1. */
	public static AimBuilder component(int seq, String learnAimRef, int stdCode, String start, String plannedEnd) {
		return new AimBuilder(learnAimRef, 3, seq, start, plannedEnd).set("FundModel", 36)
			.set("ProgType", 25)
			.set("StdCode", stdCode);
	}

	/** Any aim: FundModel 35, CompStatus 1. */
	public static AimBuilder aim(int seq, String learnAimRef, int aimType, String start, String plannedEnd) {
		return new AimBuilder(learnAimRef, aimType, seq, start, plannedEnd).set("FundModel", 35);
	}

	public static final class LearnerBuilder {

		private Learner learner;
		private final List<LearningDelivery> aims = new ArrayList<>();
		private final List<dev.ilrsh.model.LearnerEmploymentStatus> statuses = new ArrayList<>();
		private final List<dev.ilrsh.model.LearnerFAM> fams = new ArrayList<>();

		LearnerBuilder(String ref) {
			learner = blank(IlrSchema.LEARNER);
			set("LearnRefNumber", ref).set("ULN", 1000000043L)
				.set("FamilyName", "Example")
				.set("GivenNames", "Sam")
				.set("DateOfBirth", d("2000-03-14"))
				.set("Ethnicity", 31)
				.set("Sex", "F")
				.set("LLDDHealthProb", 2)
				.set("PostcodePrior", "ZZ99 9ZZ")
				.set("Postcode", "ZZ99 9ZZ");
		}

		public LearnerBuilder set(String element, Object value) {
			learner = Ilr.with(learner, element, value);
			return this;
		}

		public LearnerBuilder name(String given, String family) {
			return set("GivenNames", given).set("FamilyName", family);
		}

		public LearnerBuilder uln(long uln) {
			return set("ULN", uln);
		}

		public LearnerBuilder dob(String date) {
			return set("DateOfBirth", d(date));
		}

		public LearnerBuilder employment(int empStat, String date, Integer empId) {
			var s = Ilr.with(Ilr.with(Ilr.with(blank(IlrSchema.LEARNER_EMPLOYMENT_STATUS), "EmpStat", empStat),
					"DateEmpStatApp", d(date)), "EmpId", empId);
			statuses.add((dev.ilrsh.model.LearnerEmploymentStatus) s);
			return this;
		}

		/** Adds an employment status monitoring record (ESMType and ESMCode) to the last employment status added. */
		public LearnerBuilder esm(String type, int code) {
			var m = Ilr.with(Ilr.with(blank(IlrSchema.EMPLOYMENT_STATUS_MONITORING), "ESMType", type), "ESMCode", code);
			var last = statuses.get(statuses.size() - 1);
			List<dev.ilrsh.model.EmploymentStatusMonitoring> ms = new ArrayList<>(last.employmentStatusMonitoring());
			ms.add((dev.ilrsh.model.EmploymentStatusMonitoring) m);
			statuses.set(statuses.size() - 1, Ilr.with(last, "EmploymentStatusMonitoring", ms));
			return this;
		}

		public LearnerBuilder fam(String type, int code) {
			var f = Ilr.with(Ilr.with(blank(IlrSchema.LEARNER_FAM), "LearnFAMType", type), "LearnFAMCode", code);
			fams.add((dev.ilrsh.model.LearnerFAM) f);
			return this;
		}

		public LearnerBuilder aims(AimBuilder... builders) {
			for (AimBuilder b : builders) {
				aims.add(b.build());
			}
			return this;
		}

		public Learner build() {
			return Ilr.with(Ilr.with(Ilr.with(learner, "LearningDelivery", aims), "LearnerEmploymentStatus", statuses),
					"LearnerFAM", fams);
		}
	}

	public static final class AimBuilder {

		private LearningDelivery aim;
		private final List<dev.ilrsh.model.LearningDeliveryFAM> fams = new ArrayList<>();
		private final List<dev.ilrsh.model.AppFinRecord> prices = new ArrayList<>();

		AimBuilder(String ref, int aimType, int seq, String start, String plannedEnd) {
			aim = blank(IlrSchema.LEARNING_DELIVERY);
			set("LearnAimRef", ref).set("AimType", aimType)
				.set("AimSeqNumber", seq)
				.set("LearnStartDate", d(start))
				.set("LearnPlanEndDate", d(plannedEnd))
				.set("DelLocPostCode", "ZZ99 9ZZ")
				.set("CompStatus", 1);
		}

		public AimBuilder set(String element, Object value) {
			aim = Ilr.with(aim, element, value);
			return this;
		}

		/** Closes the aim: CompStatus, LearnActEndDate and (if not null) Outcome. */
		public AimBuilder end(String actualEnd, int compStatus, Integer outcome) {
			return set("LearnActEndDate", d(actualEnd)).set("CompStatus", compStatus).set("Outcome", outcome);
		}

		/** Achieved: CompStatus 2, Outcome 1, LearnActEndDate and AchDate; closes the open ACT at AchDate. */
		public AimBuilder achieved(String actualEnd, String achDate) {
			end(actualEnd, 2, 1).set("AchDate", d(achDate));
			closeAct(achDate);
			return this;
		}

		public AimBuilder withdrawn(String actualEnd, int reason) {
			return end(actualEnd, 3, 3).set("WithdrawReason", reason);
		}

		public AimBuilder closeAct(String dateTo) {
			for (int i = 0; i < fams.size(); i++) {
				var f = fams.get(i);
				if ("ACT".equals(f.learnDelFAMType()) && f.learnDelFAMDateTo() == null) {
					fams.set(i, Ilr.with(f, "LearnDelFAMDateTo", d(dateTo)));
				}
			}
			return this;
		}

		public AimBuilder fam(String type, String code, String from, String to) {
			var f = Ilr.with(Ilr.with(Ilr.with(Ilr.with(blank(IlrSchema.LEARNING_DELIVERY_FAM), "LearnDelFAMType",
					type), "LearnDelFAMCode", code), "LearnDelFAMDateFrom", d(from)), "LearnDelFAMDateTo", d(to));
			fams.add((dev.ilrsh.model.LearningDeliveryFAM) f);
			return this;
		}

		public AimBuilder noFams() {
			fams.clear();
			return this;
		}

		public AimBuilder noPrices() {
			prices.clear();
			return this;
		}

		public AimBuilder tnp(int code, String date, int amount) {
			return fin("TNP", code, date, amount);
		}

		public AimBuilder pmr(int code, String date, int amount) {
			return fin("PMR", code, date, amount);
		}

		private AimBuilder fin(String type, int code, String date, int amount) {
			var r = Ilr.with(Ilr.with(Ilr.with(Ilr.with(blank(IlrSchema.APP_FIN_RECORD), "AFinType", type),
					"AFinCode", code), "AFinDate", d(date)), "AFinAmount", amount);
			prices.add((dev.ilrsh.model.AppFinRecord) r);
			return this;
		}

		public LearningDelivery build() {
			return Ilr.with(Ilr.with(aim, "LearningDeliveryFAM", fams), "AppFinRecord", prices);
		}
	}
}

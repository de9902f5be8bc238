package dev.ilrsh.model;

import static dev.ilrsh.model.FieldType.DATE;
import static dev.ilrsh.model.FieldType.DATE_TIME;
import static dev.ilrsh.model.FieldType.DECIMAL;
import static dev.ilrsh.model.FieldType.INT;
import static dev.ilrsh.model.FieldType.LONG;
import static dev.ilrsh.model.FieldType.RESTRICTED_STRING;
import static dev.ilrsh.model.FieldType.STRING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure of a 2025-26 ILR file: every entity, its fields in schema order, their types, lengths, patterns,
 * ranges and occurrences. This is the one place the schema is written down in code.
 */
public final class IlrSchema {

	/** The XML namespace of 2025-26 files. */
	public static final String NAMESPACE = "ESFA/ILR/2025-26";

	/** The collection year as the header and file name write it. */
	public static final String YEAR = "2526";

	private static final String UKPRN_MIN = "10000000";
	private static final String UKPRN_MAX = "99999999";
	private static final String LEARN_REF = "[A-Za-z0-9 ]{1,12}";
	private static final String NAME = "[^0-9\\r\\n\\t|\"]{1,100}";
	private static final String ADDRESS = "[A-Za-z0-9 ~!@&'\\\\()*+,\\-./:;]{1,50}";

	public static final EntitySpec COLLECTION_DETAILS = new EntitySpec("CollectionDetails", CollectionDetails.class,
			text("Collection").fixed("ILR"), text("Year").fixed(YEAR), field("FilePreparationDate", DATE));

	public static final EntitySpec SOURCE = new EntitySpec("Source", Source.class,
			text("ProtectiveMarking").fixed("OFFICIAL-SENSITIVE-Personal"),
			field("UKPRN", INT).range(UKPRN_MIN, UKPRN_MAX), text("SoftwareSupplier", 40).optional(),
			text("SoftwarePackage", 30).optional(), text("Release", 20).optional(),
			text("SerialNo").pattern("[0-9]{1,2}"), field("DateTime", DATE_TIME),
			text("ReferenceData", 100).optional(), text("ComponentSetVersion", 20).optional());

	public static final EntitySpec HEADER = new EntitySpec("Header", Header.class, one(COLLECTION_DETAILS),
			one(SOURCE));

	public static final EntitySpec SOURCE_FILE = new EntitySpec("SourceFile", SourceFile.class,
			text("SourceFileName", 50), field("FilePreparationDate", DATE), text("SoftwareSupplier", 40).optional(),
			text("SoftwarePackage", 30).optional(), text("Release", 20).optional(),
			text("SerialNo").pattern("[0-9]{1,2}"), field("DateTime", DATE_TIME).optional());

	public static final EntitySpec SOURCE_FILES = new EntitySpec("SourceFiles", SourceFiles.class,
			new ChildSpec(SOURCE_FILE, 1, Member.UNBOUNDED));

	public static final EntitySpec LEARNING_PROVIDER = new EntitySpec("LearningProvider", LearningProvider.class,
			field("UKPRN", INT).range(UKPRN_MIN, UKPRN_MAX));

	public static final EntitySpec PRIOR_ATTAIN = new EntitySpec("PriorAttain", PriorAttain.class,
			field("PriorLevel", INT).digits(2), field("DateLevelApp", DATE));

	public static final EntitySpec LLDD_AND_HEALTH_PROBLEM = new EntitySpec("LLDDandHealthProblem",
			LLDDandHealthProblem.class, field("LLDDCat", INT).digits(2), field("PrimaryLLDD", INT).digits(1).optional());

	public static final EntitySpec LEARNER_FAM = new EntitySpec("LearnerFAM", LearnerFAM.class,
			text("LearnFAMType", 3), field("LearnFAMCode", INT).digits(3));

	public static final EntitySpec PROVIDER_SPEC_LEARNER_MONITORING = new EntitySpec("ProviderSpecLearnerMonitoring",
			ProviderSpecLearnerMonitoring.class, text("ProvSpecLearnMonOccur").length(1, 1),
			text("ProvSpecLearnMon", 20));

	public static final EntitySpec EMPLOYMENT_STATUS_MONITORING = new EntitySpec("EmploymentStatusMonitoring",
			EmploymentStatusMonitoring.class, text("ESMType", 3), field("ESMCode", INT).digits(2));

	public static final EntitySpec LEARNER_EMPLOYMENT_STATUS = new EntitySpec("LearnerEmploymentStatus",
			LearnerEmploymentStatus.class, field("EmpStat", INT).digits(2), field("DateEmpStatApp", DATE),
			field("EmpId", INT).digits(9).optional(), new ChildSpec(EMPLOYMENT_STATUS_MONITORING, 0, 10));

	public static final EntitySpec LEARNER_HE_FINANCIAL_SUPPORT = new EntitySpec("LearnerHEFinancialSupport",
			LearnerHEFinancialSupport.class, field("FINTYPE", INT).digits(1),
			field("FINAMOUNT", INT).range("0", "999999"));

	public static final EntitySpec LEARNER_HE = new EntitySpec("LearnerHE", LearnerHE.class,
			text("UCASPERID").pattern("[0-9]{10}").optional(), field("TTACCOM", INT).digits(1).optional(),
			new ChildSpec(LEARNER_HE_FINANCIAL_SUPPORT, 0, 4));

	public static final EntitySpec LEARNING_DELIVERY_FAM = new EntitySpec("LearningDeliveryFAM",
			LearningDeliveryFAM.class, text("LearnDelFAMType", 3), text("LearnDelFAMCode", 5),
			field("LearnDelFAMDateFrom", DATE).optional(), field("LearnDelFAMDateTo", DATE).optional());

	public static final EntitySpec LEARNING_DELIVERY_WORK_PLACEMENT = new EntitySpec("LearningDeliveryWorkPlacement",
			LearningDeliveryWorkPlacement.class, field("WorkPlaceStartDate", DATE),
			field("WorkPlaceEndDate", DATE).optional(), field("WorkPlaceHours", INT).range("1", "9999"),
			field("WorkPlaceMode", INT).digits(1), field("WorkPlaceEmpId", INT).digits(9).optional());

	public static final EntitySpec APP_FIN_RECORD = new EntitySpec("AppFinRecord", AppFinRecord.class,
			text("AFinType", 3), field("AFinCode", INT).digits(2), field("AFinDate", DATE),
			field("AFinAmount", INT).range("0", "999999"));

	public static final EntitySpec PROVIDER_SPEC_DELIVERY_MONITORING = new EntitySpec(
			"ProviderSpecDeliveryMonitoring", ProviderSpecDeliveryMonitoring.class,
			text("ProvSpecDelMonOccur").length(1, 1), text("ProvSpecDelMon", 20));

	public static final EntitySpec LEARNING_DELIVERY_HE = new EntitySpec("LearningDeliveryHE",
			LearningDeliveryHE.class, text("SSN", 13).optional(), text("QUALENT3", 3).optional(),
			field("SOC", INT).digits(4).optional(), field("SEC", INT).digits(1).optional(),
			text("UCASSCHEMECODE").pattern("[a-zA-Z]{2}[0-9]{2}|[0-9]{9}").optional(), field("TYPEYR", INT).digits(1),
			field("MODESTUD", INT).digits(2), field("FUNDLEV", INT).digits(2).optional(),
			field("FUNDCOMP", INT).digits(1).optional(),
			field("STULOAD", DECIMAL).range("0.1", "300.0").fraction(1).optional(),
			field("YEARSTU", INT).range("1", "98"), field("MSTUFEE", INT).digits(2),
			field("PCOLAB", DECIMAL).range("0.1", "100.0").fraction(1).optional(), field("SPECFEE", INT).digits(1),
			field("NETFEE", INT).range("0", "999999").optional(), field("GROSSFEE", INT).range("0", "999999").optional(),
			text("PERMADDCOUNTRY", 2).optional(), field("ELQ", INT).digits(1).optional(),
			text("HEPostCode", 8).optional());

	public static final EntitySpec LEARNING_DELIVERY = new EntitySpec("LearningDelivery", LearningDelivery.class,
			text("LearnAimRef", 8), field("AimType", INT).digits(1), field("AimSeqNumber", INT).range("1", "98"),
			field("LearnStartDate", DATE), field("OrigLearnStartDate", DATE).optional(),
			field("LearnPlanEndDate", DATE), field("FundModel", INT).digits(2),
			field("PHours", INT).range("0", "9999").optional(), field("OTJActHours", INT).range("0", "9999").optional(),
			field("ProgType", INT).digits(2).optional(), field("StdCode", INT).digits(5).optional(),
			field("PartnerUKPRN", INT).range(UKPRN_MIN, UKPRN_MAX).optional(), text("DelLocPostCode", 8),
			text("LSDPostcode", 8).optional(), field("AddHours", INT).range("0", "9999").optional(),
			field("PriorLearnFundAdj", INT).range("0", "99").optional(),
			field("OtherFundAdj", INT).range("0", "999").optional(), text("ConRefNumber", 20).optional(),
			text("EPAOrgID", 7).optional(), field("CompStatus", INT).digits(1),
			field("LearnActEndDate", DATE).optional(), field("WithdrawReason", INT).digits(2).optional(),
			field("Outcome", INT).digits(1).optional(), field("AchDate", DATE).optional(),
			text("OutGrade", 6).optional(), text("SWSupAimId", 36).optional(), field("TLOut", INT).digits(2).optional(),
			new ChildSpec(LEARNING_DELIVERY_FAM, 0, Member.UNBOUNDED),
			new ChildSpec(LEARNING_DELIVERY_WORK_PLACEMENT, 0, Member.UNBOUNDED),
			new ChildSpec(APP_FIN_RECORD, 0, Member.UNBOUNDED), new ChildSpec(PROVIDER_SPEC_DELIVERY_MONITORING, 0, 4),
			new ChildSpec(LEARNING_DELIVERY_HE, 0, 1));

	public static final EntitySpec LEARNER = new EntitySpec("Learner", Learner.class,
			text("LearnRefNumber").pattern(LEARN_REF), text("PrevLearnRefNumber").pattern(LEARN_REF).optional(),
			field("PrevUKPRN", INT).range(UKPRN_MIN, UKPRN_MAX).optional(),
			field("PMUKPRN", INT).range(UKPRN_MIN, UKPRN_MAX).optional(),
			text("CampId").pattern("[A-Za-z0-9]{1,8}").optional(),
			field("ULN", LONG).range("1000000000", "9999999999"), field("FamilyName", STRING).pattern(NAME).optional(),
			field("GivenNames", STRING).pattern(NAME).optional(), field("DateOfBirth", DATE).optional(),
			field("Ethnicity", INT).digits(2), text("Sex").length(1, 1), field("LLDDHealthProb", INT).digits(1),
			text("NINumber", 9).optional(), field("Accom", INT).digits(1).optional(),
			field("ALSCost", INT).range("0", "999999").optional(),
			field("PlanLearnHours", INT).range("0", "9999").optional(),
			field("PlanEEPHours", INT).range("0", "9999").optional(), text("MathGrade", 4).optional(),
			text("EngGrade", 4).optional(), text("PostcodePrior", 8), text("Postcode", 8),
			text("AddLine1", 50).pattern(ADDRESS).optional(), text("AddLine2", 50).pattern(ADDRESS).optional(),
			text("AddLine3", 50).pattern(ADDRESS).optional(), text("AddLine4", 50).pattern(ADDRESS).optional(),
			text("TelNo").pattern("[0-9]{1,18}").optional(), text("Email", 100).pattern(".+@.+").optional(),
			new ChildSpec(PRIOR_ATTAIN, 0, Member.UNBOUNDED), new ChildSpec(LLDD_AND_HEALTH_PROBLEM, 0, 22),
			new ChildSpec(LEARNER_FAM, 0, 17), new ChildSpec(PROVIDER_SPEC_LEARNER_MONITORING, 0, 2),
			new ChildSpec(LEARNER_EMPLOYMENT_STATUS, 0, Member.UNBOUNDED), new ChildSpec(LEARNER_HE, 0, 1),
			new ChildSpec(LEARNING_DELIVERY, 1, Member.UNBOUNDED));

	public static final EntitySpec MESSAGE = new EntitySpec("Message", Message.class, one(HEADER),
			new ChildSpec(SOURCE_FILES, 0, 1), one(LEARNING_PROVIDER), new ChildSpec(LEARNER, 1, Member.UNBOUNDED));

	private static final Map<Class<?>, EntitySpec> BY_TYPE = new LinkedHashMap<>();

	static {
		register(MESSAGE);
	}

	private IlrSchema() {
	}

	/** The spec of an entity record type. */
	public static EntitySpec spec(Class<?> type) {
		EntitySpec spec = BY_TYPE.get(type);
		if (spec == null) {
			throw new IllegalArgumentException(type.getName() + " is not an ILR entity");
		}
		return spec;
	}

	/** Every entity spec, parents before children. */
	public static List<EntitySpec> all() {
		return List.copyOf(BY_TYPE.values());
	}

	private static void register(EntitySpec spec) {
		BY_TYPE.put(spec.type(), spec);
		for (Member m : spec.members()) {
			if (m instanceof ChildSpec child) {
				register(child.entity());
			}
		}
	}

	private static FieldSpec field(String name, FieldType type) {
		return FieldSpec.of(name, type);
	}

	private static FieldSpec text(String name) {
		return FieldSpec.of(name, RESTRICTED_STRING);
	}

	private static FieldSpec text(String name, int maxLength) {
		return FieldSpec.of(name, RESTRICTED_STRING).length(1, maxLength);
	}

	private static ChildSpec one(EntitySpec entity) {
		return new ChildSpec(entity, 1, 1);
	}
}

package dev.ilrsh.anonymise;

import static dev.ilrsh.anonymise.Treatment.ADDRESS;
import static dev.ilrsh.anonymise.Treatment.DATE_OF_BIRTH;
import static dev.ilrsh.anonymise.Treatment.EMAIL;
import static dev.ilrsh.anonymise.Treatment.EMPLOYER_ID;
import static dev.ilrsh.anonymise.Treatment.FREE_TEXT;
import static dev.ilrsh.anonymise.Treatment.IDENTIFIER;
import static dev.ilrsh.anonymise.Treatment.LEARNER_REFERENCE;
import static dev.ilrsh.anonymise.Treatment.NAME;
import static dev.ilrsh.anonymise.Treatment.NI_NUMBER;
import static dev.ilrsh.anonymise.Treatment.PHONE;
import static dev.ilrsh.anonymise.Treatment.POSTCODE;
import static dev.ilrsh.anonymise.Treatment.ULN;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every field of the 2025-26 model, decided one by one: the personal ones and how each is replaced, and the rest,
 * kept, with the reason. This is the one place the decision is written down; a test checks that every field of
 * {@link dev.ilrsh.model.IlrSchema} is in exactly one of the two lists, so a field added to the model has to be
 * decided here.
 */
public final class PersonalFields {

	/** Entity element name, then field element name, to how the field is replaced. */
	private static final Map<String, Map<String, Treatment>> PERSONAL = new LinkedHashMap<>();

	/** Entity element name, then field element name, to why the field is kept. */
	private static final Map<String, Map<String, String>> KEPT = new LinkedHashMap<>();

	private static final String ABOUT_FILE = "about the file and the software that made it, not a person";
	private static final String ORGANISATION = "identifies an organisation (provider, partner, assessor), not a person";
	private static final String CODE = "a code from the ILR's code lists, which rules and questions read";
	private static final String LEARNING = "a date, amount or count of the learning, which rules and questions read";

	static {
		kept("CollectionDetails", ABOUT_FILE, "Collection", "Year", "FilePreparationDate");
		kept("Source", ABOUT_FILE, "ProtectiveMarking", "SoftwareSupplier", "SoftwarePackage", "Release", "SerialNo",
				"DateTime", "ReferenceData", "ComponentSetVersion");
		kept("Source", ORGANISATION, "UKPRN");
		kept("SourceFile", ABOUT_FILE, "SourceFileName", "FilePreparationDate", "SoftwareSupplier", "SoftwarePackage",
				"Release", "SerialNo", "DateTime");
		kept("LearningProvider", ORGANISATION, "UKPRN");

		personal("Learner", "LearnRefNumber", LEARNER_REFERENCE);
		personal("Learner", "PrevLearnRefNumber", LEARNER_REFERENCE);
		kept("Learner", ORGANISATION, "PrevUKPRN", "PMUKPRN");
		kept("Learner", "a campus of the provider", "CampId");
		personal("Learner", "ULN", ULN);
		personal("Learner", "FamilyName", NAME);
		personal("Learner", "GivenNames", NAME);
		personal("Learner", "DateOfBirth", DATE_OF_BIRTH);
		kept("Learner", CODE + " (ethnicity, sex and health are sensitive: see help privacy)", "Ethnicity", "Sex",
				"LLDDHealthProb");
		personal("Learner", "NINumber", NI_NUMBER);
		kept("Learner", CODE, "Accom", "MathGrade", "EngGrade");
		kept("Learner", LEARNING, "ALSCost", "PlanLearnHours", "PlanEEPHours");
		personal("Learner", "PostcodePrior", POSTCODE);
		personal("Learner", "Postcode", POSTCODE);
		personal("Learner", "AddLine1", ADDRESS);
		personal("Learner", "AddLine2", ADDRESS);
		personal("Learner", "AddLine3", ADDRESS);
		personal("Learner", "AddLine4", ADDRESS);
		personal("Learner", "TelNo", PHONE);
		personal("Learner", "Email", EMAIL);

		kept("PriorAttain", CODE, "PriorLevel");
		kept("PriorAttain", LEARNING, "DateLevelApp");
		kept("LLDDandHealthProblem", CODE + " (health: sensitive, see help privacy)", "LLDDCat", "PrimaryLLDD");
		kept("LearnerFAM", CODE + " (some are sensitive, see help privacy)", "LearnFAMType", "LearnFAMCode");
		kept("ProviderSpecLearnerMonitoring", CODE, "ProvSpecLearnMonOccur");
		personal("ProviderSpecLearnerMonitoring", "ProvSpecLearnMon", FREE_TEXT);
		kept("LearnerEmploymentStatus", CODE, "EmpStat");
		kept("LearnerEmploymentStatus", LEARNING, "DateEmpStatApp");
		personal("LearnerEmploymentStatus", "EmpId", EMPLOYER_ID);
		kept("EmploymentStatusMonitoring", CODE, "ESMType", "ESMCode");
		personal("LearnerHE", "UCASPERID", IDENTIFIER);
		kept("LearnerHE", CODE, "TTACCOM");
		kept("LearnerHEFinancialSupport", CODE, "FINTYPE");
		kept("LearnerHEFinancialSupport", LEARNING, "FINAMOUNT");

		kept("LearningDelivery", CODE, "LearnAimRef", "AimType", "FundModel", "ProgType", "StdCode", "CompStatus",
				"WithdrawReason", "Outcome", "OutGrade", "TLOut");
		kept("LearningDelivery", LEARNING, "AimSeqNumber", "LearnStartDate", "OrigLearnStartDate", "LearnPlanEndDate",
				"PHours", "OTJActHours", "AddHours", "PriorLearnFundAdj", "OtherFundAdj", "LearnActEndDate", "AchDate");
		kept("LearningDelivery", ORGANISATION, "PartnerUKPRN", "EPAOrgID");
		personal("LearningDelivery", "DelLocPostCode", POSTCODE);
		personal("LearningDelivery", "LSDPostcode", POSTCODE);
		personal("LearningDelivery", "ConRefNumber", IDENTIFIER);
		personal("LearningDelivery", "SWSupAimId", IDENTIFIER);
		kept("LearningDeliveryFAM", CODE, "LearnDelFAMType", "LearnDelFAMCode");
		kept("LearningDeliveryFAM", LEARNING, "LearnDelFAMDateFrom", "LearnDelFAMDateTo");
		kept("LearningDeliveryWorkPlacement", LEARNING, "WorkPlaceStartDate", "WorkPlaceEndDate", "WorkPlaceHours");
		kept("LearningDeliveryWorkPlacement", CODE, "WorkPlaceMode");
		personal("LearningDeliveryWorkPlacement", "WorkPlaceEmpId", EMPLOYER_ID);
		kept("AppFinRecord", CODE, "AFinType", "AFinCode");
		kept("AppFinRecord", LEARNING, "AFinDate", "AFinAmount");
		kept("ProviderSpecDeliveryMonitoring", CODE, "ProvSpecDelMonOccur");
		personal("ProviderSpecDeliveryMonitoring", "ProvSpecDelMon", FREE_TEXT);
		personal("LearningDeliveryHE", "SSN", IDENTIFIER);
		kept("LearningDeliveryHE", CODE, "QUALENT3", "SOC", "SEC", "UCASSCHEMECODE", "TYPEYR", "MODESTUD", "FUNDLEV",
				"FUNDCOMP", "MSTUFEE", "SPECFEE", "PERMADDCOUNTRY", "ELQ");
		kept("LearningDeliveryHE", LEARNING, "STULOAD", "YEARSTU", "PCOLAB", "NETFEE", "GROSSFEE");
		personal("LearningDeliveryHE", "HEPostCode", POSTCODE);
	}

	private PersonalFields() {
	}

	/** How a field is replaced, or null when it is kept. */
	public static Treatment of(String entity, String field) {
		Map<String, Treatment> fields = PERSONAL.get(entity);
		return fields == null ? null : fields.get(field);
	}

	/** Every personal field: entity, then field, then how it is replaced. */
	public static Map<String, Map<String, Treatment>> personal() {
		return Collections.unmodifiableMap(PERSONAL);
	}

	/** Every kept field: entity, then field, then why. */
	public static Map<String, Map<String, String>> kept() {
		return Collections.unmodifiableMap(KEPT);
	}

	private static void personal(String entity, String field, Treatment treatment) {
		PERSONAL.computeIfAbsent(entity, e -> new LinkedHashMap<>()).put(field, treatment);
	}

	private static void kept(String entity, String why, String... fields) {
		for (String field : fields) {
			KEPT.computeIfAbsent(entity, e -> new LinkedHashMap<>()).put(field, why);
		}
	}
}

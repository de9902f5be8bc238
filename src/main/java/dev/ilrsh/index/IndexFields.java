package dev.ilrsh.index;

import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EmploymentStatusMonitoring;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.FieldType;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearnerFAM;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import dev.ilrsh.model.Member;
import dev.ilrsh.model.Message;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The searchable fields of one file and the facts about them: which kinds of document carry each, what it is
 * counted over, and which names stand for a FAM or monitoring type ({@code ACT}, {@code SOF}, {@code LOE} …).
 *
 * <p>
 * Every element of the schema is registered, so a field absent from the file can still be queried; FAM and
 * monitoring types the file uses beyond the known ones are added as fields too.
 */
final class IndexFields {

	/** The record a type-named field ({@code ACT}, {@code EHC}, {@code LOE} …) takes its code from. */
	enum CodeOf {
		DELIVERY_FAM, LEARNER_FAM, EMPLOYMENT_MONITORING
	}

	/** Aim fields summarised on learner documents: every value of every aim. */
	static final Set<String> LEARNER_SUMMARY = Set.of("StdCode", "ProgType", "FundModel", "CompStatus", "LearnAimRef",
			"LearnStartDate", "AimType", "ACT");
	/** Learner fields that aim and programme documents carry too. */
	static final Set<String> LEARNER_IDENTITY = Set.of("LearnRefNumber", "ULN", "FamilyName", "GivenNames",
			"DateOfBirth", "Sex", "Ethnicity", "Postcode");

	private static final Set<String> NOT_COUNTABLE = Set.of("LearnRefNumber", "PrevLearnRefNumber", "ULN", "FamilyName",
			"GivenNames", "DateOfBirth", "NINumber", "AddLine1", "AddLine2", "AddLine3", "AddLine4", "TelNo", "Email",
			"Postcode", "PostcodePrior", "SWSupAimId", "UCASPERID", "ProvSpecLearnMon", "ProvSpecDelMon");
	/** Whole numbers that are amounts, hours or positions rather than codes: searchable, not counted. */
	private static final Set<String> MEASURES = Set.of("AimSeqNumber", "PHours", "OTJActHours", "AddHours",
			"PlanLearnHours", "PlanEEPHours", "ALSCost", "AFinAmount", "FINAMOUNT", "NETFEE", "GROSSFEE", "WorkPlaceHours",
			"PriorLearnFundAdj", "OtherFundAdj", "TNPTotal", "DaysPastPlannedEnd", "YEARSTU");
	private static final Set<String> TEXT_FIELDS = Set.of("FamilyName", "GivenNames", "AddLine1", "AddLine2",
			"AddLine3", "AddLine4");
	/** Derived fields counted over programmes. */
	private static final Set<String> PROGRAMME_FIELDS = Set.of("Status", "AgeBand", "StartMonth", "AgeAtStart", "Kind",
			"TNPTotal", "DaysPastPlannedEnd", "ComponentCount", "ComponentAimRef");
	private static final List<String> DELIVERY_FAM_TYPES = List.of("SOF", "FFI", "EEF", "RES", "LSF", "ADL", "ALB",
			"ACL", "AFL", "ASL", "FLN", "LDM", "DAM", "ACT", "EVI");
	private static final List<String> LEARNER_FAM_TYPES = List.of("HNS", "EHC", "DLA", "SEN", "LSR", "NLM", "EDF",
			"MCF", "ECF", "FME", "MMH", "EMH", "PPE");
	private static final List<String> ESM_TYPES = List.of("SEI", "EII", "LOU", "LOE", "BSI", "PEI", "SEM", "OET");
	private static final Pattern TYPE_CODE = Pattern.compile("[A-Z]{3}");
	private static final Map<String, String> ELEMENTS = new HashMap<>();

	static {
		for (EntitySpec spec : IlrSchema.all()) {
			for (Member m : spec.members()) {
				if (m instanceof FieldSpec f) {
					ELEMENTS.putIfAbsent(f.name(),
							spec.name() + "." + f.name() + (f.type() == FieldType.DATE ? " (date)" : ""));
				}
			}
		}
	}

	private final FieldCatalog catalog = new FieldCatalog();
	private final Set<String> learnerFields = new HashSet<>(Set.of("ULNCheck", "AimCount", "ProgrammeCount"));
	private final Map<String, CodeOf> typeCodes = new HashMap<>();

	IndexFields(Message message) {
		registerFixedFields();
		registerSchema(IlrSchema.LEARNER, true);
		registerTypesInFile(message);
	}

	FieldCatalog catalog() {
		return catalog;
	}

	/** The record a type-named field takes its code from, or null for any other field. */
	CodeOf codeOf(String name) {
		return typeCodes.get(name);
	}

	/**
	 * The documents a field is counted over unless asked otherwise: programme-level derived fields (Status,
	 * AgeBand, StartMonth, AgeAtStart, Kind …) over programmes; learner fields (Sex, EmpStat, learner FAM and ESM
	 * types, ULNCheck …) over learners; aim fields over aims.
	 */
	Target homeOf(IndexField field) {
		if (PROGRAMME_FIELDS.contains(field.name())) {
			return Target.PROGRAMMES;
		}
		if (learnerFields.contains(field.name()) || !field.targets().contains(Target.AIMS)) {
			return Target.LEARNERS;
		}
		return Target.AIMS;
	}

	/** Whether {@code count} can count a field over a kind of document: its home, or learners for summary fields. */
	boolean countableOn(IndexField field, Target target) {
		return field.countable() && field.targets().contains(target)
				&& (target == homeOf(field) || target == Target.LEARNERS && LEARNER_SUMMARY.contains(field.name()));
	}

	private void registerFixedFields() {
		FieldCatalog c = catalog;
		for (Target t : Target.values()) {
			c.register("Status", FieldKind.KEYWORD, true, t, true,
					"programme or aim status: continuing, gateway, achieved, not-achieved, completed, break, withdrawn, transferred");
			c.register("AgeBand", FieldKind.KEYWORD, true, t, true, "age band at start: under 16, 16-18, 19-23, 24+");
			c.register("StartMonth", FieldKind.KEYWORD, true, t, true, "month of LearnStartDate, as YYYY-MM");
			c.register("ULNCheck", FieldKind.KEYWORD, true, t, true, "DD01 ULN check: valid, invalid, not-known");
			c.register("AgeAtStart", FieldKind.INT, true, t, true, "age in whole years at the (original) start");
		}
		for (String type : DELIVERY_FAM_TYPES) {
			registerType(type, CodeOf.DELIVERY_FAM);
		}
		for (String type : LEARNER_FAM_TYPES) {
			registerType(type, CodeOf.LEARNER_FAM);
		}
		for (String type : ESM_TYPES) {
			registerType(type, CodeOf.EMPLOYMENT_MONITORING);
		}
		c.register("Kind", FieldKind.KEYWORD, true, Target.PROGRAMMES, true,
				"episode kind: programme, standalone, orphan-component");
		c.register("ProgrammeStart", FieldKind.DATE, false, Target.PROGRAMMES, true, "DD04 programme start date");
		c.register("EffectiveEnd", FieldKind.DATE, false, Target.PROGRAMMES, true,
				"DD36 effective end date (2099-12-31 while open)");
		c.register("TNPTotal", FieldKind.INT, false, Target.PROGRAMMES, true, "latest TNP1 plus latest TNP2");
		c.register("DaysPastPlannedEnd", FieldKind.INT, false, Target.PROGRAMMES, true,
				"days from planned end to actual end or reference date");
		c.register("ComponentCount", FieldKind.INT, true, Target.PROGRAMMES, true, "number of component aims");
		c.register("ComponentAimRef", FieldKind.KEYWORD, true, Target.PROGRAMMES, true, "LearnAimRef of a component");
		c.register("AimCount", FieldKind.INT, true, Target.LEARNERS, true, "number of aims");
		c.register("ProgrammeCount", FieldKind.INT, true, Target.LEARNERS, true, "number of programme aims");
	}

	/** Registers FAM and monitoring types this file uses beyond the known ones. */
	private void registerTypesInFile(Message m) {
		for (Learner l : m.learners()) {
			for (LearnerFAM f : l.learnerFAM()) {
				registerType(f.learnFAMType(), CodeOf.LEARNER_FAM);
			}
			for (LearnerEmploymentStatus s : l.learnerEmploymentStatus()) {
				for (EmploymentStatusMonitoring esm : s.employmentStatusMonitoring()) {
					registerType(esm.esmType(), CodeOf.EMPLOYMENT_MONITORING);
				}
			}
			for (LearningDelivery a : l.learningDelivery()) {
				for (LearningDeliveryFAM f : a.learningDeliveryFAM()) {
					registerType(f.learnDelFAMType(), CodeOf.DELIVERY_FAM);
				}
			}
		}
	}

	private void registerType(String type, CodeOf source) {
		if (type == null || typeCodes.containsKey(type) || !TYPE_CODE.matcher(type).matches()
				|| ELEMENTS.containsKey(type)) {
			return; // never shadow an element name
		}
		typeCodes.put(type, source);
		String what = switch (source) {
			case DELIVERY_FAM -> "learning delivery FAM";
			case LEARNER_FAM -> "learner FAM";
			case EMPLOYMENT_MONITORING -> "employment status monitoring";
		};
		String description = "code of the " + type + " " + what;
		if (source == CodeOf.DELIVERY_FAM) {
			catalog.register(type, FieldKind.KEYWORD, true, Target.AIMS, false, description);
			catalog.register(type, FieldKind.KEYWORD, true, Target.PROGRAMMES, false, description);
			if (LEARNER_SUMMARY.contains(type)) {
				catalog.register(type, FieldKind.KEYWORD, true, Target.LEARNERS, false, description);
			}
		}
		else {
			catalog.register(type, FieldKind.KEYWORD, true, Target.LEARNERS, false, description);
			learnerFields.add(type);
		}
	}

	/**
	 * Registers every field of an entity and its children under the documents that carry it, so that fields
	 * absent from a file can still be queried.
	 */
	private void registerSchema(EntitySpec spec, boolean learnerLevel) {
		for (Member m : spec.members()) {
			if (m instanceof FieldSpec f) {
				FieldKind kind = kindOf(f);
				boolean countable = countable(f.name(), kind);
				String description = "ILR element " + ELEMENTS.get(f.name());
				if (learnerLevel) {
					learnerFields.add(f.name());
					catalog.register(f.name(), kind, countable, Target.LEARNERS, false, description);
					if (spec == IlrSchema.LEARNER && LEARNER_IDENTITY.contains(f.name())) {
						catalog.register(f.name(), kind, countable, Target.AIMS, false, description);
						catalog.register(f.name(), kind, countable, Target.PROGRAMMES, false, description);
					}
				}
				else {
					catalog.register(f.name(), kind, countable, Target.AIMS, false, description);
					catalog.register(f.name(), kind, countable, Target.PROGRAMMES, false, description);
					if (spec == IlrSchema.LEARNING_DELIVERY && LEARNER_SUMMARY.contains(f.name())) {
						catalog.register(f.name(), kind, countable, Target.LEARNERS, false, description);
					}
				}
			}
			else if (m instanceof ChildSpec child) {
				registerSchema(child.entity(), learnerLevel && child.entity() != IlrSchema.LEARNING_DELIVERY);
			}
		}
	}

	private static boolean countable(String name, FieldKind kind) {
		return !NOT_COUNTABLE.contains(name) && !MEASURES.contains(name) && kind != FieldKind.DATE
				&& kind != FieldKind.TEXT;
	}

	private static FieldKind kindOf(FieldSpec f) {
		if (TEXT_FIELDS.contains(f.name())) {
			return FieldKind.TEXT;
		}
		return switch (f.type()) {
			case DATE -> FieldKind.DATE;
			case INT -> FieldKind.INT;
			default -> FieldKind.KEYWORD;
		};
	}
}

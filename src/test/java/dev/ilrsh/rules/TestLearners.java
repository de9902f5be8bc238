package dev.ilrsh.rules;

import dev.ilrsh.model.AppFinRecord;
import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.CollectionDetails;
import dev.ilrsh.model.EmploymentStatusMonitoring;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.Header;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import dev.ilrsh.model.LearningProvider;
import dev.ilrsh.model.Member;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.Source;
import dev.ilrsh.model.XmlExtras;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Fictional learners for rule tests. {@link #apprentice()} is a valid 2025-26 apprentice on a standard: the whole rule
 * set must find nothing wrong with it. Tests change one thing with the {@code with…} helpers and look for the one
 * rule that should fire.
 */
final class TestLearners {

	static final LocalDate PREPARED = LocalDate.of(2025, 11, 20);
	static final LocalDate START = LocalDate.of(2025, 9, 1);
	static final int UKPRN = 10000001;

	private TestLearners() {
	}

	/** An entity built by element names; lists not given are empty. */
	@SuppressWarnings("unchecked")
	static <T extends IlrEntity> T build(EntitySpec spec, Object... namesAndValues) {
		Object[] values = new Object[spec.members().size() + 1];
		for (int i = 0; i < spec.members().size(); i++) {
			Member m = spec.members().get(i);
			if (m instanceof ChildSpec && m.repeats()) {
				values[i] = List.of();
			}
		}
		for (int i = 0; i < namesAndValues.length; i += 2) {
			int index = spec.indexOf((String) namesAndValues[i]);
			if (index < 0) {
				throw new IllegalArgumentException(spec.name() + " has no " + namesAndValues[i]);
			}
			values[index] = namesAndValues[i + 1];
		}
		values[values.length - 1] = XmlExtras.NONE;
		return (T) spec.create(values);
	}

	static LearningDeliveryFAM fam(String type, String code) {
		return build(IlrSchema.LEARNING_DELIVERY_FAM, "LearnDelFAMType", type, "LearnDelFAMCode", code);
	}

	static LearningDeliveryFAM fam(String type, String code, LocalDate from, LocalDate to) {
		return build(IlrSchema.LEARNING_DELIVERY_FAM, "LearnDelFAMType", type, "LearnDelFAMCode", code,
				"LearnDelFAMDateFrom", from, "LearnDelFAMDateTo", to);
	}

	static AppFinRecord fin(String type, int code, LocalDate date, int amount) {
		return build(IlrSchema.APP_FIN_RECORD, "AFinType", type, "AFinCode", code, "AFinDate", date, "AFinAmount",
				amount);
	}

	static LearnerEmploymentStatus employed(LocalDate from) {
		return build(IlrSchema.LEARNER_EMPLOYMENT_STATUS, "EmpStat", 10, "DateEmpStatApp", from, "EmpId", 123456789,
				"EmploymentStatusMonitoring", List.of(esm("EII", 8), esm("LOE", 4)));
	}

	static EmploymentStatusMonitoring esm(String type, int code) {
		return build(IlrSchema.EMPLOYMENT_STATUS_MONITORING, "ESMType", type, "ESMCode", code);
	}

	/** The programme aim (ZPROG001) of a standard starting on {@code start}, continuing, with its prices and ACT. */
	static LearningDelivery programmeAim(int seq, LocalDate start, int stdCode) {
		return build(IlrSchema.LEARNING_DELIVERY, "LearnAimRef", "ZPROG001", "AimType", 1, "AimSeqNumber", seq,
				"LearnStartDate", start, "LearnPlanEndDate", start.plusMonths(13), "FundModel", 36, "PHours", 400,
				"ProgType", 25, "StdCode", stdCode, "DelLocPostCode", "ZZ99 9ZZ", "EPAOrgID", "EPA0001",
				"CompStatus", 1, "SWSupAimId", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "LearningDeliveryFAM",
				List.of(fam("ACT", "1", start, null), fam("SOF", "105")), "AppFinRecord",
				List.of(fin("TNP", 1, start, 9000), fin("TNP", 2, start, 1000)));
	}

	/** A component aim of that standard. */
	static LearningDelivery componentAim(int seq, LocalDate start, int stdCode) {
		return build(IlrSchema.LEARNING_DELIVERY, "LearnAimRef", "60123456", "AimType", 3, "AimSeqNumber", seq,
				"LearnStartDate", start, "LearnPlanEndDate", start.plusMonths(12), "FundModel", 36, "ProgType", 25,
				"StdCode", stdCode, "DelLocPostCode", "ZZ99 9ZZ", "CompStatus", 1, "LearningDeliveryFAM",
				List.of(fam("SOF", "105")));
	}

	/** A valid apprentice on standard 91, started 1 September 2025, employed since 1 August 2025. */
	static Learner apprentice() {
		return apprentice("APP001", 1000000043L);
	}

	static Learner apprentice(String learnRefNumber, long uln) {
		return build(IlrSchema.LEARNER, "LearnRefNumber", learnRefNumber, "ULN", uln, "FamilyName", "Example",
				"GivenNames", "Alex", "DateOfBirth", LocalDate.of(2000, 3, 14), "Ethnicity", 31, "Sex", "F",
				"LLDDHealthProb", 2, "NINumber", "AB123456C", "PostcodePrior", "ZZ99 9ZZ", "Postcode", "ZZ99 9ZZ",
				"AddLine1", "1 Example Street", "PriorAttain",
				List.of(build(IlrSchema.PRIOR_ATTAIN, "PriorLevel", 3, "DateLevelApp", LocalDate.of(2018, 6, 30))),
				"LearnerEmploymentStatus", List.of(employed(LocalDate.of(2025, 8, 1))), "LearningDelivery",
				List.of(programmeAim(1, START, 91), componentAim(2, START, 91)));
	}

	static final LocalDate OLD_START = LocalDate.of(2024, 9, 2);
	static final LocalDate ENDED = LocalDate.of(2025, 9, 30);
	static final LocalDate ACHIEVED = LocalDate.of(2025, 10, 20);

	/**
	 * A valid apprentice who started standard 91 on 2 September 2024, finished training on 30 September 2025 and
	 * passed the end-point assessment on 20 October 2025.
	 */
	static Learner completedApprentice() {
		LearningDelivery programme = programmeAim(1, OLD_START, 91);
		programme = Ilr.with(programme, "CompStatus", 2);
		programme = Ilr.with(programme, "LearnActEndDate", ENDED);
		programme = Ilr.with(programme, "Outcome", 1);
		programme = Ilr.with(programme, "AchDate", ACHIEVED);
		programme = Ilr.with(programme, "OTJActHours", 420);
		programme = Ilr.with(programme, "LearningDeliveryFAM",
				List.of(fam("ACT", "1", OLD_START, ACHIEVED), fam("SOF", "105")));
		LearningDelivery component = componentAim(2, OLD_START, 91);
		component = Ilr.with(component, "CompStatus", 2);
		component = Ilr.with(component, "LearnActEndDate", ENDED);
		component = Ilr.with(component, "Outcome", 1);
		Learner learner = apprentice();
		learner = Ilr.with(learner, "LearnerEmploymentStatus", List.of(employed(LocalDate.of(2024, 8, 1))));
		return learner.withLearningDelivery(List.of(programme, component));
	}

	static Message message(Learner... learners) {
		CollectionDetails details = build(IlrSchema.COLLECTION_DETAILS, "Collection", "ILR", "Year", "2526",
				"FilePreparationDate", PREPARED);
		Source source = build(IlrSchema.SOURCE, "ProtectiveMarking", "OFFICIAL-SENSITIVE-Personal", "UKPRN", UKPRN,
				"SerialNo", "01", "DateTime", PREPARED.atTime(9, 30));
		Header header = build(IlrSchema.HEADER, "CollectionDetails", details, "Source", source);
		LearningProvider provider = build(IlrSchema.LEARNING_PROVIDER, "UKPRN", UKPRN);
		return build(IlrSchema.MESSAGE, "Header", header, "LearningProvider", provider,
				"Learner", List.of(learners));
	}

	/** The learner with one field changed. */
	static Learner with(Learner learner, String field, Object value) {
		return Ilr.with(learner, field, value);
	}

	/** The learner with one field of aim {@code index} (0-based) changed. */
	static Learner withAim(Learner learner, int index, String field, Object value) {
		return mapAim(learner, index, d -> Ilr.with(d, field, value));
	}

	static Learner mapAim(Learner learner, int index, UnaryOperator<LearningDelivery> change) {
		List<LearningDelivery> aims = new ArrayList<>(learner.learningDelivery());
		aims.set(index, change.apply(aims.get(index)));
		return learner.withLearningDelivery(aims);
	}

	static Learner addAims(Learner learner, LearningDelivery... more) {
		List<LearningDelivery> aims = new ArrayList<>(learner.learningDelivery());
		aims.addAll(List.of(more));
		return learner.withLearningDelivery(aims);
	}

	/** Validates learners in a message prepared on {@link #PREPARED}, with today fixed to that date too. */
	static ValidationReport validate(Learner... learners) {
		return Validator.validate(message(learners), List.of(), null,
				ValidationOptions.defaults().withToday(PREPARED));
	}

	/** Validates learners as {@link #validate} does, with the fictional LARS fixture loaded. */
	static ValidationReport validateWithLars(Learner... learners) {
		return Validator.validate(message(learners), List.of(), null,
				ValidationOptions.defaults().withToday(PREPARED).withRefData(dev.ilrsh.refdata.LarsFixture.refData()));
	}

	/** The names of the rules that fired, in report order, without repeats. */
	static List<String> rulesFired(ValidationReport report) {
		return report.findings().stream().map(Finding::rule).distinct().toList();
	}

}

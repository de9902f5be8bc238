package dev.ilrsh.rules;

import static dev.ilrsh.rules.TestLearners.START;
import static dev.ilrsh.rules.TestLearners.build;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Member;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every field definition rule, with a learner that breaks it and one that does not. The passing learner holds every
 * entity of the learner data, each field valid; the breaking one changes one field (or the number of one kind of
 * record) in the first entity of its kind, as the schema says: left out (MA), one character too long (AL), a
 * character or form the field does not allow (AP), just outside its range (AR), one record too many or none (EO).
 */
class FieldDefinitionCasesTest {

	/** A learner with one of every entity, every field present and valid. */
	static Learner full() {
		Learner learner = TestLearners.apprentice();
		Object pdm = build(IlrSchema.PROVIDER_SPEC_DELIVERY_MONITORING, "ProvSpecDelMonOccur", "A", "ProvSpecDelMon", "X1");
		Object placement = build(IlrSchema.LEARNING_DELIVERY_WORK_PLACEMENT, "WorkPlaceStartDate", START,
				"WorkPlaceEndDate", START.plusDays(10), "WorkPlaceHours", 10, "WorkPlaceMode", 1, "WorkPlaceEmpId", 123456789);
		Object he = build(IlrSchema.LEARNING_DELIVERY_HE, "SSN", "ABCD12345678K", "QUALENT3", "X06", "SOC", 1234, "SEC", 1,
				"UCASSCHEMECODE", "AB12", "TYPEYR", 1, "MODESTUD", 3, "FUNDLEV", 99, "FUNDCOMP", 1, "STULOAD",
				new BigDecimal("50.0"), "YEARSTU", 1, "MSTUFEE", 1, "PCOLAB", new BigDecimal("10.0"), "SPECFEE", 0, "NETFEE",
				1000, "GROSSFEE", 1000, "PERMADDCOUNTRY", "XF", "ELQ", 1, "HEPostCode", "ZZ99 9ZZ");
		LearningDelivery component = learner.learningDelivery().get(1);
		component = set(component, "LSDPostcode", "ZZ99 9ZZ", "AddHours", 10, "PriorLearnFundAdj", 50, "OtherFundAdj", 100,
				"ConRefNumber", "CON1", "PartnerUKPRN", 10000002, "OutGrade", "A", "TLOut", 1, "OTJActHours", 10,
				"LearningDeliveryWorkPlacement", List.of(placement), "ProviderSpecDeliveryMonitoring", List.of(pdm),
				"LearningDeliveryHE", he);
		learner = learner.withLearningDelivery(List.of(learner.learningDelivery().get(0), component));
		Object lldd = build(IlrSchema.LLDD_AND_HEALTH_PROBLEM, "LLDDCat", 4, "PrimaryLLDD", 1);
		Object fam = build(IlrSchema.LEARNER_FAM, "LearnFAMType", "LSR", "LearnFAMCode", 55);
		Object plm = build(IlrSchema.PROVIDER_SPEC_LEARNER_MONITORING, "ProvSpecLearnMonOccur", "A", "ProvSpecLearnMon", "X1");
		Object support = build(IlrSchema.LEARNER_HE_FINANCIAL_SUPPORT, "FINTYPE", 1, "FINAMOUNT", 100);
		Object learnerHe = build(IlrSchema.LEARNER_HE, "UCASPERID", "1234567890", "TTACCOM", 1, "LearnerHEFinancialSupport",
				List.of(support));
		return set(learner, "PrevLearnRefNumber", "OLD1", "PrevUKPRN", 10000003, "PMUKPRN", 10000004, "CampId", "CAMP0001",
				"Accom", 5, "ALSCost", 100, "PlanLearnHours", 500, "PlanEEPHours", 100, "MathGrade", "4", "EngGrade", "4",
				"AddLine2", "Town", "AddLine3", "Area", "AddLine4", "County", "TelNo", "01234567890", "Email",
				"someone@example.org", "LLDDHealthProb", 1, "LLDDandHealthProblem", List.of(lldd), "LearnerFAM", List.of(fam),
				"ProviderSpecLearnerMonitoring", List.of(plm), "LearnerHE", learnerHe);
	}

	private static <T extends IlrEntity> T set(T e, Object... namesAndValues) {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			e = Ilr.with(e, (String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return e;
	}

	/** The learner with the first entity named {@code entity} (depth first, in schema order) changed. */
	static Learner changeFirst(Learner learner, String entity, UnaryOperator<IlrEntity> change) {
		AtomicBoolean done = new AtomicBoolean();
		return (Learner) change(learner, entity, change, done);
	}

	private static IlrEntity change(IlrEntity e, String entity, UnaryOperator<IlrEntity> change, AtomicBoolean done) {
		EntitySpec spec = Ilr.spec(e);
		if (spec.name().equals(entity)) {
			done.set(true);
			return change.apply(e);
		}
		for (int i = 0; i < spec.members().size() && !done.get(); i++) {
			Member m = spec.members().get(i);
			if (!(m instanceof ChildSpec)) {
				continue;
			}
			Object value = spec.get(e, i);
			if (value instanceof List<?> list) {
				List<Object> copy = new ArrayList<>(list);
				for (int k = 0; k < copy.size() && !done.get(); k++) {
					copy.set(k, change((IlrEntity) copy.get(k), entity, change, done));
				}
				if (done.get()) {
					return Ilr.with(e, m.name(), copy);
				}
			}
			else if (value instanceof IlrEntity child) {
				IlrEntity changed = change(child, entity, change, done);
				if (done.get()) {
					return Ilr.with(e, m.name(), changed);
				}
			}
		}
		return e;
	}

	/** A value the field's check must refuse, for one kind of FD rule. */
	static Object breaking(String kind, FieldSpec f) {
		return switch (kind) {
			case "MA" -> null;
			case "AL" -> switch (f.type()) {
				case INT -> 2_000_000_000;
				case LONG -> 99_999_999_999L;
				case DECIMAL -> new BigDecimal("99999.9");
				default -> "A".repeat(1_000);
			};
			case "AP" -> "é|2";
			case "AR" -> f.max() == null ? null : switch (f.type()) {
				case LONG -> f.max().longValue() + 1;
				case DECIMAL -> f.max().add(BigDecimal.ONE);
				default -> f.max().intValue() + 1;
			};
			default -> throw new IllegalArgumentException(kind);
		};
	}

	@TestFactory
	Stream<DynamicTest> everyFieldDefinitionRuleBreaksAndPasses() {
		Learner full = full();
		List<DynamicTest> tests = new ArrayList<>();
		for (RuleInfo info : new FieldDefinitionRules().infos()) {
			String kind = info.name().substring(info.name().lastIndexOf('_') + 1);
			String member = info.fields().get(0);
			Learner breaks;
			if (kind.equals("EO")) {
				EntitySpec owner = IlrSchema.spec(ownerClass(info.entity()));
				ChildSpec child = (ChildSpec) owner.member(member);
				int max = FieldDefinitionRules.DIFFERENCES.getOrDefault(child.name(), child.maxOccurs());
				if (!child.repeats()) {
					// the model holds one record; a second in the file is seen by the reader and reported under this rule
					tests.add(DynamicTest.dynamicTest(info.name(), () -> {
						dev.ilrsh.xml.LoadProblem repeated = new dev.ilrsh.xml.LoadProblem(40, "APP001", "Learner", member,
								dev.ilrsh.xml.LoadProblem.Kind.REPEATED, member + " appears more than once in " + info.entity());
						ValidationReport report = Validator.validate(TestLearners.message(full), List.of(repeated), null,
								ValidationOptions.defaults().withToday(TestLearners.PREPARED));
						assertThat(TestLearners.rulesFired(report)).contains(info.name());
						assertThat(TestLearners.rulesFired(TestLearners.validate(full))).doesNotContain(info.name());
					}));
					continue;
				}
				IlrEntity sample = first(full, child.entity().name());
				breaks = changeFirst(full, info.entity(), e -> child.minOccurs() > 0 && max == Member.UNBOUNDED
						? Ilr.with(e, member, List.of()) : Ilr.with(e, member, Collections.nCopies(max + 1, sample)));
			}
			else {
				FieldSpec field = (FieldSpec) IlrSchema.spec(ownerClass(info.entity())).member(member);
				Object value = breaking(kind, field);
				breaks = changeFirst(full, info.entity(), e -> Ilr.with(e, member, value));
			}
			Learner passes = full;
			tests.add(DynamicTest.dynamicTest(info.name(), () -> {
				assertThat(TestLearners.rulesFired(TestLearners.validate(breaks))).as("breaking learner").contains(info.name());
				assertThat(TestLearners.rulesFired(TestLearners.validate(passes))).as("passing learner")
					.doesNotContain(info.name());
			}));
		}
		return tests.stream();
	}

	/** The first entity of this name in the learner, depth first. */
	private static IlrEntity first(IlrEntity e, String entity) {
		EntitySpec spec = Ilr.spec(e);
		if (spec.name().equals(entity)) {
			return e;
		}
		for (int i = 0; i < spec.members().size(); i++) {
			Object value = spec.members().get(i) instanceof ChildSpec ? spec.get(e, i) : null;
			for (Object o : value instanceof List<?> l ? l : value == null ? List.of() : List.of(value)) {
				IlrEntity found = first((IlrEntity) o, entity);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Class<? extends IlrEntity> ownerClass(String entity) {
		for (EntitySpec spec : all(IlrSchema.LEARNER, new ArrayList<>())) {
			if (spec.name().equals(entity)) {
				return spec.type();
			}
		}
		throw new IllegalArgumentException(entity);
	}

	private static List<EntitySpec> all(EntitySpec spec, List<EntitySpec> into) {
		into.add(spec);
		for (Member m : spec.members()) {
			if (m instanceof ChildSpec c) {
				all(c.entity(), into);
			}
		}
		return into;
	}
}

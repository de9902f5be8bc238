package dev.ilrsh.diff;

import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.Codes;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Member;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.IntFunction;

/**
 * Compares two versions of an entity field by field, and its children record by record (see {@link Pairing}),
 * writing a {@link Change} for each difference. Works on any entity through its {@link EntitySpec}, so every field
 * of the 2025-26 model is compared.
 */
final class EntityComparer {

	/**
	 * How the records of a repeating entity are recognised, by element names: the first key also labels a record
	 * in notes ({@code TNP 1 2025-09-01}). Records are first paired when they are the same throughout.
	 */
	private record Recognition(List<KeySpec> keys) {

		List<String> label() {
			return keys.isEmpty() ? List.of() : keys.get(0).elements();
		}
	}

	private record KeySpec(List<String> elements, boolean uniqueOnly) {
	}

	private static final Map<String, Recognition> RECOGNITION = new HashMap<>();

	static {
		recognise("PriorAttain", key(false, "PriorLevel"));
		recognise("LLDDandHealthProblem", key(false, "LLDDCat"));
		recognise("LearnerFAM", key(true, "LearnFAMType"));
		recognise("ProviderSpecLearnerMonitoring", key(false, "ProvSpecLearnMonOccur"));
		recognise("LearnerEmploymentStatus", key(false, "DateEmpStatApp"));
		recognise("EmploymentStatusMonitoring", key(false, "ESMType"));
		recognise("LearnerHEFinancialSupport", key(false, "FINTYPE"));
		recognise("LearningDelivery", key(false, "SWSupAimId"),
				key(false, "LearnAimRef", "ProgType", "StdCode", "LearnStartDate"),
				key(true, "LearnAimRef", "ProgType", "StdCode"));
		recognise("LearningDeliveryFAM", key(false, "LearnDelFAMType", "LearnDelFAMDateFrom"),
				key(true, "LearnDelFAMType"));
		recognise("LearningDeliveryWorkPlacement", key(false, "WorkPlaceStartDate"));
		recognise("AppFinRecord", key(false, "AFinType", "AFinCode", "AFinDate"), key(true, "AFinType", "AFinCode"));
		recognise("ProviderSpecDeliveryMonitoring", key(false, "ProvSpecDelMonOccur"));
		recognise("SourceFile", key(false, "SourceFileName"));
	}

	/** Fields whose codes have a meaning worth showing beside a change. */
	private static final Map<String, IntFunction<String>> MEANINGS = Map.of("CompStatus", Codes::compStatus,
			"Outcome", Codes::outcome, "FundModel", Codes::fundModel, "ProgType", Codes::progType, "AimType",
			Codes::aimType, "EmpStat", Codes::empStat);

	private static void recognise(String entity, KeySpec... keys) {
		RECOGNITION.put(entity, new Recognition(List.of(keys)));
	}

	private static KeySpec key(boolean uniqueOnly, String... elements) {
		return new KeySpec(List.of(elements), uniqueOnly);
	}

	/** What happened to a learner's aims, for the summary and for matching findings to aims. */
	static final class AimTally {

		int added;
		int removed;
		int changed;
		final Map<Integer, Integer> newNumberOfOld = new HashMap<>();
	}

	private final List<Change> out;
	private final AimTally aims;

	EntityComparer(List<Change> out, AimTally aims) {
		this.out = out;
		this.aims = aims;
	}

	/**
	 * Compares {@code a} (old) with {@code b} (new), both of {@code spec}.
	 *
	 * @param context what the entity is, for notes ("" at the top)
	 * @return true when anything differs
	 */
	boolean compare(EntitySpec spec, IlrEntity a, IlrEntity b, Where where, String context) {
		boolean changed = false;
		List<Member> members = spec.members();
		for (int i = 0; i < members.size(); i++) {
			Member m = members.get(i);
			if (m instanceof FieldSpec f) {
				if (!Values.same(spec, i, f, a, b)) {
					String was = Values.shown(spec, i, f, a);
					String now = Values.shown(spec, i, f, b);
					out.add(new Change(Change.Kind.CHANGED, spec.name(), where.learnRefNumber(), where.uln(),
							where.aimSeqNumber(), where.learnAimRef(), f.name(), was, now,
							note(join(context, meaning(f.name(), spec.get(a, i), spec.get(b, i))))));
					changed = true;
				}
				continue;
			}
			ChildSpec child = (ChildSpec) m;
			if (child.entity() == IlrSchema.LEARNER) {
				continue;
			}
			Object x = spec.get(a, i);
			Object y = spec.get(b, i);
			if (x instanceof List<?> xs) {
				changed |= compareLists(child.entity(), cast(xs), cast((List<?>) y), where, context);
			}
			else if (x == null && y == null) {
				continue;
			}
			else if (x == null) {
				added(child.entity(), (IlrEntity) y, where, context);
				changed = true;
			}
			else if (y == null) {
				removed(child.entity(), (IlrEntity) x, where, context);
				changed = true;
			}
			else {
				changed |= compare(child.entity(), (IlrEntity) x, (IlrEntity) y, where, context);
			}
		}
		return changed;
	}

	/** Whether two entities hold the same values throughout, children included (spaces normalised). */
	static boolean same(EntitySpec spec, IlrEntity a, IlrEntity b) {
		if (a == b) {
			return true;
		}
		if (a == null || b == null) {
			return false;
		}
		List<Member> members = spec.members();
		for (int i = 0; i < members.size(); i++) {
			Member m = members.get(i);
			if (m instanceof FieldSpec f) {
				if (!Values.same(spec, i, f, a, b)) {
					return false;
				}
				continue;
			}
			EntitySpec child = ((ChildSpec) m).entity();
			if (child == IlrSchema.LEARNER) {
				continue;
			}
			Object x = spec.get(a, i);
			Object y = spec.get(b, i);
			if (x instanceof List<?> xs) {
				List<?> ys = (List<?>) y;
				if (xs.size() != ys.size()) {
					return false;
				}
				for (int j = 0; j < xs.size(); j++) {
					if (!same(child, (IlrEntity) xs.get(j), (IlrEntity) ys.get(j))) {
						return false;
					}
				}
			}
			else if (!same(child, (IlrEntity) x, (IlrEntity) y)) {
				return false;
			}
		}
		return true;
	}

	private boolean compareLists(EntitySpec spec, List<IlrEntity> older, List<IlrEntity> newer, Where where,
			String context) {
		Recognition recognition = RECOGNITION.getOrDefault(spec.name(), new Recognition(List.of()));
		List<Pairing.Key<IlrEntity>> keys = new ArrayList<>();
		for (KeySpec k : recognition.keys()) {
			keys.add(new Pairing.Key<>(e -> keyOf(spec, e, k.elements()), k.uniqueOnly()));
		}
		Pairing.Result pairs = Pairing.pair(older, newer, (x, y) -> same(spec, x, y), keys);
		boolean aimList = spec == IlrSchema.LEARNING_DELIVERY;
		boolean changed = false;
		for (int i = 0; i < older.size(); i++) {
			int j = pairs.newOfOld()[i];
			if (j < 0) {
				removed(spec, older.get(i), where, context);
				changed = true;
				continue;
			}
			IlrEntity a = older.get(i);
			IlrEntity b = newer.get(j);
			if (aimList) {
				LearningDelivery aim = (LearningDelivery) b;
				aims.newNumberOfOld.put(((LearningDelivery) a).aimSeqNumber(), aim.aimSeqNumber());
				if (compare(spec, a, b, where.aim(aim.aimSeqNumber(), aim.learnAimRef()), "")) {
					aims.changed++;
					changed = true;
				}
			}
			else {
				changed |= compare(spec, a, b, where, join(context, label(spec, b, recognition)));
			}
		}
		for (int j = 0; j < newer.size(); j++) {
			if (pairs.oldOfNew()[j] < 0) {
				added(spec, newer.get(j), where, context);
				changed = true;
			}
		}
		return changed;
	}

	private void added(EntitySpec spec, IlrEntity e, Where where, String context) {
		if (e instanceof LearningDelivery aim) {
			aims.added++;
			out.add(new Change(Change.Kind.ADDED, spec.name(), where.learnRefNumber(), where.uln(), aim.aimSeqNumber(),
					aim.learnAimRef(), null, null, describeAim(aim), note(context)));
			return;
		}
		out.add(new Change(Change.Kind.ADDED, spec.name(), where.learnRefNumber(), where.uln(), where.aimSeqNumber(),
				where.learnAimRef(), null, null, Values.describe(spec, e), note(context)));
	}

	private void removed(EntitySpec spec, IlrEntity e, Where where, String context) {
		if (e instanceof LearningDelivery aim) {
			aims.removed++;
			out.add(new Change(Change.Kind.REMOVED, spec.name(), where.learnRefNumber(), where.uln(),
					aim.aimSeqNumber(), aim.learnAimRef(), null, describeAim(aim), null,
					note(context)));
			return;
		}
		out.add(new Change(Change.Kind.REMOVED, spec.name(), where.learnRefNumber(), where.uln(), where.aimSeqNumber(),
				where.learnAimRef(), null, Values.describe(spec, e), null, note(context)));
	}

	/** What an aim is, in a few words: its start, funding, programme and status. */
	static String describeAim(LearningDelivery aim) {
		StringJoiner text = new StringJoiner(", ");
		if (aim.learnStartDate() != null) {
			text.add("started " + aim.learnStartDate());
		}
		if (aim.fundModel() != null) {
			text.add("FundModel " + aim.fundModel());
		}
		if (aim.progType() != null) {
			text.add("ProgType " + aim.progType());
		}
		if (aim.stdCode() != null) {
			text.add("StdCode " + aim.stdCode());
		}
		if (aim.compStatus() != null) {
			text.add("CompStatus " + aim.compStatus());
		}
		return text.toString();
	}

	private static Object keyOf(EntitySpec spec, IlrEntity e, List<String> elements) {
		Object[] parts = new Object[elements.size()];
		boolean any = false;
		for (int i = 0; i < parts.length; i++) {
			parts[i] = Values.key(e, spec, elements.get(i));
			any |= parts[i] != null;
		}
		return any ? Arrays.asList(parts) : null;
	}

	private static String label(EntitySpec spec, IlrEntity e, Recognition recognition) {
		StringJoiner text = new StringJoiner(" ");
		for (String element : recognition.label()) {
			int i = spec.indexOf(element);
			String v = Values.shown(spec, i, (FieldSpec) spec.members().get(i), e);
			if (v != null) {
				text.add(v.strip());
			}
		}
		return text.toString();
	}

	private static String meaning(String field, Object was, Object now) {
		IntFunction<String> meaning = MEANINGS.get(field);
		if (meaning == null || !(was instanceof Integer) && !(now instanceof Integer)) {
			return "";
		}
		return text(meaning, was) + " → " + text(meaning, now);
	}

	private static String text(IntFunction<String> meaning, Object code) {
		return code instanceof Integer c ? meaning.apply(c) : "none";
	}

	private static String join(String a, String b) {
		return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
	}

	private static String note(String text) {
		return text.isEmpty() ? null : text;
	}

	@SuppressWarnings("unchecked")
	private static List<IlrEntity> cast(List<?> list) {
		return (List<IlrEntity>) list;
	}
}

package dev.ilrsh.restructure;

import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearnerFAM;
import dev.ilrsh.model.LLDDandHealthProblem;
import dev.ilrsh.model.Member;
import dev.ilrsh.model.PriorAttain;
import dev.ilrsh.model.ProviderSpecLearnerMonitoring;
import dev.ilrsh.restructure.MergePlan.Conflict;
import dev.ilrsh.restructure.MergePlan.Difference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Settles everything one person's records hold outside their learning aims: learner fields, the address,
 * employment statuses and their monitoring, learner FAMs, LLDD records, prior attainment, provider monitoring and
 * HE data. What the records agree on, or only one holds, is taken as it is; repeats are dropped; wherever they
 * disagree and the merged learner can hold one version only, that is a {@link Conflict}, settled by the user's
 * choice or else by the newest record. The planner uses it to find the conflicts, the merger to apply them, so both
 * always agree.
 */
final class Reconciler {

	/** LearnerFAM types that may occur more than once per learner, and how often; the others once. */
	private static final Map<String, Integer> LEARNER_FAM_LIMITS = Map.of("LSR", 4, "NLM", 2, "EDF", 2);

	/** The address lines and postcode: one address, taken whole from one record. */
	static final List<String> ADDRESS = List.of("AddLine1", "AddLine2", "AddLine3", "AddLine4", "Postcode");

	static final String ADDRESS_NAME = "Address";

	/**
	 * The learner-level part of the merged learner and what settling it took.
	 *
	 * @param values the merged learner's member values in schema order, its aims and extras still those of the
	 *     first record
	 * @param raw the raw text of the learner fields taken, by element name
	 * @param conflicts what the records disagree on, in schema order
	 * @param notes what else was done (repeats dropped)
	 * @param limits schema limits the merged learner would break
	 */
	record Result(Object[] values, Map<String, String> raw, List<Conflict> conflicts, List<String> notes,
			List<String> limits) {
	}

	private final List<Learner> records;
	private final List<String> labels;
	private final int newest;
	private final Map<String, Integer> taken;
	private final List<Conflict> conflicts = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	private final List<String> limits = new ArrayList<>();

	private Reconciler(List<Learner> records, List<String> labels, Map<String, Integer> taken) {
		this.records = records;
		this.labels = labels;
		this.newest = newest(records);
		this.taken = taken;
	}

	/**
	 * @param records the records, the kept one first
	 * @param labels how the user names each record
	 * @param taken conflict name (as {@link Conflict#take}) to the index of the record whose version to keep
	 * @throws IllegalArgumentException when a choice names a record that has nothing to take for that conflict
	 */
	static Result reconcile(List<Learner> records, List<String> labels, Map<String, Integer> taken) {
		return new Reconciler(records, labels, taken).run();
	}

	/** The record whose data is newest: the one whose earliest aim starts last (the later one on a tie). */
	static int newest(List<Learner> records) {
		int best = 0;
		for (int i = 1; i < records.size(); i++) {
			if (MergePlanner.earliestStart(records.get(i)).compareTo(MergePlanner.earliestStart(records.get(best))) >= 0) {
				best = i;
			}
		}
		return best;
	}

	private Result run() {
		EntitySpec spec = IlrSchema.LEARNER;
		Object[] values = spec.values(records.get(0));
		Map<String, String> raw = new HashMap<>(records.get(0).extras().rawValues());
		for (Member m : spec.members()) {
			if (m instanceof FieldSpec field && !field.name().equals("LearnRefNumber")
					&& !ADDRESS.contains(field.name())) {
				int from = settle(field.name(), field.name(), List.of(field.name()));
				take(spec, field.name(), from, values, raw);
			}
		}
		int address = settle(ADDRESS_NAME, "the address (AddLine1-4 and Postcode, taken together)", ADDRESS);
		for (String field : ADDRESS) {
			take(spec, field, address, values, raw);
		}
		values[spec.indexOf("PriorAttain")] = priorAttain();
		values[spec.indexOf("LLDDandHealthProblem")] = keyed("LLDDandHealthProblem", Learner::llddAndHealthProblem,
				p -> text(p.llddCat()), "LLDDandHealthProblem category ");
		values[spec.indexOf("LearnerFAM")] = learnerFams();
		values[spec.indexOf("ProviderSpecLearnerMonitoring")] = keyed("ProviderSpecLearnerMonitoring",
				Learner::providerSpecLearnerMonitoring, ProviderSpecLearnerMonitoring::provSpecLearnMonOccur,
				"ProviderSpecLearnerMonitoring occurrence ");
		List<LearnerEmploymentStatus> statuses = new ArrayList<>(keyed("LearnerEmploymentStatus",
				Learner::learnerEmploymentStatus, s -> text(s.dateEmpStatApp()), "the employment status dated "));
		statuses.sort(Comparator.comparing(LearnerEmploymentStatus::dateEmpStatApp,
				Comparator.nullsLast(Comparator.naturalOrder())));
		values[spec.indexOf("LearnerEmploymentStatus")] = statuses;
		List<dev.ilrsh.model.LearnerHE> he = keyed("LearnerHE",
				r -> r.learnerHE() == null ? List.of() : List.of(r.learnerHE()), h -> "", "the HE data (LearnerHE)");
		values[spec.indexOf("LearnerHE")] = he.isEmpty() ? null : he.get(0);
		checkLimit("LLDDandHealthProblem", values, spec);
		checkLimit("LearnerFAM", values, spec);
		checkLimit("ProviderSpecLearnerMonitoring", values, spec);
		conflicts.sort(Comparator.comparingInt(c -> order(c.take())));
		return new Result(values, raw, conflicts, notes, limits);
	}

	/** Sorts conflicts in schema order: fields, address, then the children. */
	private static int order(String take) {
		String element = take.contains(":") ? take.substring(0, take.indexOf(':')) : take;
		int i = IlrSchema.LEARNER.indexOf(element.equals(ADDRESS_NAME) ? ADDRESS.get(0) : element);
		return i < 0 ? Integer.MAX_VALUE : i;
	}

	private void take(EntitySpec spec, String field, int from, Object[] values, Map<String, String> raw) {
		int index = spec.indexOf(field);
		values[index] = spec.get(records.get(from), index);
		raw.remove(field);
		String text = records.get(from).extras().rawValues().get(field);
		if (text != null) {
			raw.put(field, text);
		}
	}

	/**
	 * Settles learner fields that are taken together: which record to take them from. Records with none of the
	 * fields have nothing to offer; when the others agree, the first of them is taken.
	 */
	private int settle(String name, String about, List<String> fields) {
		List<List<String>> versions = new ArrayList<>();
		List<Integer> offered = new ArrayList<>();
		for (int r = 0; r < records.size(); r++) {
			List<String> version = new ArrayList<>();
			for (String field : fields) {
				version.add(fieldText(records.get(r), field));
			}
			versions.add(version);
			if (version.stream().anyMatch(v -> !v.isEmpty())) {
				offered.add(r);
			}
		}
		if (offered.isEmpty()) {
			return 0;
		}
		if (offered.stream().map(versions::get).distinct().count() == 1) {
			return offered.get(0);
		}
		List<Difference> differences = new ArrayList<>();
		for (int f = 0; f < fields.size(); f++) {
			int field = f;
			List<String> values = versions.stream().map(v -> v.get(field)).toList();
			if (values.stream().distinct().count() > 1) {
				differences.add(new Difference(fields.get(f), values));
			}
		}
		return conflict(name, about, differences, offered);
	}

	/** Records the conflict and returns the record whose version is kept. */
	private int conflict(String name, String about, List<Difference> differences, List<Integer> offered) {
		Integer chosen = taken.get(name);
		if (chosen != null && (chosen < 0 || chosen >= records.size())) {
			throw new IllegalArgumentException(name + ": the choice names no record");
		}
		if (chosen != null && !offered.contains(chosen)) {
			throw new IllegalArgumentException(name + "=" + labels.get(chosen) + ": " + labels.get(chosen)
					+ " has no version of " + name + " to keep");
		}
		int usual = offered.contains(newest) ? newest : offered.get(offered.size() - 1);
		int kept = chosen != null ? chosen : usual;
		conflicts.add(new Conflict(name, about, differences, kept, kept != usual, offered));
		return kept;
	}

	private List<PriorAttain> priorAttain() {
		List<PriorAttain> all = new ArrayList<>();
		Set<Map<String, String>> seen = new java.util.HashSet<>();
		int repeats = 0;
		for (Learner r : records) {
			for (PriorAttain p : r.priorAttain()) {
				if (seen.add(flatten(p))) {
					all.add(p);
				}
				else {
					repeats++;
				}
			}
		}
		noteRepeats("PriorAttain", repeats);
		all.sort(Comparator.comparing(PriorAttain::dateLevelApp, Comparator.nullsLast(Comparator.naturalOrder())));
		return all;
	}

	/**
	 * Children that are one per key (a status per date, an LLDD record per category …): each record's version of a
	 * key is its children with that key. Versions that are the same are one; different versions are a conflict.
	 */
	private <T extends IlrEntity> List<T> keyed(String entity, Function<Learner, List<T>> children,
			Function<T, String> key, String about) {
		Map<String, Map<Integer, List<T>>> byKey = new LinkedHashMap<>();
		Map<String, Integer> found = new HashMap<>();
		for (int r = 0; r < records.size(); r++) {
			for (T child : children.apply(records.get(r))) {
				String k = key.apply(child);
				k = k == null || k.isEmpty() ? "none" : k;
				found.merge(k, 1, Integer::sum);
				List<T> version = byKey.computeIfAbsent(k, x -> new LinkedHashMap<>())
					.computeIfAbsent(r, x -> new ArrayList<>());
				if (version.stream().noneMatch(c -> flatten(c).equals(flatten(child)))) {
					version.add(child);
				}
			}
		}
		List<T> result = new ArrayList<>();
		int repeats = 0;
		for (Map.Entry<String, Map<Integer, List<T>>> entry : byKey.entrySet()) {
			Map<Integer, List<T>> versions = entry.getValue();
			List<Integer> offered = new ArrayList<>(versions.keySet());
			List<Map<String, String>> flat = new ArrayList<>();
			for (int r = 0; r < records.size(); r++) {
				flat.add(versions.containsKey(r) ? flatten(versions.get(r)) : Map.of());
			}
			int kept = offered.get(0);
			if (offered.stream().map(flat::get).distinct().count() > 1) {
				boolean single = entity.equals("LearnerHE");
				kept = conflict(single ? entity : entity + ":" + entry.getKey(), single ? about : about + entry.getKey(),
						differences(flat), offered);
			}
			else {
				repeats += found.get(entry.getKey()) - versions.get(kept).size();
			}
			result.addAll(versions.get(kept));
		}
		noteRepeats(entity, repeats);
		return result;
	}

	private void noteRepeats(String entity, int repeats) {
		if (repeats > 0) {
			notes.add("dropped " + repeats + " repeated " + entity + " record" + (repeats == 1 ? " (an exact copy of one"
					+ " kept)" : "s (exact copies of ones kept)"));
		}
	}

	private List<LearnerFAM> learnerFams() {
		Map<String, Map<Integer, TreeSet<String>>> codes = new LinkedHashMap<>();
		Map<String, List<LearnerFAM>> union = new LinkedHashMap<>();
		Set<Map<String, String>> seen = new java.util.HashSet<>();
		int[] repeats = { 0 };
		for (int r = 0; r < records.size(); r++) {
			for (LearnerFAM fam : records.get(r).learnerFAM()) {
				String type = fam.learnFAMType() == null ? "" : fam.learnFAMType().toUpperCase(Locale.ROOT);
				codes.computeIfAbsent(type, k -> new LinkedHashMap<>())
					.computeIfAbsent(r, k -> new TreeSet<>())
					.add(fieldText(fam, "LearnFAMCode"));
				if (seen.add(flatten(fam))) {
					union.computeIfAbsent(type, k -> new ArrayList<>()).add(fam);
				}
				else {
					repeats[0]++;
				}
			}
		}
		List<LearnerFAM> result = new ArrayList<>();
		union.forEach((type, fams) -> {
			int limit = LEARNER_FAM_LIMITS.getOrDefault(type, 1);
			if (fams.size() <= limit) {
				result.addAll(fams);
				return;
			}
			Map<Integer, TreeSet<String>> byRecord = codes.get(type);
			List<String> values = new ArrayList<>();
			for (int r = 0; r < records.size(); r++) {
				values.add(byRecord.containsKey(r) ? String.join(" ", byRecord.get(r)) : "");
			}
			int kept = conflict("LearnerFAM:" + type, "LearnerFAM " + type + " (" + limit + " allowed)",
					List.of(new Difference("LearnFAMCode (LearnFAMType " + type + ")", values)),
					new ArrayList<>(byRecord.keySet()));
			records.get(kept).learnerFAM().stream()
				.filter(f -> type.equalsIgnoreCase(String.valueOf(f.learnFAMType())))
				.forEach(result::add);
		});
		noteRepeats("LearnerFAM", repeats[0]);
		result.sort(Comparator.comparing(LearnerFAM::learnFAMType, Comparator.nullsLast(Comparator.naturalOrder())));
		return result;
	}

	private void checkLimit(String child, Object[] values, EntitySpec spec) {
		int max = ((ChildSpec) spec.member(child)).maxOccurs();
		int n = ((List<?>) values[spec.indexOf(child)]).size();
		if (n > max) {
			limits.add("the merged learner would have " + n + " " + child + " records; the schema allows at most " + max);
		}
	}

	/** Differences between versions flattened to element → text: each element whose text is not the same in all. */
	private static List<Difference> differences(List<Map<String, String>> versions) {
		Set<String> elements = new java.util.LinkedHashSet<>();
		versions.forEach(v -> elements.addAll(v.keySet()));
		List<Difference> differences = new ArrayList<>();
		for (String element : elements) {
			List<String> values = versions.stream().map(v -> v.getOrDefault(element, "")).toList();
			if (values.stream().distinct().count() > 1) {
				differences.add(new Difference(element, values));
			}
		}
		return differences;
	}

	/** Several children of one version, flattened together; numbered when there is more than one. */
	private static Map<String, String> flatten(List<? extends IlrEntity> children) {
		if (children.size() == 1) {
			return flatten(children.get(0));
		}
		Map<String, String> flat = new LinkedHashMap<>();
		for (int i = 0; i < children.size(); i++) {
			String prefix = "[" + (i + 1) + "] ";
			flatten(children.get(i)).forEach((k, v) -> flat.put(prefix + k, v));
		}
		return flat;
	}

	/**
	 * An entity's values as element name → text, raw text where a value did not parse, absent elements left out.
	 * A child's values are named after the child's first element and its value, as in {@code ESMCode (ESMType LOE)}.
	 */
	static Map<String, String> flatten(IlrEntity entity) {
		Map<String, String> flat = new LinkedHashMap<>();
		EntitySpec spec = Ilr.spec(entity);
		for (int i = 0; i < spec.members().size(); i++) {
			Member m = spec.members().get(i);
			Object value = spec.get(entity, i);
			if (m instanceof FieldSpec field) {
				String text = value != null ? text(value) : entity.extras().rawValues().get(field.name());
				if (text != null) {
					flat.put(field.name(), text);
				}
				continue;
			}
			List<?> children = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
			for (Object child : children) {
				Map<String, String> inner = flatten((IlrEntity) child);
				String qualifier = inner.isEmpty() ? "" : inner.entrySet().iterator().next().getKey() + " "
						+ inner.values().iterator().next();
				if (inner.size() == 1) {
					inner.forEach((k, v) -> flat.merge(k, v, (a, b) -> a + " " + b));
					continue;
				}
				inner.entrySet().stream().skip(1)
					.forEach(e -> flat.merge(e.getKey() + " (" + qualifier + ")", e.getValue(), (a, b) -> a + " " + b));
			}
		}
		return flat;
	}

	/** A learner field's text: its value, or its raw text when it did not parse; empty when absent. */
	static String fieldText(IlrEntity entity, String field) {
		Object value = Ilr.get(entity, field);
		if (value != null) {
			return text(value);
		}
		return Objects.requireNonNullElse(entity.extras().rawValues().get(field), "");
	}

	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal d) {
			return d.toPlainString();
		}
		if (value instanceof LocalDate d) {
			return d.toString();
		}
		return value.toString();
	}
}

package dev.ilrsh.restructure;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import dev.ilrsh.restructure.SplitLearner.Located;
import dev.ilrsh.restructure.SplitLearner.Reason;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds people whose data is spread over several learner records: the same real ULN, the same learner reference,
 * or (marked as possible only) the same name and date of birth. One pass over the learners, with hash maps.
 */
public final class ProgressionFinder {

	private ProgressionFinder() {
	}

	/** Every split learner in the file, in the order of their first record. */
	public static List<SplitLearner> find(Message message) {
		List<Learner> learners = message.learners();
		int n = learners.size();
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		Map<Integer, Set<Reason>> reasons = new HashMap<>();
		link(learners, parent, reasons, Reason.SAME_ULN, l -> l.uln() == null || l.uln() == DerivedData.ULN_NOT_KNOWN
				? null : l.uln().toString());
		link(learners, parent, reasons, Reason.SAME_LEARN_REF,
				l -> l.learnRefNumber() == null ? null : l.learnRefNumber().strip().toUpperCase(Locale.ROOT));
		Map<Integer, List<Located>> groups = new TreeMap<>();
		for (int i = 0; i < n; i++) {
			groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(new Located(i, learners.get(i)));
		}
		List<SplitLearner> result = new ArrayList<>();
		for (Map.Entry<Integer, List<Located>> group : groups.entrySet()) {
			if (group.getValue().size() > 1) {
				result.add(new SplitLearner(reasons.getOrDefault(group.getKey(), Set.of()), group.getValue()));
			}
		}
		result.addAll(possiblySamePeople(groups));
		result.sort(java.util.Comparator.comparingInt(s -> s.records().get(0).position()));
		return result;
	}

	/**
	 * Groups that share a name and date of birth but nothing that proves them one person: listed apart, as
	 * possible, for someone to check. Each joins whole confirmed groups, never parts of one.
	 */
	private static List<SplitLearner> possiblySamePeople(Map<Integer, List<Located>> groups) {
		Map<String, List<Integer>> byPerson = new HashMap<>();
		for (Map.Entry<Integer, List<Located>> group : groups.entrySet()) {
			String key = personKey(group.getValue().get(0).learner());
			if (key != null) {
				byPerson.computeIfAbsent(key, k -> new ArrayList<>()).add(group.getKey());
			}
		}
		List<SplitLearner> possible = new ArrayList<>();
		for (List<Integer> roots : byPerson.values()) {
			if (roots.size() > 1) {
				List<Located> records = new ArrayList<>();
				roots.forEach(r -> records.addAll(groups.get(r)));
				records.sort(java.util.Comparator.comparingInt(Located::position));
				possible.add(new SplitLearner(Set.of(Reason.POSSIBLY_SAME_PERSON), records));
			}
		}
		return possible;
	}

	/**
	 * The split learner that has a record with this learner reference or this ULN, if any; a confirmed group is
	 * preferred to a possible one.
	 */
	public static java.util.Optional<SplitLearner> findFor(Message message, String learnRefOrUln) {
		String wanted = learnRefOrUln.strip();
		return find(message).stream()
			.sorted(java.util.Comparator.comparing(SplitLearner::isPossibleOnly))
			.filter(s -> s.records().stream().anyMatch(r -> wanted.equalsIgnoreCase(r.learner().learnRefNumber())
					|| r.learner().uln() != null && wanted.equals(r.learner().uln().toString())))
			.findFirst();
	}

	private static String personKey(Learner l) {
		if (l.familyName() == null || l.givenNames() == null || l.dateOfBirth() == null) {
			return null;
		}
		return normalise(l.familyName()) + "|" + normalise(l.givenNames()) + "|" + l.dateOfBirth();
	}

	private static String normalise(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

	private static void link(List<Learner> learners, int[] parent, Map<Integer, Set<Reason>> reasons, Reason reason,
			java.util.function.Function<Learner, String> key) {
		Map<String, Integer> first = new HashMap<>();
		for (int i = 0; i < learners.size(); i++) {
			String k = key.apply(learners.get(i));
			if (k == null) {
				continue;
			}
			Integer earlier = first.putIfAbsent(k, i);
			if (earlier != null) {
				int a = root(parent, earlier);
				int b = root(parent, i);
				Set<Reason> merged = EnumSet.noneOf(Reason.class);
				merged.addAll(reasons.getOrDefault(a, Set.of()));
				merged.addAll(reasons.getOrDefault(b, Set.of()));
				merged.add(reason);
				int top = Math.min(a, b);
				parent[Math.max(a, b)] = top;
				reasons.remove(Math.max(a, b));
				reasons.put(top, merged);
			}
		}
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}
}

package dev.ilrsh.rules;

import dev.ilrsh.model.Learner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Learner records that share a key (a ULN, a learner reference), found with one map of first sightings so a large
 * file costs one pass; lists are made only for the few keys seen again.
 */
final class SharedKeys {

	private SharedKeys() {
	}

	/**
	 * The positions of records sharing each key, in file order, keyed by the key; keys seen once are left out.
	 *
	 * @param key a record's key, or null for records that take no part
	 */
	static <K> Map<K, List<Integer>> of(List<Learner> learners, Function<Learner, K> key) {
		Map<K, Integer> first = new HashMap<>(learners.size() * 2);
		Map<K, List<Integer>> shared = new LinkedHashMap<>();
		for (int i = 0; i < learners.size(); i++) {
			K k = key.apply(learners.get(i));
			if (k != null) {
				Integer earlier = first.putIfAbsent(k, i);
				if (earlier != null) {
					shared.computeIfAbsent(k, x -> new ArrayList<>(List.of(earlier))).add(i);
				}
			}
		}
		return shared;
	}

	/** How each other record of a group is named in a message: {@code render} of each, apart from {@code self}. */
	static List<String> others(List<Integer> group, int self, Function<Integer, String> render) {
		List<String> others = new ArrayList<>();
		for (int j : group) {
			if (j != self) {
				others.add(render.apply(j));
			}
		}
		return others;
	}
}

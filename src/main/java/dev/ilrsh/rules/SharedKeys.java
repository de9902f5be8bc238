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

	/** A count with thousands separated by commas (9,996), without the cost of a formatter. */
	static String grouped(int n) {
		String digits = Integer.toString(n);
		StringBuilder b = new StringBuilder(digits.length() + 4);
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0 && digits.charAt(i - 1) != '-') {
				b.append(',');
			}
			b.append(digits.charAt(i));
		}
		return b.toString();
	}

	/** How many other records a message names before it counts the rest. */
	static final int NAMED = 3;

	/**
	 * The other records of a group for a message: all of them when there are few, else the first {@link #NAMED} in
	 * file order and a count of the rest ("A, B, C and 9,996 more"). Costs {@link #NAMED} steps, not the group's
	 * size, so a key shared by thousands of records stays cheap to report. The full list is what
	 * {@code progressions} shows.
	 */
	static String others(List<Integer> group, int self, Function<Integer, String> render) {
		int count = group.size() - 1;
		List<String> named = new ArrayList<>(NAMED + 1);
		int limit = count <= NAMED + 1 ? count : NAMED;
		for (int j : group) {
			if (named.size() == limit) {
				break;
			}
			if (j != self) {
				named.add(render.apply(j));
			}
		}
		String text = String.join(", ", named);
		return count > limit ? text + " and " + grouped(count - limit) + " more" : text;
	}
}

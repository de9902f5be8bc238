package dev.ilrsh.diff;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Pairs the records of two lists (a learner's FAMs, prices, aims … in the old and the new file) by what they are
 * rather than by where they stand: first records that are the same throughout, then, key by key, records that
 * share a key. Whatever is left over was removed (old) or added (new).
 */
final class Pairing {

	/**
	 * One way of recognising a record.
	 *
	 * @param of the record's key, or null when it has none (it then takes no part in this pass)
	 * @param uniqueOnly pair only when exactly one record on each side has the key; otherwise records with one key
	 *     are paired in file order
	 */
	record Key<T>(Function<T, Object> of, boolean uniqueOnly) {
	}

	/** Which old record goes with which new one, by position; -1 for none. */
	record Result(int[] newOfOld, int[] oldOfNew) {
	}

	private Pairing() {
	}

	static <T> Result pair(List<T> older, List<T> newer, BiPredicate<T, T> same, List<Key<T>> keys) {
		int[] newOfOld = filled(older.size());
		int[] oldOfNew = filled(newer.size());
		if (older.size() == newer.size()) {
			boolean inOrder = true;
			for (int i = 0; i < older.size() && inOrder; i++) {
				inOrder = same.test(older.get(i), newer.get(i));
			}
			if (inOrder) {
				for (int i = 0; i < older.size(); i++) {
					newOfOld[i] = i;
					oldOfNew[i] = i;
				}
				return new Result(newOfOld, oldOfNew);
			}
		}
		for (int i = 0; i < older.size(); i++) {
			for (int j = 0; j < newer.size(); j++) {
				if (oldOfNew[j] < 0 && same.test(older.get(i), newer.get(j))) {
					newOfOld[i] = j;
					oldOfNew[j] = i;
					break;
				}
			}
		}
		for (Key<T> key : keys) {
			Map<Object, ArrayDeque<Integer>> olds = byKey(older, newOfOld, key);
			Map<Object, ArrayDeque<Integer>> news = byKey(newer, oldOfNew, key);
			for (Map.Entry<Object, ArrayDeque<Integer>> e : olds.entrySet()) {
				ArrayDeque<Integer> a = e.getValue();
				ArrayDeque<Integer> b = news.get(e.getKey());
				if (b == null || key.uniqueOnly() && (a.size() != 1 || b.size() != 1)) {
					continue;
				}
				while (!a.isEmpty() && !b.isEmpty()) {
					int i = a.poll();
					int j = b.poll();
					newOfOld[i] = j;
					oldOfNew[j] = i;
				}
			}
		}
		return new Result(newOfOld, oldOfNew);
	}

	private static <T> Map<Object, ArrayDeque<Integer>> byKey(List<T> records, int[] paired, Key<T> key) {
		Map<Object, ArrayDeque<Integer>> map = new HashMap<>();
		for (int i = 0; i < records.size(); i++) {
			if (paired[i] < 0) {
				Object k = key.of().apply(records.get(i));
				if (k != null) {
					map.computeIfAbsent(k, x -> new ArrayDeque<>(1)).add(i);
				}
			}
		}
		return map;
	}

	private static int[] filled(int n) {
		int[] a = new int[n];
		Arrays.fill(a, -1);
		return a;
	}
}

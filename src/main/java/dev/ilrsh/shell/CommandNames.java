package dev.ilrsh.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Which command a mistyped word was meant to be: the nearest names by edit distance, nearest first. */
final class CommandNames {

	/** Suggestions further than this many edits away are not worth showing. */
	private static final int FURTHEST = 3;

	private CommandNames() {
	}

	static List<String> nearest(String typed, List<String> names) {
		String word = typed.toLowerCase(Locale.ROOT);
		record Scored(String name, int distance) {
		}
		List<Scored> scored = new ArrayList<>();
		for (String name : names) {
			String first = name.split(" ")[0];
			int d = distance(word, first.toLowerCase(Locale.ROOT));
			boolean prefix = first.startsWith(word) && word.length() >= 2;
			if (d <= Math.min(FURTHEST, Math.max(1, first.length() / 2)) || prefix) {
				scored.add(new Scored(first, prefix ? Math.min(d, 1) : d));
			}
		}
		return scored.stream()
			.sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
			.map(Scored::name)
			.distinct()
			.limit(3)
			.toList();
	}

	static int distance(String a, String b) {
		return dev.ilrsh.text.EditDistance.between(a, b);
	}
}

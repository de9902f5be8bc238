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

	/** Levenshtein distance, with a swap of two neighbouring letters counted as one edit. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}

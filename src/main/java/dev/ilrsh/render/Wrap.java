package dev.ilrsh.render;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines of at most a given width, at spaces where it can, inside a word where it must. */
public final class Wrap {

	private Wrap() {
	}

	/** The lines of {@code text} (one line when it fits, or when width is 0 or less). */
	public static List<String> lines(String text, int width) {
		List<String> lines = new ArrayList<>();
		if (width <= 0 || TextWidth.of(text) <= width) {
			lines.add(text);
			return lines;
		}
		StringBuilder line = new StringBuilder();
		int used = 0;
		for (String word : text.split(" ", -1)) {
			int w = TextWidth.of(word);
			if (used > 0 && used + 1 + w > width) {
				lines.add(line.toString().stripTrailing());
				line.setLength(0);
				used = 0;
			}
			if (used > 0) {
				line.append(' ');
				used++;
			}
			while (used == 0 && w > width) {
				String head = cut(word, width);
				lines.add(head);
				word = word.substring(head.length());
				w = TextWidth.of(word);
			}
			line.append(word);
			used += w;
		}
		lines.add(line.toString());
		return lines;
	}

	/** The longest start of {@code word} that takes at most {@code width} columns (at least one character). */
	private static String cut(String word, int width) {
		int used = 0;
		int i = 0;
		while (i < word.length()) {
			int c = word.codePointAt(i);
			int w = TextWidth.of(c);
			if (used + w > width && i > 0) {
				break;
			}
			used += w;
			i += Character.charCount(c);
		}
		return word.substring(0, i);
	}
}

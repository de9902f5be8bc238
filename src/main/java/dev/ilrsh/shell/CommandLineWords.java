package dev.ilrsh.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a POSIX shell would for simple cases: spaces separate words, single
 * quotes keep everything literally, double quotes allow \" and \\ inside. Unlike a POSIX shell, a single quote
 * inside a word is an apostrophe, so pasted English needs no quoting.
 */
public final class CommandLineWords {

	private CommandLineWords() {
	}

	/**
	 * @throws IllegalArgumentException when a quote is not closed
	 */
	public static List<String> split(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		char quote = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
				else if (quote == '"' && c == '\\' && i + 1 < line.length()
						&& (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
					word.append(line.charAt(++i));
				}
				else {
					word.append(c);
				}
			}
			else if (c == '"' || c == '\'' && !inWord) {
				// a single quote inside a word is an apostrophe (pasted messages say "mustn't")
				quote = c;
				inWord = true;
			}
			else if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			}
			else {
				word.append(c);
				inWord = true;
			}
		}
		if (quote != 0) {
			throw new IllegalArgumentException("a " + (quote == '"' ? "double" : "single") + " quote is not closed");
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}

	/** Joins words back into a line that {@link #split} turns into the same words. */
	public static String join(List<String> words) {
		StringBuilder line = new StringBuilder();
		for (String w : words) {
			if (line.length() > 0) {
				line.append(' ');
			}
			if (w.isEmpty() || w.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\')) {
				line.append('"').append(w.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
			else {
				line.append(w);
			}
		}
		return line.toString();
	}
}

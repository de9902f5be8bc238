package dev.ilrsh.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a POSIX shell would for simple cases: spaces separate words, single
 * quotes keep everything literally, double quotes allow \" and \\ inside. Unlike a POSIX shell, a single quote
 * inside a word is an apostrophe, so pasted English needs no quoting. The shell's line editor splits with the same
 * rules ({@link #scan}), so TAB completion sees the words the command will get.
 */
public final class CommandLineWords {

	private CommandLineWords() {
	}

	/**
	 * One word of a line.
	 *
	 * @param text the word with its quotes removed
	 * @param start where the word starts in the line (its opening quote, if any)
	 * @param end where it ends (after its closing quote, if any)
	 */
	public record Word(String text, int start, int end) {
	}

	/**
	 * The words of a line and, when the line ends inside a quote, which quote is open.
	 *
	 * @param openQuote the quote character left open at the end of the line, or 0
	 */
	public record Scan(List<Word> words, char openQuote) {
	}

	/**
	 * @throws IllegalArgumentException when a quote is not closed
	 */
	public static List<String> split(String line) {
		Scan scan = scan(line);
		if (scan.openQuote() != 0) {
			throw new IllegalArgumentException("a " + (scan.openQuote() == '"' ? "double" : "single")
					+ " quote is not closed");
		}
		return scan.words().stream().map(Word::text).toList();
	}

	/** The words of a line, tolerating a quote left open at the end (as a line being typed has). */
	public static Scan scan(String line) {
		List<Word> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		int start = -1;
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
			else if (c == '"' || c == '\'' && start < 0) {
				// a single quote inside a word is an apostrophe (pasted messages say "mustn't")
				quote = c;
				if (start < 0) {
					start = i;
				}
			}
			else if (Character.isWhitespace(c)) {
				if (start >= 0) {
					words.add(new Word(word.toString(), start, i));
					word.setLength(0);
					start = -1;
				}
			}
			else {
				word.append(c);
				if (start < 0) {
					start = i;
				}
			}
		}
		if (start >= 0) {
			words.add(new Word(word.toString(), start, line.length()));
		}
		return new Scan(words, quote);
	}

	/** Joins words back into a line that {@link #split} turns into the same words. */
	public static String join(List<String> words) {
		StringBuilder line = new StringBuilder();
		for (String w : words) {
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(quote(w));
		}
		return line.toString();
	}

	/** A word as it must be typed to reach a command whole: quoted when it holds spaces or quotes. */
	public static String quote(String w) {
		if (w.isEmpty() || w.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\')) {
			return '"' + w.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
		}
		return w;
	}
}

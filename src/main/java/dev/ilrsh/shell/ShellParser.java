package dev.ilrsh.shell;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells the line editor where the words of a line are, with the same rules the commands use
 * ({@link CommandLineWords}). It never asks for a continuation line: Enter always runs what was typed, so a pasted
 * message with an apostrophe or an unclosed quote cannot leave the user at a "quote>" prompt; a quote really left
 * open gets one line from the dispatcher instead.
 */
final class ShellParser implements Parser {

	@Override
	public ParsedLine parse(String line, int cursor, ParseContext context) {
		CommandLineWords.Scan scan = CommandLineWords.scan(line);
		List<CommandLineWords.Word> words = scan.words();
		int index = words.size();
		for (int i = 0; i < words.size(); i++) {
			CommandLineWords.Word w = words.get(i);
			if (cursor >= w.start() && cursor <= w.end()) {
				index = i;
				break;
			}
			if (cursor < w.start()) {
				index = i;
				break;
			}
		}
		CommandLineWords.Word current = index < words.size() && cursor >= words.get(index).start()
				? words.get(index) : null;
		List<String> texts = new java.util.ArrayList<>(words.stream().map(CommandLineWords.Word::text).toList());
		if (current == null) {
			// the cursor is between words: completion starts a new, empty word there
			texts.add(index, "");
			current = new CommandLineWords.Word("", cursor, cursor);
		}
		String raw = line.substring(current.start(), current.end());
		int rawCursor = cursor - current.start();
		String typed = CommandLineWords.scan(raw.substring(0, rawCursor)).words().stream()
			.map(CommandLineWords.Word::text).findFirst().orElse("");
		return new Line(line, cursor, List.copyOf(texts), index, typed.length(), rawCursor, raw.length(),
				raw.startsWith("\"") || raw.startsWith("'") ? raw.charAt(0) : 0);
	}

	@Override
	public boolean isEscapeChar(char ch) {
		return false;
	}

	private record Line(String line, int cursor, List<String> words, int wordIndex, int wordCursor,
			int rawWordCursor, int rawWordLength, char quote) implements CompletingParsedLine {

		@Override
		public String word() {
			return words.get(wordIndex);
		}

		@Override
		public CharSequence escape(CharSequence candidate, boolean complete) {
			String text = candidate.toString();
			if (quote != 0) {
				return quote + text.replace(String.valueOf(quote), "") + (complete ? String.valueOf(quote) : "");
			}
			if (text.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"')) {
				String quoted = CommandLineWords.quote(text);
				return complete ? quoted : quoted.substring(0, quoted.length() - 1);
			}
			return text;
		}
	}
}

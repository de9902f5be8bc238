package dev.ilrsh.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Markdown of help pages and rule explanations into text to read: headings, code, emphasis, lists, quotes
 * and tables, with the Markdown marks taken away. The lines of a paragraph or a list item are joined and wrapped to
 * the width, as Markdown means them; a line laid out in columns (such as {@code Found by:   rule name}) stays a line of
 * its own, so that it keeps its shape.
 *
 * <p>
 * With {@code styled}, headings and code carry {@link Style}s for a terminal to show; without, the text must speak
 * for itself: headings are underlined with {@code =} or {@code -} and bullets are {@code -}.
 */
public final class Markdown {

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
	private static final Pattern ITEM = Pattern.compile("^(\\s*)([-*+]|\\d{1,3}[.)])\\s+(.*)$");
	private static final Pattern RULE_LINE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
	/** Where the words after a command start, in a code line that lists commands and what they do. */
	private static final Pattern COLUMN_GAP = Pattern.compile("(?<=\\S) {3,}(?=\\S)");
	private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*:?-{1,}:?\\s*$");

	private final int width;
	private final boolean styled;
	private final Styled out = new Styled();
	private boolean lastBlank = true;
	private boolean lastCode;
	private boolean started;

	private Markdown(int width, boolean styled) {
		this.width = width;
		this.styled = styled;
	}

	/**
	 * @param width the width to wrap to; 0 or less keeps every line as it is
	 * @param styled true to mark headings and code with styles (a terminal), false for plain text
	 */
	public static Styled render(String markdown, int width, boolean styled) {
		Markdown m = new Markdown(width, styled);
		m.lines(markdown == null ? List.of() : markdown.lines().toList());
		return m.out;
	}

	private void lines(List<String> lines) {
		boolean fence = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = SafeText.text(lines.get(i)).replace("\t", "    ");
			String stripped = line.strip();
			if (stripped.startsWith("```")) {
				fence = !fence;
				continue;
			}
			if (fence) {
				code(line);
				continue;
			}
			if (stripped.startsWith("|")) {
				List<String> rows = new ArrayList<>();
				while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
					rows.add(SafeText.value(lines.get(i).strip()));
					i++;
				}
				i--;
				table(rows);
				continue;
			}
			if (stripped.isEmpty()) {
				blank();
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				heading(heading.group(1).length(), heading.group(2));
				continue;
			}
			if (line.startsWith("    ") && (lastBlank || lastCode)) {
				code(line);
				continue;
			}
			if (RULE_LINE.matcher(line).matches()) {
				emit(new Styled().append("-".repeat(width > 0 ? Math.min(width, 72) : 72), Style.DIM), "", "");
				continue;
			}
			Matcher item = ITEM.matcher(line);
			if (item.matches()) {
				String indent = item.group(1);
				String marker = item.group(2);
				String bullet = Character.isDigit(marker.charAt(0)) ? marker + " " : styled ? "• " : "- ";
				StringBuilder text = new StringBuilder(item.group(3));
				while (i + 1 < lines.size() && !hardBreak(lines.get(i))
						&& continues(lines.get(i + 1), indent.length() + 1, text)) {
					text.append(' ').append(lines.get(++i).strip());
				}
				emit(inline(text.toString(), Style.PLAIN), indent + bullet,
						" ".repeat(indent.length() + bullet.length()));
				continue;
			}
			if (stripped.startsWith(">")) {
				String text = stripped.substring(1).strip();
				emit(inline(text, Style.DIM), "  | ", "  | ");
				continue;
			}
			String indent = line.substring(0, line.length() - line.stripLeading().length());
			StringBuilder text = new StringBuilder(stripped);
			while (i + 1 < lines.size() && !hardBreak(lines.get(i)) && continues(lines.get(i + 1), 0, text)
					&& lines.get(i + 1).length() - lines.get(i + 1).stripLeading().length() <= indent.length()) {
				text.append(' ').append(lines.get(++i).strip());
			}
			emit(inline(text.toString(), Style.PLAIN), indent, indent);
		}
	}

	/** A line ending in two spaces or a backslash ends its line, as in Markdown. */
	private static boolean hardBreak(String line) {
		return line.endsWith("  ") || line.endsWith("\\");
	}

	/**
	 * Whether {@code next} goes on the paragraph or item whose text so far is {@code text}: plain words, indented by
	 * at least {@code indent}, and neither line laid out in columns.
	 */
	private static boolean continues(String next, int indent, CharSequence text) {
		String stripped = next.strip();
		if (stripped.isEmpty() || next.length() - next.stripLeading().length() < indent
				|| next.startsWith("    ") && indent == 0) {
			return false;
		}
		if (HEADING.matcher(next).matches() || ITEM.matcher(next).matches() || RULE_LINE.matcher(next).matches()
				|| stripped.startsWith("|") || stripped.startsWith(">") || stripped.startsWith("```")) {
			return false;
		}
		return !COLUMN_GAP.matcher(stripped).find() && !COLUMN_GAP.matcher(text).find();
	}

	private void blank() {
		if (!lastBlank) {
			out.newline();
		}
		lastBlank = true;
		lastCode = false;
	}

	private void heading(int level, String text) {
		if (started && !lastBlank) {
			out.newline();
		}
		String plain = inline(text, Style.PLAIN).plain();
		if (styled) {
			out.append(plain, level <= 2 ? Style.HEADING : Style.STRONG).newline();
		}
		else {
			out.append(plain).newline();
			if (level <= 2) {
				out.append((level == 1 ? "=" : "-").repeat(TextWidth.of(plain))).newline();
			}
		}
		started = true;
		lastBlank = false;
		lastCode = false;
	}

	/**
	 * A line of code as it is; one too wide for the screen that reads as "command   what it does" keeps its command
	 * and wraps the words after the gap under themselves.
	 */
	private void code(String line) {
		Matcher gap = COLUMN_GAP.matcher(line);
		if (width > 0 && TextWidth.of(line) > width && gap.find() && gap.end() < width - 20) {
			String hang = " ".repeat(gap.end());
			List<String> rest = Wrap.lines(line.substring(gap.end()), width - gap.end());
			out.append(line.substring(0, gap.end()), Style.CODE).append(rest.get(0)).newline();
			rest.subList(1, rest.size()).forEach(r -> out.append(hang).append(r).newline());
		}
		else {
			out.append(line, Style.CODE).newline();
		}
		started = true;
		lastBlank = false;
		lastCode = true;
	}

	/** Writes styled text, wrapped to the width, the first line after {@code first} and the rest after {@code rest}. */
	private void emit(Styled text, String first, String rest) {
		List<List<Styled.Span>> words = words(text);
		int room = width > 0 ? Math.max(20, width) : Integer.MAX_VALUE;
		out.append(first);
		int used = TextWidth.of(first);
		boolean lineHasWords = false;
		boolean wrapped = false;
		List<Styled.Span> previous = null;
		for (List<Styled.Span> word : words) {
			int w = word.stream().mapToInt(s -> TextWidth.of(s.text())).sum();
			if (lineHasWords && used + 1 + w > room) {
				out.newline().append(rest);
				used = TextWidth.of(rest);
				lineHasWords = false;
				wrapped = true;
			}
			if (!lineHasWords && wrapped && w == 0) {
				continue;
			}
			if (lineHasWords) {
				// a space inside a code span keeps the code's style
				Style before = previous == null || previous.isEmpty() ? Style.PLAIN : previous.get(previous.size() - 1).style();
				Style after = word.isEmpty() ? Style.PLAIN : word.get(0).style();
				out.append(" ", before == after ? before : Style.PLAIN);
				used++;
			}
			word.forEach(s -> out.append(s.text(), s.style()));
			previous = word;
			used += w;
			lineHasWords = true;
		}
		out.newline();
		started = true;
		lastBlank = false;
		lastCode = false;
	}

	/**
	 * Splits styled text at each space into words, each word keeping the styles of its parts. Runs of spaces give
	 * empty words, so joining the words with single spaces gives the text back, alignment included.
	 */
	private static List<List<Styled.Span>> words(Styled text) {
		List<List<Styled.Span>> words = new ArrayList<>();
		List<Styled.Span> word = new ArrayList<>();
		for (Styled.Span span : text.spans()) {
			String[] parts = span.text().split(" ", -1);
			for (int p = 0; p < parts.length; p++) {
				if (p > 0) {
					words.add(word);
					word = new ArrayList<>();
				}
				if (!parts[p].isEmpty()) {
					word.add(new Styled.Span(parts[p], span.style()));
				}
			}
		}
		words.add(word);
		return words;
	}

	private void table(List<String> rows) {
		List<List<String>> cells = new ArrayList<>();
		for (String row : rows) {
			List<String> line = splitRow(row);
			if (line.stream().allMatch(c -> TABLE_SEPARATOR.matcher(c).matches())) {
				continue;
			}
			cells.add(line.stream().map(c -> inline(c, Style.PLAIN).plain()).toList());
		}
		if (cells.isEmpty()) {
			return;
		}
		int n = cells.get(0).size();
		Table.Builder table = Table.builder(cells.get(0));
		for (List<String> row : cells.subList(1, cells.size())) {
			Object[] values = new Object[n];
			for (int c = 0; c < n; c++) {
				values[c] = c < row.size() ? row.get(c) : "";
			}
			table.row(values);
		}
		Styled text = TableLayout.of(table.build()).render(width).text();
		if (styled) {
			out.append(text);
		}
		else {
			out.append(text.plain());
		}
		started = true;
		lastBlank = false;
		lastCode = false;
	}

	private static List<String> splitRow(String row) {
		String r = row.strip();
		if (r.startsWith("|")) {
			r = r.substring(1);
		}
		if (r.endsWith("|") && !r.endsWith("\\|")) {
			r = r.substring(0, r.length() - 1);
		}
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		for (int i = 0; i < r.length(); i++) {
			char c = r.charAt(i);
			if (c == '\\' && i + 1 < r.length() && r.charAt(i + 1) == '|') {
				cell.append('|');
				i++;
			}
			else if (c == '|') {
				cells.add(cell.toString().strip());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().strip());
		return cells;
	}

	/** Code spans, strong and emphasis, links and escapes within one line. */
	private Styled inline(String text, Style base) {
		Styled s = new Styled();
		StringBuilder plain = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length() && isPunctuation(text.charAt(i + 1))) {
				plain.append(text.charAt(i + 1));
				i += 2;
				continue;
			}
			if (c == '`') {
				int ticks = run(text, i, '`');
				int close = text.indexOf("`".repeat(ticks), i + ticks);
				if (close > 0) {
					flush(s, plain, base);
					s.append(text.substring(i + ticks, close).strip(), styled ? Style.CODE : base);
					i = close + ticks;
					continue;
				}
			}
			if (c == '*' && text.startsWith("**", i)) {
				int close = text.indexOf("**", i + 2);
				if (close > i + 2) {
					flush(s, plain, base);
					s.append(inline(text.substring(i + 2, close), styled ? Style.STRONG : base));
					i = close + 2;
					continue;
				}
			}
			if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) != ' ' && text.charAt(i + 1) != '*'
					&& (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
				int close = text.indexOf('*', i + 1);
				if (close > i + 1 && text.charAt(close - 1) != ' '
						&& (close + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(close + 1)))) {
					flush(s, plain, base);
					s.append(inline(text.substring(i + 1, close), styled ? Style.EMPHASIS : base));
					i = close + 1;
					continue;
				}
			}
			if (c == '[') {
				int endText = text.indexOf("](", i);
				int endUrl = endText < 0 ? -1 : text.indexOf(')', endText);
				if (endText > i && endUrl > endText) {
					flush(s, plain, base);
					s.append(inline(text.substring(i + 1, endText), base));
					String url = text.substring(endText + 2, endUrl);
					if (url.contains("://")) {
						s.append(" (" + url + ")", Style.DIM);
					}
					i = endUrl + 1;
					continue;
				}
			}
			plain.append(c);
			i++;
		}
		flush(s, plain, base);
		return s;
	}

	private static void flush(Styled s, StringBuilder plain, Style base) {
		s.append(plain.toString(), base);
		plain.setLength(0);
	}

	private static int run(String text, int from, char c) {
		int n = 0;
		while (from + n < text.length() && text.charAt(from + n) == c) {
			n++;
		}
		return n;
	}

	private static boolean isPunctuation(char c) {
		return "\\`*_{}[]()#+-.!|<>".indexOf(c) >= 0;
	}
}

package dev.ilrsh.report;

import dev.ilrsh.render.SafeText;
import dev.ilrsh.render.Style;
import dev.ilrsh.render.Styled;
import dev.ilrsh.render.TextWidth;
import dev.ilrsh.render.Wrap;
import java.util.List;

/**
 * Builds a text report line by line: each line is a row of items two spaces apart, continued on the next line
 * (indented under the first) when it would pass the width. Values from the file are made safe to show.
 */
final class ReportLines {

	/** An item of a line: its text and style. */
	record Item(String text, Style style) {

		static Item of(String text) {
			return new Item(text, Style.PLAIN);
		}
	}

	private final Styled out = new Styled();
	private final int width;

	/** @param width the width to keep lines within; 0 or less for no limit */
	ReportLines(int width) {
		this.width = width;
	}

	/** A line of items after {@code indent}; items that would pass the width continue on the next line. */
	ReportLines line(String indent, List<Item> items) {
		String more = indent + "  ";
		out.append(indent);
		int used = indent.length();
		boolean first = true;
		for (Item item : items) {
			String text = SafeText.value(item.text());
			if (text.isEmpty()) {
				continue;
			}
			int w = TextWidth.of(text);
			if (!first && width > 0 && used + 2 + w > width) {
				out.newline().append(more);
				used = more.length();
			}
			else if (!first) {
				out.append("  ");
				used += 2;
			}
			out.append(text, item.style());
			used += w;
			first = false;
		}
		out.newline();
		return this;
	}

	/** A line of items in the plain style. */
	ReportLines line(String indent, String... items) {
		return line(indent, java.util.Arrays.stream(items).map(Item::of).toList());
	}

	/** Running text after {@code indent}, wrapped at spaces to the width. */
	ReportLines text(String indent, String text, Style style) {
		for (String line : Wrap.lines(SafeText.value(text), width > 0 ? Math.max(20, width - indent.length()) : 0)) {
			out.append(indent).append(line, style).newline();
		}
		return this;
	}

	/**
	 * A label, then running text beside it, wrapped at spaces so that its lines start under its first word:
	 * {@code R59  Error  Two or more records …}.
	 */
	ReportLines labelled(String indent, List<Item> label, String text, Style style) {
		int used = indent.length();
		out.append(indent);
		for (Item item : label) {
			String t = SafeText.value(item.text());
			out.append(t, item.style()).append("  ");
			used += TextWidth.of(t) + 2;
		}
		List<String> lines = Wrap.lines(SafeText.value(text), width > 0 ? Math.max(20, width - used) : 0);
		for (int i = 0; i < lines.size(); i++) {
			out.append(i == 0 ? "" : " ".repeat(used)).append(lines.get(i), style).newline();
		}
		return this;
	}

	/** Lines already laid out (a timeline), each after {@code indent}, in a style. */
	ReportLines block(String indent, String text, Style style) {
		text.lines().forEach(l -> out.append(l.isEmpty() ? "" : indent).append(SafeText.value(l), style).newline());
		return this;
	}

	/** A heading line. */
	ReportLines heading(String indent, String text) {
		out.append(indent).append(text, Style.STRONG).newline();
		return this;
	}

	ReportLines blank() {
		out.newline();
		return this;
	}

	Styled styled() {
		return out;
	}
}

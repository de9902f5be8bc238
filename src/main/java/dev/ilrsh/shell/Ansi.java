package dev.ilrsh.shell;

import dev.ilrsh.render.SafeText;
import dev.ilrsh.render.Style;
import dev.ilrsh.render.Styled;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Styled text as a terminal shows it: each {@link Style} in its colour, through JLine's ANSI rendering. */
final class Ansi {

	private Ansi() {
	}

	/**
	 * The text of {@code styled}, made safe for a terminal, with colour codes when {@code colour} is true and
	 * without any escape code otherwise.
	 */
	static String render(Styled styled, boolean colour) {
		if (!colour) {
			StringBuilder b = new StringBuilder();
			styled.spans().forEach(s -> b.append(SafeText.text(s.text())));
			return b.toString();
		}
		StringBuilder out = new StringBuilder();
		AttributedStringBuilder line = new AttributedStringBuilder();
		for (Styled.Span span : styled.spans()) {
			String text = SafeText.text(span.text());
			int from = 0;
			for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
				line.styled(style(span.style()), text.substring(from, nl));
				out.append(line.toAttributedString().toAnsi()).append('\n');
				line = new AttributedStringBuilder();
				from = nl + 1;
			}
			line.styled(style(span.style()), text.substring(from));
		}
		if (line.length() > 0) {
			out.append(line.toAttributedString().toAnsi());
		}
		return out.toString();
	}

	/** One line of a message in a style, with its line end. */
	static String line(String text, Style style, boolean colour) {
		return render(new Styled().append(text, style), colour) + System.lineSeparator();
	}

	static AttributedStyle style(Style style) {
		AttributedStyle s = AttributedStyle.DEFAULT;
		return switch (style) {
			case PLAIN -> s;
			case HEADER, STRONG -> s.bold();
			case HEADING -> s.bold().underline();
			case CODE -> s.foreground(AttributedStyle.CYAN);
			case EMPHASIS -> s.italic();
			case KEY -> s.bold().foreground(AttributedStyle.BLUE | AttributedStyle.BRIGHT);
			case RULE -> s.bold().foreground(AttributedStyle.MAGENTA);
			case ERROR -> s.foreground(AttributedStyle.RED);
			case WARNING -> s.foreground(AttributedStyle.YELLOW);
			case SUCCESS -> s.foreground(AttributedStyle.GREEN);
			case DIM -> s.faint();
		};
	}
}

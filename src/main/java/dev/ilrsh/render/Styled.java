package dev.ilrsh.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Text made of spans, each with a {@link Style}: what reports and help produce, so the shell can show it with
 * colour on a terminal and as plain text anywhere else. Lines end with {@code \n}.
 */
public final class Styled {

	/** A run of text in one style. */
	public record Span(String text, Style style) {
	}

	private final List<Span> spans = new ArrayList<>();

	public static Styled of(String text) {
		return new Styled().append(text);
	}

	public Styled append(String text) {
		return append(text, Style.PLAIN);
	}

	public Styled append(String text, Style style) {
		if (text == null || text.isEmpty()) {
			return this;
		}
		Style s = style == null ? Style.PLAIN : style;
		int last = spans.size() - 1;
		if (last >= 0 && spans.get(last).style() == s) {
			spans.set(last, new Span(spans.get(last).text() + text, s));
		}
		else {
			spans.add(new Span(text, s));
		}
		return this;
	}

	public Styled append(Styled other) {
		other.spans.forEach(s -> append(s.text(), s.style()));
		return this;
	}

	public Styled newline() {
		return append("\n");
	}

	public List<Span> spans() {
		return Collections.unmodifiableList(spans);
	}

	public boolean isEmpty() {
		return spans.isEmpty();
	}

	/** The text without styles. */
	public String plain() {
		StringBuilder b = new StringBuilder();
		spans.forEach(s -> b.append(s.text()));
		return b.toString();
	}

	@Override
	public String toString() {
		return plain();
	}
}

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
	/** The last span, still growing: text in one style is joined without copying it again and again. */
	private final StringBuilder last = new StringBuilder();
	private Style lastStyle;

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
		if (s != lastStyle) {
			close();
			lastStyle = s;
		}
		last.append(text);
		return this;
	}

	private void close() {
		if (last.length() > 0) {
			spans.add(new Span(last.toString(), lastStyle));
			last.setLength(0);
		}
	}

	public Styled append(Styled other) {
		other.spans().forEach(s -> append(s.text(), s.style()));
		return this;
	}

	public Styled newline() {
		return append("\n");
	}

	public List<Span> spans() {
		close();
		return Collections.unmodifiableList(spans);
	}

	public boolean isEmpty() {
		return spans.isEmpty() && last.length() == 0;
	}

	/** The text without styles. */
	public String plain() {
		StringBuilder b = new StringBuilder();
		spans().forEach(s -> b.append(s.text()));
		return b.toString();
	}

	@Override
	public String toString() {
		return plain();
	}
}

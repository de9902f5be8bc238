package dev.ilrsh.diff;

import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.Member;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * How field values are compared and shown. Text is compared with leading, trailing and repeated spaces ignored, and
 * a blank value counts as absent; other values are compared as values, so {@code 025} and {@code 25} are the same.
 * A value that did not parse is compared by its text.
 */
final class Values {

	private Values() {
	}

	/** Whether field {@code i} of {@code spec} holds the same value in both entities. */
	static boolean same(EntitySpec spec, int i, FieldSpec field, IlrEntity a, IlrEntity b) {
		Object x = spec.get(a, i);
		Object y = spec.get(b, i);
		if (x instanceof String s && y instanceof String t) {
			return s.equals(t) || Objects.equals(spaced(s), spaced(t));
		}
		if (x instanceof String s && y == null) {
			return spaced(s) == null && spaced(b.extras().rawValues().get(field.name())) == null;
		}
		if (y instanceof String t && x == null) {
			return spaced(t) == null && spaced(a.extras().rawValues().get(field.name())) == null;
		}
		if (x != null && y != null) {
			return x instanceof BigDecimal d ? d.compareTo((BigDecimal) y) == 0 : x.equals(y);
		}
		if (x != null || y != null) {
			return false;
		}
		return Objects.equals(spaced(a.extras().rawValues().get(field.name())),
				spaced(b.extras().rawValues().get(field.name())));
	}

	/** The field's value as it is written in the file, or null when it is absent. */
	static String shown(EntitySpec spec, int i, FieldSpec field, IlrEntity e) {
		Object v = spec.get(e, i);
		if (v != null) {
			return field.type().format(v);
		}
		return e.extras().rawValues().get(field.name());
	}

	/** A field's value by element name, made comparable: text with spaces normalised and in capitals. */
	static Object key(IlrEntity e, EntitySpec spec, String element) {
		int i = spec.indexOf(element);
		Object v = spec.get(e, i);
		if (v instanceof String s) {
			String t = spaced(s);
			return t == null ? null : t.toUpperCase(Locale.ROOT);
		}
		if (v == null) {
			String raw = spaced(e.extras().rawValues().get(element));
			return raw == null ? null : "raw:" + raw;
		}
		return v;
	}

	/** Text with leading and trailing spaces removed and runs of spaces made one; null when nothing is left. */
	static String spaced(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		if (t.isEmpty()) {
			return null;
		}
		boolean plain = true;
		for (int i = 1; i < t.length() && plain; i++) {
			plain = !(Character.isWhitespace(t.charAt(i)) && (t.charAt(i) != ' ' || Character.isWhitespace(t.charAt(i - 1))));
		}
		return plain ? t : t.replaceAll("\\s+", " ");
	}

	/** The values of an entity's fields that are present, in schema order: {@code TNP 1 2025-09-01 7000}. */
	static String describe(EntitySpec spec, IlrEntity e) {
		StringJoiner text = new StringJoiner(" ");
		for (int i = 0; i < spec.members().size(); i++) {
			Member m = spec.members().get(i);
			if (m instanceof FieldSpec f) {
				String v = shown(spec, i, f, e);
				if (v != null && !v.isBlank()) {
					text.add(v.strip());
				}
			}
		}
		return text.toString();
	}
}

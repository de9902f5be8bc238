package dev.ilrsh.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an entity carried in its XML beyond its typed values, kept so that writing the entity back loses nothing:
 * the line its start tag was on (0 for entities built in memory), the original text of fields whose text was not the
 * canonical form of their value or did not parse, elements the schema does not define there (with their position),
 * and attributes on the entity's own start tag (namespace declarations aside).
 * <p>
 * Nearly every record of a real file carries its line and nothing else, so that case has a class of its own
 * ({@link Line}) of half the size: on a big file these are a million objects, the largest part of the loaded model.
 * {@link #of} chooses; equal extras are always of the same class.
 */
public sealed interface XmlExtras permits XmlExtras.Line, XmlExtras.Kept {

	XmlExtras NONE = new Line(0);

	int line();

	Map<String, String> rawValues();

	List<UnknownElement> unknown();

	List<XmlAttribute> attributes();

	static XmlExtras of(int line, Map<String, String> rawValues, List<UnknownElement> unknown,
			List<XmlAttribute> attributes) {
		return rawValues.isEmpty() && unknown.isEmpty() && attributes.isEmpty() ? new Line(line)
				: new Kept(line, rawValues, unknown, attributes);
	}

	default boolean isEmpty() {
		return rawValues().isEmpty() && unknown().isEmpty() && attributes().isEmpty();
	}

	/** The same extras without the raw text of one field: used when an edit replaces that field's value. */
	default XmlExtras withoutRaw(String elementName) {
		if (!rawValues().containsKey(elementName)) {
			return this;
		}
		Map<String, String> copy = new HashMap<>(rawValues());
		copy.remove(elementName);
		return of(line(), copy, unknown(), attributes());
	}

	/** A line and nothing else. */
	record Line(int line) implements XmlExtras {

		@Override
		public Map<String, String> rawValues() {
			return Map.of();
		}

		@Override
		public List<UnknownElement> unknown() {
			return List.of();
		}

		@Override
		public List<XmlAttribute> attributes() {
			return List.of();
		}
	}

	/** A line and something more; made through {@link #of}, which gives a {@link Line} when there is nothing more. */
	record Kept(int line, Map<String, String> rawValues, List<UnknownElement> unknown, List<XmlAttribute> attributes)
			implements XmlExtras {

		public Kept {
			rawValues = Map.copyOf(rawValues);
			unknown = List.copyOf(unknown);
			attributes = List.copyOf(attributes);
			if (rawValues.isEmpty() && unknown.isEmpty() && attributes.isEmpty()) {
				throw new IllegalArgumentException("nothing is kept: XmlExtras.of gives a Line");
			}
		}
	}
}

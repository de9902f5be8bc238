package dev.ilrsh.model;

import java.util.List;
import java.util.Map;

/**
 * What an entity carried in its XML beyond its typed values, kept so that writing the entity back loses nothing.
 *
 * @param line the line its start tag was on (0 for entities built in memory)
 * @param rawValues original text of fields whose text was not the canonical form of their value, or did not parse
 * @param unknown elements the schema does not define here, with their position
 * @param attributes attributes on the entity's own start tag (namespace declarations aside)
 */
public record XmlExtras(int line, Map<String, String> rawValues, List<UnknownElement> unknown,
		List<XmlAttribute> attributes) {

	public static final XmlExtras NONE = new XmlExtras(0, Map.of(), List.of(), List.of());

	public XmlExtras {
		rawValues = Map.copyOf(rawValues);
		unknown = List.copyOf(unknown);
		attributes = List.copyOf(attributes);
	}

	public boolean isEmpty() {
		return rawValues.isEmpty() && unknown.isEmpty() && attributes.isEmpty();
	}

	/** The same extras without the raw text of one field: used when an edit replaces that field's value. */
	public XmlExtras withoutRaw(String elementName) {
		if (!rawValues.containsKey(elementName)) {
			return this;
		}
		var copy = new java.util.HashMap<>(rawValues);
		copy.remove(elementName);
		return new XmlExtras(line, copy, unknown, attributes);
	}
}

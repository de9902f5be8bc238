package dev.ilrsh.model;

import java.util.List;

/**
 * An element the schema does not define, kept whole (with its attributes, text and children) so that it can be
 * written back where it was.
 */
public record XmlNode(String namespaceUri, String localName, List<XmlAttribute> attributes, String text,
		List<XmlNode> children, int line) {

	public XmlNode {
		attributes = List.copyOf(attributes);
		children = List.copyOf(children);
	}
}

package dev.ilrsh.model;

/** An attribute as read: namespace URI ("" for none), prefix ("" for none), local name and value. */
public record XmlAttribute(String namespaceUri, String prefix, String localName, String value) {

	public String qualifiedName() {
		return prefix.isEmpty() ? localName : prefix + ":" + localName;
	}
}

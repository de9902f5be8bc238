package dev.ilrsh.model;

/**
 * An element met where the schema does not allow it.
 *
 * @param after the name of the known element it followed inside its parent, or null when it came first
 * @param node the element itself
 */
public record UnknownElement(String after, XmlNode node) {
}

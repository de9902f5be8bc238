package dev.ilrsh.xml;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * Turns the XML parser's messages into one plain sentence: what is wrong, and what to do about it. The line and
 * column are given separately.
 */
final class XmlErrors {

	private static final Pattern CHARACTER_REFERENCE = Pattern.compile("expansion character \\(code 0x([0-9a-fA-F]+)\\)");
	private static final Pattern CONTROL_CHARACTER = Pattern.compile("(?:CTRL-CHAR, code|NULL, unicode) (\\d+)");
	private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\)");

	/** What to do about a file that is damaged rather than merely mistaken. */
	private static final String DAMAGED = "the file is damaged or is not an ILR file; ask for a fresh copy";

	private XmlErrors() {
	}

	static String explain(XMLStreamException e) {
		String detail = firstLine(e.getMessage());
		Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
		String lower = (detail + " " + (cause == null ? "" : cause.getMessage())).toLowerCase();
		Matcher reference = CHARACTER_REFERENCE.matcher(detail);
		if (reference.find()) {
			String code = reference.group(1).toUpperCase();
			return "the character reference &#x" + code + "; stands for a control character (U+"
					+ "0".repeat(Math.max(0, 4 - code.length())) + code + "), which an XML 1.0 file may not hold; "
					+ "remove it from the file, or ask the software that made it to leave it out";
		}
		Matcher control = CONTROL_CHARACTER.matcher(detail);
		if (control.find()) {
			return String.format(Locale.ROOT, "the file holds a control character (U+%04X) that XML does not allow; remove it, or "
					+ "ask the software that made the file to leave it out", Integer.parseInt(control.group(1)));
		}
		if (lower.contains("multiple roots") || lower.contains("in epilog")) {
			return "the file goes on after the end of its <Message> element, and an XML file has only one root "
					+ "element; were two files joined? Keep one <Message> … </Message> and remove what follows it";
		}
		if (lower.contains("element depth limit")) {
			return "elements are nested more than " + limit(detail) + " levels deep (an ILR file needs fewer than 10); "
					+ DAMAGED;
		}
		if (lower.contains("attribute limit")) {
			return "an element has more than " + limit(detail) + " attributes (ILR elements have none); " + DAMAGED;
		}
		if (lower.contains("attribute size limit")) {
			return "an attribute value is longer than " + limit(detail) + " characters; " + DAMAGED;
		}
		if (lower.contains("text size limit")) {
			return "a text value is longer than " + limit(detail) + " characters (no ILR value is longer than a few "
					+ "hundred); " + DAMAGED;
		}
		if (lower.contains("child elements limit") || lower.contains("element count limit")) {
			return "the file has more elements than ilrsh reads (" + limit(detail) + "); " + DAMAGED;
		}
		if (lower.contains("unexpected eof") || lower.contains("unexpected end of input")
				|| lower.contains("was expecting a close tag")) {
			return "the file ends before its XML is complete (it may have been cut short in copying); ask for a "
					+ "complete copy: " + detail;
		}
		if (lower.contains("invalid utf-8") || lower.contains("utf-8") && lower.contains("invalid")
				|| lower.contains("malformed") && lower.contains("byte")) {
			return "the file is not valid UTF-8 text (it may have been saved in another encoding without saying "
					+ "so in its first line): " + detail;
		}
		if (lower.contains("undeclared general entity") || lower.contains("entity")) {
			return "the file refers to an entity, which ILR files never do; ilrsh does not expand entities: "
					+ detail;
		}
		if (lower.contains("unexpected close tag") || lower.contains("mismatch")) {
			return "tags do not match: " + detail;
		}
		if (lower.contains("in prolog") || lower.contains("content is not allowed in prolog")) {
			return "this is not XML: " + detail;
		}
		if (lower.contains("illegal character") || lower.contains("invalid white space character")
				|| lower.contains("illegal xml character")) {
			return "the file has a character XML does not allow: " + detail;
		}
		return "the XML is not well-formed: " + detail;
	}

	private static String limit(String detail) {
		Matcher m = LIMIT.matcher(detail);
		return m.find() ? String.format(Locale.ROOT, "%,d", Long.parseLong(m.group(1))) : "the limit of";
	}

	/** The parser's message without its trailing location line, which we give separately. */
	private static String firstLine(String message) {
		if (message == null) {
			return "unknown parser error";
		}
		String line = message.strip();
		int newline = line.indexOf('\n');
		if (newline >= 0) {
			line = line.substring(0, newline).strip();
		}
		if (line.startsWith("ParseError at [row,col]:")) {
			int m = line.indexOf("Message:");
			line = m >= 0 ? line.substring(m + 8).strip() : line;
		}
		return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
	}
}

package dev.ilrsh.xml;

import javax.xml.stream.XMLStreamException;

/** Turns the XML parser's messages into one plain sentence. */
final class XmlErrors {

	private XmlErrors() {
	}

	static String explain(XMLStreamException e) {
		String detail = firstLine(e.getMessage());
		Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
		String lower = (detail + " " + (cause == null ? "" : cause.getMessage())).toLowerCase();
		if (lower.contains("unexpected eof") || lower.contains("unexpected end of input")
				|| lower.contains("was expecting a close tag")) {
			return "the file ends before its XML is complete (it may have been cut short): " + detail;
		}
		if (lower.contains("invalid utf-8") || lower.contains("utf-8") && lower.contains("invalid")
				|| lower.contains("malformed") && lower.contains("byte")) {
			return "the file is not valid UTF-8 text: " + detail;
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

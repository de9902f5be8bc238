package dev.ilrsh.rules.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of the DfE rule-violation report as users paste it: the rule name, then {@code Field=value} parameters
 * separated by {@code |}, then the message. For example
 * {@code R122 CompStatus=2|LearnDelFAMType=ACT|LearnDelFAMDateTo=|AchDate=|LearnActEndDate=12/07/2022| The …}.
 * Lines copied from the CSV (commas or tabs between columns, values in quotes) are read too.
 *
 * @param rule the rule name as written on the line
 * @param values the parameters in the order written; an empty value means the field was empty
 * @param message the message text after the parameters (may be empty)
 */
public record ReportLine(String rule, Map<String, String> values, String message) {

	private static final Pattern START = Pattern.compile("^\\s*\"?([A-Za-z][A-Za-z0-9_\\-]*)\"?\\s*[,;\\t]?\\s*(.*)$",
			Pattern.DOTALL);

	private static final Pattern PARAM = Pattern.compile("^\\s*\"?([A-Za-z][A-Za-z0-9_.]*)\\s*=\\s*([^|]*?)\\s*\"?$");

	public ReportLine {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/**
	 * Reads a pasted report line. It is one when it starts with a word followed by at least one
	 * {@code Field=value} parameter ending in {@code |}; otherwise empty.
	 */
	public static Optional<ReportLine> parse(String text) {
		if (text == null || text.indexOf('=') < 0 || text.indexOf('|') < 0) {
			return Optional.empty();
		}
		Matcher m = START.matcher(text.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		String rule = m.group(1);
		String rest = m.group(2);
		Map<String, String> values = new LinkedHashMap<>();
		String[] parts = rest.split("\\|", -1);
		int i = 0;
		for (; i < parts.length; i++) {
			String part = parts[i];
			if (i == parts.length - 1 && !part.contains("=")) {
				break;
			}
			Matcher p = PARAM.matcher(stripSeparators(part));
			if (!p.matches()) {
				break;
			}
			values.put(p.group(1), p.group(2).replaceAll("^\"|\"$", "").strip());
		}
		if (values.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder message = new StringBuilder();
		for (; i < parts.length; i++) {
			if (message.length() > 0) {
				message.append('|');
			}
			message.append(parts[i]);
		}
		String msg = stripSeparators(message.toString()).replaceAll("^\"|\"$", "").strip();
		return Optional.of(new ReportLine(rule, values, msg));
	}

	private static String stripSeparators(String s) {
		return s.strip().replaceAll("^[,;\\t]+|[,;\\t]+$", "").strip();
	}
}

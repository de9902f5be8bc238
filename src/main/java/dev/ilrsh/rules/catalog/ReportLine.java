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
 * {@code R122 CompStatus=3|LearnDelFAMType=ACT|LearnDelFAMDateTo=|AchDate=|LearnActEndDate=31/03/2026| …}.
 * Lines copied from the CSV (commas or tabs between columns, values in quotes) are read too.
 *
 * @param rule the rule name as written on the line
 * @param values the parameters in the order written; an empty value means the field was empty
 * @param message the message text after the parameters (may be empty)
 * @param context where the error is, when a whole row of the report CSV was pasted: {@code LearnRefNumber},
 *     {@code AimSeqNumber}, {@code LearnAimRef} (names and other personal columns are not kept)
 */
public record ReportLine(String rule, Map<String, String> values, String message, Map<String, String> context) {

	private static final Pattern START = Pattern.compile("^\\s*\"?([A-Za-z][A-Za-z0-9_\\-]*)\"?\\s*[,;\\t]?\\s*(.*)$",
			Pattern.DOTALL);

	private static final Pattern PARAM = Pattern.compile("^\\s*\"?([A-Za-z][A-Za-z0-9_.]*)\\s*=\\s*([^|]*?)\\s*\"?$");

	public ReportLine {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
	}

	/** Column positions of the rule-violation report CSV (Error\\Warning, Learner Ref, ULN, names, Rule Name …). */
	private static final int CSV_LEARN_REF = 1;

	private static final int CSV_RULE = 5;

	private static final int CSV_AIM_SEQ = 8;

	private static final int CSV_AIM_REF = 9;

	/**
	 * Reads a whole row copied from the rule-violation report CSV (or its spreadsheet view, tab-separated): the
	 * rule is the first cell that {@code isRule} accepts, the values come from the {@code Field=value|…} cell and
	 * the message is the cell after it. Empty when the row has no rule cell or no values cell.
	 */
	public static Optional<ReportLine> parseRow(String text, java.util.function.Predicate<String> isRule) {
		if (text == null || text.indexOf('=') < 0) {
			return Optional.empty();
		}
		java.util.List<String> cells = cells(text.strip());
		int rule = -1;
		int vals = -1;
		for (int i = 0; i < cells.size(); i++) {
			String c = cells.get(i).strip();
			if (rule < 0 && c.matches("[A-Za-z][A-Za-z_\\-]*\\d+[A-Za-z_0-9]*") && isRule.test(c)) {
				rule = i;
			}
			else if (rule >= 0 && vals < 0 && c.contains("=")) {
				vals = i;
			}
		}
		if (rule < 0 || vals < 0) {
			return Optional.empty();
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (String part : cells.get(vals).split("\\|")) {
			Matcher p = PARAM.matcher(part.strip());
			if (p.matches()) {
				values.put(p.group(1), p.group(2).strip());
			}
		}
		String message = vals + 1 < cells.size() ? cells.get(vals + 1).strip() : "";
		Map<String, String> context = new LinkedHashMap<>();
		if (rule == CSV_RULE && vals == CSV_RULE + 1) {
			put(context, "LearnRefNumber", cells, CSV_LEARN_REF);
			put(context, "AimSeqNumber", cells, CSV_AIM_SEQ);
			put(context, "LearnAimRef", cells, CSV_AIM_REF);
		}
		return Optional.of(new ReportLine(cells.get(rule).strip(), values, message, context));
	}

	private static void put(Map<String, String> m, String key, java.util.List<String> cells, int i) {
		if (i < cells.size() && !cells.get(i).isBlank()) {
			m.put(key, cells.get(i).strip());
		}
	}

	/** Splits a CSV or tab-separated row, honouring double quotes. */
	static java.util.List<String> cells(String row) {
		char sep = row.indexOf('\t') >= 0 ? '\t' : ',';
		java.util.List<String> out = new java.util.ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < row.length(); i++) {
			char ch = row.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					cell.append(ch);
				}
			}
			else if (ch == '"' && cell.toString().isBlank()) {
				quoted = true;
				cell.setLength(0);
			}
			else if (ch == sep) {
				out.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(ch);
			}
		}
		out.add(cell.toString());
		return out;
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
		return Optional.of(new ReportLine(rule, values, msg, Map.of()));
	}

	private static String stripSeparators(String s) {
		return s.strip().replaceAll("^[,;\\t]+|[,;\\t]+$", "").strip();
	}
}

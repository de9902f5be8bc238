package dev.ilrsh.rules.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the {@code demand} column of the rule catalog from the rules' logic in the reference rule list: the field a
 * rule's condition falls on and what it asks of it ({@code LearnActEndDate missing}). A maintenance tool, not a
 * test; run it from the project directory after the catalog's rules change:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:LIBS dev.ilrsh.rules.catalog.DemandColumn src/main/resources/rules/catalog-2025-26.tsv
 * </pre>
 *
 * Only a field name and one word per rule are written: nothing of the reference's wording.
 */
final class DemandColumn {

	private static final Map<String, String> WORD = Map.of("xmissing", "missing", "xforbidden", "forbidden", "xinvalid",
			"invalid", "xpattern", "pattern", "xlength", "length", "xrange", "range");

	/** Field-definition rules say what they check in their names. */
	private static final Pattern FIELD_DEFINITION = Pattern.compile("^FD_(?:DP_)?(\\w+?)_(MA|AL|AR|AP)$");

	private static final Map<String, String> FIELD_DEFINITION_DEMAND = Map.of("MA", "missing", "AL", "length", "AR",
			"range", "AP", "pattern");

	/** The first must or should: the demand is in the clause that holds it. */
	private static final Pattern VERB = Pattern.compile("(?i)\\b(must|should|cannot|can only|can not)\\b");

	/** Dates that bound when a rule applies ("for starts on or after 1 August 2024") are not what it checks. */
	private static final Pattern BOUND = Pattern.compile("(?i)\\b(?:on or after|on or before|on or prior to|prior to"
			+ "|before|after|from|by)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\w+\\s+\\d{4}|\\d{4}-\\d\\d-\\d\\d)");

	/** A demand without the usual words: "there must be a …" wants a record; "must be …" a value. */
	private static final Pattern WANTS_RECORD = Pattern.compile(
			"(?i)\\b(there must be|there should be|must have|should have|must contain)\\b");

	private static final Pattern WANTS_VALUE = Pattern.compile(
			"(?i)\\b(must be|should be|must not be|should not be|must only|must match)\\b");

	private DemandColumn() {
	}

	public static void main(String[] args) throws IOException {
		Path catalog = Path.of(args.length > 0 ? args[0] : "src/main/resources/rules/catalog-2025-26.tsv");
		Path reference = ReferenceRules.file().orElseThrow(() -> new IllegalStateException("no reference rule list"));
		Map<String, String> demands = new HashMap<>();
		for (ReferenceRules.Row row : ReferenceRules.rows(reference)) {
			for (String name : row.names()) {
				demands.put(RuleKeys.key(name), demand(name, row.description()));
			}
		}
		List<String> out = new ArrayList<>();
		int column = -1;
		for (String line : Files.readAllLines(catalog, StandardCharsets.UTF_8)) {
			if (line.startsWith("#") || line.isBlank()) {
				out.add(line);
				continue;
			}
			String[] c = line.split("\t", -1);
			if (column < 0) {
				column = List.of(c).indexOf("demand");
				out.add(line);
				continue;
			}
			String name = c[0];
			c[column] = Optional.ofNullable(demands.get(RuleKeys.key(name))).orElseGet(() -> demand(name, ""));
			out.add(String.join("\t", c));
		}
		Files.write(catalog, out, StandardCharsets.UTF_8);
	}

	/** The demand of one rule, from its name and the description of its logic; empty when none is found. */
	static String demand(String name, String description) {
		Matcher fd = FIELD_DEFINITION.matcher(name);
		if (fd.matches()) {
			return fd.group(1) + " " + FIELD_DEFINITION_DEMAND.get(fd.group(2));
		}
		String main = description.replaceAll("(?i)\\(?\\s*error where.*", "")
			.replaceAll("(?i)\\(?this rule is not triggered.*", "")
			.replaceAll("\\([^()]*\\)", " ");
		main = BOUND.matcher(main).replaceAll(" ");
		Matcher verb = VERB.matcher(main);
		if (verb.find()) {
			int cut = Math.max(main.lastIndexOf(", ", verb.start()),
					main.toLowerCase(Locale.ROOT).lastIndexOf(" then ", verb.start()));
			if (cut > 0) {
				main = main.substring(cut + 1);
			}
		}
		List<FieldSynonyms.Demand> said = FieldSynonyms.demands(main);
		String field;
		String condition;
		if (!said.isEmpty()) {
			FieldSynonyms.Demand last = said.get(said.size() - 1);
			field = last.field();
			condition = WORD.getOrDefault(last.condition(), last.condition());
		}
		else {
			Matcher m = WANTS_RECORD.matcher(main);
			int at;
			if (m.find()) {
				condition = "missing";
				at = m.start();
			}
			else {
				m = WANTS_VALUE.matcher(main);
				at = -1;
				while (m.find()) {
					at = m.start();
				}
				if (at < 0) {
					return "";
				}
				condition = "invalid";
			}
			field = fieldNear(main, at);
		}
		if (field == null) {
			field = FieldSynonyms.subjectOfRule(name).orElse(null);
		}
		return field == null ? condition : field + " " + condition;
	}

	/** The field named last before {@code at}, or else first after it. */
	private static String fieldNear(String text, int at) {
		String before = null;
		String after = null;
		for (FieldSynonyms.Found f : FieldSynonyms.findSpelledOut(text)) {
			if (FieldSynonyms.isCondition(f.token())) {
				continue;
			}
			if (f.start() < at) {
				before = f.token();
			}
			else if (after == null) {
				after = f.token();
			}
		}
		String field = before != null ? before : after;
		return field == null ? null : FieldSynonyms.holder(field);
	}
}

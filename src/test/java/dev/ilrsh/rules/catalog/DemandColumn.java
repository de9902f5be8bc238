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

	/** A clause that sets when a rule applies ("If …", "For starts …"), cut off before the demand. */
	private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(?:if|for|where|when|unless|once)\\b");

	/** A demand without the usual words: "there must be a …" wants a record; "must be …" a value. */
	private static final Pattern WANTS_RECORD = Pattern.compile(
			"(?i)\\b(there must be|there should be|must have|should have|must contain)\\b");

	/** A verb whose object is what it is about: "there must not be more than one …", "must not have …". */
	private static final Pattern HAVING = Pattern.compile(
			"(?i)(?:must|should|cannot|can not)(?: not)? (?:have|contain)\\b");

	private static final Pattern THERE = Pattern.compile("(?i)\\bthere\\s+$");

	/** What follows "must be" up to a field or code named as the value demanded. */
	private static final Pattern VALUE_NAMED = Pattern.compile("(?i)\\s*(?:(?:a|an|the)\\s+)?");

	private static final Pattern WANTS_VALUE = Pattern.compile(
			"(?i)\\b(must be|should be|must not be|should not be|must only|must match)\\b");

	/** Entries read by hand from the logic where the reading above goes wrong for a reason of that rule alone. */
	private static final Map<String, String> CORRECTED = Map.ofEntries(
			// two learner records sharing a ULN: a cross-record demand, on no one field of the record in hand
			Map.entry("R59", "duplicate"));

	private DemandColumn() {
	}

	public static void main(String[] args) throws IOException {
		Path catalog = Path.of(args.length > 0 ? args[0] : "src/main/resources/rules/catalog-2025-26.tsv");
		Path reference = ReferenceRules.file().orElseThrow(() -> new IllegalStateException("no reference rule list"));
		Map<String, String> descriptions = new HashMap<>();
		for (ReferenceRules.Row row : ReferenceRules.rows(reference)) {
			for (String name : row.names()) {
				descriptions.put(RuleKeys.key(name), row.description());
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
			List<String> read = c[4].isBlank() ? List.of() : List.of(c[4].strip().split("\\s+"));
			c[column] = Optional.ofNullable(CORRECTED.get(name))
				.orElseGet(() -> demand(name, descriptions.getOrDefault(RuleKeys.key(name), ""), read));
			out.add(String.join("\t", c));
		}
		Files.write(catalog, out, StandardCharsets.UTF_8);
	}

	/** The demand of one rule, from its name and the description of its logic; empty when none is found. */
	static String demand(String name, String description) {
		return demand(name, description, List.of());
	}

	/**
	 * The demand of one rule, from its name, the description of its logic and the fields it reads
	 * ({@code LearningDelivery.LearnStartDate}): of the fields the demanding clause names, the one the rule reads
	 * is taken.
	 */
	static String demand(String name, String description, List<String> read) {
		Matcher fd = FIELD_DEFINITION.matcher(name);
		if (fd.matches()) {
			return fd.group(1) + " " + FIELD_DEFINITION_DEMAND.get(fd.group(2));
		}
		String main = description.replaceAll("(?i)\\(?\\s*error where.*", "")
			.replaceAll("(?i)\\(?this rule is not triggered.*", "")
			.replaceAll("\\([^()]*\\)", " ");
		main = BOUND.matcher(main).replaceAll(" ");
		// "LearningDelivery.LearningDeliveryFAM": the element, not its entity
		main = main.replaceAll("\\b[A-Z][A-Za-z]+\\.(?=[A-Z])", "");
		Matcher verb = VERB.matcher(main);
		if (verb.find()) {
			// "If …, then the outcome must …": the demand is in the clause after the condition
			int cut = Math.max(main.lastIndexOf(", ", verb.start()),
					main.toLowerCase(Locale.ROOT).lastIndexOf(" then ", verb.start()));
			if (cut > 0 && CONDITIONAL.matcher(main.substring(0, cut)).find()) {
				main = main.substring(cut + 1);
			}
		}
		main = FieldSynonyms.spelledOut(main);
		verb = VERB.matcher(main);
		int verbAt = -1;
		while (verb.find()) {
			verbAt = verb.start();
		}
		List<FieldSynonyms.Found> found = FieldSynonyms.find(main);
		// the condition the last verb makes: "must not have more than one record with the same date" is about the
		// sharing, not the having; else the last condition made
		FieldSynonyms.Found last = null;
		FieldSynonyms.Found made = null;
		FieldSynonyms.Found specific = null;
		for (FieldSynonyms.Found f : found) {
			if (!FieldSynonyms.isCondition(f.token())) {
				continue;
			}
			last = f;
			if (f.start() >= verbAt && made == null) {
				made = f;
			}
			if (f.start() >= verbAt && specific == null && !f.token().equals("xmissing")
					&& !f.token().equals("xforbidden")) {
				specific = f;
			}
		}
		last = specific != null ? specific : made != null ? made : last;
		String field;
		String condition;
		if (last != null) {
			condition = WORD.getOrDefault(last.token(), last.token());
			int at = last.start();
			for (Matcher v = VERB.matcher(main); v.find() && v.start() <= last.start();) {
				at = v.start();
			}
			// "a learning aim must not have FAM records with overlapping dates": what is had is named after the verb
			boolean record = HAVING.matcher(main).region(at, main.length()).lookingAt()
					|| THERE.matcher(main.substring(0, at)).find();
			field = subject(main, found, at, !record, read);
		}
		else {
			Matcher m = WANTS_RECORD.matcher(main);
			int at;
			int end = 0;
			boolean record = m.find();
			if (record) {
				condition = "missing";
				at = m.start();
			}
			else {
				m = WANTS_VALUE.matcher(main);
				at = -1;
				while (m.find()) {
					at = m.start();
					end = m.end();
				}
				if (at < 0) {
					return "";
				}
				condition = "invalid";
			}
			// "there must be a funding relationship": the record wanted is named after the verb
			field = subject(main, found, at, !record, read);
			// "… must be Funding model 36": the value demanded names its field
			if (!record) {
				Matcher value = VALUE_NAMED.matcher(main).region(end, main.length());
				if (value.lookingAt()) {
					for (FieldSynonyms.Found f : found) {
						// a field named ("Funding model 36"), not a code's meaning ("16-19"), which may be the
						// value of another field (the source of funding)
						if (f.start() == value.end() && !FieldSynonyms.isCondition(f.token())
								&& FieldSynonyms.holder(f.token()).equals(f.token())) {
							field = FieldSynonyms.holder(f.token());
						}
					}
				}
			}
		}
		if (field == null) {
			field = FieldSynonyms.subjectOfRule(name).orElse(null);
		}
		return field == null ? condition : field + " " + condition;
	}

	/** A field's phrase followed by one of these is the head of what follows: "the employment status on the …". */
	private static final Pattern OF = Pattern.compile("(?i)^\\W*(?:of|on|for|in|at|from|to|within|applies (?:to|from))\\b");

	/**
	 * The field a demand whose verb is at {@code at} falls on: the subject of that verb, which is the field named
	 * nearest before it or, in "the employment status on the start date … must", the field that one qualifies (or,
	 * when {@code beforeFirst} is false, the first field after the verb); else the other fields named, nearest
	 * first. Of these the first the rule reads is taken, or the first at all when it reads none of them.
	 */
	private static String subject(String text, List<FieldSynonyms.Found> found, int at, boolean beforeFirst,
			List<String> read) {
		List<FieldSynonyms.Found> fields = found.stream().filter(f -> !FieldSynonyms.isCondition(f.token())).toList();
		List<String> before = new ArrayList<>();
		int nearest = -1;
		for (int i = 0; i < fields.size(); i++) {
			if (fields.get(i).start() < at) {
				nearest = i;
			}
		}
		if (nearest >= 0) {
			int head = nearest;
			while (head > 0 && OF.matcher(text.substring(Math.min(fields.get(head - 1).end(), fields.get(head).start()),
					fields.get(head).start())).find()) {
				head--;
			}
			if (beforeFirst) {
				String field = FieldSynonyms.holder(fields.get(head).token());
				String reads = reads(field, read);
				return reads != null ? reads : field;
			}
		}
		List<String> order = new ArrayList<>();
		for (int i = nearest + 1; i < fields.size(); i++) {
			order.add(FieldSynonyms.holder(fields.get(i).token()));
		}
		if (nearest >= 0) {
			order.add(FieldSynonyms.holder(fields.get(nearest).token()));
		}
		if (order.isEmpty()) {
			return null;
		}
		String first = reads(order.get(0), read);
		return first != null ? first : order.get(0);
	}

	/**
	 * The field as the rule reads it: itself when the rule reads it (or an entity of that name), the learner's FAM
	 * type for a rule that reads only that one; null when the rule does not read it.
	 */
	private static String reads(String field, List<String> read) {
		for (String r : read) {
			String element = r.substring(r.indexOf('.') + 1);
			String entity = r.contains(".") ? r.substring(0, r.indexOf('.')) : "";
			if (element.equalsIgnoreCase(field) || entity.equalsIgnoreCase(field)) {
				return field;
			}
		}
		if (field.equals("LearnDelFAMType") && read.stream().anyMatch(r -> r.endsWith(".LearnFAMType"))) {
			return "LearnFAMType";
		}
		if (field.equals("LearnDelFAMCode") && read.stream().anyMatch(r -> r.endsWith(".LearnFAMCode"))) {
			return "LearnFAMCode";
		}
		return null;
	}
}

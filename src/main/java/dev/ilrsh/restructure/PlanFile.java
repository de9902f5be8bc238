package dev.ilrsh.restructure;

import dev.ilrsh.files.OutputFile;
import dev.ilrsh.files.OutputFileException;
import dev.ilrsh.restructure.MergePlan.AimMove;
import dev.ilrsh.restructure.MergePlan.Conflict;
import dev.ilrsh.restructure.MergePlan.Difference;
import dev.ilrsh.restructure.MergePlan.RecordRef;
import dev.ilrsh.rules.Finding;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merge plans saved as JSON, so that a plan can be reviewed (every aim's move, every conflict with the version kept,
 * the findings gone, carried and added) and applied again to the same file with the same choices. Records are named
 * by their labels ({@link MergePlan#label}), so the version kept of a conflict can be changed by editing
 * {@code "kept"}. Reading checks every part and names the first one that is wrong.
 */
public final class PlanFile {

	/** The format written; version 1 (before conflicts were recorded) is refused with a request to plan again. */
	public static final int VERSION = 2;

	/** Larger than any real plan: a file this big is not one. */
	private static final long MOST_BYTES = 100L * 1024 * 1024;

	/** Raised for a plan file that cannot be used; the message names the file, where in it, and why. */
	public static class PlanFileException extends Exception {

		public PlanFileException(String message) {
			super(message);
		}
	}

	/**
	 * What a plan file holds.
	 *
	 * @param source the name of the file the plans were made for
	 * @param plans the merges
	 */
	public record Saved(String source, List<MergePlan> plans) {
	}

	private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private PlanFile() {
	}

	/** Saves the plans of {@code outcome}, each with its notes and the findings it makes go, carries and adds. */
	public static void save(OutputFile file, String source, Restructurer.Outcome outcome) throws OutputFileException {
		List<Object> merges = new ArrayList<>();
		for (int m = 0; m < outcome.result().merged().size(); m++) {
			Merger.Merged merged = outcome.result().merged().get(m);
			Restructurer.FindingChanges changes = outcome.merges().get(m);
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("plan", planJson(merged.plan()));
			entry.put("notes", merged.notes());
			Map<String, Object> findings = new LinkedHashMap<>();
			findings.put("gone", findingsJson(changes.gone()));
			findings.put("carried", findingsJson(changes.carried()));
			findings.put("added", findingsJson(changes.added()));
			entry.put("findings", findings);
			merges.add(entry);
		}
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("version", VERSION);
		root.put("source", source);
		root.put("merges", merges);
		file.writeString(JSON.writeValueAsString(root) + "\n");
	}

	private static Map<String, Object> planJson(MergePlan plan) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("LearnRefNumber", plan.keepLearnRefNumber());
		List<Object> records = new ArrayList<>();
		for (RecordRef r : plan.records()) {
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("LearnRefNumber", r.learnRefNumber());
			record.put("ULN", r.uln());
			record.put("occurrence", r.occurrence());
			record.put("position", r.position());
			record.put("line", r.line());
			records.add(record);
		}
		p.put("records", records);
		List<Object> aims = new ArrayList<>();
		for (AimMove a : plan.aims()) {
			Map<String, Object> aim = new LinkedHashMap<>();
			aim.put("from", plan.label(a.record()));
			aim.put("oldAimSeqNumber", a.oldAimSeqNumber());
			aim.put("AimSeqNumber", a.newAimSeqNumber());
			aim.put("LearnAimRef", a.learnAimRef());
			aim.put("AimType", a.aimType());
			aim.put("ProgType", a.progType());
			aim.put("StdCode", a.stdCode());
			aim.put("LearnStartDate", a.learnStartDate() == null ? null : a.learnStartDate().toString());
			aims.add(aim);
		}
		p.put("aims", aims);
		List<Object> conflicts = new ArrayList<>();
		for (Conflict c : plan.conflicts()) {
			Map<String, Object> conflict = new LinkedHashMap<>();
			conflict.put("take", c.take());
			conflict.put("about", c.about());
			List<Object> values = new ArrayList<>();
			for (Difference d : c.differences()) {
				Map<String, Object> difference = new LinkedHashMap<>();
				difference.put("element", d.element());
				Map<String, String> byRecord = new LinkedHashMap<>();
				for (int r = 0; r < d.values().size(); r++) {
					byRecord.put(plan.label(r), d.values().get(r));
				}
				difference.put("values", byRecord);
				values.add(difference);
			}
			conflict.put("values", values);
			conflict.put("kept", plan.label(c.chosen()));
			conflict.put("chosenBy", c.taken() ? "you" : "newest record");
			conflicts.add(conflict);
		}
		p.put("conflicts", conflicts);
		p.put("notes", plan.notes());
		return p;
	}

	private static List<Object> findingsJson(List<Finding> findings) {
		List<Object> list = new ArrayList<>();
		for (Finding f : findings) {
			Map<String, Object> finding = new LinkedHashMap<>();
			finding.put("rule", f.rule());
			finding.put("severity", f.severity().label());
			finding.put("LearnRefNumber", f.learnRefNumber());
			finding.put("AimSeqNumber", f.aimSeqNumber());
			finding.put("LearnAimRef", f.learnAimRef());
			finding.put("message", f.message());
			list.add(finding);
		}
		return list;
	}

	/**
	 * Reads a plan file made for the file called {@code forSource}.
	 *
	 * @throws PlanFileException when it cannot be read, is not a plan file of this version, has any part missing or
	 *     of the wrong kind, or was made for another file
	 */
	public static Saved load(Path file, String forSource) throws PlanFileException {
		JsonNode root;
		try {
			if (Files.isDirectory(file)) {
				throw new PlanFileException(file + ": is a folder, not a plan file");
			}
			if (Files.size(file) > MOST_BYTES) {
				throw new PlanFileException(file + ": too large to be a plan file (" + Files.size(file) + " bytes)");
			}
			root = JSON.readTree(Files.readString(file));
		}
		catch (NoSuchFileException e) {
			throw new PlanFileException(file + ": no such file");
		}
		catch (AccessDeniedException e) {
			throw new PlanFileException(file + ": permission denied");
		}
		catch (CharacterCodingException e) {
			throw new PlanFileException(file + ": not a plan file (not UTF-8 text)");
		}
		catch (IOException e) {
			throw new PlanFileException(file + ": cannot be read (" + e.getMessage() + ")");
		}
		catch (JacksonException e) {
			String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
					+ e.getLocation().getColumnNr();
			throw new PlanFileException(file + ": not valid JSON" + where + " (" + shown(firstLine(e.getOriginalMessage()), 160) + ")");
		}
		if (root == null || root.isMissingNode()) {
			throw new PlanFileException(file + ": empty, not a plan file");
		}
		try {
			Saved saved = read(new At(root, ""));
			if (forSource != null && !saved.source().equals(forSource)) {
				throw new PlanFileException(file + ": the plan was made for " + shown(saved.source()) + ", not " + forSource
						+ "; a plan applies only to the file it was made for");
			}
			return saved;
		}
		catch (Invalid e) {
			throw new PlanFileException(file + ": " + e.getMessage());
		}
	}

	/**
	 * Text from the plan file as a message may quote it: at most 40 characters, control and bidirectional
	 * characters shown as escapes, so a crafted file cannot play tricks on the terminal.
	 */
	static String shown(String text) {
		return shown(text, 40);
	}

	private static String shown(String text, int most) {
		if (text == null) {
			return "null";
		}
		String cut = text.length() > most ? text.substring(0, most) + "…" : text;
		StringBuilder b = new StringBuilder();
		cut.codePoints().forEach(c -> {
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				b.append(c < 0x100 ? String.format("\\x%02X", c) : String.format("\\u%04X", c));
			}
			else {
				b.appendCodePoint(c);
			}
		});
		return b.toString();
	}

	private static String firstLine(String text) {
		if (text == null) {
			return "unreadable";
		}
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end);
	}

	private static Saved read(At root) {
		root.object();
		At version = root.get("version");
		if (version.node() == null || !version.node().isIntegralNumber()) {
			throw new Invalid("not an ilrsh plan file (it has no version number)");
		}
		if (version.node().canConvertToInt() && version.node().intValue() == 1) {
			throw new Invalid("saved by an earlier ilrsh (plan version 1), which did not record conflicts; make the plan "
					+ "again with --plan");
		}
		if (!version.node().canConvertToInt() || version.node().intValue() != VERSION) {
			throw new Invalid("not an ilrsh plan file of version " + VERSION + " (version " + shown(version.node().toString())
					+ ")");
		}
		String source = root.get("source").text();
		List<MergePlan> plans = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (At merge : root.get("merges").array()) {
			MergePlan plan = plan(merge.object().get("plan"));
			for (RecordRef r : plan.records()) {
				if (!seen.add(r.learnRefNumber() + "|" + r.uln() + "|" + r.occurrence())) {
					throw new Invalid(merge.path() + " merges learner " + shown(r.learnRefNumber())
							+ " a second time");
				}
			}
			plans.add(plan);
		}
		return new Saved(source, plans);
	}

	private static MergePlan plan(At at) {
		at.object();
		List<RecordRef> records = new ArrayList<>();
		for (At r : at.get("records").array()) {
			r.object();
			records.add(new RecordRef(r.get("LearnRefNumber").name(), r.get("ULN").optionalLong(),
					r.get("occurrence").integer(0, Integer.MAX_VALUE), r.get("position").integer(0, Integer.MAX_VALUE),
					r.get("line").optionalInteger(0, Integer.MAX_VALUE, 0)));
		}
		if (records.size() < 2) {
			throw new Invalid(at.path() + ".records: a merge needs at least two records, it has " + records.size());
		}
		String keep = at.get("LearnRefNumber").name();
		if (!keep.equals(records.get(0).learnRefNumber())) {
			throw new Invalid(at.path() + ".LearnRefNumber: " + shown(keep) + " should be the reference of the first record, "
					+ shown(records.get(0).learnRefNumber()));
		}
		List<AimMove> aims = new ArrayList<>();
		Set<Integer> numbers = new HashSet<>();
		for (At a : at.get("aims").array()) {
			a.object();
			int number = a.get("AimSeqNumber").integer(1, Integer.MAX_VALUE);
			if (!numbers.add(number)) {
				throw new Invalid(a.path() + ".AimSeqNumber: " + number + " is given to two aims");
			}
			aims.add(new AimMove(record(a.get("from"), records), a.get("oldAimSeqNumber").optionalInteger(), number,
					a.get("LearnAimRef").optionalText(), a.get("AimType").optionalInteger(),
					a.get("ProgType").optionalInteger(), a.get("StdCode").optionalInteger(),
					a.get("LearnStartDate").optionalDate()));
		}
		List<Conflict> conflicts = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (At c : at.get("conflicts").optionalArray()) {
			c.object();
			String take = c.get("take").name();
			if (!names.add(take)) {
				throw new Invalid(c.path() + ".take: " + shown(take) + " is settled twice");
			}
			List<Difference> differences = new ArrayList<>();
			for (At d : c.get("values").array()) {
				d.object();
				At byRecord = d.get("values").object();
				if (byRecord.node().size() != records.size()) {
					throw new Invalid(byRecord.path() + " has " + byRecord.node().size() + " values for "
							+ records.size() + " records");
				}
				List<String> values = new ArrayList<>();
				for (int r = 0; r < records.size(); r++) {
					values.add(byRecord.get(MergePlan.label(records, r)).text());
				}
				differences.add(new Difference(d.get("element").text(), values));
			}
			// "about" and "chosenBy" are for people reading the file: the merge finds both again
			conflicts.add(new Conflict(take, c.get("about").optionalText(), differences, record(c.get("kept"), records),
					false, List.of()));
		}
		List<String> notes = new ArrayList<>();
		for (At n : at.get("notes").optionalArray()) {
			notes.add(n.text());
		}
		return new MergePlan(keep, records, aims, conflicts, notes);
	}

	/** The index of the record a label names. */
	private static int record(At at, List<RecordRef> records) {
		String label = at.name();
		int index = MergePlan.indexOf(records, label);
		if (index < 0) {
			throw new Invalid(at.path() + ": " + shown(label) + " is not one of the plan's records");
		}
		return index;
	}

	/** A part of the plan that is not what it should be; the message says where and what. */
	private static final class Invalid extends RuntimeException {

		Invalid(String message) {
			super(message, null, false, false);
		}
	}

	/** A node of the JSON with the path that leads to it, for messages. */
	private record At(JsonNode node, String path) {

		At get(String name) {
			return new At(node.get(name), path.isEmpty() ? name : path + "." + name);
		}

		private String where() {
			return path.isEmpty() ? "the file" : path;
		}

		private Invalid wrong(String wanted) {
			String found = node == null ? "missing" : node.isNull() ? "null" : "not " + wanted;
			return new Invalid(where() + " is " + found + (node == null || node.isNull() ? " (it should be " + wanted + ")"
					: ""));
		}

		At object() {
			if (node == null || !node.isObject()) {
				throw wrong("an object");
			}
			return this;
		}

		List<At> array() {
			if (node == null || !node.isArray()) {
				throw wrong("a list");
			}
			List<At> items = new ArrayList<>();
			for (int i = 0; i < node.size(); i++) {
				items.add(new At(node.get(i), path + "[" + i + "]"));
			}
			return items;
		}

		List<At> optionalArray() {
			return node == null || node.isNull() ? List.of() : array();
		}

		String text() {
			if (node == null || !node.isString()) {
				throw wrong("text");
			}
			return node.stringValue();
		}

		/** Text that names something (a reference, a conflict): printable, and not too long to show. */
		String name() {
			String text = text();
			if (text.length() > 100 || text.codePoints()
				.anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
				throw new Invalid(where() + " is '" + shown(text) + "', which is not a name ilrsh writes");
			}
			return text;
		}

		String optionalText() {
			return node == null || node.isNull() ? null : text();
		}

		int integer(int min, int max) {
			if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
				throw wrong("a whole number");
			}
			int value = node.intValue();
			if (value < min || value > max) {
				throw new Invalid(where() + " is " + value + "; it should be at least " + min
						+ (max == Integer.MAX_VALUE ? "" : " and at most " + max));
			}
			return value;
		}

		Integer optionalInteger() {
			return node == null || node.isNull() ? null : integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
		}

		int optionalInteger(int min, int max, int absent) {
			return node == null || node.isNull() ? absent : integer(min, max);
		}

		Long optionalLong() {
			if (node == null || node.isNull()) {
				return null;
			}
			if (!node.isIntegralNumber() || !node.canConvertToLong()) {
				throw wrong("a whole number");
			}
			return node.longValue();
		}

		LocalDate optionalDate() {
			String text = optionalText();
			try {
				return text == null ? null : LocalDate.parse(text);
			}
			catch (DateTimeParseException e) {
				throw new Invalid(where() + " is '" + shown(text) + "', not a date (YYYY-MM-DD)");
			}
		}
	}
}

package dev.ilrsh.anonymise;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import dev.ilrsh.query.Question;
import dev.ilrsh.query.QuestionCatalog;
import dev.ilrsh.render.Table;
import dev.ilrsh.restructure.ProgressionFinder;
import dev.ilrsh.restructure.SplitLearner;
import dev.ilrsh.rules.Finding;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.rules.ValidationReport;
import dev.ilrsh.rules.Validator;
import dev.ilrsh.xml.LoadProblem;
import dev.ilrsh.xml.LoadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Shows that an anonymised file can stand in for its original: read back from disk, it has the same schema
 * problems, the same findings rule by rule on the same learners and aims, the same progressions, the same number
 * of rows in the answer to every question, and none of the original's personal values. Nothing personal is
 * printed: only counts and rule names.
 *
 * @param checks each check with its figures for the original and the new file
 */
public record AnonymisationProof(List<Check> checks) {

	/**
	 * One check.
	 *
	 * @param what what was compared
	 * @param original the figure for the original file
	 * @param anonymised the figure for the new file
	 * @param passed whether the new file behaves as the original does here
	 * @param note where they differ, or what the figures mean
	 */
	public record Check(String what, Object original, Object anonymised, boolean passed, String note) {
	}

	public AnonymisationProof {
		checks = List.copyOf(checks);
	}

	public boolean passed() {
		return checks.stream().allMatch(Check::passed);
	}

	/** The checks that failed, by name. */
	public List<String> failed() {
		return checks.stream().filter(c -> !c.passed()).map(Check::what).toList();
	}

	public Table table() {
		Table.Builder t = Table.builder("check", "original", "anonymised", "result", "note");
		checks.forEach(c -> t.row(c.what(), c.original(), c.anonymised(), c.passed() ? "same" : "DIFFERENT", c.note()));
		return t.build();
	}

	/**
	 * Checks {@code written} (the anonymised file as read back) against the original.
	 *
	 * @param original the original's content
	 * @param originalReport the original's findings with default options
	 * @param written the new file, read from disk
	 * @param nameForRules the file name the new file's file-name rules are checked with: the original's when the new
	 *     file was not given a return's name, so that only the content is compared
	 */
	public static AnonymisationProof check(Message original, ValidationReport originalReport, LoadResult written,
			Path nameForRules, Anonymiser anonymiser, List<LoadProblem> originalProblems) {
		List<Check> checks = new ArrayList<>();
		Message copy = written.message();
		checks.add(new Check("learner records", original.learners().size(), copy.learners().size(),
				original.learners().size() == copy.learners().size(), null));
		checks.add(schema(originalProblems, written.problems()));
		ValidationReport report = Validator.validate(copy, written.problems(), nameForRules,
				ValidationOptions.defaults());
		checks.add(findings(originalReport, report, anonymiser));
		checks.add(progressions(original, copy));
		checks.add(questions(original, copy));
		checks.add(personalValues(original, copy, anonymiser));
		return new AnonymisationProof(checks);
	}

	private static Check schema(List<LoadProblem> before, List<LoadProblem> after) {
		Map<String, Integer> a = new TreeMap<>();
		Map<String, Integer> b = new TreeMap<>();
		before.forEach(p -> a.merge(p.kind() + " " + p.element(), 1, Integer::sum));
		after.forEach(p -> b.merge(p.kind() + " " + p.element(), 1, Integer::sum));
		return new Check("schema problems (the reader's 2025-26 schema checks)", before.size(), after.size(),
				a.equals(b), a.equals(b) ? null : "differ in: " + differences(a, b));
	}

	private static Check findings(ValidationReport before, ValidationReport after, Anonymiser anonymiser) {
		Map<String, Integer> a = new TreeMap<>();
		Map<String, Integer> b = new TreeMap<>();
		before.findings().forEach(f -> a.merge(f.rule(), 1, Integer::sum));
		after.findings().forEach(f -> b.merge(f.rule(), 1, Integer::sum));
		if (!a.equals(b)) {
			return new Check("findings, rule by rule", before.findings().size(), after.findings().size(), false,
					"rules whose counts differ: " + differences(a, b));
		}
		Map<String, Integer> placedBefore = new HashMap<>();
		Map<String, Integer> placedAfter = new HashMap<>();
		before.findings().forEach(f -> placedBefore.merge(place(f, anonymiser.learnRefNumber(f.learnRefNumber())), 1,
				Integer::sum));
		after.findings().forEach(f -> placedAfter.merge(place(f, f.learnRefNumber()), 1, Integer::sum));
		boolean same = placedBefore.equals(placedAfter);
		return new Check("findings, rule by rule", before.findings().size(), after.findings().size(), same,
				same ? a.size() + " rules, each on the same learners and aims"
						: "the same counts, but on other learners or aims");
	}

	private static String place(Finding f, String learnRefNumber) {
		return f.rule() + "|" + learnRefNumber + "|" + f.aimSeqNumber();
	}

	private static Check progressions(Message original, Message copy) {
		List<String> a = ProgressionFinder.find(original).stream().map(AnonymisationProof::shape).toList();
		List<String> b = ProgressionFinder.find(copy).stream().map(AnonymisationProof::shape).toList();
		return new Check("progressions (learners split over records, possible matches)", a.size(), b.size(),
				a.equals(b), a.equals(b) ? "the same records, for the same reasons" : "other records or reasons");
	}

	/** A split learner by the positions of its records and why they go together: what anonymising must keep. */
	private static String shape(SplitLearner s) {
		StringJoiner j = new StringJoiner(",", s.reasons().stream().map(Enum::name).sorted().toList() + ":", "");
		s.records().forEach(r -> j.add(Integer.toString(r.position())));
		return j.toString();
	}

	private static Check questions(Message original, Message copy) {
		QuestionCatalog catalog = QuestionCatalog.standard();
		Map<String, Integer> a = new TreeMap<>();
		Map<String, Integer> b = new TreeMap<>();
		try (IlrIndex before = IlrIndex.build(original); IlrIndex after = IlrIndex.build(copy)) {
			for (Question q : catalog.questions()) {
				Cancellation.check();
				a.put(q.id(), catalog.answer(before, q).size());
				b.put(q.id(), catalog.answer(after, q).size());
			}
		}
		int rowsBefore = a.values().stream().mapToInt(Integer::intValue).sum();
		int rowsAfter = b.values().stream().mapToInt(Integer::intValue).sum();
		return new Check("rows in the answers to the " + a.size() + " ask questions", rowsBefore, rowsAfter,
				a.equals(b), a.equals(b) ? "every question" : "questions whose answers differ: " + differences(a, b));
	}

	private static Check personalValues(Message original, Message copy, Anonymiser anonymiser) {
		int found = 0;
		Map<String, Integer> where = new TreeMap<>();
		int n = Math.min(original.learners().size(), copy.learners().size());
		for (int i = 0; i < n; i++) {
			if ((i & 1023) == 0) {
				Cancellation.check();
			}
			Learner before = original.learners().get(i);
			for (String field : anonymiser.leaks(before, copy.learners().get(i))) {
				where.merge(field, 1, Integer::sum);
				found++;
			}
		}
		return new Check("original personal values found in the new file", 0, found, found == 0,
				found == 0 ? "looked for each of " + anonymiser.originalValues() + " values"
						: "in " + where.keySet());
	}

	/** "R59 4/3, ULN_04 1/0": the keys whose counts differ, with both counts. */
	private static String differences(Map<String, Integer> a, Map<String, Integer> b) {
		StringJoiner j = new StringJoiner(", ");
		Map<String, Integer> all = new TreeMap<>(a);
		b.forEach((k, v) -> all.putIfAbsent(k, 0));
		for (String k : all.keySet()) {
			int x = a.getOrDefault(k, 0);
			int y = b.getOrDefault(k, 0);
			if (!Objects.equals(x, y)) {
				j.add(k + " " + x + "/" + y);
			}
		}
		return j.toString();
	}
}

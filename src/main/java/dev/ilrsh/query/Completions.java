package dev.ilrsh.query;

import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.index.IndexField;
import dev.ilrsh.model.Learner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Completion candidates as plain functions, for the shell's completers. Every method returns at most
 * {@code limit} candidates, sorted, and never throws for an unknown prefix.
 */
public final class Completions {

	private final IlrIndex index;
	private final QuestionCatalog questions;
	private final NavigableSet<String> refs = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
	private final NavigableSet<String> ulns = new TreeSet<>();

	public Completions(IlrIndex index, QuestionCatalog questions) {
		this.index = index;
		this.questions = questions;
		for (Learner l : index.message().learners()) {
			if (l.learnRefNumber() != null) {
				refs.add(l.learnRefNumber());
			}
			if (l.uln() != null) {
				ulns.add(l.uln().toString());
			}
		}
	}

	/**
	 * Field names for a query, followed by a colon: {@code fam} gives {@code FamilyName:}. Names starting with the
	 * prefix come first (any case); when none does, names containing it, then the nearest by spelling.
	 */
	public List<String> fieldNames(String prefix, int limit) {
		String p = prefix == null ? "" : prefix.strip();
		List<String> names = new ArrayList<>(index.fields().namesStartingWith(p));
		if (names.isEmpty() && !p.isEmpty()) {
			String lower = p.toLowerCase(Locale.ROOT);
			index.fields()
				.all()
				.stream()
				.map(IndexField::name)
				.filter(n -> n.toLowerCase(Locale.ROOT).contains(lower))
				.forEach(names::add);
			if (names.isEmpty()) {
				names.addAll(index.fields().nearest(p, Math.min(limit, 3), index.fields().all()));
			}
		}
		return names.stream().limit(limit).map(n -> n + ":").toList();
	}

	/** Countable field names starting with a prefix (any case), for {@code count}. */
	public List<String> countableFields(String prefix, int limit) {
		String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
		return index.fields()
			.countable()
			.stream()
			.map(IndexField::name)
			.filter(n -> n.toLowerCase(Locale.ROOT).startsWith(p))
			.limit(limit)
			.toList();
	}

	/** Values of a countable field in this file starting with a prefix (any case): {@code StdCode} and {@code 9}. */
	public List<String> fieldValues(String field, String prefix, int limit) {
		IndexField f = index.fields().lookup(field).orElse(null);
		if (f == null || !f.countable()) {
			return List.of();
		}
		String p = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
		TreeSet<String> values = new TreeSet<>();
		for (String v : index.column(index.homeOf(f), f).distinct()) {
			if (v.toLowerCase(Locale.ROOT).startsWith(p)) {
				values.add(v);
			}
		}
		return values.stream().limit(limit).toList();
	}

	/** Learner references starting with a prefix (any case). */
	public List<String> learnRefNumbers(String prefix, int limit) {
		return startingWith(refs, prefix == null ? "" : prefix, limit);
	}

	/** ULNs starting with a prefix. */
	public List<String> ulns(String prefix, int limit) {
		return startingWith(ulns, prefix == null ? "" : prefix.strip(), limit);
	}

	/** Question ids starting with a prefix (any case). */
	public List<String> questionIds(String prefix, int limit) {
		String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
		return questions.ids().stream().filter(id -> id.startsWith(p)).sorted().limit(limit).toList();
	}

	private static List<String> startingWith(NavigableSet<String> set, String prefix, int limit) {
		List<String> out = new ArrayList<>();
		for (String s : set.tailSet(prefix, true)) {
			if (!s.regionMatches(true, 0, prefix, 0, prefix.length()) || out.size() >= limit) {
				break;
			}
			out.add(s);
		}
		return out;
	}
}

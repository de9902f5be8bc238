package dev.ilrsh.query;

import dev.ilrsh.index.FieldKind;
import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.index.IndexField;
import dev.ilrsh.index.Target;
import dev.ilrsh.render.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * {@code count}: how many learners, aims or programmes have each value of a field, among those a query selects.
 *
 * <p>
 * Unless a target is given, a field is counted over the documents it describes: learner fields (Sex, Ethnicity,
 * EmpStat, LearnerFAM and ESM types, ULNCheck …) over learners; programme-level derived fields (Status, AgeBand,
 * StartMonth, AgeAtStart, Kind, TNPTotal …) over programmes; aim fields (StdCode, FundModel, LearnAimRef, ACT …)
 * over aims. A learner with several values of a field is counted once under each.
 *
 * <p>
 * The table has two columns, the field's name and {@code Count}, sorted by count (largest first) then value; a
 * last row {@code (none)} counts the selected documents without the field, when there are any.
 */
public final class Counter {

	/** The label of the row counting documents without the field. */
	public static final String NONE = "(none)";


	private final IlrIndex index;
	private final QueryLanguage language;

	public Counter(IlrIndex index) {
		this.index = index;
		this.language = new QueryLanguage(index);
	}

	/** Counts by a field over its usual documents (see the class notes). */
	public Table count(String field, String where) {
		return count(field, where, null);
	}

	/**
	 * Counts by a field.
	 *
	 * @param field a countable field, any case
	 * @param where a query selecting what to count; blank for everything
	 * @param target what to count; null for the field's usual documents
	 * @throws QueryException for an unknown or uncountable field (listing the countable ones) or a bad query
	 */
	public Table count(String field, String where, Target target) {
		IndexField f = countable(field);
		Target t = target != null ? target : homeOf(f);
		if (!index.countableOn(f, t)) {
			throw new QueryException(f.name() + " cannot be counted over " + t.name().toLowerCase(Locale.ROOT)
					+ "; it is counted over " + homeOf(f).name().toLowerCase(Locale.ROOT));
		}
		Query q = language.parse(where, t);
		Map<String, Integer> counts = new HashMap<>();
		int none = index.column(t, f).count(index.select(q, t), counts::put);
		boolean numeric = f.kind() == FieldKind.INT;
		List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
		entries.sort((a, b) -> {
			int c = Integer.compare(b.getValue(), a.getValue());
			if (c != 0) {
				return c;
			}
			if (numeric) {
				return Long.compare(Long.parseLong(a.getKey()), Long.parseLong(b.getKey()));
			}
			return a.getKey().compareTo(b.getKey());
		});
		Table.Builder table = Table.builder(f.name(), "Count");
		for (Map.Entry<String, Integer> e : entries) {
			table.row(numeric ? (Object) Integer.valueOf(e.getKey()) : e.getKey(), e.getValue());
		}
		if (none > 0) {
			table.row(NONE, none);
		}
		return table.build();
	}

	/**
	 * A count as {@code count} shows it: what is counted, how many of them there are, and each value's share.
	 *
	 * @param table the field's values with how many have each and the percentage of all counted; dates and months
	 *        in date order, other values most first; then {@link #NONE} and a total row, {@link #ALL}
	 * @param total how many learners, aims or programmes were counted
	 * @param counted what was counted
	 * @param overlapping whether some were counted under more than one value, so the rows add up to more than
	 *        the total
	 */
	public record Tally(Table table, int total, Target counted, boolean overlapping) {
	}

	/** The label of the total row of a {@link Tally}. */
	public static final String ALL = "(all)";

	/** Counts by a field, with what is counted, a total and percentages; see {@link #count(String, String, Target)}. */
	public Tally tally(String field, String where, Target target) {
		IndexField f = countable(field);
		Target t = target != null ? target : homeOf(f);
		Table counts = count(field, where, t);
		int total = index.select(language.parse(where, t), t).cardinality();
		List<List<Object>> rows = new ArrayList<>(counts.rows());
		List<Object> none = rows.isEmpty() || !NONE.equals(rows.get(rows.size() - 1).get(0)) ? null
				: rows.remove(rows.size() - 1);
		if (f.kind() == FieldKind.DATE || f.name().equals("StartMonth")) {
			rows.sort(java.util.Comparator.comparing(r -> String.valueOf(r.get(0))));
		}
		if (none != null) {
			rows.add(none);
		}
		String noun = t.name().substring(0, 1) + t.name().substring(1).toLowerCase(Locale.ROOT);
		Table.Builder table = Table.builder(f.name(), noun, "%");
		int sum = 0;
		for (List<Object> r : rows) {
			int n = (Integer) r.get(1);
			sum += n;
			table.row(r.get(0), n, percent(n, total));
		}
		table.row(ALL, total, percent(total, total));
		return new Tally(table.build(), total, t, sum > total);
	}

	private static double percent(int part, int whole) {
		return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
	}

	/** What a field is counted over when no target is given. */
	public Target homeOf(IndexField field) {
		return index.homeOf(field);
	}

	/** Names of the fields {@code count} accepts, sorted. */
	public List<String> countableFields() {
		return index.fields().countable().stream().map(IndexField::name).toList();
	}

	private IndexField countable(String field) {
		IndexField f = index.fields().lookup(field == null ? "" : field.strip()).orElse(null);
		if (f == null || !f.countable()) {
			String what = f == null ? "unknown field '" + field + "'" : f.name() + " cannot be counted";
			List<String> near = index.fields().nearest(field == null ? "" : field, 3, index.fields().countable());
			throw new QueryException(what + "; nearest: " + String.join(", ", near) + ". Countable fields: "
					+ String.join(", ", countableFields()));
		}
		return f;
	}
}

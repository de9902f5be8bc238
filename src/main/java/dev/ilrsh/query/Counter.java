package dev.ilrsh.query;

import dev.ilrsh.index.FieldKind;
import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.index.IndexField;
import dev.ilrsh.index.Target;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Member;
import dev.ilrsh.render.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

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
		int[] none = new int[1];
		boolean numeric = f.kind() == FieldKind.INT;
		try {
			SimpleCollector collector = collector(f, counts, none);
			index.searcher(t).search(q, collector);
			collector.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
		if (none[0] > 0) {
			table.row(NONE, none[0]);
		}
		return table.build();
	}

	/** What a field is counted over when no target is given. */
	public Target homeOf(IndexField field) {
		return index.homeOf(field);
	}

	/** Counts the values of one field among the {@link IlrIndex#COUNTS} doc values: a range of their ordinals. */
	private static SimpleCollector collector(IndexField f, Map<String, Integer> counts, int[] none) {
		BytesRef prefix = IlrIndex.countPrefix(f);
		return new SimpleCollector() {

			private SortedSetDocValues values;
			private int[] ordCounts;
			private long low;
			private long high;

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				flush();
				values = context.reader().getSortedSetDocValues(IlrIndex.COUNTS);
				low = 0;
				high = 0;
				if (values != null) {
					TermsEnum terms = values.termsEnum();
					if (terms.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
						low = terms.ord();
						high = low;
						for (BytesRef t = terms.term(); t != null && StringHelper.startsWith(t, prefix); t = terms.next()) {
							high = terms.ord() + 1;
						}
					}
				}
				ordCounts = new int[(int) (high - low)];
			}

			@Override
			public void collect(int doc) throws IOException {
				boolean found = false;
				if (high > low && values.advanceExact(doc)) {
					for (int k = values.docValueCount(); k > 0; k--) {
						long ord = values.nextOrd();
						if (ord >= low && ord < high) {
							ordCounts[(int) (ord - low)]++;
							found = true;
						}
						else if (ord >= high) {
							break;
						}
					}
				}
				if (!found) {
					none[0]++;
				}
			}

			private void flush() throws IOException {
				if (values == null) {
					return;
				}
				for (int i = 0; i < ordCounts.length; i++) {
					if (ordCounts[i] > 0) {
						BytesRef term = values.lookupOrd(low + i);
						String value = new String(term.bytes, term.offset + prefix.length, term.length - prefix.length,
								java.nio.charset.StandardCharsets.UTF_8);
						counts.merge(value, ordCounts[i], Integer::sum);
					}
				}
				values = null;
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}

			@Override
			public void finish() throws IOException {
				flush();
			}
		};
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

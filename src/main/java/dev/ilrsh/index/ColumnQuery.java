package dev.ilrsh.index;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A Lucene query answered from a field's {@link Column}: the documents (of whatever kind the searcher holds) with
 * a value that passes a test. It scores every hit alike, like a filter.
 */
public final class ColumnQuery extends Query {

	private final IlrIndex index;
	private final String name;
	private final String description;
	private final Function<Target, FixedBitSet> match;

	private ColumnQuery(IlrIndex index, IndexField field, String description, Function<Column, FixedBitSet> match) {
		this(index, field.name(), description, t -> match.apply(index.column(t, field)));
	}

	private ColumnQuery(IlrIndex index, String name, String description, Function<Target, FixedBitSet> match) {
		this.index = index;
		this.name = name;
		this.description = description;
		this.match = match;
	}

	/** Documents with a number (or a date as yyyymmdd) from {@code low} to {@code high}, both included. */
	public static ColumnQuery numbers(IlrIndex index, IndexField field, int low, int high) {
		String description = low == high ? Integer.toString(low) : "[" + low + " TO " + high + "]";
		return new ColumnQuery(index, field, description, c -> c.matchingNumbers(v -> v >= low && v <= high));
	}

	/**
	 * Documents with a text that passes a test; the test sees each distinct value once, lower-cased.
	 *
	 * @param description how the test is written, for {@link #toString} and equality
	 */
	public static ColumnQuery texts(IlrIndex index, IndexField field, String description, Predicate<String> test) {
		return new ColumnQuery(index, field, description, c -> c.matchingTexts(test));
	}

	/** Documents with any value of the field. */
	public static ColumnQuery exists(IlrIndex index, IndexField field) {
		return new ColumnQuery(index, field, "*", Column::present);
	}

	/**
	 * Learners with some aim an aim query matches (searched over learners); on aims, those aims. Lets a learner
	 * search reach aim fields that learner documents do not carry, such as AchDate.
	 *
	 * @param description how the aim query is written, for {@link #toString} and equality
	 */
	public static ColumnQuery someAim(IlrIndex index, Query aimQuery, String description) {
		return new ColumnQuery(index, "aim", description, t -> {
			FixedBitSet aims = index.select(aimQuery, Target.AIMS);
			if (t == Target.AIMS) {
				return aims;
			}
			if (t != Target.LEARNERS) {
				throw new IllegalArgumentException("someAim searches learners or aims");
			}
			FixedBitSet learners = new FixedBitSet(index.count(Target.LEARNERS));
			BitSetIterator it = new BitSetIterator(aims, 0);
			for (int a = it.nextDoc(); a != DocIdSetIterator.NO_MORE_DOCS; a = it.nextDoc()) {
				learners.set(index.learnerOf(Target.AIMS, a));
			}
			return learners;
		});
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		Target target = index.targetOf(searcher.getIndexReader());
		FixedBitSet hits = match.apply(target);
		return new ConstantScoreWeight(this, boost) {

			@Override
			public Scorer scorer(LeafReaderContext context) {
				FixedBitSet leaf = IlrIndex.slice(hits, context);
				int count = leaf.cardinality();
				return count == 0 ? null
						: new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(leaf, count));
			}

			@Override
			public boolean isCacheable(LeafReaderContext ctx) {
				return false;
			}
		};
	}

	@Override
	public String toString(String defaultField) {
		return name + ":" + description;
	}

	@Override
	public void visit(QueryVisitor visitor) {
		visitor.visitLeaf(this);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ColumnQuery q && q.index == index && q.name.equals(name)
				&& q.description.equals(description);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, description);
	}
}

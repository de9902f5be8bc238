package dev.ilrsh.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A query on the words of a learner's text field (names, address lines), run on learners, aims or programmes: it
 * matches the documents of every matching learner (the learner, or each of its aims or programmes), scored as the
 * learner is.
 */
public final class LearnerTextQuery extends Query {

	private final IlrIndex index;
	private final String field;
	private final Query text;

	/**
	 * @param field the text field the query searches ({@code FamilyName}, {@code AddLine1} …)
	 * @param text the query on that field's words
	 */
	public LearnerTextQuery(IlrIndex index, String field, Query text) {
		this.index = index;
		this.field = field;
		this.text = text;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Target target = index.targetOf(searcher.getIndexReader());
		float[] learnerScores = index.learnerScores(text, field);
		int n = index.count(target);
		FixedBitSet hits = new FixedBitSet(n);
		float[] scores = new float[n];
		float max = 0;
		for (int doc = 0; doc < n; doc++) {
			float s = learnerScores[index.learnerOf(target, doc)];
			if (s >= 0) {
				hits.set(doc);
				scores[doc] = s * boost;
				max = Math.max(max, scores[doc]);
			}
		}
		float maxScore = max;
		return new Weight(this) {

			@Override
			public Scorer scorer(LeafReaderContext context) {
				FixedBitSet leaf = IlrIndex.slice(hits, context);
				int count = leaf.cardinality();
				if (count == 0) {
					return null;
				}
				DocIdSetIterator docs = new BitSetIterator(leaf, count);
				return new Scorer(this) {

					@Override
					public int docID() {
						return docs.docID();
					}

					@Override
					public DocIdSetIterator iterator() {
						return docs;
					}

					@Override
					public float getMaxScore(int upTo) {
						return maxScore;
					}

					@Override
					public float score() {
						return scores[context.docBase + docs.docID()];
					}
				};
			}

			@Override
			public Explanation explain(LeafReaderContext context, int doc) {
				int d = context.docBase + doc;
				return hits.get(d) ? Explanation.match(scores[d], "the learner matches " + text)
						: Explanation.noMatch("the learner does not match " + text);
			}

			@Override
			public boolean isCacheable(LeafReaderContext ctx) {
				return false;
			}
		};
	}

	@Override
	public String toString(String defaultField) {
		return text.toString(defaultField);
	}

	@Override
	public void visit(QueryVisitor visitor) {
		visitor.visitLeaf(this);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LearnerTextQuery q && q.index == index && q.text.equals(text);
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}
}

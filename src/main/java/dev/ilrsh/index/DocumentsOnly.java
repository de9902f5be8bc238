package dev.ilrsh.index;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafMetaData;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.Version;

/**
 * A Lucene reader over {@code n} documents that have no indexed fields at all. Learners, aims and programmes are
 * searched through their {@link Column}s ({@link ColumnQuery}) and their learner's text ({@link LearnerTextQuery}),
 * so their documents need no inverted index; this reader lets Lucene combine those queries, score and sort the hits
 * as for any index, at no cost to build. Document {@code i} is the {@code i}th learner, aim or programme.
 */
final class DocumentsOnly extends LeafReader {

	private final int maxDoc;

	DocumentsOnly(int maxDoc) {
		this.maxDoc = maxDoc;
	}

	@Override
	public int numDocs() {
		return maxDoc;
	}

	@Override
	public int maxDoc() {
		return maxDoc;
	}

	@Override
	public Terms terms(String field) {
		return null;
	}

	@Override
	public NumericDocValues getNumericDocValues(String field) {
		return null;
	}

	@Override
	public BinaryDocValues getBinaryDocValues(String field) {
		return null;
	}

	@Override
	public SortedDocValues getSortedDocValues(String field) {
		return null;
	}

	@Override
	public SortedNumericDocValues getSortedNumericDocValues(String field) {
		return null;
	}

	@Override
	public SortedSetDocValues getSortedSetDocValues(String field) {
		return null;
	}

	@Override
	public NumericDocValues getNormValues(String field) {
		return null;
	}

	@Override
	public FloatVectorValues getFloatVectorValues(String field) {
		return null;
	}

	@Override
	public ByteVectorValues getByteVectorValues(String field) {
		return null;
	}

	@Override
	public void searchNearestVectors(String field, float[] target, KnnCollector knnCollector, Bits acceptDocs) {
	}

	@Override
	public void searchNearestVectors(String field, byte[] target, KnnCollector knnCollector, Bits acceptDocs) {
	}

	@Override
	public FieldInfos getFieldInfos() {
		return FieldInfos.EMPTY;
	}

	@Override
	public Bits getLiveDocs() {
		return null;
	}

	@Override
	public PointValues getPointValues(String field) {
		return null;
	}

	@Override
	public void checkIntegrity() {
	}

	@Override
	public LeafMetaData getMetaData() {
		return new LeafMetaData(Version.LATEST.major, Version.LATEST, null, false);
	}

	@Override
	public Fields getTermVectors(int docID) {
		return null;
	}

	@Override
	public TermVectors termVectors() {
		return TermVectors.EMPTY;
	}

	@Override
	public void document(int docID, StoredFieldVisitor visitor) {
	}

	@Override
	public StoredFields storedFields() {
		return new StoredFields() {

			@Override
			public void document(int docID, StoredFieldVisitor visitor) {
			}
		};
	}

	@Override
	protected void doClose() {
	}

	@Override
	public CacheHelper getCoreCacheHelper() {
		return null;
	}

	@Override
	public CacheHelper getReaderCacheHelper() {
		return null;
	}
}

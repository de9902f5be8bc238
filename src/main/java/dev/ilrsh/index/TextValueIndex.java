package dev.ilrsh.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A Lucene index of the distinct values of one text field (FamilyName, GivenNames, an address line), analysed into
 * words under the field's name: document {@code k} is value {@code k} of the field's {@link Column}. A name shared
 * by a thousand learners is analysed and indexed once; the column then leads from each matching value to the
 * learners holding it ({@link LearnerTextQuery}).
 */
final class TextValueIndex {

	private final ByteBuffersDirectory directory;
	private final IndexReader reader;
	private final IndexSearcher searcher;

	private TextValueIndex(ByteBuffersDirectory directory, IndexReader reader) {
		this.directory = directory;
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
		searcher.setQueryCache(null);
	}

	/** Indexes the distinct values of a text field, in the order of its column's dictionary. */
	static TextValueIndex build(String field, List<String> values, Analyzer analyzer) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64)
			.setUseCompoundFile(false)
			.setMergePolicy(NoMergePolicy.INSTANCE);
		try {
			// one writer on one thread keeps document k as value k
			try (IndexWriter writer = new IndexWriter(directory, config)) {
				TextField text = new TextField(field, "", Field.Store.NO);
				List<TextField> doc = List.of(text);
				for (String value : values) {
					text.setStringValue(value);
					writer.addDocument(doc);
				}
			}
			IndexReader reader = DirectoryReader.open(directory);
			if (reader.maxDoc() != values.size()) {
				throw new IllegalStateException(field + " index holds " + reader.maxDoc() + " values, not " + values.size());
			}
			return new TextValueIndex(directory, reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	IndexSearcher searcher() {
		return searcher;
	}

	long sizeInBytes() {
		long total = 0;
		try {
			for (String file : directory.listAll()) {
				total += directory.fileLength(file);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return total;
	}

	void close() {
		try {
			reader.close();
			directory.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

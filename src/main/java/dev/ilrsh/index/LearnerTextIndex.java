package dev.ilrsh.index;

import dev.ilrsh.model.Learner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A Lucene index of some of the learners' words, each field under its own name. There are two, each built the
 * first time one of its fields is searched: {@link #NAMES} (FamilyName and GivenNames, which bare words search too)
 * and {@link #ADDRESSES} (the address lines), which few searches need. Document {@code i} is learner {@code i} of the file: each thread indexes one contiguous share of
 * the learners into its own index, and the shares are read back in order.
 */
final class LearnerTextIndex {

	/** The fields of the names index. */
	static final List<String> NAMES = List.of("FamilyName", "GivenNames");
	/** The fields of the addresses index. */
	static final List<String> ADDRESSES = List.of("AddLine1", "AddLine2", "AddLine3", "AddLine4");

	private final ByteBuffersDirectory[] directories;
	private final IndexReader reader;
	private final IndexSearcher searcher;

	private LearnerTextIndex(ByteBuffersDirectory[] directories, IndexReader reader) {
		this.directories = directories;
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
		searcher.setQueryCache(null);
	}

	/** Indexes some fields ({@link #NAMES} or {@link #ADDRESSES}) of every learner. */
	static LearnerTextIndex build(List<Learner> learners, List<String> fields, Analyzer analyzer) {
		int n = learners.size();
		int shares = n < 2048 ? 1 : IlrIndex.THREADS;
		ByteBuffersDirectory[] directories = new ByteBuffersDirectory[shares];
		for (int k = 0; k < shares; k++) {
			directories[k] = new ByteBuffersDirectory();
		}
		// one range per share, so that each share's documents follow the previous share's
		IlrIndex.parallel(shares, 1, (from, to) -> {
			for (int k = from; k < to; k++) {
				write(directories[k], learners.subList((int) ((long) n * k / shares), (int) ((long) n * (k + 1) / shares)),
						fields, analyzer);
			}
		});
		try {
			DirectoryReader[] readers = new DirectoryReader[shares];
			for (int k = 0; k < shares; k++) {
				readers[k] = DirectoryReader.open(directories[k]);
			}
			IndexReader reader = shares == 1 ? readers[0] : new MultiReader(readers, true);
			if (reader.maxDoc() != n) {
				throw new IllegalStateException("text index holds " + reader.maxDoc() + " learners, not " + n);
			}
			return new LearnerTextIndex(directories, reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(ByteBuffersDirectory directory, List<Learner> learners, List<String> fields,
			Analyzer analyzer) throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64)
			.setUseCompoundFile(false)
			.setMergePolicy(NoMergePolicy.INSTANCE);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			TextField[] texts = new TextField[fields.size()];
			for (int i = 0; i < texts.length; i++) {
				texts[i] = new TextField(fields.get(i), "", Field.Store.NO);
			}
			List<IndexableField> doc = new ArrayList<>();
			StringBuilder words = new StringBuilder(64);
			for (Learner l : learners) {
				doc.clear();
				for (int i = 0; i < texts.length; i++) {
					String value = words(l, fields.get(i), words);
					if (!value.isEmpty()) {
						texts[i].setStringValue(value);
						doc.add(texts[i]);
					}
				}
				// every learner gets a document, with or without words, so that document i is learner i
				writer.addDocument(doc);
			}
		}
	}

	/** The values of a field of a learner, separated by spaces. */
	private static String words(Learner learner, String field, StringBuilder buffer) {
		buffer.setLength(0);
		FieldValues.schema(learner, field, v -> buffer.append(v).append(' '));
		return buffer.toString().strip();
	}

	IndexSearcher searcher() {
		return searcher;
	}

	long sizeInBytes() {
		long total = 0;
		try {
			for (ByteBuffersDirectory d : directories) {
				for (String file : d.listAll()) {
					total += d.fileLength(file);
				}
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
			for (ByteBuffersDirectory d : directories) {
				d.close();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

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
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The Lucene index of the learners' words: FamilyName, GivenNames and the address lines under their own names,
 * and {@link IlrIndex#ANY}, which bare words search (names, LearnRefNumber, ULN and postcode). Document {@code i}
 * is learner {@code i} of the file: each thread indexes one contiguous share of the learners into its own index,
 * and the shares are read back in order.
 */
final class LearnerTextIndex {

	private static final List<String> TEXT_FIELDS = List.of("FamilyName", "GivenNames", "AddLine1", "AddLine2",
			"AddLine3", "AddLine4");

	private final ByteBuffersDirectory[] directories;
	private final IndexReader reader;

	private LearnerTextIndex(ByteBuffersDirectory[] directories, IndexReader reader) {
		this.directories = directories;
		this.reader = reader;
	}

	static LearnerTextIndex build(List<Learner> learners, Analyzer analyzer) {
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
						analyzer);
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

	private static void write(ByteBuffersDirectory directory, List<Learner> learners, Analyzer analyzer)
			throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64)
			.setUseCompoundFile(false)
			.setMergePolicy(NoMergePolicy.INSTANCE);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			TextField[] texts = new TextField[TEXT_FIELDS.size()];
			for (int i = 0; i < texts.length; i++) {
				texts[i] = new TextField(TEXT_FIELDS.get(i), "", Field.Store.NO);
			}
			TextField any = new TextField(IlrIndex.ANY, "", Field.Store.NO);
			List<IndexableField> doc = new ArrayList<>();
			StringBuilder words = new StringBuilder(64);
			for (Learner l : learners) {
				doc.clear();
				for (int i = 0; i < texts.length; i++) {
					String value = words(l, List.of(TEXT_FIELDS.get(i)), words);
					if (!value.isEmpty()) {
						texts[i].setStringValue(value);
						doc.add(texts[i]);
					}
				}
				any.setStringValue(words(l, IndexFields.BARE_WORD_FIELDS, words));
				doc.add(any);
				// every learner gets a document, with or without words, so that document i is learner i
				writer.addDocument(doc);
			}
		}
	}

	/** The values of some fields of a learner, separated by spaces. */
	private static String words(Learner learner, List<String> fields, StringBuilder buffer) {
		buffer.setLength(0);
		for (String field : fields) {
			FieldValues.schema(learner, field, v -> buffer.append(v).append(' '));
		}
		return buffer.toString().strip();
	}

	IndexReader reader() {
		return reader;
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

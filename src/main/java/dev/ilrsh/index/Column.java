package dev.ilrsh.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every value of one field on every document of one kind, as parallel arrays in document order: {@code docs[i]}
 * holds {@code values[i]}. Numbers and dates (as yyyymmdd) are held as they are; codes and identifiers as positions
 * in a dictionary of the distinct texts. A document holds each value at most once.
 *
 * <p>
 * Searching a column is one pass over two int arrays, so any field answers in a few milliseconds without an
 * inverted index being built for it.
 */
public final class Column {

	private final int documents;
	private final int[] docs;
	private final int[] values;
	private final String[] dictionary;
	private volatile String[] lowerCased;

	private Column(int documents, int[] docs, int[] values, String[] dictionary) {
		this.documents = documents;
		this.docs = docs;
		this.values = values;
		this.dictionary = dictionary;
	}

	/** Whether values are numbers (whole numbers or dates) rather than texts. */
	public boolean numeric() {
		return dictionary == null;
	}

	/** The documents having a number that passes a test. */
	public FixedBitSet matchingNumbers(IntPredicate test) {
		FixedBitSet hits = new FixedBitSet(documents);
		if (numeric()) {
			for (int i = 0; i < docs.length; i++) {
				if (test.test(values[i])) {
					hits.set(docs[i]);
				}
			}
		}
		return hits;
	}

	/** The documents having a text that, lower-cased, passes a test. */
	public FixedBitSet matchingTexts(Predicate<String> lowerCasedTest) {
		FixedBitSet hits = new FixedBitSet(documents);
		if (numeric()) {
			return hits;
		}
		String[] lower = lowerCased();
		boolean[] passes = new boolean[lower.length];
		boolean any = false;
		for (int k = 0; k < lower.length; k++) {
			passes[k] = lowerCasedTest.test(lower[k]);
			any |= passes[k];
		}
		if (any) {
			for (int i = 0; i < docs.length; i++) {
				if (passes[values[i]]) {
					hits.set(docs[i]);
				}
			}
		}
		return hits;
	}

	/** The documents having any value. */
	public FixedBitSet present() {
		FixedBitSet hits = new FixedBitSet(documents);
		for (int doc : docs) {
			hits.set(doc);
		}
		return hits;
	}

	/**
	 * Counts the values of the selected documents: each distinct value (as text) with the number of selected
	 * documents holding it.
	 *
	 * @return the number of selected documents holding no value
	 */
	public int count(FixedBitSet selected, ObjIntConsumer<String> counts) {
		FixedBitSet holding = new FixedBitSet(documents);
		if (numeric()) {
			Map<Integer, int[]> byValue = new HashMap<>();
			for (int i = 0; i < docs.length; i++) {
				if (selected.get(docs[i])) {
					byValue.computeIfAbsent(values[i], v -> new int[1])[0]++;
					holding.set(docs[i]);
				}
			}
			byValue.forEach((v, n) -> counts.accept(Integer.toString(v), n[0]));
		}
		else {
			int[] byValue = new int[dictionary.length];
			for (int i = 0; i < docs.length; i++) {
				if (selected.get(docs[i])) {
					byValue[values[i]]++;
					holding.set(docs[i]);
				}
			}
			for (int k = 0; k < byValue.length; k++) {
				if (byValue[k] > 0) {
					counts.accept(dictionary[k], byValue[k]);
				}
			}
		}
		return selected.cardinality() - holding.cardinality();
	}

	/** The distinct values as text, in no particular order. */
	public String[] distinct() {
		if (!numeric()) {
			return dictionary.clone();
		}
		return Arrays.stream(values).distinct().mapToObj(Integer::toString).toArray(String[]::new);
	}

	/** The distinct texts, by their position in the dictionary (empty for numbers). */
	List<String> dictionary() {
		return dictionary == null ? List.of() : java.util.Collections.unmodifiableList(Arrays.asList(dictionary));
	}

	/** Every document with each of its values: the number, or the text's position in {@link #dictionary()}. */
	void forEach(DocValue each) {
		for (int i = 0; i < docs.length; i++) {
			each.accept(docs[i], values[i]);
		}
	}

	/** A document and one of its values. */
	@FunctionalInterface
	interface DocValue {

		void accept(int doc, int value);
	}

	/** Bytes the arrays take. */
	public long sizeInBytes() {
		long bytes = 8L * docs.length;
		if (dictionary != null) {
			for (String s : dictionary) {
				bytes += 48 + 2L * s.length();
			}
		}
		return bytes;
	}

	private String[] lowerCased() {
		String[] lower = lowerCased;
		if (lower == null) {
			lower = new String[dictionary.length];
			for (int k = 0; k < lower.length; k++) {
				lower[k] = dictionary[k].toLowerCase(Locale.ROOT);
			}
			lowerCased = lower;
		}
		return lower;
	}

	/** Collects a column document by document: {@link #document} then the document's values. */
	static final class Builder {

		private final int documents;
		private int[] docs = new int[1024];
		private int[] values = new int[1024];
		private int size;
		private int docStart;
		private int doc = -1;
		private final Map<String, Integer> ids;
		private final java.util.List<String> dictionary;

		Builder(FieldKind kind, int documents) {
			this.documents = documents;
			boolean texts = kind == FieldKind.KEYWORD || kind == FieldKind.TEXT;
			this.ids = texts ? new HashMap<>() : null;
			this.dictionary = texts ? new java.util.ArrayList<>() : null;
		}

		/** Starts the values of a document; documents come in ascending order. */
		void document(int doc) {
			this.doc = doc;
			this.docStart = size;
		}

		/** Adds a value of the current document; nulls and repeats are skipped. */
		void add(Object value) {
			if (value == null) {
				return;
			}
			int v;
			if (ids == null) {
				v = value instanceof LocalDate d ? IlrIndex.dateToInt(d) : ((Number) value).intValue();
			}
			else {
				String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
				Integer id = ids.get(text);
				if (id == null) {
					id = dictionary.size();
					ids.put(text, id);
					dictionary.add(text);
				}
				v = id;
			}
			for (int i = docStart; i < size; i++) {
				if (values[i] == v) {
					return;
				}
			}
			if (size == docs.length) {
				docs = Arrays.copyOf(docs, size * 2);
				values = Arrays.copyOf(values, size * 2);
			}
			docs[size] = doc;
			values[size++] = v;
		}

		Column build() {
			return new Column(documents, Arrays.copyOf(docs, size), Arrays.copyOf(values, size),
					dictionary == null ? null : dictionary.toArray(String[]::new));
		}
	}
}

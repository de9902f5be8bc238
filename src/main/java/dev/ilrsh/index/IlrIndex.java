package dev.ilrsh.index;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.programme.Programmes;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * The search structures of one ILR file: one document per learner, per aim and per programme episode, every ILR
 * field searchable under its element name, held in memory beside the file they describe.
 *
 * <p>
 * Two mechanisms, each used where it is fast:
 * <ul>
 * <li><b>Text</b> — names and address lines — is in a Lucene index per field of the field's distinct values
 * ({@link TextValueIndex}), analysed for word, phrase and fuzzy matching, built the first time the field is
 * searched; a matching value leads to its learners through the field's column. Learners, aims and programmes reach it through their learner
 * ({@link LearnerTextQuery}).</li>
 * <li><b>Every other field</b> — codes and identifiers (case-insensitive text), whole numbers and dates — is read
 * from the in-memory file into a {@link Column} the first time a query names it, and searched by scanning that
 * column ({@link ColumnQuery}). On 100,000 learners a column takes tens of milliseconds to read and about one to
 * scan. An inverted index of every field of every aim, as ilrsh first had, took five times as long to build as the
 * file took to read, and searched no faster.</li>
 * </ul>
 * Lucene combines both kinds of query, scores and sorts the hits, over readers of field-less documents
 * ({@link DocumentsOnly}). Document numbers are positions: learner {@code i} of the file, aim {@code i} counting the
 * aims of all learners in file order, programme episode {@code i} of {@link #episodes()}.
 *
 * <p>
 * What each kind of document carries:
 * <ul>
 * <li>a <b>learner</b>: the learner's fields and those of its child records (LearnerFAM, employment status and its
 * monitoring, LLDD, HE …), plus every value of some of its aims' fields, {@link #LEARNER_SUMMARY};</li>
 * <li>an <b>aim</b>: the aim's fields and those of its FAM, AppFinRecord and other child records, plus the learner's
 * identity, {@link #LEARNER_IDENTITY};</li>
 * <li>a <b>programme</b>: its main aim's fields and child records, the learner's identity and the programme's
 * derived fields.</li>
 * </ul>
 * FAM, employment monitoring and learner FAM codes are also fields under their type ({@code ACT:1}, {@code SOF:105},
 * {@code LOE:4}, {@code EHC:1}). Derived fields: {@code Status}, {@code AgeAtStart}, {@code AgeBand},
 * {@code StartMonth}, {@code ULNCheck} on all three; {@code AimCount}, {@code ProgrammeCount} on learners; on
 * programmes {@code Kind}, {@code ProgrammeStart}, {@code EffectiveEnd}, {@code TNPTotal},
 * {@code DaysPastPlannedEnd}, {@code ComponentCount}, {@code ComponentAimRef}.
 */
public final class IlrIndex implements Closeable {

	/** Aim fields summarised on learner documents: every value of every aim. */
	public static final Set<String> LEARNER_SUMMARY = IndexFields.LEARNER_SUMMARY;
	/** Learner fields copied onto aim and programme documents. */
	public static final Set<String> LEARNER_IDENTITY = IndexFields.LEARNER_IDENTITY;

	private final Message message;
	private final LocalDate referenceDate;
	private final IndexFields fields;
	private final FieldValues values;
	private final Analyzer analyzer;
	private final int[] aimLearner;
	private final int[] aimItem;
	private final Map<String, Column> columns = new ConcurrentHashMap<>();
	private final IndexSearcher[] searchers = new IndexSearcher[Target.values().length];
	private final Map<String, TextValueIndex> texts = new ConcurrentHashMap<>();
	private final Map<String, Long> textNanos = new ConcurrentHashMap<>();
	private volatile Episodes episodes;
	private volatile long episodesNanos;
	private volatile boolean closed;
	private Thread preparing;

	/** Every learner's programme episodes, and the learner of each. */
	private record Episodes(List<ProgrammeEpisode> all, List<ProgrammeEpisode>[] perLearner,
			Map<Learner, List<ProgrammeEpisode>> byLearner, int[] learnerOf) {
	}

	private IlrIndex(Message message, LocalDate referenceDate) {
		this.message = message;
		this.referenceDate = referenceDate;
		this.fields = new IndexFields(message);
		this.values = new FieldValues(fields);
		this.analyzer = new IlrAnalyzer();
		List<Learner> learners = message.learners();
		int aims = 0;
		for (Learner l : learners) {
			aims += l.learningDelivery().size();
		}
		aimLearner = new int[aims];
		aimItem = new int[aims];
		int doc = 0;
		for (int l = 0; l < learners.size(); l++) {
			for (int i = 0; i < learners.get(l).learningDelivery().size(); i++) {
				aimLearner[doc] = l;
				aimItem[doc++] = i;
			}
		}
	}

	/** Indexes a file with its FilePreparationDate as the reference date. */
	public static IlrIndex build(Message message) {
		return build(message, Programmes.referenceDate(message));
	}

	/**
	 * Prepares the index of a file. Only the field catalogue is made here; the text fields' indexes, the programme
	 * episodes and each field's column are made the first time a search needs them, or ahead of time with
	 * {@link #prepareInBackground()}.
	 *
	 * @param referenceDate what "today" means for derived values (days past planned end, gateway days)
	 */
	public static IlrIndex build(Message message, LocalDate referenceDate) {
		return new IlrIndex(message, referenceDate);
	}

	/**
	 * Works out the programme episodes, builds the names index and reads the learners' identity columns (what bare
	 * words search) on a background thread, once, so that the first search does not wait for them; a search that
	 * needs one of them meanwhile waits for that part only.
	 */
	public synchronized void prepareInBackground() {
		if (preparing != null || closed) {
			return;
		}
		preparing = new Thread(() -> {
			try {
				episodes0();
				text("FamilyName");
				text("GivenNames");
				for (String name : LEARNER_IDENTITY) {
					IndexField f = fields().lookup(name).orElseThrow();
					if (f.kind() != FieldKind.TEXT) {
						column(Target.LEARNERS, f);
					}
				}
			}
			catch (IllegalStateException closedMeanwhile) {
				// the file was replaced before preparation ended; nothing to keep
			}
		}, "ilrsh-prepare-index");
		preparing.setDaemon(true);
		preparing.setPriority(Thread.MIN_PRIORITY);
		preparing.start();
	}

	/** Nanoseconds the learners' names index (what bare words and name searches use) took to build, 0 if not yet. */
	public long textNanos() {
		return textNanos.getOrDefault("FamilyName", 0L) + textNanos.getOrDefault("GivenNames", 0L);
	}

	/** Nanoseconds the programme episodes took to work out, 0 if not done yet. */
	public long episodesNanos() {
		return episodesNanos;
	}

	public Message message() {
		return message;
	}

	public LocalDate referenceDate() {
		return referenceDate;
	}

	public FieldCatalog fields() {
		return fields.catalog();
	}

	public Analyzer analyzer() {
		return analyzer;
	}

	/** Every episode of every learner, learners in file order, each learner's episodes by start. */
	public List<ProgrammeEpisode> episodes() {
		return episodes0().all();
	}

	/** One learner's episodes, by start. */
	public List<ProgrammeEpisode> episodes(Learner learner) {
		List<ProgrammeEpisode> e = episodes0().byLearner().get(learner);
		return e != null ? e : Programmes.of(learner, referenceDate);
	}

	/** The number of documents of one kind. */
	public int count(Target target) {
		return switch (target) {
			case LEARNERS -> message.learners().size();
			case AIMS -> aimLearner.length;
			case PROGRAMMES -> episodes0().all().size();
		};
	}

	/** The position in the file of the learner a document belongs to. */
	public int learnerOf(Target target, int doc) {
		return switch (target) {
			case LEARNERS -> doc;
			case AIMS -> aimLearner[doc];
			case PROGRAMMES -> episodes0().learnerOf()[doc];
		};
	}

	/** The aim of an aim document. */
	public LearningDelivery aim(int doc) {
		return message.learners().get(aimLearner[doc]).learningDelivery().get(aimItem[doc]);
	}

	/**
	 * The searcher over one kind of document. Its documents have no indexed fields: queries reach the data through
	 * {@link ColumnQuery} and {@link LearnerTextQuery}.
	 */
	public synchronized IndexSearcher searcher(Target target) {
		checkOpen();
		IndexSearcher s = searchers[target.ordinal()];
		if (s == null) {
			s = new IndexSearcher(new DocumentsOnly(count(target)));
			s.setQueryCache(null);
			searchers[target.ordinal()] = s;
		}
		return s;
	}

	/** The index of a text field's distinct values (document k is value k of its column), built on first use. */
	private TextValueIndex text(String field) {
		return texts.computeIfAbsent(field, name -> {
			checkOpen();
			long started = System.nanoTime();
			Column values = column(Target.LEARNERS, fields.catalog().lookup(name).orElseThrow());
			TextValueIndex built = TextValueIndex.build(name, values.dictionary(), analyzer);
			textNanos.put(name, System.nanoTime() - started);
			return built;
		});
	}

	private void checkOpen() {
		if (closed) {
			throw new IllegalStateException("index closed");
		}
	}

	/** The kind of document a reader of this index holds. */
	synchronized Target targetOf(IndexReader reader) {
		for (Target t : Target.values()) {
			IndexSearcher s = searchers[t.ordinal()];
			if (s != null && s.getIndexReader() == reader) {
				return t;
			}
		}
		throw new IllegalArgumentException("not a reader of this index");
	}

	/** The documents of one kind a query selects. */
	public FixedBitSet select(Query query, Target target) {
		FixedBitSet hits = new FixedBitSet(count(target));
		if (query instanceof MatchAllDocsQuery) {
			hits.set(0, hits.length());
			return hits;
		}
		try {
			searcher(target).search(query, new SimpleCollector() {

				private int base;

				@Override
				protected void doSetNextReader(LeafReaderContext context) {
					base = context.docBase;
				}

				@Override
				public void collect(int doc) {
					hits.set(base + doc);
				}

				@Override
				public ScoreMode scoreMode() {
					return ScoreMode.COMPLETE_NO_SCORES;
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return hits;
	}

	/**
	 * Each learner's score for a query on the words of one field, or -1 where the learner does not match.
	 *
	 * @param field a text field
	 */
	float[] learnerScores(Query textQuery, String field) throws IOException {
		float[] scores = new float[count(Target.LEARNERS)];
		Arrays.fill(scores, -1f);
		Column values = column(Target.LEARNERS, fields.catalog().lookup(field).orElseThrow());
		float[] valueScores = new float[values.dictionary().size()];
		Arrays.fill(valueScores, -1f);
		text(field).searcher().search(textQuery, new SimpleCollector() {

			private int base;
			private Scorable scorer;

			@Override
			protected void doSetNextReader(LeafReaderContext context) {
				base = context.docBase;
			}

			@Override
			public void setScorer(Scorable scorer) {
				this.scorer = scorer;
			}

			@Override
			public void collect(int doc) throws IOException {
				valueScores[base + doc] = scorer.score();
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE;
			}
		});
		values.forEach((learner, value) -> scores[learner] = Math.max(scores[learner], valueScores[value]));
		return scores;
	}

	/** The part of a bit set, over all documents of a reader, that falls in one of its leaves. */
	static FixedBitSet slice(FixedBitSet all, LeafReaderContext leaf) {
		int max = leaf.reader().maxDoc();
		if (leaf.docBase == 0 && max == all.length()) {
			return all;
		}
		FixedBitSet part = new FixedBitSet(max);
		int end = leaf.docBase + max;
		for (int d = leaf.docBase; d < end; d++) {
			d = all.nextSetBit(d);
			if (d >= end || d == org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
				break;
			}
			part.set(d - leaf.docBase);
		}
		return part;
	}

	/** Every value of a (non-text) field on every document of one kind, read from the file on first use. */
	public Column column(Target target, IndexField field) {
		return columns.computeIfAbsent(target.name() + ':' + field.name(), k -> readColumn(target, field));
	}

	private Column readColumn(Target target, IndexField field) {
		int n = count(target);
		Column.Builder column = new Column.Builder(field.kind(), n);
		String name = field.name();
		List<Learner> learners = message.learners();
		java.util.function.Consumer<Object> add = column::add;
		switch (target) {
			case LEARNERS -> {
				FieldValues.Reader<FieldValues.LearnerDocument> reader = values.learner(name);
				List<ProgrammeEpisode>[] episodes = FieldValues.needsEpisodes(name) ? episodes0().perLearner() : null;
				for (int doc = 0; doc < n; doc++) {
					column.document(doc);
					reader.read(new FieldValues.LearnerDocument(learners.get(doc),
							episodes == null ? List.of() : episodes[doc]), add);
				}
			}
			case AIMS -> {
				FieldValues.Reader<FieldValues.AimDocument> reader = values.aim(name);
				for (int doc = 0; doc < n; doc++) {
					column.document(doc);
					Learner l = learners.get(aimLearner[doc]);
					reader.read(new FieldValues.AimDocument(l, l.learningDelivery().get(aimItem[doc])), add);
				}
			}
			case PROGRAMMES -> {
				FieldValues.Reader<ProgrammeEpisode> reader = values.programme(name);
				List<ProgrammeEpisode> all = episodes0().all();
				for (int doc = 0; doc < n; doc++) {
					column.document(doc);
					reader.read(all.get(doc), add);
				}
			}
		}
		return column.build();
	}

	/**
	 * The documents a field is counted over unless asked otherwise: programme-level derived fields (Status,
	 * AgeBand, StartMonth, AgeAtStart, Kind …) over programmes; learner fields (Sex, EmpStat, learner FAM and ESM
	 * types, ULNCheck …) over learners; aim fields over aims.
	 */
	public Target homeOf(IndexField field) {
		return fields.homeOf(field);
	}

	/** Whether {@code count} can count a field over a kind of document: its home, or learners for summary fields. */
	public boolean countableOn(IndexField field, Target target) {
		return fields.countableOn(field, target);
	}

	/** Bytes the text indexes and the columns read so far take in memory. */
	public long sizeInBytes() {
		long total = 0;
		for (TextValueIndex t : texts.values()) {
			total += t.sizeInBytes();
		}
		for (Column c : columns.values()) {
			total += c.sizeInBytes();
		}
		return total;
	}

	@Override
	public void close() {
		closed = true;
		synchronized (this) {
			columns.clear();
			Arrays.fill(searchers, null);
		}
		texts.values().forEach(TextValueIndex::close);
		texts.clear();
	}

	/** Encodes a date as the yyyymmdd number it is searched as. */
	public static int dateToInt(LocalDate date) {
		return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
	}

	private Episodes episodes0() {
		Episodes e = episodes;
		if (e == null) {
			synchronized (this) {
				e = episodes;
				if (e == null) {
					long started = System.nanoTime();
					e = computeEpisodes();
					episodes = e;
					episodesNanos = System.nanoTime() - started;
				}
			}
		}
		return e;
	}

	private Episodes computeEpisodes() {
		List<Learner> learners = message.learners();
		@SuppressWarnings("unchecked")
		List<ProgrammeEpisode>[] perLearner = new List[learners.size()];
		// one thread: this walk is bound by memory, and a second thread made it no faster on two cores
		for (int i = 0; i < perLearner.length; i++) {
			perLearner[i] = Programmes.of(learners.get(i), referenceDate);
		}
		List<ProgrammeEpisode> all = new ArrayList<>();
		Map<Learner, List<ProgrammeEpisode>> byLearner = new IdentityHashMap<>(learners.size() * 2);
		int total = 0;
		for (List<ProgrammeEpisode> p : perLearner) {
			total += p.size();
		}
		int[] learnerOf = new int[total];
		for (int i = 0; i < perLearner.length; i++) {
			Arrays.fill(learnerOf, all.size(), all.size() + perLearner[i].size(), i);
			all.addAll(perLearner[i]);
			byLearner.put(learners.get(i), perLearner[i]);
		}
		return new Episodes(Collections.unmodifiableList(all), perLearner, byLearner, learnerOf);
	}
}

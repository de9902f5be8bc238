package dev.ilrsh.index;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EmploymentStatusMonitoring;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.FieldType;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerFAM;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import dev.ilrsh.model.Member;
import dev.ilrsh.model.Message;
import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.programme.Programmes;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An in-memory Lucene index of one ILR file: one document per learner, per aim and per programme episode, each kind
 * in its own small index built the first time it is searched.
 *
 * <p>
 * Every ILR field is indexed under its element name, found through the schema metadata ({@link EntitySpec}), so
 * a field added to the model is searchable without change here:
 * <ul>
 * <li>dates as yyyymmdd numbers (2025-08-01 is 20250801) and whole numbers, as sortable four-byte terms of the
 * one field {@link #KEYS}, so exact values and ranges work;</li>
 * <li>codes and identifiers (RestrictedString fields, ULN, decimals) as lower-cased {@code name:value} terms of
 * {@link #KEYS};</li>
 * <li>names and address lines as analysed text under their own names (word, phrase and fuzzy matching).</li>
 * </ul>
 * One field with many terms per document indexes several times faster than one small Lucene field per value; the
 * query language ({@code dev.ilrsh.query.QueryLanguage}) turns {@code Field:value} into these terms.
 * FAM, employment monitoring and learner FAM records also index their code under their type, so {@code ACT:1},
 * {@code SOF:105}, {@code LDM:034}, {@code LOE:4} or {@code EHC:1} work as fields.
 *
 * <p>
 * What each kind of document holds:
 * <ul>
 * <li>a <b>learner</b> document: the learner's fields and those of its child records (LearnerFAM, employment
 * status and its monitoring, LLDD, HE …), plus a summary of its aims: {@link #LEARNER_SUMMARY} (StdCode, ProgType,
 * FundModel, CompStatus, LearnAimRef, LearnStartDate, AimType, ACT), each value of each aim. So
 * {@code StdCode:94 AND CompStatus:6} on learners means "some aim has 94 and some aim has 6"; search aims to tie
 * them to one aim, and search aims for any other aim field;</li>
 * <li>an <b>aim</b> document: the aim's fields and those of its FAM, AppFinRecord and other child records, plus the
 * learner's identity, {@link #LEARNER_IDENTITY} (LearnRefNumber, ULN, FamilyName, GivenNames, DateOfBirth, Sex,
 * Ethnicity, Postcode) and the bare-word field;</li>
 * <li>a <b>programme</b> document: its main aim's fields and child records, the learner's identity and the
 * programme's derived fields.</li>
 * </ul>
 * Derived fields: {@code Status}, {@code AgeAtStart}, {@code AgeBand}, {@code StartMonth}, {@code ULNCheck} on
 * all three; {@code AimCount}, {@code ProgrammeCount} on learners; on programmes {@code Kind},
 * {@code ProgrammeStart}, {@code EffectiveEnd}, {@code TNPTotal}, {@code DaysPastPlannedEnd},
 * {@code ComponentCount}, {@code ComponentAimRef}.
 *
 * <p>
 * Nothing is stored: each document holds one number, {@link #ORD}, pointing into the in-memory {@link Message}.
 * Doc values for {@code count} are kept only on the documents a field is counted over ({@link #homeOf}) and, for
 * the countable aim summary fields, on learners.
 */
public final class IlrIndex implements Closeable {

	/** Doc values: {@code learnerOrd << 20 | itemOrd}, the item being the aim or episode position in its learner. */
	public static final String ORD = "$o";
	/** The field bare words search: names, LearnRefNumber, ULN and postcode. */
	public static final String ANY = "any";
	/**
	 * The one indexed field holding every code, number and date of a document as {@code name:value} terms
	 * (lower-cased name and value) or {@code name#} and four sortable bytes (numbers, dates as yyyymmdd): one
	 * field with many terms indexes far faster than many small fields. See {@link #key}.
	 */
	public static final String KEYS = "$k";
	/** Doc values: {@code name\u0000value} for every value {@code count} can count on this document. */
	public static final String COUNTS = "$c";
	/** Aim fields summarised on learner documents: every value of every aim. */
	public static final Set<String> LEARNER_SUMMARY = Set.of("StdCode", "ProgType", "FundModel", "CompStatus",
			"LearnAimRef", "LearnStartDate", "AimType", "ACT");
	/** Learner fields copied onto aim and programme documents. */
	public static final Set<String> LEARNER_IDENTITY = Set.of("LearnRefNumber", "ULN", "FamilyName", "GivenNames",
			"DateOfBirth", "Sex", "Ethnicity", "Postcode");

	private static final int ITEM_BITS = 20;
	private static final Set<String> NOT_COUNTABLE = Set.of("LearnRefNumber", "PrevLearnRefNumber", "ULN", "FamilyName",
			"GivenNames", "DateOfBirth", "NINumber", "AddLine1", "AddLine2", "AddLine3", "AddLine4", "TelNo", "Email",
			"Postcode", "PostcodePrior", "SWSupAimId", "UCASPERID", "ProvSpecLearnMon", "ProvSpecDelMon");
	/** Whole numbers that are amounts, hours or positions rather than codes: searchable, not counted. */
	private static final Set<String> MEASURES = Set.of("AimSeqNumber", "PHours", "OTJActHours", "AddHours",
			"PlanLearnHours", "PlanEEPHours", "ALSCost", "AFinAmount", "FINAMOUNT", "NETFEE", "GROSSFEE", "WorkPlaceHours",
			"PriorLearnFundAdj", "OtherFundAdj", "TNPTotal", "DaysPastPlannedEnd", "YEARSTU");
	private static final Set<String> TEXT_FIELDS = Set.of("FamilyName", "GivenNames", "AddLine1", "AddLine2",
			"AddLine3", "AddLine4");
	/** Derived fields counted over programmes. */
	private static final Set<String> PROGRAMME_FIELDS = Set.of("Status", "AgeBand", "StartMonth", "AgeAtStart", "Kind",
			"TNPTotal", "DaysPastPlannedEnd", "ComponentCount", "ComponentAimRef");
	private static final List<String> DELIVERY_FAM_TYPES = List.of("SOF", "FFI", "EEF", "RES", "LSF", "ADL", "ALB",
			"ACL", "AFL", "ASL", "FLN", "LDM", "DAM", "ACT", "EVI");
	private static final List<String> LEARNER_FAM_TYPES = List.of("HNS", "EHC", "DLA", "SEN", "LSR", "NLM", "EDF",
			"MCF", "ECF", "FME", "MMH", "EMH", "PPE");
	private static final List<String> ESM_TYPES = List.of("SEI", "EII", "LOU", "LOE", "BSI", "PEI", "SEM", "OET");
	private static final Pattern TYPE_CODE = Pattern.compile("[A-Z]{3}");
	/** Indexing threads: two, or fewer on one core; {@code -Dilrsh.index.threads=N} overrides. */
	private static final int THREADS = Math.max(1,
			Integer.getInteger("ilrsh.index.threads", Math.min(2, Runtime.getRuntime().availableProcessors())));

	private final Message message;
	private final LocalDate referenceDate;
	private final FieldCatalog catalog;
	private final Set<String> learnerFields;
	private final Analyzer analyzer;
	private final Part[] parts = new Part[Target.values().length];
	private volatile Episodes episodes;
	private boolean closed;

	/** One target's documents. */
	private record Part(List<ByteBuffersDirectory> directories, org.apache.lucene.index.IndexReader reader,
			IndexSearcher searcher, long nanos) {
	}

	/** Every learner's programme episodes. */
	private record Episodes(List<ProgrammeEpisode> all, List<ProgrammeEpisode>[] perLearner,
			Map<Learner, List<ProgrammeEpisode>> byLearner) {
	}

	private IlrIndex(Message message, LocalDate referenceDate) {
		this.message = message;
		this.referenceDate = referenceDate;
		this.catalog = new FieldCatalog();
		this.learnerFields = new HashSet<>(Set.of("ULNCheck", "AimCount", "ProgrammeCount"));
		registerFixedFields(catalog);
		registerSchema(catalog, IlrSchema.LEARNER, true, learnerFields);
		learnerFields.addAll(LEARNER_FAM_TYPES);
		learnerFields.addAll(ESM_TYPES);
		registerTypesInFile(message);
		this.analyzer = new IlrAnalyzer(catalog);
	}

	/** Indexes a file with its FilePreparationDate as the reference date. */
	public static IlrIndex build(Message message) {
		return build(message, Programmes.referenceDate(message));
	}

	/**
	 * Prepares the index of a file. Only the field catalogue is made here; each kind of document is indexed the
	 * first time it is searched ({@link #searcher(Target)}), or all at once with {@link #buildAll()}.
	 *
	 * @param referenceDate what "today" means for derived values (days past planned end, gateway days)
	 */
	public static IlrIndex build(Message message, LocalDate referenceDate) {
		return new IlrIndex(message, referenceDate);
	}

	/** Indexes every kind of document now rather than on first use; returns this index. */
	public IlrIndex buildAll() {
		for (Target t : Target.values()) {
			searcher(t);
		}
		return this;
	}

	/** Whether a target's documents have been indexed yet. */
	public synchronized boolean isBuilt(Target target) {
		return parts[target.ordinal()] != null;
	}

	/** Nanoseconds spent indexing a target's documents, 0 if not built yet. */
	public synchronized long buildNanos(Target target) {
		Part p = parts[target.ordinal()];
		return p == null ? 0 : p.nanos();
	}

	public Message message() {
		return message;
	}

	public LocalDate referenceDate() {
		return referenceDate;
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

	private Episodes episodes0() {
		Episodes e = episodes;
		if (e == null) {
			synchronized (this) {
				e = episodes;
				if (e == null) {
					e = computeEpisodes();
					episodes = e;
				}
			}
		}
		return e;
	}

	private Episodes computeEpisodes() {
		List<Learner> learners = message.learners();
		@SuppressWarnings("unchecked")
		List<ProgrammeEpisode>[] perLearner = new List[learners.size()];
		parallel(learners.size(), (from, to) -> {
			for (int i = from; i < to; i++) {
				perLearner[i] = Programmes.of(learners.get(i), referenceDate);
			}
		});
		List<ProgrammeEpisode> all = new ArrayList<>();
		Map<Learner, List<ProgrammeEpisode>> byLearner = new IdentityHashMap<>(learners.size() * 2);
		for (int i = 0; i < perLearner.length; i++) {
			all.addAll(perLearner[i]);
			byLearner.put(learners.get(i), perLearner[i]);
		}
		return new Episodes(Collections.unmodifiableList(all), perLearner, byLearner);
	}

	public FieldCatalog fields() {
		return catalog;
	}

	public Analyzer analyzer() {
		return analyzer;
	}

	/** The searcher over one kind of document, indexing them first if this is the first use. */
	public IndexSearcher searcher(Target target) {
		return part(target).searcher();
	}

	private synchronized Part part(Target target) {
		if (closed) {
			throw new IllegalStateException("index closed");
		}
		Part p = parts[target.ordinal()];
		if (p == null) {
			p = index(target);
			parts[target.ordinal()] = p;
		}
		return p;
	}

	/** The number of documents of one kind (indexing them if need be). */
	public int count(Target target) {
		return part(target).reader().numDocs();
	}

	/** Bytes the documents indexed so far take in memory. */
	public synchronized long sizeInBytes() {
		long total = 0;
		try {
			for (Part p : parts) {
				if (p != null) {
					for (ByteBuffersDirectory d : p.directories()) {
						for (String file : d.listAll()) {
							total += d.fileLength(file);
						}
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return total;
	}

	@Override
	public synchronized void close() {
		closed = true;
		try {
			for (int i = 0; i < parts.length; i++) {
				if (parts[i] != null) {
					parts[i].reader().close();
					for (ByteBuffersDirectory d : parts[i].directories()) {
						d.close();
					}
					parts[i] = null;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Encodes a date as the yyyymmdd int it is indexed as. */
	public static int dateToInt(LocalDate date) {
		return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
	}

	/** The learner position held in an {@link #ORD} value. */
	public static int learnerOrd(long ord) {
		return (int) (ord >>> ITEM_BITS);
	}

	/** The aim or episode position held in an {@link #ORD} value. */
	public static int itemOrd(long ord) {
		return (int) (ord & ((1 << ITEM_BITS) - 1));
	}

	/**
	 * The documents a field is counted over unless asked otherwise: programme-level derived fields (Status,
	 * AgeBand, StartMonth, AgeAtStart, Kind …) over programmes; learner fields (Sex, EmpStat, learner FAM and ESM
	 * types, ULNCheck …) over learners; aim fields over aims.
	 */
	public Target homeOf(IndexField field) {
		if (PROGRAMME_FIELDS.contains(field.name())) {
			return Target.PROGRAMMES;
		}
		if (learnerFields.contains(field.name()) || !field.targets().contains(Target.AIMS)) {
			return Target.LEARNERS;
		}
		return Target.AIMS;
	}

	/** Whether {@code count} can count a field over a kind of document: its home, or learners for summary fields. */
	public boolean countableOn(IndexField field, Target target) {
		return field.countable() && field.targets().contains(target)
				&& (target == homeOf(field) || target == Target.LEARNERS && LEARNER_SUMMARY.contains(field.name()));
	}

	// ---------------------------------------------------------------- building

	private interface Range {

		void run(int from, int to) throws IOException;
	}

	/** One thread's share of some work: ranges of learners, then {@link #done}. */
	private interface Worker extends Range {

		default void done() throws IOException {
		}
	}

	/** Runs work over {@code 0..n} in chunks on {@link #THREADS} threads. */
	private static void parallel(int n, Range work) {
		parallel(n, k -> work::run);
	}

	/** Runs work over {@code 0..n} in chunks, each thread with its own worker; returns the number of workers. */
	private static int parallel(int n, java.util.function.IntFunction<Worker> workers) {
		int chunk = 512;
		int count = THREADS == 1 || n < 2 * chunk ? 1 : THREADS;
		AtomicInteger next = new AtomicInteger();
		Throwable[] failure = new Throwable[count];
		Runnable[] runs = new Runnable[count];
		for (int k = 0; k < count; k++) {
			int id = k;
			runs[k] = () -> {
				try {
					Worker work = workers.apply(id);
					for (int from = next.getAndAdd(chunk); from < n; from = next.getAndAdd(chunk)) {
						work.run(from, Math.min(n, from + chunk));
					}
					work.done();
				}
				catch (Throwable e) {
					failure[id] = e;
				}
			};
		}
		List<Thread> threads = new ArrayList<>();
		for (int k = 1; k < count; k++) {
			Thread thread = new Thread(runs[k], "ilrsh-index-" + k);
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		}
		runs[0].run();
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("indexing interrupted", e);
			}
		}
		for (Throwable t : failure) {
			if (t instanceof RuntimeException r) {
				throw r;
			}
			if (t instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			if (t != null) {
				throw new IllegalStateException("indexing failed", t);
			}
		}
		return count;
	}

	/**
	 * Indexes one target: each thread writes its own small index (so they also flush in parallel), and the target
	 * is searched through a reader over all of them.
	 */
	private Part index(Target target) {
		long started = System.nanoTime();
		List<Learner> learners = message.learners();
		Episodes eps = target == Target.AIMS ? null : episodes0();
		ByteBuffersDirectory[] directories = new ByteBuffersDirectory[THREADS];
		int used = parallel(learners.size(), k -> {
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			directories[k] = directory;
			IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256)
				.setUseCompoundFile(false)
				.setMergePolicy(NoMergePolicy.INSTANCE)
				.setCommitOnClose(true);
			IndexWriter writer;
			try {
				writer = new IndexWriter(directory, config);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			Indexer indexer = new Indexer(target, writer);
			return new Worker() {

				@Override
				public void run(int from, int to) throws IOException {
					for (int i = from; i < to; i++) {
						indexer.learner(i, learners.get(i), eps == null ? null : eps.perLearner()[i]);
					}
				}

				@Override
				public void done() throws IOException {
					writer.close();
				}
			};
		});
		try {
			List<ByteBuffersDirectory> dirs = List.of(java.util.Arrays.copyOf(directories, used));
			DirectoryReader[] readers = new DirectoryReader[used];
			for (int k = 0; k < used; k++) {
				readers[k] = DirectoryReader.open(dirs.get(k));
			}
			org.apache.lucene.index.IndexReader reader = used == 1 ? readers[0]
					: new org.apache.lucene.index.MultiReader(readers, true);
			IndexSearcher searcher = new IndexSearcher(reader);
			searcher.setQueryCache(null);
			return new Part(dirs, reader, searcher, System.nanoTime() - started);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Registers FAM and monitoring types this file uses beyond the known ones, as fields of the right documents. */
	private void registerTypesInFile(Message m) {
		Set<String> ld = new HashSet<>(DELIVERY_FAM_TYPES);
		Set<String> lf = new HashSet<>(LEARNER_FAM_TYPES);
		lf.addAll(ESM_TYPES);
		for (Learner l : m.learners()) {
			for (LearnerFAM f : l.learnerFAM()) {
				if (f.learnFAMType() != null && !lf.contains(f.learnFAMType()) && lf.add(f.learnFAMType())) {
					registerType(f.learnFAMType(), "learner FAM", List.of(Target.LEARNERS));
				}
			}
			for (var s : l.learnerEmploymentStatus()) {
				for (EmploymentStatusMonitoring esm : s.employmentStatusMonitoring()) {
					if (esm.esmType() != null && !lf.contains(esm.esmType()) && lf.add(esm.esmType())) {
						registerType(esm.esmType(), "employment status monitoring", List.of(Target.LEARNERS));
					}
				}
			}
			for (LearningDelivery a : l.learningDelivery()) {
				for (LearningDeliveryFAM f : a.learningDeliveryFAM()) {
					if (f.learnDelFAMType() != null && !ld.contains(f.learnDelFAMType()) && ld.add(f.learnDelFAMType())) {
						registerType(f.learnDelFAMType(), "learning delivery FAM",
								List.of(Target.AIMS, Target.PROGRAMMES));
					}
				}
			}
		}
	}

	private void registerType(String type, String what, List<Target> targets) {
		if (!TYPE_CODE.matcher(type).matches()) {
			return;
		}
		IndexField known = catalog.lookup(type).orElse(null);
		if (known != null && !known.description().startsWith("code of")) {
			return; // never shadow an element name
		}
		for (Target t : targets) {
			catalog.register(type, FieldKind.KEYWORD, true, t, false, "code of the " + type + " " + what);
		}
		if (targets.contains(Target.LEARNERS)) {
			learnerFields.add(type);
		}
	}

	private static void registerFixedFields(FieldCatalog c) {
		for (Target t : Target.values()) {
			c.register("Status", FieldKind.KEYWORD, true, t, true,
					"programme or aim status: continuing, gateway, achieved, not-achieved, completed, break, withdrawn, transferred");
			c.register("AgeBand", FieldKind.KEYWORD, true, t, true, "age band at start: under 16, 16-18, 19-23, 24+");
			c.register("StartMonth", FieldKind.KEYWORD, true, t, true, "month of LearnStartDate, as YYYY-MM");
			c.register("ULNCheck", FieldKind.KEYWORD, true, t, true, "DD01 ULN check: valid, invalid, not-known");
			c.register("AgeAtStart", FieldKind.INT, true, t, true, "age in whole years at the (original) start");
		}
		for (String type : DELIVERY_FAM_TYPES) {
			for (Target t : List.of(Target.AIMS, Target.PROGRAMMES)) {
				c.register(type, FieldKind.KEYWORD, true, t, false, "code of the " + type + " learning delivery FAM");
			}
			if (LEARNER_SUMMARY.contains(type)) {
				c.register(type, FieldKind.KEYWORD, true, Target.LEARNERS, false,
						"code of the " + type + " learning delivery FAM");
			}
		}
		for (String type : LEARNER_FAM_TYPES) {
			c.register(type, FieldKind.KEYWORD, true, Target.LEARNERS, false, "code of the " + type + " learner FAM");
		}
		for (String type : ESM_TYPES) {
			c.register(type, FieldKind.KEYWORD, true, Target.LEARNERS, false,
					"code of the " + type + " employment status monitoring");
		}
		c.register("Kind", FieldKind.KEYWORD, true, Target.PROGRAMMES, true,
				"episode kind: programme, standalone, orphan-component");
		c.register("ProgrammeStart", FieldKind.DATE, false, Target.PROGRAMMES, true, "DD04 programme start date");
		c.register("EffectiveEnd", FieldKind.DATE, false, Target.PROGRAMMES, true,
				"DD36 effective end date (2099-12-31 while open)");
		c.register("TNPTotal", FieldKind.INT, false, Target.PROGRAMMES, true, "latest TNP1 plus latest TNP2");
		c.register("DaysPastPlannedEnd", FieldKind.INT, false, Target.PROGRAMMES, true,
				"days from planned end to actual end or reference date");
		c.register("ComponentCount", FieldKind.INT, true, Target.PROGRAMMES, true, "number of component aims");
		c.register("ComponentAimRef", FieldKind.KEYWORD, true, Target.PROGRAMMES, true, "LearnAimRef of a component");
		c.register("AimCount", FieldKind.INT, true, Target.LEARNERS, true, "number of aims");
		c.register("ProgrammeCount", FieldKind.INT, true, Target.LEARNERS, true, "number of programme aims");
	}

	/**
	 * Registers every field of an entity and its children under the documents that carry it, so that fields
	 * absent from a file can still be queried.
	 */
	private static void registerSchema(FieldCatalog c, EntitySpec spec, boolean learnerLevel, Set<String> learnerNames) {
		for (Member m : spec.members()) {
			if (m instanceof FieldSpec f) {
				FieldKind kind = kindOf(f);
				boolean countable = countable(f.name(), kind);
				if (learnerLevel) {
					learnerNames.add(f.name());
					c.register(f.name(), kind, countable, Target.LEARNERS, false, describe(f.name()));
					if (spec == IlrSchema.LEARNER && LEARNER_IDENTITY.contains(f.name())) {
						c.register(f.name(), kind, countable, Target.AIMS, false, describe(f.name()));
						c.register(f.name(), kind, countable, Target.PROGRAMMES, false, describe(f.name()));
					}
				}
				else {
					c.register(f.name(), kind, countable, Target.AIMS, false, describe(f.name()));
					c.register(f.name(), kind, countable, Target.PROGRAMMES, false, describe(f.name()));
					if (spec == IlrSchema.LEARNING_DELIVERY && LEARNER_SUMMARY.contains(f.name())) {
						c.register(f.name(), kind, countable, Target.LEARNERS, false, describe(f.name()));
					}
				}
			}
			else if (m instanceof ChildSpec child) {
				registerSchema(c, child.entity(), learnerLevel && child.entity() != IlrSchema.LEARNING_DELIVERY,
						learnerNames);
			}
		}
	}

	/** One field of one kind of document, as one thread writes it. */
	private static final class Slot {

		final IndexField field;
		final boolean docValues;
		final boolean points;
		final byte[] keyPrefix;
		final byte[] countPrefix;
		TextField[] texts;
		int n;

		Slot(IndexField field, boolean docValues) {
			this.field = field;
			this.docValues = docValues;
			this.points = field.kind() == FieldKind.INT || field.kind() == FieldKind.DATE;
			this.keyPrefix = BytesRef.deepCopyOf(keyPrefix(field)).bytes;
			this.countPrefix = BytesRef.deepCopyOf(countPrefix(field)).bytes;
			this.texts = field.kind() == FieldKind.TEXT ? new TextField[2] : null;
		}
	}

	/** The terms of one document's {@link #KEYS} field, written into one reused buffer. */
	private static final class KeyStream extends org.apache.lucene.analysis.TokenStream {

		private final org.apache.lucene.analysis.tokenattributes.BytesTermAttribute term = addAttribute(
				org.apache.lucene.analysis.tokenattributes.BytesTermAttribute.class);
		private final BytesRef ref = new BytesRef();
		byte[] buf = new byte[4096];
		int[] ends = new int[256];
		int n;
		int length;
		private int next;

		void clear() {
			n = 0;
			length = 0;
		}

		/** Makes room for {@code more} bytes. */
		void ensure(int more) {
			if (length + more > buf.length) {
				buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, length + more));
			}
		}

		void put(byte[] bytes) {
			ensure(bytes.length);
			System.arraycopy(bytes, 0, buf, length, bytes.length);
			length += bytes.length;
		}

		/** Appends text (lower-cased when asked) as UTF-8. */
		void put(String text, boolean lower) {
			int len = text.length();
			ensure(len * 3);
			for (int i = 0; i < len; i++) {
				char c = text.charAt(i);
				if (c >= 0x80) {
					String rest = text.substring(i);
					byte[] b = (lower ? rest.toLowerCase(Locale.ROOT) : rest).getBytes(java.nio.charset.StandardCharsets.UTF_8);
					ensure(b.length);
					System.arraycopy(b, 0, buf, length, b.length);
					length += b.length;
					return;
				}
				buf[length++] = (byte) (lower && c >= 'A' && c <= 'Z' ? c + 32 : c);
			}
		}

		void putInt(int v) {
			ensure(4);
			org.apache.lucene.util.NumericUtils.intToSortableBytes(v, buf, length);
			length += 4;
		}

		/** Ends the term being written. */
		void end(int start) {
			if (n == ends.length) {
				ends = java.util.Arrays.copyOf(ends, n * 2);
			}
			ends[n++] = length;
		}

		BytesRef last() {
			int from = n == 1 ? 0 : ends[n - 2];
			return new BytesRef(buf, from, ends[n - 1] - from);
		}

		@Override
		public void reset() {
			next = 0;
		}

		@Override
		public boolean incrementToken() {
			if (next >= n) {
				return false;
			}
			clearAttributes();
			int from = next == 0 ? 0 : ends[next - 1];
			ref.bytes = buf;
			ref.offset = from;
			ref.length = ends[next] - from;
			term.setBytesRef(ref);
			next++;
			return true;
		}
	}

	private static final org.apache.lucene.document.FieldType KEY_TYPE = keyType();

	private static org.apache.lucene.document.FieldType keyType() {
		org.apache.lucene.document.FieldType t = new org.apache.lucene.document.FieldType();
		t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
		t.setOmitNorms(true);
		t.setTokenized(true);
		t.setStored(false);
		t.freeze();
		return t;
	}

	/** The start of every {@link #KEYS} term of a field: its lower-cased name and a separator. */
	public static BytesRef keyPrefix(IndexField field) {
		char sep = field.kind() == FieldKind.INT || field.kind() == FieldKind.DATE ? '#' : ':';
		return new BytesRef(field.name().toLowerCase(Locale.ROOT) + sep);
	}

	/** The {@link #KEYS} term for a code or identifier (lower-cased here). */
	public static BytesRef key(IndexField field, String value) {
		return new BytesRef(field.name().toLowerCase(Locale.ROOT) + ':' + value.toLowerCase(Locale.ROOT));
	}

	/** The {@link #KEYS} term for a whole number or a date's yyyymmdd. */
	public static BytesRef key(IndexField field, int value) {
		BytesRef prefix = keyPrefix(field);
		byte[] b = java.util.Arrays.copyOf(prefix.bytes, prefix.length + 4);
		org.apache.lucene.util.NumericUtils.intToSortableBytes(value, b, prefix.length);
		return new BytesRef(b);
	}

	/** The start of every {@link #COUNTS} value of a field. */
	public static BytesRef countPrefix(IndexField field) {
		return new BytesRef(field.name().toLowerCase(Locale.ROOT) + '\u0000');
	}

	/** Builds and adds the documents of one target; one per thread. */
	private final class Indexer {

		private final Target target;
		private final IndexWriter writer;
		private final Map<String, Slot> slots = new HashMap<>();
		private final List<IndexableField> doc = new ArrayList<>();
		private final List<Slot> touched = new ArrayList<>();
		private final NumericDocValuesField ord = new NumericDocValuesField(ORD, 0L);
		private final TextField any = new TextField(ANY, "", Field.Store.NO);
		private final KeyStream keys = new KeyStream();
		private final Field keyField = new Field(KEYS, keys, KEY_TYPE);
		private final KeyStream counts = new KeyStream();
		private final List<SortedSetDocValuesField> countFields = new ArrayList<>();
		private final Set<Object> dedupe = new HashSet<>();
		private final List<Object> identity = new ArrayList<>();
		private String anyText;
		private String ulnCheck;

		Indexer(Target target, IndexWriter writer) {
			this.target = target;
			this.writer = writer;
		}

		void learner(int learnerOrd, Learner learner, List<ProgrammeEpisode> episodes) throws IOException {
			ulnCheck = DerivedData.checkUln(learner.uln()).name().toLowerCase(Locale.ROOT).replace('_', '-');
			anyText = anyText(learner);
			switch (target) {
				case LEARNERS -> learnerDoc(learnerOrd, learner, episodes);
				case AIMS -> {
					identity(learner);
					List<LearningDelivery> aims = learner.learningDelivery();
					for (int i = 0; i < aims.size(); i++) {
						aimDoc(learnerOrd, i, learner, aims.get(i));
					}
				}
				case PROGRAMMES -> {
					identity(learner);
					for (int k = 0; k < episodes.size(); k++) {
						programmeDoc(learnerOrd, k, episodes.get(k));
					}
				}
			}
		}

		private void learnerDoc(int learnerOrd, Learner learner, List<ProgrammeEpisode> episodes) throws IOException {
			start(learnerOrd, 0);
			entity(learner, true);
			add("ULNCheck", ulnCheck);
			List<LearningDelivery> aims = learner.learningDelivery();
			add("AimCount", aims.size());
			int programmes = 0;
			dedupe.clear();
			for (LearningDelivery aim : aims) {
				if (aim.isProgrammeAim()) {
					programmes++;
				}
				once("StdCode", aim.stdCode());
				once("ProgType", aim.progType());
				once("FundModel", aim.fundModel());
				once("CompStatus", aim.compStatus());
				once("LearnAimRef", aim.learnAimRef());
				once("LearnStartDate", aim.learnStartDate());
				once("AimType", aim.aimType());
				for (LearningDeliveryFAM f : aim.learningDeliveryFAM()) {
					if ("ACT".equals(f.learnDelFAMType())) {
						once("ACT", f.learnDelFAMCode());
					}
				}
				if (aim.learnStartDate() != null) {
					once("StartMonth", month(aim.learnStartDate()));
				}
			}
			for (ProgrammeEpisode e : episodes) {
				once("Status", e.status().label());
				once("AgeBand", e.ageBand());
				once("AgeAtStart", e.ageAtStart());
			}
			add("ProgrammeCount", programmes);
			finish();
		}

		private void once(String name, Object value) {
			if (value != null && dedupe.add(name + '\u0000' + value)) {
				add(name, value);
			}
		}

		private void aimDoc(int learnerOrd, int i, Learner learner, LearningDelivery aim) throws IOException {
			start(learnerOrd, i);
			addIdentity();
			entity(aim, true);
			add("Status", Programmes.status(aim).label());
			LocalDate start = aim.origLearnStartDate() != null ? aim.origLearnStartDate() : aim.learnStartDate();
			Integer age = DerivedData.ageOn(learner, start).orElse(null);
			add("AgeAtStart", age);
			add("AgeBand", Programmes.ageBand(age));
			if (aim.learnStartDate() != null) {
				add("StartMonth", month(aim.learnStartDate()));
			}
			finish();
		}

		private void programmeDoc(int learnerOrd, int k, ProgrammeEpisode e) throws IOException {
			start(learnerOrd, k);
			addIdentity();
			entity(e.mainAim(), true);
			add("Kind", e.kind().label());
			add("Status", e.status().label());
			add("AgeAtStart", e.ageAtStart());
			add("AgeBand", e.ageBand());
			if (e.start() != null) {
				add("StartMonth", month(e.start()));
			}
			add("ProgrammeStart", e.programmeStart());
			add("EffectiveEnd", e.effectiveEnd());
			add("TNPTotal", e.tnpTotal());
			add("DaysPastPlannedEnd", (int) e.daysPastPlannedEnd());
			add("ComponentCount", e.components().size());
			for (LearningDelivery c : e.components()) {
				add("ComponentAimRef", c.learnAimRef());
			}
			finish();
		}

		private void identity(Learner learner) {
			identity.clear();
			EntitySpec spec = IlrSchema.LEARNER;
			List<Member> members = spec.members();
			for (int i = 0; i < members.size(); i++) {
				if (members.get(i) instanceof FieldSpec f && LEARNER_IDENTITY.contains(f.name())) {
					Object value = spec.get(learner, i);
					if (value != null) {
						identity.add(f.name());
						identity.add(value);
					}
				}
			}
		}

		private void addIdentity() {
			for (int i = 0; i < identity.size(); i += 2) {
				add((String) identity.get(i), identity.get(i + 1));
			}
			add("ULNCheck", ulnCheck);
		}

		private String anyText(Learner learner) {
			StringBuilder b = new StringBuilder(64);
			EntitySpec spec = IlrSchema.LEARNER;
			List<Member> members = spec.members();
			for (int i = 0; i < members.size(); i++) {
				if (members.get(i) instanceof FieldSpec f && isAnyField(f.name())) {
					Object value = spec.get(learner, i);
					if (value != null) {
						b.append(value).append(' ');
					}
				}
			}
			return b.toString();
		}

		private void start(int learnerOrd, int itemOrd) {
			doc.clear();
			keys.clear();
			counts.clear();
			ord.setLongValue(((long) learnerOrd << ITEM_BITS) | itemOrd);
			doc.add(ord);
			if (!anyText.isEmpty()) {
				any.setStringValue(anyText);
				doc.add(any);
			}
		}

		private void finish() throws IOException {
			if (keys.n > 0) {
				doc.add(keyField);
			}
			for (int i = 0; i < counts.n; i++) {
				if (i == countFields.size()) {
					countFields.add(new SortedSetDocValuesField(COUNTS, new BytesRef()));
				}
				int from = i == 0 ? 0 : counts.ends[i - 1];
				SortedSetDocValuesField f = countFields.get(i);
				f.setBytesValue(new BytesRef(counts.buf, from, counts.ends[i] - from));
				doc.add(f);
			}
			writer.addDocument(doc);
			for (Slot s : touched) {
				s.n = 0;
			}
			touched.clear();
		}

		/** Adds an entity's fields, and (when asked) its child records' but never a learner's aims. */
		private void entity(IlrEntity entity, boolean children) {
			EntitySpec spec = Ilr.spec(entity);
			List<Member> members = spec.members();
			for (int i = 0; i < members.size(); i++) {
				Member m = members.get(i);
				if (m instanceof FieldSpec f) {
					Object value = spec.get(entity, i);
					if (value != null) {
						add(f.name(), value);
					}
				}
				else if (children && m instanceof ChildSpec c && c.entity() != IlrSchema.LEARNING_DELIVERY) {
					Object value = spec.get(entity, i);
					if (value instanceof List<?> list) {
						for (Object child : list) {
							entity((IlrEntity) child, true);
						}
					}
					else if (value != null) {
						entity((IlrEntity) value, true);
					}
				}
			}
			if (entity instanceof LearningDeliveryFAM f) {
				typed(f.learnDelFAMType(), f.learnDelFAMCode());
			}
			else if (entity instanceof LearnerFAM f && f.learnFAMCode() != null) {
				typed(f.learnFAMType(), f.learnFAMCode().toString());
			}
			else if (entity instanceof EmploymentStatusMonitoring m && m.esmCode() != null) {
				typed(m.esmType(), m.esmCode().toString());
			}
		}

		private void typed(String type, String code) {
			if (type == null || code == null) {
				return;
			}
			Slot s = slot(type);
			if (s != null && s.field.description().startsWith("code of")) {
				value(s, code);
			}
		}

		private Slot slot(String name) {
			Slot s = slots.get(name);
			if (s == null && !slots.containsKey(name)) {
				IndexField f = catalog.lookup(name).filter(x -> x.targets().contains(target)).orElse(null);
				s = f == null ? null : new Slot(f, countableOn(f, target));
				slots.put(name, s);
			}
			return s;
		}

		void add(String name, Object value) {
			if (value == null) {
				return;
			}
			Slot s = slot(name);
			if (s != null) {
				value(s, value);
			}
		}

		private void value(Slot s, Object value) {
			switch (s.field.kind()) {
				case INT, DATE -> {
					int v = value instanceof LocalDate d ? dateToInt(d) : ((Number) value).intValue();
					keys.put(s.keyPrefix);
					keys.putInt(v);
					keys.end(0);
					if (s.docValues) {
						counts.put(s.countPrefix);
						counts.put(Integer.toString(v), false);
						counts.end(0);
					}
				}
				case KEYWORD -> {
					String text = text(value);
					keys.put(s.keyPrefix);
					keys.put(text, true);
					keys.end(0);
					if (s.docValues) {
						counts.put(s.countPrefix);
						counts.put(text, false);
						counts.end(0);
					}
				}
				case TEXT -> {
										if (s.n == 0) {
						touched.add(s);
					}
					int k = s.n++;
					if (k == s.texts.length) {
						s.texts = java.util.Arrays.copyOf(s.texts, k * 2);
					}
					TextField f = s.texts[k];
					if (f == null) {
						f = s.texts[k] = new TextField(s.field.name(), text(value), Field.Store.NO);
					}
					else {
						f.setStringValue(text(value));
					}
					doc.add(f);
				}
			}
		}
	}

	private static String month(LocalDate date) {
		return date.toString().substring(0, 7);
	}

	private static boolean countable(String name, FieldKind kind) {
		return !NOT_COUNTABLE.contains(name) && !MEASURES.contains(name) && kind != FieldKind.DATE
				&& kind != FieldKind.TEXT;
	}

	private static boolean isAnyField(String name) {
		return name.equals("FamilyName") || name.equals("GivenNames") || name.equals("LearnRefNumber")
				|| name.equals("ULN") || name.equals("Postcode");
	}

	private static FieldKind kindOf(FieldSpec f) {
		if (TEXT_FIELDS.contains(f.name())) {
			return FieldKind.TEXT;
		}
		return switch (f.type()) {
			case DATE -> FieldKind.DATE;
			case INT -> FieldKind.INT;
			default -> FieldKind.KEYWORD;
		};
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal d) {
			return d.toPlainString();
		}
		return value.toString();
	}

	private static final Map<String, String> ELEMENTS = new java.util.HashMap<>();

	static {
		for (EntitySpec spec : IlrSchema.all()) {
			for (Member m : spec.members()) {
				if (m instanceof FieldSpec f) {
					ELEMENTS.putIfAbsent(f.name(), spec.name() + "." + f.name()
							+ (f.type() == FieldType.DATE ? " (date)" : ""));
				}
			}
		}
	}

	private static boolean isElement(String name) {
		return ELEMENTS.containsKey(name);
	}

	private static String describe(String name) {
		String element = ELEMENTS.get(name);
		return element != null ? "ILR element " + element : "derived: " + name;
	}
}

package dev.ilrsh.index;

import dev.ilrsh.derived.DerivedData;
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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An in-memory Lucene index of one ILR file: one document per learner, per aim and per programme episode.
 *
 * <p>
 * Every ILR field is indexed under its element name, found through the schema metadata ({@link EntitySpec}), so
 * a field added to the model is searchable without change here:
 * <ul>
 * <li>dates as {@link IntPoint}s holding yyyymmdd (2025-08-01 is 20250801), so ranges work;</li>
 * <li>whole numbers as {@link IntPoint}s;</li>
 * <li>codes and identifiers (RestrictedString fields, ULN, decimals) as lower-cased keywords;</li>
 * <li>names and address lines as analysed text (word, phrase and fuzzy matching).</li>
 * </ul>
 * FAM, employment monitoring and learner FAM records also index their code under their type, so {@code ACT:1},
 * {@code SOF:105}, {@code LDM:034}, {@code LOE:4} or {@code EHC:1} work as fields. Codes and numbers are also kept as
 * sorted-set doc values for {@code count}.
 *
 * <p>
 * A learner document holds the learner's fields, all child records and every value of every aim (so a learner
 * query {@code StdCode:94 AND CompStatus:6} means "some aim has 94 and some aim has 6"; search aims to tie
 * them to one aim). Aim and programme documents hold their own aim's fields plus the learner's own fields (names,
 * LearnRefNumber, ULN, Sex …), so a query can mix both. Derived fields: {@code Status}, {@code AgeAtStart},
 * {@code AgeBand}, {@code StartMonth}, {@code ULNCheck}, {@code AimCount}, {@code ProgrammeCount}, and on
 * programmes {@code Kind}, {@code ProgrammeStart}, {@code EffectiveEnd}, {@code TNPTotal},
 * {@code DaysPastPlannedEnd}, {@code ComponentCount}, {@code ComponentAimRef}.
 */
public final class IlrIndex implements Closeable {

	/** The field holding the document kind: learner, aim or programme. */
	public static final String TYPE = "$type";
	/** Doc values: the learner's position in the file. */
	public static final String LEARNER_ORD = "$l";
	/** Doc values: the aim's position in its learner, or the episode's position in {@link #episodes(Learner)}. */
	public static final String ITEM_ORD = "$i";
	/** The field bare words search: names, LearnRefNumber, ULN and postcode. */
	public static final String ANY = "any";

	private static final Set<String> NOT_COUNTABLE = Set.of("LearnRefNumber", "PrevLearnRefNumber", "ULN", "FamilyName",
			"GivenNames", "DateOfBirth", "NINumber", "AddLine1", "AddLine2", "AddLine3", "AddLine4", "TelNo", "Email",
			"Postcode", "PostcodePrior", "SWSupAimId", "UCASPERID", "ProvSpecLearnMon", "ProvSpecDelMon");
	/** Whole numbers that are amounts, hours or positions rather than codes: searchable, not counted. */
	private static final Set<String> MEASURES = Set.of("AimSeqNumber", "PHours", "OTJActHours", "AddHours",
			"PlanLearnHours", "PlanEEPHours", "ALSCost", "AFinAmount", "FINAMOUNT", "NETFEE", "GROSSFEE", "WorkPlaceHours",
			"PriorLearnFundAdj", "OtherFundAdj", "TNPTotal", "DaysPastPlannedEnd", "YEARSTU");
	private static final Set<String> TEXT_FIELDS = Set.of("FamilyName", "GivenNames", "AddLine1", "AddLine2",
			"AddLine3", "AddLine4");
	private static final Pattern TYPE_CODE = Pattern.compile("[A-Z]{3}");

	private final Message message;
	private final LocalDate referenceDate;
	private final List<ProgrammeEpisode> episodes;
	private final Map<Learner, List<ProgrammeEpisode>> episodesByLearner;
	private final FieldCatalog catalog;
	private final Analyzer analyzer;
	private final ByteBuffersDirectory directory;
	private final DirectoryReader reader;
	private final IndexSearcher searcher;

	private IlrIndex(Message message, LocalDate referenceDate, List<ProgrammeEpisode> episodes,
			Map<Learner, List<ProgrammeEpisode>> byLearner, FieldCatalog catalog, Analyzer analyzer,
			ByteBuffersDirectory directory, DirectoryReader reader) {
		this.message = message;
		this.referenceDate = referenceDate;
		this.episodes = episodes;
		this.episodesByLearner = byLearner;
		this.catalog = catalog;
		this.analyzer = analyzer;
		this.directory = directory;
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
		this.searcher.setQueryCache(null);
	}

	/** Indexes a file with its FilePreparationDate as the reference date. */
	public static IlrIndex build(Message message) {
		return build(message, Programmes.referenceDate(message));
	}

	/**
	 * Indexes a file.
	 *
	 * @param referenceDate what "today" means for derived values (days past planned end, gateway days)
	 */
	public static IlrIndex build(Message message, LocalDate referenceDate) {
		List<Learner> learners = message.learners();
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		FieldCatalog catalog = new FieldCatalog();
		registerFixedFields(catalog);
		Analyzer analyzer = new IlrAnalyzer(catalog);
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		@SuppressWarnings("unchecked")
		List<ProgrammeEpisode>[] perLearner = new List[learners.size()];
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256).setCommitOnClose(true))) {
			ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
				Thread t = new Thread(r, "ilrsh-index");
				t.setDaemon(true);
				return t;
			});
			try {
				List<Future<?>> parts = new ArrayList<>();
				int chunk = Math.max(1, (learners.size() + threads - 1) / threads);
				for (int from = 0; from < learners.size(); from += chunk) {
					int start = from;
					int end = Math.min(learners.size(), from + chunk);
					parts.add(pool.submit(() -> {
						Indexer indexer = new Indexer(catalog, writer, referenceDate);
						for (int i = start; i < end; i++) {
							perLearner[i] = indexer.learner(i, learners.get(i));
						}
						return null;
					}));
				}
				for (Future<?> part : parts) {
					part.get();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("indexing interrupted", e);
			}
			catch (java.util.concurrent.ExecutionException e) {
				Throwable cause = e.getCause();
				if (cause instanceof IOException io) {
					throw io;
				}
				throw new IllegalStateException("indexing failed", cause);
			}
			finally {
				pool.shutdownNow();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<ProgrammeEpisode> all = new ArrayList<>();
		Map<Learner, List<ProgrammeEpisode>> byLearner = new IdentityHashMap<>();
		for (int i = 0; i < learners.size(); i++) {
			all.addAll(perLearner[i]);
			byLearner.put(learners.get(i), perLearner[i]);
		}
		try {
			return new IlrIndex(message, referenceDate, Collections.unmodifiableList(all), byLearner, catalog, analyzer,
					directory, DirectoryReader.open(directory));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Message message() {
		return message;
	}

	public LocalDate referenceDate() {
		return referenceDate;
	}

	/** Every episode of every learner, learners in file order, each learner's episodes by start. */
	public List<ProgrammeEpisode> episodes() {
		return episodes;
	}

	/** One learner's episodes (the learner must be one of this file's). */
	public List<ProgrammeEpisode> episodes(Learner learner) {
		List<ProgrammeEpisode> list = episodesByLearner.get(learner);
		return list == null ? Programmes.of(learner, referenceDate) : list;
	}

	public FieldCatalog fields() {
		return catalog;
	}

	public Analyzer analyzer() {
		return analyzer;
	}

	public IndexSearcher searcher() {
		return searcher;
	}

	/** The number of documents of one kind. */
	public int count(Target target) {
		try {
			return searcher.count(new TermQuery(new Term(TYPE, target.docType())));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Bytes the index takes in memory. */
	public long sizeInBytes() {
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

	@Override
	public void close() {
		try {
			reader.close();
			directory.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Encodes a date as the yyyymmdd int it is indexed as. */
	public static int dateToInt(LocalDate date) {
		return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
	}

	private static void registerFixedFields(FieldCatalog c) {
		for (Target t : Target.values()) {
			c.register("Status", FieldKind.KEYWORD, true, t, true,
					"programme or aim status: continuing, gateway, achieved, not-achieved, completed, break, withdrawn, transferred");
			c.register("AgeBand", FieldKind.KEYWORD, true, t, true, "age band at start: under 16, 16-18, 19-23, 24+");
			c.register("StartMonth", FieldKind.KEYWORD, true, t, true, "month of LearnStartDate, as YYYY-MM");
			c.register("ULNCheck", FieldKind.KEYWORD, true, t, true, "DD01 ULN check: valid, invalid, not-known");
		}
		registerSchema(c, IlrSchema.LEARNER, true);
		for (String type : List.of("SOF", "FFI", "EEF", "RES", "LSF", "ADL", "ALB", "ACL", "AFL", "ASL", "FLN", "LDM",
				"DAM", "ACT", "EVI")) {
			for (Target t : Target.values()) {
				c.register(type, FieldKind.KEYWORD, true, t, false, "code of the " + type + " learning delivery FAM");
			}
		}
		for (String type : List.of("HNS", "EHC", "DLA", "SEN", "LSR", "NLM", "EDF", "MCF", "ECF", "FME", "MMH", "EMH")) {
			c.register(type, FieldKind.KEYWORD, true, Target.LEARNERS, false, "code of the " + type + " learner FAM");
		}
		for (String type : List.of("SEI", "EII", "LOU", "LOE", "BSI", "PEI", "SEM", "OET")) {
			c.register(type, FieldKind.KEYWORD, true, Target.LEARNERS, false,
					"code of the " + type + " employment status monitoring");
		}
		for (Target t : List.of(Target.PROGRAMMES, Target.LEARNERS)) {
			c.register("AgeAtStart", FieldKind.INT, true, t, true, "age in whole years at the (original) start");
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
		c.register("AgeAtStart", FieldKind.INT, true, Target.AIMS, true, "age in whole years at the (original) start");
		c.register("AimCount", FieldKind.INT, true, Target.LEARNERS, true, "number of aims");
		c.register("ProgrammeCount", FieldKind.INT, true, Target.LEARNERS, true, "number of programme aims");
	}

	/** Registers every field of an entity and its children, so that fields absent from a file can still be queried. */
	private static void registerSchema(FieldCatalog c, EntitySpec spec, boolean learnerLevel) {
		for (Member m : spec.members()) {
			if (m instanceof FieldSpec f) {
				FieldKind kind = kindOf(f);
				boolean countable = countable(f.name(), kind);
				c.register(f.name(), kind, countable, Target.LEARNERS, false, describe(f.name()));
				if (!learnerLevel || spec == IlrSchema.LEARNER) {
					c.register(f.name(), kind, countable, Target.AIMS, false, describe(f.name()));
					c.register(f.name(), kind, countable, Target.PROGRAMMES, false, describe(f.name()));
				}
			}
			else if (m instanceof dev.ilrsh.model.ChildSpec child) {
				registerSchema(c, child.entity(), learnerLevel && child.entity() != IlrSchema.LEARNING_DELIVERY);
			}
		}
	}

	/** Builds the documents of one learner; one per thread. */
	private static final class Indexer {

		private final FieldCatalog catalog;
		private final IndexWriter writer;
		private final LocalDate reference;
		private final Map<String, IndexField> fieldCache = new java.util.HashMap<>();

		Indexer(FieldCatalog catalog, IndexWriter writer, LocalDate reference) {
			this.catalog = catalog;
			this.writer = writer;
			this.reference = reference;
		}

		List<ProgrammeEpisode> learner(int learnerOrd, Learner learner) throws IOException {
			List<ProgrammeEpisode> episodes = Programmes.of(learner, reference);
			String ulnCheck = DerivedData.checkUln(learner.uln()).name().toLowerCase(Locale.ROOT).replace('_', '-');

			DocBuilder l = new DocBuilder(Target.LEARNERS, learnerOrd, 0);
			l.entity(learner, true);
			l.add("ULNCheck", FieldKind.KEYWORD, ulnCheck);
			l.add("AimCount", FieldKind.INT, learner.learningDelivery().size());
			l.add("ProgrammeCount", FieldKind.INT,
					(int) learner.learningDelivery().stream().filter(LearningDelivery::isProgrammeAim).count());
			for (ProgrammeEpisode e : episodes) {
				l.add("Status", FieldKind.KEYWORD, e.status().label());
				l.add("AgeBand", FieldKind.KEYWORD, e.ageBand());
			}
			for (LearningDelivery aim : learner.learningDelivery()) {
				if (aim.learnStartDate() != null) {
					l.add("StartMonth", FieldKind.KEYWORD, aim.learnStartDate().toString().substring(0, 7));
				}
			}
			writer.addDocument(l.doc);

			List<LearningDelivery> aims = learner.learningDelivery();
			for (int i = 0; i < aims.size(); i++) {
				LearningDelivery aim = aims.get(i);
				DocBuilder a = new DocBuilder(Target.AIMS, learnerOrd, i);
				a.entity(learner, false);
				a.entity(aim, true);
				a.add("ULNCheck", FieldKind.KEYWORD, ulnCheck);
				a.add("Status", FieldKind.KEYWORD, Programmes.status(aim).label());
				LocalDate start = aim.origLearnStartDate() != null ? aim.origLearnStartDate() : aim.learnStartDate();
				Integer age = DerivedData.ageOn(learner, start).orElse(null);
				if (age != null) {
					a.add("AgeAtStart", FieldKind.INT, age);
				}
				a.add("AgeBand", FieldKind.KEYWORD, Programmes.ageBand(age));
				if (aim.learnStartDate() != null) {
					a.add("StartMonth", FieldKind.KEYWORD, aim.learnStartDate().toString().substring(0, 7));
				}
				writer.addDocument(a.doc);
			}
			programmes(learnerOrd, learner, episodes, ulnCheck);
			return episodes;
		}

		void programmes(int learnerOrd, Learner learner, List<ProgrammeEpisode> episodes, String ulnCheck)
				throws IOException {
			for (int k = 0; k < episodes.size(); k++) {
				ProgrammeEpisode e = episodes.get(k);
				DocBuilder p = new DocBuilder(Target.PROGRAMMES, learnerOrd, k);
				p.entity(learner, false);
				p.entity(e.mainAim(), true);
				p.add("ULNCheck", FieldKind.KEYWORD, ulnCheck);
				p.add("Kind", FieldKind.KEYWORD, e.kind().label());
				p.add("Status", FieldKind.KEYWORD, e.status().label());
				if (e.ageAtStart() != null) {
					p.add("AgeAtStart", FieldKind.INT, e.ageAtStart());
				}
				p.add("AgeBand", FieldKind.KEYWORD, e.ageBand());
				if (e.start() != null) {
					p.add("StartMonth", FieldKind.KEYWORD, e.start().toString().substring(0, 7));
				}
				if (e.programmeStart() != null) {
					p.add("ProgrammeStart", FieldKind.DATE, e.programmeStart());
				}
				if (e.effectiveEnd() != null) {
					p.add("EffectiveEnd", FieldKind.DATE, e.effectiveEnd());
				}
				if (e.tnpTotal() != null) {
					p.add("TNPTotal", FieldKind.INT, e.tnpTotal());
				}
				p.add("DaysPastPlannedEnd", FieldKind.INT, (int) e.daysPastPlannedEnd());
				p.add("ComponentCount", FieldKind.INT, e.components().size());
				for (LearningDelivery c : e.components()) {
					if (c.learnAimRef() != null) {
						p.add("ComponentAimRef", FieldKind.KEYWORD, c.learnAimRef());
					}
				}
				writer.addDocument(p.doc);
			}
		}

		/** One document under construction: values are added once per field however often they occur. */
		private final class DocBuilder {

			final Document doc = new Document();
			final Target target;
			final Set<String> seen = new HashSet<>();
			final StringBuilder any = new StringBuilder();

			DocBuilder(Target target, int learnerOrd, int itemOrd) {
				this.target = target;
				doc.add(new StringField(TYPE, target.docType(), Field.Store.NO));
				doc.add(new NumericDocValuesField(LEARNER_ORD, learnerOrd));
				doc.add(new NumericDocValuesField(ITEM_ORD, itemOrd));
			}

			void entity(IlrEntity entity, boolean children) {
				EntitySpec spec = Ilr.spec(entity);
				List<Member> members = spec.members();
				for (int i = 0; i < members.size(); i++) {
					Object value = spec.get(entity, i);
					if (value == null) {
						continue;
					}
					Member m = members.get(i);
					if (m instanceof FieldSpec f) {
						add(f.name(), kindOf(f), value);
						if (entity instanceof Learner && isAnyField(f.name())) {
							any.append(value).append(' ');
						}
					}
					else if (children) {
						if (value instanceof List<?> list) {
							for (Object child : list) {
								entity((IlrEntity) child, true);
							}
						}
						else {
							entity((IlrEntity) value, true);
						}
					}
				}
				if (entity instanceof LearningDeliveryFAM f) {
					typed(f.learnDelFAMType(), f.learnDelFAMCode(), "learning delivery FAM");
				}
				else if (entity instanceof LearnerFAM f && f.learnFAMCode() != null) {
					typed(f.learnFAMType(), f.learnFAMCode().toString(), "learner FAM");
				}
				else if (entity instanceof EmploymentStatusMonitoring m && m.esmCode() != null) {
					typed(m.esmType(), m.esmCode().toString(), "employment status monitoring");
				}
				if (entity instanceof Learner && any.length() > 0 && seen.add(ANY)) {
					doc.add(new TextField(ANY, any.toString(), Field.Store.NO));
				}
			}

			private void typed(String type, String code, String what) {
				if (type == null || code == null || !TYPE_CODE.matcher(type).matches()) {
					return;
				}
				IndexField known = catalog.lookup(type).orElse(null);
				if (known != null && !known.description().startsWith("code of")) {
					return; // never shadow an element name
				}
				IndexField field = catalog.register(type, FieldKind.KEYWORD, true, target, false,
						"code of the " + type + " " + what);
				value(field, code);
			}

			void add(String name, FieldKind kind, Object value) {
				IndexField field = fieldCache.get(name);
				if (field == null || !field.targets().contains(target)) {
					boolean countable = countable(name, kind);
					field = catalog.register(name, kind, countable, target, !isElement(name), describe(name));
					fieldCache.put(name, field);
				}
				value(field, value);
			}

			private void value(IndexField field, Object value) {
				String text = text(value);
				if (target == Target.LEARNERS && !seen.add(field.name() + '\u0000' + text)) {
					return;
				}
				String name = field.name();
				switch (field.kind()) {
					case INT -> doc.add(new IntPoint(name, ((Number) value).intValue()));
					case DATE -> doc.add(new IntPoint(name, dateToInt((LocalDate) value)));
					case KEYWORD -> doc.add(new StringField(name, text.toLowerCase(Locale.ROOT), Field.Store.NO));
					case TEXT -> doc.add(new TextField(name, text, Field.Store.NO));
				}
				if (field.countable()) {
					doc.add(new SortedSetDocValuesField(field.countField(), new BytesRef(text)));
				}
			}
		}
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

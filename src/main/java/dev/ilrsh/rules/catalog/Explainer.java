package dev.ilrsh.rules.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finds the rule behind what a user pastes or types: a rule name in any spelling, a message (the DfE's wording,
 * the live service's wording, or the user's own words) or a rule-violation report line. Names are looked up
 * directly; text is searched with Lucene, in memory, over every rule's name, summary, explanation, fields and
 * (when imported) official message, with English stemming and the usual words for ILR fields.
 *
 * <p>Build one per catalog and reuse it: building indexes the whole catalog (a few tens of milliseconds).
 * Thread-safe once built.
 */
public final class Explainer {

	/** How many candidates follow the best match. */
	public static final int CANDIDATES = 4;

	private static final int MAX_TERMS = 200;

	private static final float DELETED_WEIGHT = 0.6f;

	private static final float EXPLAINED_WEIGHT = 1.05f;

	private static final float OPPOSITE_WEIGHT = 0.8f;

	private static final Pattern NAME_TOKEN = Pattern.compile("[A-Za-z][A-Za-z_\\-]*_?\\d+[A-Za-z]*|[A-Z][A-Z_]{3,}");

	private static final Map<String, Float> BOOSTS = Map.of("name", 4f, "summary", 3f, "official", 3f, "fields", 1.5f,
			"explanation", 0.6f, "about", 0.5f);

	/** The field a rule is named after, matched against the first field a message names. */
	private static final String SUBJECT = "subject";

	/** A fixed lead, not weighted by rarity: a field many rules are named after (LearnDelFAMType) counts as much. */
	private static final float SUBJECT_BOOST = 3f;

	/** Each ILR element the rule reads, as the rules spreadsheet lists them. */
	private static final String ELEMENT = "element";

	/** What a rule demands, as its summary words it and its logic says: condition tokens of {@link FieldSynonyms}. */
	private static final String DEMAND = "demand";

	/** What a rule's logic demands of which field ({@code "learnactenddate xmissing"}), from the catalog. */
	private static final String CHECKED = "checked";

	/** The lead of a rule whose logic makes the demand a message makes, of the field the message makes it of. */
	private static final float CHECKED_BOOST = 2f;

	/** The lead of a rule that reads a field the message names, whatever the rarity. */
	private static final float ELEMENT_BOOST = 1f;

	/** The lead of a rule that makes the demand the message makes. */
	private static final float DEMAND_BOOST = 1f;

	/**
	 * BM25 with term frequency saturating sooner than Lucene's default (k1 0.8, not 1.2): a summary that names a
	 * field twice should not outrank one that names the field and the condition once each.
	 */
	private static final Similarity SIMILARITY = new BM25Similarity(0.8f, 0.75f);

	private final RuleCatalog catalog;

	private final Analyzer analyzer = new EnglishAnalyzer();

	private final IndexSearcher searcher;

	private final List<RuleEntry> byDoc = new ArrayList<>();

	private final Map<String, RuleEntry> byMessage = new HashMap<>();

	private final Map<String, List<RuleMatch>> related = new java.util.concurrent.ConcurrentHashMap<>();

	public Explainer(RuleCatalog catalog) {
		this.catalog = catalog;
		try {
			ByteBuffersDirectory dir = new ByteBuffersDirectory();
			IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(SIMILARITY);
			try (IndexWriter w = new IndexWriter(dir, config)) {
				for (RuleEntry e : catalog.all()) {
					w.addDocument(document(e));
					byDoc.add(e);
					e.officialMessage().ifPresent(m -> byMessage.putIfAbsent(messageKey(m), e));
				}
			}
			this.searcher = new IndexSearcher(DirectoryReader.open(dir));
			searcher.setSimilarity(SIMILARITY);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The catalog this explainer searches. */
	public RuleCatalog catalog() {
		return catalog;
	}

	/** Finds the rule for a name, a pasted message or a pasted report line. */
	public Explanation explain(String input) {
		String text = input == null ? "" : input.strip();
		if (text.isEmpty()) {
			return new Explanation(input, Explanation.Kind.TEXT, Optional.empty(), List.of(), Optional.empty());
		}
		Optional<ReportLine> line = ReportLine.parse(text);
		if (line.isEmpty() || catalog.find(line.get().rule()).isEmpty()) {
			Optional<ReportLine> row = ReportLine.parseRow(text, n -> catalog.find(n).isPresent());
			if (row.isPresent()) {
				line = row;
			}
		}
		if (line.isPresent()) {
			ReportLine l = line.get();
			Optional<RuleEntry> named = catalog.find(l.rule());
			String searchText = l.message() + " " + String.join(" ", l.values().keySet());
			if (named.isPresent()) {
				RuleMatch best = new RuleMatch(named.get(), RuleMatch.How.NAME, 0, 100);
				return new Explanation(input, Explanation.Kind.REPORT_LINE, Optional.of(best),
						search(searchText, named.get(), false), line);
			}
			List<RuleMatch> found = search(searchText, null, true);
			return result(input, Explanation.Kind.REPORT_LINE, found, line);
		}
		Optional<RuleEntry> whole = catalog.find(unquote(text));
		if (whole.isPresent()) {
			return named(input, whole.get(), text);
		}
		RuleEntry byOfficial = byMessage.get(messageKey(text));
		if (byOfficial != null) {
			RuleMatch best = new RuleMatch(byOfficial, RuleMatch.How.MESSAGE, 0, 100);
			return new Explanation(input, Explanation.Kind.TEXT, Optional.of(best), search(text, byOfficial, false),
					Optional.empty());
		}
		Matcher m = NAME_TOKEN.matcher(text);
		while (m.find()) {
			Optional<RuleEntry> e = catalog.find(m.group());
			if (e.isPresent() && looksLikeName(m.group())) {
				return named(input, e.get(), text.replace(m.group(), " "));
			}
		}
		return result(input, Explanation.Kind.TEXT, search(text, null, true), Optional.empty());
	}

	/** The best matches for free text, best first, at most {@code limit}. */
	public List<RuleMatch> search(String text, int limit) {
		List<RuleMatch> all = search(text, null, true);
		return all.subList(0, Math.min(limit, all.size()));
	}

	private Explanation named(String input, RuleEntry rule, String rest) {
		RuleMatch best = new RuleMatch(rule, RuleMatch.How.NAME, 0, 100);
		boolean bare = rest.strip().isEmpty() || rest.strip().equals(input.strip()) || terms(rest).size() < 3;
		List<RuleMatch> others = bare ? related(rule) : search(rest, rule, false);
		return new Explanation(input, Explanation.Kind.RULE_NAME, Optional.of(best), others, Optional.empty());
	}

	/** Rules whose wording is closest to this rule's summary (remembered once found). */
	private List<RuleMatch> related(RuleEntry rule) {
		return related.computeIfAbsent(rule.name(), n -> search(rule.summary(), rule, false));
	}

	private static Explanation result(String input, Explanation.Kind kind, List<RuleMatch> found,
			Optional<ReportLine> line) {
		if (found.isEmpty()) {
			return new Explanation(input, kind, Optional.empty(), List.of(), line);
		}
		return new Explanation(input, kind, Optional.of(found.get(0)), found.subList(1, found.size()), line);
	}

	/** A token is taken as a rule name only if it has a digit or an underscore, or is a whole-word system rule. */
	private static boolean looksLikeName(String token) {
		return token.matches(".*[0-9_].*") || token.contains(" ");
	}

	private static String unquote(String s) {
		return s.replaceAll("^[\"'`]+|[\"'`]+$", "").strip();
	}

	static String messageKey(String message) {
		return message.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}‘’“”]+", " ").strip();
	}

	/**
	 * Search; when {@code includeAll} the list starts with the best hit, otherwise {@code exclude} is left out and
	 * only the following candidates are returned (percent relative to their own best).
	 */
	private List<RuleMatch> search(String text, RuleEntry exclude, boolean includeAll) {
		Query q = query(text);
		if (q == null) {
			return List.of();
		}
		Set<String> asked = conditions(text);
		try {
			TopDocs top = searcher.search(q, 30);
			List<ScoreDoc> hits = new ArrayList<>();
			for (ScoreDoc sd : top.scoreDocs) {
				RuleEntry e = byDoc.get(sd.doc);
				if (exclude != null && e.name().equals(exclude.name())) {
					continue;
				}
				// rules deleted this year rarely are what the user means: keep them, but behind current ones
				float score = e.deleted() ? sd.score * DELETED_WEIGHT : sd.score;
				// the rules ilrsh explains in full are the ones users meet most: a slight lead on a near tie
				score = e.explanation().isPresent() ? score * EXPLAINED_WEIGHT : score;
				// "must be returned" and "must not be returned" are opposite demands: a rule making only the other one
				// falls behind
				score = opposite(asked, made(e)) ? score * OPPOSITE_WEIGHT : score;
				hits.add(new ScoreDoc(sd.doc, score));
			}
			hits.sort((a, c) -> a.score != c.score ? Float.compare(c.score, a.score) : Integer.compare(a.doc, c.doc));
			List<RuleMatch> out = new ArrayList<>();
			int max = includeAll ? CANDIDATES + 1 : CANDIDATES;
			for (ScoreDoc sd : hits.subList(0, Math.min(max, hits.size()))) {
				double best = hits.get(0).score;
				int percent = (int) Math.round(100.0 * sd.score / best);
				out.add(new RuleMatch(byDoc.get(sd.doc), RuleMatch.How.SEARCH, sd.score, percent));
			}
			return out;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The closing advice of the service's longer messages ("Check 'X' is complete and correct"): no clue. */
	private static final Pattern ADVICE = Pattern.compile("\\b(?:is|are) (?:complete and )?correct\\b",
			Pattern.CASE_INSENSITIVE);

	private static Set<String> conditions(String text) {
		Set<String> out = new HashSet<>();
		for (FieldSynonyms.Found f : FieldSynonyms.find(text)) {
			out.add(f.token());
		}
		return out;
	}

	/** What a rule demands: as its summary words it, and as its logic says when the catalog has that. */
	private static Set<String> made(RuleEntry e) {
		Set<String> made = conditions(e.summary());
		e.demand().ifPresent(d -> made.add(FieldSynonyms.conditionToken(d.condition())));
		return made;
	}

	private static boolean opposite(Set<String> asked, Set<String> made) {
		return asked.contains("xmissing") && !asked.contains("xforbidden") && made.contains("xforbidden")
				&& !made.contains("xmissing")
				|| asked.contains("xforbidden") && !asked.contains("xmissing") && made.contains("xmissing")
						&& !made.contains("xforbidden");
	}

	private Query query(String text) {
		text = ADVICE.matcher(text).replaceAll(" ");
		Map<String, Integer> terms = terms(FieldSynonyms.expand(text));
		if (terms.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		int n = 0;
		for (Map.Entry<String, Integer> t : terms.entrySet()) {
			if (n++ >= MAX_TERMS) {
				break;
			}
			List<Query> perField = new ArrayList<>();
			for (Map.Entry<String, Float> f : BOOSTS.entrySet()) {
				perField.add(new BoostQuery(new TermQuery(new Term(f.getKey(), t.getKey())), f.getValue()));
			}
			// a word the user repeats matters more, but with diminishing weight
			float weight = 1f + 0.5f * (float) Math.log(t.getValue());
			b.add(new BoostQuery(new DisjunctionMaxQuery(perField, 0.2f), weight), BooleanClause.Occur.SHOULD);
		}
		// a message names the field its rule is about first: rules named after that field go ahead; but two
		// records sharing a value, or overlapping, is checked across records, by rules named by number (R59)
		Set<String> asked = conditions(text);
		boolean acrossRecords = asked.contains("duplicate") || asked.contains("overlap");
		FieldSynonyms.subject(text).filter(s -> !acrossRecords).ifPresent(s -> {
			Query named = new ConstantScoreQuery(new TermQuery(new Term(SUBJECT, s.toLowerCase(Locale.ROOT))));
			b.add(new BoostQuery(named, SUBJECT_BOOST), BooleanClause.Occur.SHOULD);
		});
		// the other fields a message names are among those its rule reads, and its rule demands what it demands
		Set<String> elements = new HashSet<>();
		Set<String> demands = new HashSet<>();
		for (FieldSynonyms.Found f : FieldSynonyms.find(text)) {
			if (FieldSynonyms.isCondition(f.token())) {
				demands.add(f.token());
			}
			else {
				elements.add(FieldSynonyms.holder(f.token()).toLowerCase(Locale.ROOT));
			}
		}
		// a rule whose logic makes the demand the message makes, of the field the message makes it of
		for (FieldSynonyms.Demand d : FieldSynonyms.demands(text)) {
			if (d.field() != null) {
				String pair = d.field().toLowerCase(Locale.ROOT) + " " + d.condition();
				Query both = new ConstantScoreQuery(new TermQuery(new Term(CHECKED, pair)));
				b.add(new BoostQuery(both, CHECKED_BOOST), BooleanClause.Occur.SHOULD);
			}
		}
		for (String e : elements) {
			Query reads = new ConstantScoreQuery(new TermQuery(new Term(ELEMENT, e)));
			b.add(new BoostQuery(reads, ELEMENT_BOOST), BooleanClause.Occur.SHOULD);
		}
		for (String d : demands) {
			Query demand = new ConstantScoreQuery(new TermQuery(new Term(DEMAND, d)));
			b.add(new BoostQuery(demand, DEMAND_BOOST), BooleanClause.Occur.SHOULD);
		}
		return b.build();
	}

	private Map<String, Integer> terms(String text) {
		Map<String, Integer> out = new LinkedHashMap<>();
		try (TokenStream ts = analyzer.tokenStream("summary", text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				out.merge(term.toString(), 1, Integer::sum);
			}
			ts.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}

	private static Document document(RuleEntry e) {
		Document d = new Document();
		StringBuilder names = new StringBuilder(e.name()).append(' ').append(e.name().replace('_', ' '));
		for (String a : e.aliases()) {
			names.append(' ').append(a).append(' ').append(a.replace('_', ' '));
		}
		names.append(' ').append(RuleKeys.key(e.name()));
		d.add(new StoredField("rule", e.name()));
		FieldSynonyms.subjectOfRule(e.name())
			.ifPresent(s -> d.add(new StringField(SUBJECT, s.toLowerCase(Locale.ROOT), Field.Store.NO)));
		d.add(new TextField("name", names.toString(), Field.Store.NO));
		d.add(new TextField("summary", FieldSynonyms.expand(e.summary()), Field.Store.NO));
		StringBuilder fields = new StringBuilder();
		for (String f : e.fields()) {
			String element = f.substring(f.indexOf('.') + 1);
			fields.append(element).append(' ').append(FieldSynonyms.words(element)).append(' ');
		}
		// the reference data a rule needs says what it is about ("contract allocations", "postcodes", "LARS")
		for (String need : e.needs()) {
			fields.append(FieldSynonyms.expand(need)).append(' ');
		}
		d.add(new TextField("fields", fields.toString(), Field.Store.NO));
		for (String f : e.fields()) {
			String element = f.substring(f.indexOf('.') + 1).toLowerCase(Locale.ROOT);
			d.add(new StringField(ELEMENT, element, Field.Store.NO));
		}
		Set<String> demands = new HashSet<>();
		for (String demand : conditions(e.summary())) {
			if (FieldSynonyms.isCondition(demand)) {
				demands.add(demand);
			}
		}
		e.demand().ifPresent(x -> {
			demands.add(FieldSynonyms.conditionToken(x.condition()));
			x.field().ifPresent(f -> d.add(new StringField(CHECKED,
					f.toLowerCase(Locale.ROOT) + " " + FieldSynonyms.conditionToken(x.condition()), Field.Store.NO)));
		});
		for (String demand : demands) {
			d.add(new StringField(DEMAND, demand, Field.Store.NO));
		}
		e.explanation().ifPresent(x -> d.add(new TextField("explanation", FieldSynonyms.expand(x), Field.Store.NO)));
		e.officialMessage().ifPresent(x -> d.add(new TextField("official", FieldSynonyms.expand(x), Field.Store.NO)));
		d.add(new TextField("about", e.category() + " " + e.entity().replace('+', ' '), Field.Store.NO));
		return d;
	}
}

package dev.ilrsh.query;

import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.index.Target;
import dev.ilrsh.render.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The questions {@code ask} answers, found by id or by free words.
 *
 * <p>
 * Free words are matched with Lucene over each question's title, synonyms (weighted double) and description,
 * analysed by {@link QuestionWords} (stemming, so "programmes" finds "programme"). Words that say nothing about
 * which question is meant ("show", "list", "all", "learners", "who", "which" …) are dropped first. The best-scoring
 * question is taken when at least {@link #MIN_COVERAGE} of the remaining words occur in its text, unless the next
 * question fits them as well and scores within {@link #NEAR_TIE} of it; otherwise there is no match and the three
 * nearest are offered.
 */
public final class QuestionCatalog {

	/** The share of meaningful query words a question must contain to be taken as the one asked. */
	public static final double MIN_COVERAGE = 0.6;
	/** How close, as a share of the best, the next question's score may come before the words are taken as unclear. */
	static final double NEAR_TIE = 0.05;

	private static final Set<String> FILLER = Set.of("show", "list", "give", "me", "find", "get", "all", "any",
			"every", "learner", "learners", "apprentice", "apprentices", "who", "whom", "which", "what", "where", "when",
			"how", "do", "does", "did", "have", "has", "had", "i", "we", "our", "my", "can", "please", "record",
			"records", "file", "ilr", "people", "person", "someone", "anyone", "us", "there", "those", "them", "here",
			"tell", "about", "one's", "s", "a", "an", "the", "is", "are", "with", "in", "of", "on", "for", "and", "to");

	private final List<Question> questions;
	private final Map<String, Question> byId = new LinkedHashMap<>();
	private final Analyzer analyzer;
	private final IndexSearcher searcher;
	private final List<Set<String>> termsOf = new ArrayList<>();
	/** The terms of each question's id, title and synonyms: what a condition must be made of to be part of it. */
	private final List<Set<String>> namesOf = new ArrayList<>();
	/** The terms each question's title and synonyms say are missing ("no component aims"): tell apart mirror questions. */
	private final List<Set<String>> negatedOf = new ArrayList<>();
	private final Set<String> allTerms = new HashSet<>();
	/** Every word of every question's title and synonyms, as written, lower-cased: for reading misspellings. */
	private final Set<String> vocabulary = new HashSet<>();
	private final Map<IlrIndex, Map<AnswerKey, Table>> answers = new java.util.WeakHashMap<>();

	/** A question asked with one LARS (compared by identity: a new import is another) or none. */
	private record AnswerKey(String question, dev.ilrsh.refdata.Lars lars) {
	}

	public QuestionCatalog(List<Question> questions) {
		this.questions = List.copyOf(questions);
		for (Question q : questions) {
			if (byId.put(q.id(), q) != null) {
				throw new IllegalArgumentException("two questions are called " + q.id());
			}
		}
		analyzer = new QuestionWords(FILLER);
		ByteBuffersDirectory dir = new ByteBuffersDirectory();
		try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
			for (int i = 0; i < this.questions.size(); i++) {
				Question q = this.questions.get(i);
				String names = q.id().replace('-', ' ') + " " + q.title() + " " + String.join(" . ", q.synonyms());
				Document d = new Document();
				d.add(new StoredField("ord", i));
				d.add(new TextField("names", names, Field.Store.NO));
				d.add(new TextField("body", q.description(), Field.Store.NO));
				w.addDocument(d);
				Set<String> terms = new HashSet<>(terms(names));
				namesOf.add(Set.copyOf(terms));
				negatedOf.add(negated(q.title() + " . " + String.join(" . ", q.synonyms())));
				terms.addAll(terms(q.description()));
				termsOf.add(terms);
				allTerms.addAll(terms);
				for (String word : names.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
					if (word.length() > 2) {
						vocabulary.add(word);
					}
				}
			}
			w.forceMerge(1);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		try {
			searcher = new IndexSearcher(DirectoryReader.open(dir));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The built-in questions. */
	public static QuestionCatalog standard() {
		return new QuestionCatalog(Questions.all());
	}

	public List<Question> questions() {
		return questions;
	}

	public List<String> ids() {
		return List.copyOf(byId.keySet());
	}

	public Optional<Question> byId(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id.strip().toLowerCase(Locale.ROOT)));
	}

	private long negatedMatches(QuestionMatch.Scored s, Set<String> negatedInQuery) {
		return negatedOf.get(questions.indexOf(s.question())).stream().filter(negatedInQuery::contains).count();
	}

	/** Finds the question free words ask; see the class notes for how. */
	public QuestionMatch match(String words) {
		return match(words, words);
	}

	/**
	 * Finds the question some words ask, telling apart questions that differ only in what is missing ("programme
	 * aims with no components" against "components with no programme aim") by the whole text they came from.
	 */
	public QuestionMatch match(String words, String whole) {
		return match(words, whole, List.of());
	}

	/**
	 * As {@link #match(String, String)}, and between questions the words fit equally well, prefers the one whose own
	 * name says the conditions read from the rest of the text ("on a break for over a year": the long-break question
	 * over the next-year one).
	 */
	public QuestionMatch match(String words, String whole, List<String> conditionsSaid) {
		Set<String> queryTerms = new LinkedHashSet<>(terms(words == null ? "" : words));
		if (queryTerms.isEmpty()) {
			return new QuestionMatch(null, List.of());
		}
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		for (String t : queryTerms) {
			b.add(new BoostQuery(new TermQuery(new Term("names", t)), 2f), BooleanClause.Occur.SHOULD);
			b.add(new TermQuery(new Term("body", t)), BooleanClause.Occur.SHOULD);
		}
		List<QuestionMatch.Scored> ranked = new ArrayList<>();
		try {
			for (ScoreDoc hit : searcher.search(b.build(), questions.size()).scoreDocs) {
				int ord = searcher.storedFields().document(hit.doc).getField("ord").numericValue().intValue();
				long found = queryTerms.stream().filter(termsOf.get(ord)::contains).count();
				ranked.add(new QuestionMatch.Scored(questions.get(ord), hit.score, (double) found / queryTerms.size()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Set<String> negatedInQuery = negated(whole == null ? words : whole);
		List<List<String>> saidTerms = conditionsSaid.stream().map(this::terms).toList();
		Comparator<QuestionMatch.Scored> fit = Comparator.comparingDouble((QuestionMatch.Scored s) -> -s.coverage())
			.thenComparingLong(s -> -negatedMatches(s, negatedInQuery))
			.thenComparingLong(s -> -saidTerms.stream().filter(t -> namedBy(s.question(), t)).count());
		ranked.sort(fit.thenComparing(s -> -s.score()));
		Question best = !ranked.isEmpty() && ranked.get(0).coverage() >= MIN_COVERAGE ? ranked.get(0).question() : null;
		if (best != null && ranked.size() > 1 && fit.compare(ranked.get(0), ranked.get(1)) == 0
				&& (ranked.get(1).score() >= ranked.get(0).score() * (1 - NEAR_TIE) || ranked.get(0).coverage() < 1)) {
			// two questions fit the words alike, and the scores barely part them or some words fit neither: ask, do
			// not guess
			best = null;
		}
		return new QuestionMatch(best, ranked.subList(0, Math.min(3, ranked.size())));
	}

	/**
	 * Answers a question given by id or in plain words, with conditions ({@link QuestionReader}).
	 *
	 * @return the answer, or (when the words could not be read with confidence) no answer and readings to offer
	 */
	public AskResult ask(IlrIndex index, String idOrWords) {
		return ask(index, idOrWords, null);
	}

	/** Answers a question, with LARS (or null) for standards named by level or by words of their title. */
	public AskResult ask(IlrIndex index, String idOrWords, dev.ilrsh.refdata.Lars lars) {
		Reading reading = reader(index, lars).read(idOrWords == null ? "" : idOrWords);
		if (!reading.sure()) {
			return new AskResult(reading, Table.builder("id", "title").build(), 0, List.of());
		}
		ReadingAnswer answer = ReadingAnswer.of(reading, index, this, lars);
		return new AskResult(reading, answer.table(), answer.learners(), answer.unmatched());
	}

	/** A reader of questions about one file: its teaching year, its preparation date and its fields. */
	public QuestionReader reader(IlrIndex index, dev.ilrsh.refdata.Lars lars) {
		Periods periods = Periods.forSchemaYear(dev.ilrsh.model.IlrSchema.YEAR, index.referenceDate());
		return new QuestionReader(this, new ConditionReader.Context(periods, name -> index.fields().lookup(name)
			.map(f -> IlrIndex.LEARNER_IDENTITY.contains(f.name()) ? Condition.Scope.ANY
					: f.targets().contains(Target.AIMS) ? Condition.Scope.AIM : Condition.Scope.LEARNER), lars));
	}

	/**
	 * A question's answer on an index. An index never changes, so answers are kept (weakly, per index) and a
	 * repeated question costs nothing.
	 */
	public Table answer(IlrIndex index, Question question) {
		return answer(index, question, null);
	}

	/** A question's answer on an index, with LARS (or null); kept apart from the answer without it. */
	public Table answer(IlrIndex index, Question question, dev.ilrsh.refdata.Lars lars) {
		AnswerKey key = new AnswerKey(question.id(), lars);
		synchronized (answers) {
			Map<AnswerKey, Table> cached = answers.computeIfAbsent(index, i -> new java.util.HashMap<>());
			Table table = cached.get(key);
			if (table == null) {
				table = question.answer(index, lars);
				cached.put(key, table);
			}
			return table;
		}
	}

	/** The list of questions as a table: id and title. */
	public Table list() {
		Table.Builder t = Table.builder("id", "title");
		questions.forEach(q -> t.row(q.id(), q.title()));
		return t.build();
	}

	private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern
		.compile("\\b(?:no|without|missing|lacking|lacks?|not)\\s+(?:(?:an?|any|the)\\s+)?([a-z0-9]+(?:\\s+[a-z0-9]+){0,6})");

	private static final java.util.regex.Pattern OPEN = java.util.regex.Pattern.compile("\\b(?:open|unclosed|unfinished)\\b");

	/**
	 * The stemmed words (up to seven) after each "no", "without" or "missing": what is said to be missing, all of it
	 * ("missing the RES FAM or the original start date").
	 */
	private Set<String> negated(String text) {
		Set<String> out = new HashSet<>();
		String lower = text.toLowerCase(Locale.ROOT);
		java.util.regex.Matcher m = NEGATED.matcher(lower);
		while (m.find()) {
			out.addAll(terms(m.group(1)));
		}
		if (OPEN.matcher(lower).find()) {
			out.add("end"); // still open is not ended: "components not closed" and "components still open" ask the same
		}
		return out;
	}

	/** The words of a text that can tell questions apart: stemmed, without filler and stop words. */
	List<String> meaningful(String text) {
		return terms(text);
	}

	/** Whether some question's text has this (stemmed) term. */
	boolean known(String term) {
		return allTerms.contains(term);
	}

	/** Whether every meaningful word of a text is in a question's id, title or synonyms (and there is one). */
	boolean namedBy(Question q, String text) {
		return namedBy(q, terms(text));
	}

	private boolean namedBy(Question q, List<String> terms) {
		return !terms.isEmpty() && namesOf.get(questions.indexOf(q)).containsAll(terms);
	}

	Set<String> vocabulary() {
		return vocabulary;
	}

	/** Whether a word is one that says nothing about which question is meant ("show", "learners", "who" …). */
	static boolean filler(String word) {
		return FILLER.contains(word) || org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
	}

	private List<String> terms(String text) {
		List<String> out = new ArrayList<>();
		try (TokenStream ts = analyzer.tokenStream("names", text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				out.add(term.toString());
			}
			ts.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}
}

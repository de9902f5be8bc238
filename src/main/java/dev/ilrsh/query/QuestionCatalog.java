package dev.ilrsh.query;

import dev.ilrsh.index.IlrIndex;
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
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
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
 * analysed with the English analyzer (stemming, so "programmes" finds "programme"). Words that say nothing about
 * which question is meant ("show", "list", "all", "learners", "who", "which" …) are dropped first. The best-scoring
 * question is taken when at least {@link #MIN_COVERAGE} of the remaining words occur in its text; otherwise there
 * is no match and the three nearest are offered.
 */
public final class QuestionCatalog {

	/** The share of meaningful query words a question must contain to be taken as the one asked. */
	public static final double MIN_COVERAGE = 0.6;

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
	private final Map<IlrIndex, Map<String, Table>> answers = new java.util.WeakHashMap<>();

	public QuestionCatalog(List<Question> questions) {
		this.questions = List.copyOf(questions);
		for (Question q : questions) {
			if (byId.put(q.id(), q) != null) {
				throw new IllegalArgumentException("two questions are called " + q.id());
			}
		}
		CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
		stop.addAll(FILLER);
		analyzer = new EnglishAnalyzer(stop);
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
				terms.addAll(terms(q.description()));
				termsOf.add(terms);
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

	/** Finds the question free words ask; see the class notes for how. */
	public QuestionMatch match(String words) {
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
		ranked.sort(Comparator.comparingDouble((QuestionMatch.Scored s) -> -s.coverage())
			.thenComparing(s -> -s.score()));
		Question best = !ranked.isEmpty() && ranked.get(0).coverage() >= MIN_COVERAGE ? ranked.get(0).question() : null;
		return new QuestionMatch(best, ranked.subList(0, Math.min(3, ranked.size())));
	}

	/**
	 * Answers a question given by id or by free words.
	 *
	 * @return the answer, or (when the words fit no question well) no answer and the three nearest questions
	 */
	public AskResult ask(IlrIndex index, String idOrWords) {
		Optional<Question> exact = byId(idOrWords);
		if (exact.isPresent()) {
			return new AskResult(exact.get(), answer(index, exact.get()), List.of());
		}
		QuestionMatch m = match(idOrWords);
		if (m.best() == null) {
			return new AskResult(null, Table.builder("id", "title").build(), m.ranked());
		}
		return new AskResult(m.best(), answer(index, m.best()), m.ranked().subList(1, m.ranked().size()));
	}

	/**
	 * A question's answer on an index. An index never changes, so answers are kept (weakly, per index) and a
	 * repeated question costs nothing.
	 */
	public Table answer(IlrIndex index, Question question) {
		synchronized (answers) {
			Map<String, Table> cached = answers.computeIfAbsent(index, i -> new java.util.HashMap<>());
			Table table = cached.get(question.id());
			if (table == null) {
				table = question.answer(index);
				cached.put(question.id(), table);
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

package dev.ilrsh.query;

import dev.ilrsh.index.ColumnQuery;
import dev.ilrsh.index.FieldKind;
import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.index.IndexField;
import dev.ilrsh.index.LearnerTextQuery;
import dev.ilrsh.index.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.RegExp;

/**
 * The find/count query language: Lucene's classic syntax over ILR element names.
 *
 * <ul>
 * <li>Field names are matched without regard to case ({@code familyname:okafor}); an unknown name is an error that
 * names the nearest known ones.</li>
 * <li>Words without a field search names, LearnRefNumber, ULN and postcode; {@code Okafr~} is fuzzy.</li>
 * <li>Terms are joined by AND unless OR is written; {@code NOT x} and {@code -x} exclude.</li>
 * <li>Dates are written YYYY-MM-DD: {@code LearnStartDate:2025-08-01}, ranges
 * {@code LearnStartDate:[2025-08-01 TO 2025-12-31]} (inclusive) or with {@code { }} (exclusive) and {@code *} for
 * an open end; {@code LearnStartDate:2025-08} is a whole month and {@code LearnStartDate:2025} a whole year.</li>
 * <li>Numbers: {@code StdCode:94}, {@code PHours:[* TO 186]}.</li>
 * <li>Codes match exactly, without regard to case: {@code LearnAimRef:zprog001}, {@code ACT:1},
 * {@code Postcode:"ZZ99 9ZZ"}, prefixes {@code LearnAimRef:6012*}.</li>
 * <li>{@code Field:*} matches documents that have the field: {@code NOT AchDate:*} finds those without one.</li>
 * </ul>
 *
 * <p>
 * <b>What can be mixed.</b> Each kind of document carries its own fields and a few of the other kind's:
 * <ul>
 * <li>learners ({@code find}): every learner field and child record (LearnerFAM and ESM types such as
 * {@code EHC:1}, {@code LOE:4}, EmpStat, EmpId …), the derived Status, AgeBand, AgeAtStart, StartMonth, ULNCheck,
 * AimCount, ProgrammeCount, and from the aims only StdCode, ProgType, FundModel, CompStatus, LearnAimRef,
 * LearnStartDate, AimType and ACT ({@link IlrIndex#LEARNER_SUMMARY}), each matching if <i>some</i> aim has the value:
 * {@code FamilyName:okafor AND StdCode:94} works, {@code StdCode:94 AND CompStatus:6} means "some aim 94, some aim
 * 6";</li>
 * <li>aims ({@code find --aims}) and programmes ({@code find --programmes}): every field of the aim (for a
 * programme, its main aim) and its FAM (as {@code ACT:1}, {@code SOF:105} …), AppFinRecord and other child
 * records, the derived fields, and from the learner only LearnRefNumber, ULN, FamilyName, GivenNames, DateOfBirth,
 * Sex, Ethnicity and Postcode ({@link IlrIndex#LEARNER_IDENTITY}) plus bare words.</li>
 * </ul>
 * A field the searched documents do not carry is an error naming where to search for it (for example
 * {@code AchDate} on learners: use {@code find --aims}; {@code EmpStat} on aims: search learners).
 */
public final class QueryLanguage {

	private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
	/** A field that stands for every date field: what a date typed on its own searches. */
	static final String ANY_DATE = "AnyDate";
	/** The parser's name for words typed without a field. */
	private static final String BARE_WORDS = "any";
	/** Bare words search these text fields … */
	private static final List<String> BARE_WORD_NAMES = List.of("FamilyName", "GivenNames");
	/** … and these identifiers, whole or word by word. */
	private static final List<String> BARE_WORD_IDS = List.of("LearnRefNumber", "ULN", "Postcode");

	private final IlrIndex index;

	public QueryLanguage(IlrIndex index) {
		this.index = index;
	}

	/**
	 * Parses a query; a blank one matches everything.
	 *
	 * @throws QueryException with a one-line message when the text cannot be read or names an unknown field
	 */
	public Query parse(String text) {
		return parse(text, null);
	}

	/**
	 * Parses a query to run over one kind of document; a blank one matches every document of that kind.
	 *
	 * @param target the documents searched, or null to accept every known field
	 * @throws QueryException also when a field is not on that kind of document (see the class notes)
	 */
	public Query parse(String text, Target target) {
		if (text == null || text.isBlank()) {
			return new MatchAllDocsQuery();
		}
		Parser parser = new Parser(target);
		try {
			return parser.parse(DateText.rewrite(text, iso -> ANY_DATE + ":" + iso));
		}
		catch (ParseException e) {
			throw new QueryException(describe(e, text));
		}
		catch (IndexSearcherTooManyClauses e) {
			throw new QueryException("the query expands to too many terms; make wildcards or fuzzy terms narrower");
		}
	}

	/** Resolves a field name typed by a user, or throws naming the nearest known fields. */
	public IndexField field(String name) {
		if (name.startsWith("$") || name.startsWith("#")) {
			throw unknown(name);
		}
		return index.fields().lookup(name).orElseThrow(() -> unknown(name));
	}

	private QueryException unknown(String name) {
		List<String> near = index.fields().nearest(name, 3, index.fields().all());
		return new QueryException("unknown field '" + name + "'; did you mean " + String.join(", ", near) + "?");
	}

	private static QueryException notOn(IndexField f, Target target) {
		String where = f.targets().contains(Target.AIMS) ? "aims (find --aims)"
				: f.targets().contains(Target.PROGRAMMES) ? "programmes (find --programmes)" : "learners";
		String carried = switch (target) {
			case LEARNERS -> "learners carry only these aim fields: " + sorted(IlrIndex.LEARNER_SUMMARY);
			case AIMS, PROGRAMMES -> target.name().toLowerCase(Locale.ROOT) + " carry only these learner fields: "
					+ sorted(IlrIndex.LEARNER_IDENTITY);
		};
		return new QueryException(f.name() + " is not a field of " + target.name().toLowerCase(Locale.ROOT)
				+ "; search " + where + " for it (" + carried + ")");
	}

	private static String sorted(java.util.Set<String> names) {
		return String.join(", ", new java.util.TreeSet<>(names));
	}

	private static String describe(ParseException wrapper, String text) {
		Throwable cause = wrapper.getCause() != null ? wrapper.getCause() : wrapper;
		if (cause instanceof ParseException pe && pe.currentToken != null) {
			Token next = pe.currentToken.next;
			if (next == null || next.kind == 0) {
				return "the query ends too soon (after '" + text.strip() + "'): something is missing at the end";
			}
			return "cannot read the query at column " + (next.beginColumn + 1) + ": unexpected '" + next.image + "'";
		}
		if (cause instanceof TokenMgrError) {
			Matcher m = COLUMN.matcher(cause.getMessage());
			String where = m.find() ? " near column " + m.group(1) : "";
			return "cannot read the query" + where + ": a quote or bracket is not closed, or a character is not allowed";
		}
		String message = cause.getMessage() == null ? "bad query" : cause.getMessage().lines().findFirst().orElse("");
		return "cannot read the query: " + message;
	}

	/** Marker for Lucene's clause-limit error. */
	private static final class IndexSearcherTooManyClauses extends RuntimeException {

		private static final long serialVersionUID = 1L;
	}

	private final class Parser extends QueryParser {

		private final Target target;
		private boolean wrapText = true;

		Parser(Target target) {
			super(BARE_WORDS, index.analyzer());
			this.target = target;
			setDefaultOperator(QueryParser.Operator.AND);
			setAllowLeadingWildcard(true);
		}

		@Override
		public Query parse(String query) throws ParseException {
			try {
				return super.parse(query);
			}
			catch (IndexSearcher.TooManyClauses e) {
				throw new IndexSearcherTooManyClauses();
			}
		}

		private IndexField resolve(String field) {
			if (BARE_WORDS.equals(field)) {
				return null;
			}
			IndexField f = field(field);
			if (target != null && !f.targets().contains(target)) {
				throw notOn(f, target);
			}
			return f;
		}

		/** Builds one date field's part of an {@link #ANY_DATE} query. */
		private interface DatePart {
			Query on(Parser parser, String field) throws ParseException;
		}

		/** Any date field of the searched documents; for learners, also any date of any of their aims. */
		private Query anyDate(DatePart part) throws ParseException {
			Target searched = target == null ? Target.LEARNERS : target;
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			for (IndexField f : dateFields(searched)) {
				any.add(part.on(this, f.name()), BooleanClause.Occur.SHOULD);
			}
			if (searched == Target.LEARNERS) {
				Parser aims = new Parser(Target.AIMS);
				BooleanQuery.Builder aimDates = new BooleanQuery.Builder();
				for (IndexField f : dateFields(Target.AIMS)) {
					aimDates.add(part.on(aims, f.name()), BooleanClause.Occur.SHOULD);
				}
				Query q = aimDates.build();
				any.add(ColumnQuery.someAim(index, q, q.toString()), BooleanClause.Occur.SHOULD);
			}
			return any.build();
		}

		private List<IndexField> dateFields(Target t) {
			return index.fields().all().stream()
				.filter(f -> f.kind() == FieldKind.DATE && f.targets().contains(t))
				.toList();
		}

		@Override
		protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
			if (ANY_DATE.equalsIgnoreCase(field)) {
				return anyDate((p, name) -> p.getFieldQuery(name, queryText, quoted));
			}
			IndexField f = resolve(field);
			String value = queryText.toLowerCase(Locale.ROOT);
			if (f == null || f.kind() == FieldKind.TEXT) {
				return words(f, name -> super.getFieldQuery(name, queryText, quoted), value, value::equals);
			}
			return switch (f.kind()) {
				case INT -> numbers(f, integer(f, queryText), integer(f, queryText));
				case DATE -> dateQuery(f, queryText);
				default -> ColumnQuery.texts(index, f, value, value::equals);
			};
		}

		@Override
		protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
			IndexField f = resolve(field);
			if (f == null || f.kind() == FieldKind.TEXT) {
				String value = queryText.toLowerCase(Locale.ROOT);
				return words(f, name -> super.getFieldQuery(name, queryText, slop), value, value::equals);
			}
			return getFieldQuery(field, queryText, true);
		}

		@Override
		protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
				boolean endInclusive) throws ParseException {
			if (ANY_DATE.equalsIgnoreCase(field)) {
				return anyDate((p, name) -> p.getRangeQuery(name, part1, part2, startInclusive, endInclusive));
			}
			IndexField f = resolve(field);
			boolean lowOpen = part1 == null || part1.equals("*");
			boolean highOpen = part2 == null || part2.equals("*");
			if (f != null && (f.kind() == FieldKind.INT || f.kind() == FieldKind.DATE)) {
				int low = Integer.MIN_VALUE;
				int high = Integer.MAX_VALUE;
				if (!lowOpen) {
					low = f.kind() == FieldKind.INT ? integer(f, part1) : IlrIndex.dateToInt(date(f, part1));
					if (!startInclusive) {
						low = Math.addExact(low, 1);
					}
				}
				if (!highOpen) {
					high = f.kind() == FieldKind.INT ? integer(f, part2) : IlrIndex.dateToInt(date(f, part2));
					if (!endInclusive) {
						high = Math.addExact(high, -1);
					}
				}
				return numbers(f, low, high);
			}
			String low = lowOpen ? null : part1.toLowerCase(Locale.ROOT);
			String high = highOpen ? null : part2.toLowerCase(Locale.ROOT);
			String written = (startInclusive ? "[" : "{") + (lowOpen ? "*" : low) + " TO " + (highOpen ? "*" : high)
					+ (endInclusive ? "]" : "}");
			Predicate<String> test = v -> {
				int fromLow = low == null ? 1 : v.compareTo(low);
				int toHigh = high == null ? -1 : v.compareTo(high);
				return (fromLow > 0 || fromLow == 0 && startInclusive) && (toHigh < 0 || toHigh == 0 && endInclusive);
			};
			if (f == null || f.kind() == FieldKind.TEXT) {
				return words(f, name -> super.getRangeQuery(name, part1, part2, startInclusive, endInclusive), written,
						test);
			}
			return ColumnQuery.texts(index, f, written, test);
		}

		@Override
		protected Query getPrefixQuery(String field, String termStr) throws ParseException {
			IndexField f = resolve(field);
			if (f != null && termStr.isEmpty()) {
				return exists(f);
			}
			if (f != null && f.kind() == FieldKind.DATE) {
				return dateQuery(f, termStr.endsWith("-") ? termStr.substring(0, termStr.length() - 1) : termStr);
			}
			String prefix = termStr.toLowerCase(Locale.ROOT);
			return keywordOrWords(f, name -> super.getPrefixQuery(name, termStr), termStr + "*", prefix + "*",
					v -> v.startsWith(prefix));
		}

		@Override
		protected Query getWildcardQuery(String field, String termStr) throws ParseException {
			IndexField f = resolve(field);
			if (f != null && termStr.equals("*")) {
				return exists(f);
			}
			String pattern = termStr.toLowerCase(Locale.ROOT);
			return keywordOrWords(f, name -> super.getWildcardQuery(name, termStr), termStr, pattern,
					runs(WildcardQuery.toAutomaton(new Term(BARE_WORDS, pattern))));
		}

		@Override
		protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
			IndexField f = resolve(field);
			String term = termStr.toLowerCase(Locale.ROOT);
			int edits = FuzzyQuery.floatToEdits(minSimilarity, term.codePointCount(0, term.length()));
			return keywordOrWords(f, name -> super.getFuzzyQuery(name, termStr, minSimilarity), termStr + "~",
					term + "~" + edits, runs(new LevenshteinAutomata(term, true).toAutomaton(edits)));
		}

		@Override
		protected Query getRegexpQuery(String field, String termStr) throws ParseException {
			IndexField f = resolve(field);
			String pattern = termStr.toLowerCase(Locale.ROOT);
			Predicate<String> test;
			try {
				test = runs(new RegExp(pattern).toAutomaton());
			}
			catch (IllegalArgumentException e) {
				throw new QueryException("cannot read the pattern /" + termStr + "/: " + e.getMessage());
			}
			return keywordOrWords(f, name -> super.getRegexpQuery(name, termStr), "/" + termStr + "/",
					"/" + pattern + "/", test);
		}

		/**
		 * A pattern (prefix, wildcard, fuzzy term, regular expression) on a code or identifier, or on words.
		 *
		 * @param typed the pattern as typed, for the message when the field holds numbers or dates
		 * @param written the pattern lower-cased, naming the query
		 * @param test the pattern as a test of a lower-cased value
		 */
		private Query keywordOrWords(IndexField f, TextQuery text, String typed, String written, Predicate<String> test)
				throws ParseException {
			if (f == null || f.kind() == FieldKind.TEXT) {
				return words(f, text, written, test);
			}
			noPatterns(f, typed);
			return ColumnQuery.texts(index, f, written, test);
		}

		/**
		 * A query on the words of a text field, or on bare words: the learner's names, or their LearnRefNumber, ULN or
		 * postcode (whole, or one word of it) passing the same test. Runs on any kind of document.
		 */
		private Query words(IndexField f, TextQuery text, String written, Predicate<String> idTest)
				throws ParseException {
			if (f != null) {
				Query q = unwrapped(text, f.name());
				return q == null || !wrapText ? q : new LearnerTextQuery(index, f.name(), q);
			}
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			for (String name : BARE_WORD_NAMES) {
				Query q = unwrapped(text, name);
				if (q != null) {
					any.add(new LearnerTextQuery(index, name, q), BooleanClause.Occur.SHOULD);
				}
			}
			Predicate<String> valueOrWord = v -> idTest.test(v) || v.indexOf(' ') > 0
					&& java.util.Arrays.stream(v.split(" +")).anyMatch(idTest);
			for (String id : BARE_WORD_IDS) {
				// ULNs are digits: a word with letters (other than a pattern) cannot be one, so skip reading them
				if (!(id.equals("ULN") && !written.startsWith("/") && written.chars().anyMatch(Character::isLetter))) {
					any.add(ColumnQuery.texts(index, field(id), written, valueOrWord), BooleanClause.Occur.SHOULD);
				}
			}
			return any.build();
		}

		/** A text query built without wrapping its parts, so that Lucene's parser can still adjust it. */
		private Query unwrapped(TextQuery text, String field) throws ParseException {
			boolean was = wrapText;
			wrapText = false;
			try {
				return text.on(field);
			}
			finally {
				wrapText = was;
			}
		}

		@Override
		protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
			Query q = super.getBooleanQuery(clauses);
			if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()
					&& bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
				BooleanQuery.Builder b = new BooleanQuery.Builder();
				b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
				bq.clauses().forEach(b::add);
				return b.build();
			}
			return q;
		}

		private Query exists(IndexField f) {
			if (f.kind() == FieldKind.TEXT) {
				return new LearnerTextQuery(index, f.name(), new WildcardQuery(new Term(f.name(), "*")));
			}
			return ColumnQuery.exists(index, f);
		}

		private void noPatterns(IndexField f, String term) {
			if (f.kind() == FieldKind.INT || f.kind() == FieldKind.DATE) {
				throw new QueryException(f.name() + " holds " + (f.kind() == FieldKind.INT ? "numbers" : "dates")
						+ ", so '" + term + "' cannot match; use " + f.name() + ":[from TO to]");
			}
		}

		private Query dateQuery(IndexField f, String text) {
			String t = text.strip();
			try {
				if (t.matches("\\d{4}")) {
					int y = Integer.parseInt(t);
					return numbers(f, y * 10000 + 101, y * 10000 + 1231);
				}
				if (t.matches("\\d{4}-\\d{2}")) {
					YearMonth m = YearMonth.parse(t);
					return numbers(f, IlrIndex.dateToInt(m.atDay(1)), IlrIndex.dateToInt(m.atEndOfMonth()));
				}
			}
			catch (DateTimeParseException e) {
				throw badDate(f, text);
			}
			int day = IlrIndex.dateToInt(date(f, t));
			return numbers(f, day, day);
		}

		private Query numbers(IndexField f, int low, int high) {
			return low > high ? new MatchNoDocsQuery() : ColumnQuery.numbers(index, f, low, high);
		}
	}

	/** Lucene's parser building a query on one text field. */
	@FunctionalInterface
	private interface TextQuery {

		Query on(String field) throws ParseException;
	}

	private static Predicate<String> runs(Automaton automaton) {
		CharacterRunAutomaton run = new CharacterRunAutomaton(automaton);
		return run::run;
	}

	private static int integer(IndexField f, String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			throw new QueryException(f.name() + " takes a whole number, not '" + text + "'");
		}
	}

	private static LocalDate date(IndexField f, String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw badDate(f, text);
		}
	}

	private static QueryException badDate(IndexField f, String text) {
		return new QueryException(f.name() + " takes a date such as 22/10/2025, 22 Oct 2025 or 2025-10-22 (a month: Oct 2025 or 2025-10; a year: 2025), not '" + text + "'");
	}
}

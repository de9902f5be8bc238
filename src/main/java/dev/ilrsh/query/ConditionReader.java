package dev.ilrsh.query;

import dev.ilrsh.query.Condition.Kind;
import dev.ilrsh.query.Condition.Scope;
import dev.ilrsh.refdata.Lars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the conditions in a question typed in plain words: ages and age bands, dates and periods, statuses,
 * funding, codes (standard, programme type, aim, EPA organisation, employer, postcode district), how many
 * programmes or aims, and {@code Field:value} terms written in the query language. Each condition found is taken
 * out of the text; what is left says what is asked about.
 *
 * <p>
 * A period belongs to the nearest date word before it ("started", "withdrawn", "achieved", "planned to finish",
 * "born"), else the nearest after it, else the start date: "withdrawn this year" is about when learning ended,
 * "born in 2009" about the date of birth.
 */
public final class ConditionReader {

	/**
	 * What the reader knows about the file: its teaching year, the fields its index carries and, when imported,
	 * LARS (for "level 3" and standards named by words of their title).
	 */
	public record Context(Periods periods, Function<String, Optional<Scope>> fieldScope, Lars lars) {

		public Context(Periods periods, Function<String, Optional<Scope>> fieldScope) {
			this(periods, fieldScope, null);
		}
	}

	/** The conditions found and the text left when they are taken out (blanks where they were). */
	public record Result(List<Condition> conditions, String rest) {
	}

	private record Rule(Pattern pattern, Function<Matcher, Condition> read) {
	}

	/**
	 * A word that says which date a period is about.
	 *
	 * @param alsoStatus whether the word is a status too ("withdrawn"), so it stays for the status rules to read
	 * @param used whether a period has taken it
	 */
	private record DateWord(int start, int end, String field, String said, boolean alsoStatus, boolean used) {

		DateWord markUsed() {
			return new DateWord(start, end, field, said, alsoStatus, true);
		}
	}

	/** Date words that are statuses too. */
	private static final Pattern STATUS_WORD = Pattern.compile("withdr|left|leav|complet|finish|transferred|achiev|dropped");

	/** Words after which a period is where something goes, or is negated, rather than a time to select by. */
	private static final java.util.Set<String> NOT_A_TIME = java.util.Set.of("to", "into", "not", "nothing", "no");

	/** A learning aim reference: eight letters and digits with a run of digits in them (60123456, ZPROG001). */
	private static final String AIM_REF = "((?=[0-9a-z]*\\d{3})[0-9a-z]{8})";
	private static final String NUMBER = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)";
	private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
			"seven", "eight", "nine", "ten");
	private static final String PREPOSITION = "since|from|after|before|until|till|up to|by|between|in|on|during|within|for|at";

	/** A word that says which date a period is about, and the field that date is in. */
	private record DateWordKind(Pattern pattern, String field, String said) {

		DateWordKind(String regex, String field, String said) {
			this(Pattern.compile("\\b(?:" + regex + ")\\b"), field, said);
		}
	}

	/** Date words in the order they are looked for: a longer phrase claims its words first. */
	private static final List<DateWordKind> DATE_WORDS = List.of(
			new DateWordKind("planned (?:to )?(?:end|finish|complete)|planned end(?: date)?|due to (?:end|finish|complete)"
					+ "|(?:expected|scheduled) to (?:end|finish|complete)|due (?:to end )?", "LearnPlanEndDate",
					"planned to end"),
			new DateWordKind("new (?:starts?|starters?|learners|enrolments)|start(?:ed|ing|s)?|began"
					+ "|begin(?:ning|s)?|enrol(?:l)?(?:ed|ing|ments?)?|joined|starters?", "LearnStartDate", "started"),
			new DateWordKind("achiev(?:ed|ing|ement|ements|ers?)", "achievement", "achieved"),
			new DateWordKind("finish(?:ed|ing)?|end(?:ed|ing)|left|leaving|leavers?|withdr[ae]wn?|withdrew"
					+ "|withdrawals?|complet(?:ed|ing|ers?)|dropped out|transferred", "LearnActEndDate", "ended"),
			new DateWordKind("born|birthdays?|dob|date of birth", "DateOfBirth", "born"));

	private final Context context;
	private final List<Rule> rules = new ArrayList<>();

	public ConditionReader(Context context) {
		this.context = context;
		addFieldTerms();
		addCounts();
		addAges();
		addStandards();
		addCodes();
		addStatuses();
		addFunding();
	}

	/** Reads the conditions in lower-cased, single-spaced text. */
	public Result read(String text) {
		StringBuilder rest = new StringBuilder(text);
		List<Found> found = new ArrayList<>();
		List<DateWord> dateWords = dateWords(text);
		readPeriods(rest, dateWords, found);
		for (Rule rule : rules) {
			Matcher m = rule.pattern().matcher(rest);
			while (m.find()) {
				Condition c = rule.read().apply(m);
				if (c != null) {
					found.add(new Found(m.start(), c));
					blank(rest, m.start(), m.end());
				}
			}
		}
		if (found.stream().anyMatch(f -> f.condition().kind() == Kind.STATUS && !saysOnlyNow(f.condition()))) {
			// "currently" says when, not what: "who is currently on a break" asks about breaks, not continuing aims
			found.removeIf(f -> saysOnlyNow(f.condition()));
		}
		found.sort(Comparator.comparing((Found f) -> f.condition().kind()).thenComparingInt(Found::at));
		return new Result(found.stream().map(Found::condition).toList(), rest.toString());
	}

	private static boolean saysOnlyNow(Condition c) {
		return c.kind() == Kind.STATUS && NOW.matcher(c.said()).matches();
	}

	private static final Pattern NOW = Pattern.compile("current(?:ly)?|active");

	private record Found(int at, Condition condition) {
	}

	private static void blank(StringBuilder text, int start, int end) {
		for (int i = start; i < end; i++) {
			text.setCharAt(i, ' ');
		}
	}

	// ---------------------------------------------------------------- periods

	/**
	 * A period, with its preposition and the edge of it meant ("before the end of 2025"); not one that owns what
	 * follows ("next year's file" is a file, not a time to select by).
	 */
	private static final Pattern PERIOD = Pattern.compile("(?<![\\w/:-])(?:(" + PREPOSITION + ") )?(?:the )?"
			+ "(?:(start|beginning|end) of (?:the )?)?(" + Periods.ATOM + ")(?: ?(?:and|to|until|till|-|–) ?("
			+ Periods.ATOM + "))?(?![\\w/-])(?!'s\\b)");

	private void readPeriods(StringBuilder rest, List<DateWord> dateWords, List<Found> found) {
		Matcher m = PERIOD.matcher(rest.toString());
		while (m.find()) {
			String preposition = m.group(1) == null ? "" : m.group(1);
			String edge = m.group(2);
			String first = m.group(3);
			String second = m.group(4);
			boolean bareMonth = first.matches(DateText.MONTH_WORD) && second == null;
			String before = rest.substring(0, m.start()).strip();
			String wordBefore = before.substring(before.lastIndexOf(' ') + 1);
			if (bareMonth && preposition.isEmpty() || preposition.equals("for") || preposition.equals("at")
					|| NOT_A_TIME.contains(wordBefore)) {
				continue; // "may not", "at 16", "carry into next year", "nothing this year" are not periods to select by
			}
			Optional<Span> from = context.periods().read(first);
			if (from.isEmpty()) {
				continue;
			}
			Span span = from.get();
			if (second != null) {
				Optional<Span> to = context.periods().read(second);
				if (to.isEmpty()) {
					continue;
				}
				span = span.through(to.get());
			}
			if (edge != null && !preposition.isEmpty()) {
				// the edge is a day; "before the end of 2025" means by its last day, "after the start of" from its first
				boolean end = edge.equals("end");
				span = Span.day(end ? span.to() : span.from());
				preposition = end && preposition.equals("before") ? "by"
						: !end && preposition.equals("after") ? "from" : preposition;
			}
			span = switch (preposition) {
				case "since", "from" -> second == null ? span.onwards() : span;
				case "after" -> span.after();
				case "before" -> span.before();
				case "until", "till", "up to", "by" -> new Span(null, span.to());
				default -> span;
			};
			DateWord word = bind(dateWords, m.start(), m.end());
			String said = m.group().strip();
			if (word != null && !word.used()) {
				// the date word goes with its period: "started in October" is one condition
				said = word.start() < m.start() ? rest.substring(word.start(), word.end()) + " " + said
						: said + " " + rest.substring(word.start(), word.end());
				dateWords.set(dateWords.indexOf(word), word.markUsed());
				if (!word.alsoStatus()) {
					blank(rest, word.start(), word.end());
				}
			}
			found.add(new Found(word == null ? m.start() : Math.min(word.start(), m.start()), dated(word, span, said)));
			blank(rest, m.start(), m.end());
		}
	}

	private static Condition dated(DateWord word, Span span, String said) {
		String field = word == null ? "LearnStartDate" : word.field();
		String verb = word == null ? "started" : word.said();
		String meaning = verb + " " + describe(span);
		return switch (field) {
			case "achievement" -> new Condition(said, meaning, Scope.AIM, "(" + span.in("AchDate") + " OR ("
					+ span.in("LearnActEndDate") + " AND NOT AchDate:*))", Kind.DATE);
			case "DateOfBirth" -> new Condition(said, meaning, Scope.ANY, span.in(field), Kind.DATE);
			default -> new Condition(said, meaning + " (" + field + ")", Scope.AIM, span.in(field), Kind.DATE);
		};
	}

	static String describe(Span span) {
		if (span.from() == null && span.to() == null) {
			return "at any time";
		}
		if (span.from() == null) {
			return "on or before " + span.to();
		}
		if (span.to() == null) {
			return "on or after " + span.from();
		}
		if (span.from().equals(span.to())) {
			return "on " + span.from();
		}
		String iso = span.iso();
		return iso.startsWith("[") ? "from " + span.from() + " to " + span.to() : "in " + iso;
	}

	private static List<DateWord> dateWords(String text) {
		List<DateWord> words = new ArrayList<>();
		StringBuilder left = new StringBuilder(text);
		for (DateWordKind w : DATE_WORDS) {
			Matcher m = w.pattern().matcher(left);
			while (m.find()) {
				boolean status = STATUS_WORD.matcher(m.group()).lookingAt();
				words.add(new DateWord(m.start(), m.end(), w.field(), w.said(), status, false));
				blank(left, m.start(), m.end());
			}
		}
		words.sort(Comparator.comparingInt(DateWord::start));
		return words;
	}

	/** The date word a period at [start, end) belongs to: the nearest before, else the nearest after, else none. */
	private static DateWord bind(List<DateWord> words, int start, int end) {
		DateWord before = null;
		for (DateWord w : words) {
			if (w.end() <= start && !w.used()) {
				before = w;
			}
		}
		if (before != null) {
			return before;
		}
		return words.stream().filter(w -> w.start() >= end && !w.used()).findFirst().orElse(null);
	}

	// ---------------------------------------------------------------- rules

	private void rule(String regex, Function<Matcher, Condition> read) {
		rules.add(new Rule(Pattern.compile("(?<![\\w:])(?:" + regex + ")(?![\\w:])"), read));
	}

	private void fixed(String regex, String meaning, Scope scope, String query, Kind kind) {
		rule(regex, m -> new Condition(m.group().strip(), meaning, scope, query, kind));
	}

	/** {@code Field:value} written in the query language, for a field the file's index knows. */
	private void addFieldTerms() {
		rules.add(new Rule(Pattern.compile("(?<!\\S)([a-z][a-z0-9]*):(\"[^\"]*\"|\\[[^\\]]*\\]|\\{[^}]*\\}|\\S+)"), m -> {
			Optional<Scope> scope = context.fieldScope().apply(m.group(1));
			return scope.map(s -> new Condition(m.group(), m.group(), s, m.group(), Kind.FIELD)).orElse(null);
		}));
	}

	private void addCounts() {
		String things = "(programmes?|apprenticeships?|standards?|(?:learning )?aims?|quals?|qualifications?)";
		rule("(more than|over|at least|fewer than|less than|under|exactly|only|just)? ?" + NUMBER
				+ " ?(or more|\\+|or fewer|or less|or over)? " + things, m -> {
					int n = number(m.group(2));
					String quantity = m.group(1) == null ? "" : m.group(1);
					String suffix = m.group(3) == null ? "" : m.group(3);
					int low = n;
					Integer high = n;
					switch (quantity) {
						case "more than", "over" -> { low = n + 1; high = null; }
						case "at least" -> high = null;
						case "fewer than", "less than", "under" -> { low = 0; high = n - 1; }
						default -> { }
					}
					if (suffix.equals("or more") || suffix.equals("+") || suffix.equals("or over")) {
						high = null;
					}
					else if (!suffix.isEmpty()) {
						low = 0;
					}
					return counted(m.group().strip(), m.group(4), low, high);
				});
		rule("(?:multiple|several|many|two or more) (programmes|apprenticeships|standards|aims)",
				m -> counted(m.group(), m.group(1), 2, null));
		rule("(?:no|without an?|without any) (programmes?|programme aims?|apprenticeships?)",
				m -> counted(m.group(), "programmes", 0, 0));
	}

	private static Condition counted(String said, String thing, int low, Integer high) {
		boolean aims = thing.startsWith("aim") || thing.startsWith("learning") || thing.startsWith("qual");
		String field = aims ? "AimCount" : "ProgrammeCount";
		String noun = aims ? "aims" : "programmes";
		String range = high == null ? "[" + low + " TO *]" : low == high ? Integer.toString(low) : "[" + low + " TO " + high + "]";
		String meaning = high == null ? low + " or more " + noun : low == high ? "exactly " + low + " " + noun
				: low + " to " + high + " " + noun;
		return new Condition(said, meaning, Scope.LEARNER, field + ":" + range, Kind.COUNT);
	}

	private static int number(String word) {
		int i = NUMBER_WORDS.indexOf(word);
		return i >= 0 ? i : Integer.parseInt(word);
	}

	private void addAges() {
		String when = "(?: (at (?:the )?start|when (?:they )?started|today|now|currently))?";
		rule("(?:aged?|ages|aged between|age between) ?(\\d{1,2}) ?(?:-|–|to|and) ?(\\d{1,2})" + when,
				m -> age(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
		rule("(16|19|24) ?(?:-|–|to) ?(18|23)(?: year olds?)?" + when,
				m -> age(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
		rule("(?:aged? )?(\\d{2}) ?(?:\\+|plus|and over|or over|and above|or older|and older)" + when,
				m -> age(m, Integer.parseInt(m.group(1)), null, m.group(2)));
		rule("(?:aged? )?(?:under|below|younger than|less than) (\\d{2})(?: years? old)?" + when,
				m -> age(m, null, Integer.parseInt(m.group(1)) - 1, m.group(2)));
		rule("(?:aged? )?(?:over|above|older than|more than) (\\d{2})s?(?: years? old)?" + when,
				m -> age(m, Integer.parseInt(m.group(1)) + 1, null, m.group(2)));
		rule("(?:aged? (\\d{1,2})|(\\d{1,2}) ?(?:years? old|year olds?|yos?))" + when, m -> {
			int a = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
			return age(m, a, a, m.group(3));
		});
	}

	private Condition age(Matcher m, Integer low, Integer high, String when) {
		String range = (low == null ? "*" : low.toString()) + " TO " + (high == null ? "*" : high.toString());
		String words = low == null ? "under " + (high + 1) : high == null ? low + " or over"
				: low.equals(high) ? low.toString() : low + " to " + high;
		boolean today = when != null && !when.startsWith("at") && !when.startsWith("when");
		if (!today) {
			return new Condition(m.group().strip(), "aged " + words + " at the start (AgeAtStart)", Scope.AIM,
					"AgeAtStart:[" + range + "]", Kind.AGE);
		}
		// aged a to b today: born after the day they would have turned b + 1, on or before the day they turned a
		java.time.LocalDate now = context.periods().today();
		Span born = new Span(high == null ? null : now.minusYears(high + 1L).plusDays(1),
				low == null ? null : now.minusYears(low));
		return new Condition(m.group().strip(), "aged " + words + " on " + now + " (born " + describe(born) + ")",
				Scope.ANY, born.in("DateOfBirth"), Kind.AGE);
	}

	/** Standards by level or by words of their title, from LARS. */
	private void addStandards() {
		rule("(?:on )?(?:an? |the )?level ([1-8])(?: apprenticeships?| standards?)?", m -> {
			if (context.lars() == null) {
				throw new QueryException("'" + m.group().strip() + "' needs the standards' levels from LARS; import it "
						+ "with refdata import, or ask by standard code (standard 123)");
			}
			int level = Integer.parseInt(m.group(1));
			List<Integer> codes = context.lars().standards().stream()
				.filter(st -> st.level() != null && st.level() == level)
				.map(Lars.Standard::code)
				.toList();
			return new Condition(m.group().strip(), "on a level " + level + " standard (" + codes.size()
					+ " in LARS)", Scope.AIM, standardCodes(codes), Kind.CODE);
		});
		rule("(?:on|doing|taking|studying|in) (?:an? |the )?((?:[a-z-]{3,} ){0,3}[a-z-]{3,}) (?:standards?|apprenticeships?)",
				m -> {
					if (context.lars() == null) {
						return null;
					}
					List<String> words = List.of(m.group(1).split(" "));
					List<Lars.Standard> found = context.lars().standards().stream()
						.filter(st -> words.stream().allMatch(w -> titleHas(st.title(), w)))
						.toList();
					if (found.isEmpty()) {
						return null;
					}
					return new Condition(m.group().strip(), "on a standard whose title has '" + m.group(1) + "' ("
							+ found.size() + " in LARS, such as " + found.get(0).describe() + ")", Scope.AIM,
							standardCodes(found.stream().map(Lars.Standard::code).toList()), Kind.CODE);
				});
	}

	/** Whether a title has a word starting with the one typed ("account" in Accountancy), or sharing its first six letters. */
	private static boolean titleHas(String title, String word) {
		for (String t : title.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
			if (t.startsWith(word) || t.length() >= 6 && word.length() >= 6 && t.regionMatches(0, word, 0, 6)) {
				return true;
			}
		}
		return false;
	}

	private static String standardCodes(List<Integer> codes) {
		return codes.isEmpty() ? "StdCode:[1 TO 0]"
				: "StdCode:(" + codes.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" OR ")) + ")";
	}

	private void addCodes() {
		rule("(?:standard|std ?code|stdcode|std)(?: code)?:? ?(\\d{1,4})",
				m -> new Condition(m.group(), "standard " + m.group(1) + " (StdCode)", Scope.AIM, "StdCode:" + m.group(1), Kind.CODE));
		rule("(?:prog ?type|programme type):? ?(\\d{1,2})",
				m -> new Condition(m.group(), "programme type " + m.group(1) + " (ProgType)", Scope.AIM, "ProgType:" + m.group(1), Kind.CODE));
		rule("(?:fund ?model|funding model):? ?(\\d{2})",
				m -> new Condition(m.group(), "funding model " + m.group(1) + " (FundModel)", Scope.AIM, "FundModel:" + m.group(1), Kind.CODE));
		rule("(?:(?:learn ?)?aim ?ref(?:erence)?|aim|qualification|qual):? ?" + AIM_REF + "|" + AIM_REF, m -> {
			String ref = (m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(Locale.ROOT);
			return new Condition(m.group(), "aim " + ref + " (LearnAimRef)", Scope.AIM, "LearnAimRef:" + ref, Kind.CODE);
		});
		rule("(?:epa ?o(?:rg(?:anisation)?)?(?: ?id)?|epaorgid|assessment organisation|assessor|end[- ]point assessment organisation)?:? ?(epa\\d{4})",
				m -> new Condition(m.group().strip(), "EPA organisation " + m.group(1).toUpperCase(Locale.ROOT) + " (EPAOrgID)",
						Scope.AIM, "EPAOrgID:" + m.group(1).toUpperCase(Locale.ROOT), Kind.CODE));
		fixed("(?:with )?(?:no|without an?|without any|missing(?: an?)?|lacking an?) (?:epa ?o(?:rg)?(?: ?id)?|epaorgid|epa organi[sz]ation|end[- ]point assessment organi[sz]ation|assessment organi[sz]ation)",
				"no EPA organisation on the programme aim (no EPAOrgID)", Scope.AIM, "(AimType:1 AND NOT EPAOrgID:*)", Kind.STATUS);
		rule("(?:employer|emp ?id|empid)(?: id| number)?:? ?(\\d{6,9})",
				m -> new Condition(m.group(), "employer " + m.group(1) + " (EmpId)", Scope.LEARNER, "EmpId:" + m.group(1), Kind.CODE));
		rule("(?:postcode|post code|postcode district|postcode area|district|area|in|from|living in|live in) ([a-z]{1,2}\\d[a-z\\d]?)", m -> {
			String district = m.group(1).toUpperCase(Locale.ROOT);
			return new Condition(m.group(), "postcode district " + district, Scope.ANY,
					"Postcode:" + district + "\\ *", Kind.CODE);
		});
		fixed("(?:with an? )?(?:ehc ?p(?:lan)?|education,? health and care plan)", "with an EHC plan (LearnerFAM EHC 1)",
				Scope.LEARNER, "EHC:1", Kind.CODE);
		fixed("males?|men|boys", "male (Sex M)", Scope.ANY, "Sex:M", Kind.CODE);
		fixed("females?|women|girls", "female (Sex F)", Scope.ANY, "Sex:F", Kind.CODE);
	}

	private void addStatuses() {
		fixed("(?:not achieved|did not achieve|didn't achieve|failed|fails)",
				"not achieved (Outcome 3)", Scope.AIM, "Status:not-achieved", Kind.STATUS);
		fixed("(?:(?:on|taking|in|having|had) )?(?:a )?break(?:s)?(?: in learning)?|bil|paused|temporarily withdrawn",
				"on a break in learning (CompStatus 6)", Scope.AIM, "CompStatus:6", Kind.STATUS);
		fixed("(?:(?:at|on|in|through|reached|passed) )?(?:the )?gateway|(?:in|awaiting|waiting for|at) (?:the )?(?:epa|end[- ]point assessment)",
				"at gateway or in end-point assessment", Scope.AIM, "Status:gateway", Kind.STATUS);
		fixed("(?:still )?in learning|still learning|continuing|ongoing|active|current(?:ly)?(?: on programme)?|still on programme|not (?:yet )?finished",
				"continuing (CompStatus 1)", Scope.AIM, "CompStatus:1", Kind.STATUS);
		fixed("achieved|achievers?|achieving|achievements?",
				"achieved (Outcome 1 or 2)", Scope.AIM, "Status:achieved", Kind.STATUS);
		fixed("completed|completers?|finished", "completed (CompStatus 2)", Scope.AIM, "CompStatus:2", Kind.STATUS);
		fixed("transferred(?: out)?|transfers?", "transferred (withdrawn to move to another provider or aim)", Scope.AIM,
				"Status:transferred", Kind.STATUS);
		fixed("withdr[ae]wn?|withdrew|withdrawals?|left|leavers?|early leavers?|dropped out|drop ?outs?|who withdrew",
				"withdrawn (CompStatus 3)", Scope.AIM, "CompStatus:3", Kind.STATUS);
	}

	private void addFunding() {
		fixed("non[- ]?levy|act ?2", "non-levy (ACT 2)", Scope.AIM, "ACT:2", Kind.FUNDING);
		fixed("levy(?:[- ]paying|[- ]funded)?|act ?1", "levy (ACT 1)", Scope.AIM, "ACT:1", Kind.FUNDING);
		fixed("(?:skills )?bootcamps?", "skills bootcamps (FundModel 37)", Scope.AIM, "FundModel:37", Kind.FUNDING);
		fixed("(?:adult skills(?: fund(?:ed|ing)?)?|asf|adult education budget|aeb)(?: funded| funding)?",
				"adult skills fund (FundModel 35 or 38)", Scope.AIM, "FundModel:(35 OR 38)", Kind.FUNDING);
		fixed("(?<!aged )(?<!age )16 ?(?:-|–|to) ?19(?: funded| funding| study programmes?)?|study programmes?",
				"16-19 funded (FundModel 25 or 82)", Scope.AIM, "FundModel:(25 OR 82)", Kind.FUNDING);
		fixed("(?:non|not|un)[- ]?funded|no funding|fully funded by employer", "not funded (FundModel 99)", Scope.AIM,
				"FundModel:99", Kind.FUNDING);
		fixed("community learning", "community learning (FundModel 10)", Scope.AIM, "FundModel:10", Kind.FUNDING);
		fixed("tailored learning", "tailored learning (FundModel 11)", Scope.AIM, "FundModel:11", Kind.FUNDING);
		fixed("esf|european social fund", "ESF (FundModel 70)", Scope.AIM, "FundModel:70", Kind.FUNDING);
		fixed("apprentices|apprenticeships?|apprentice|apps", "apprenticeships (FundModel 36)", Scope.AIM,
				"FundModel:36", Kind.FUNDING);
	}
}

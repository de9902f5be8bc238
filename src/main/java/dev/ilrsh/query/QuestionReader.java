package dev.ilrsh.query;

import dev.ilrsh.index.Target;
import dev.ilrsh.text.EditDistance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a question typed in plain words into a {@link Reading}: the conditions in it ({@link ConditionReader}), and
 * what is asked about, from the words left.
 *
 * <ul>
 * <li>No words left: a list of the learners the conditions select, unless every condition is part of one named
 * question's own wording ("who is on a break" is the {@code on-break} question).</li>
 * <li>Words left that fit a named question: that question, for the learners the conditions select.</li>
 * <li>Words left that no question has at all ("for my manager"): ignored, and named as ignored.</li>
 * <li>Words left that fit no question well: not sure; the nearest readings are offered, nothing is answered.</li>
 * </ul>
 * A question's id typed first ({@code ask on-break withdrawn}) names the question outright.
 */
public final class QuestionReader {

	/** Words that are only politeness or padding: left out, and named as ignored. */
	private static final Set<String> NOISE = Set.of("please", "pls", "plz", "thanks", "thank", "you", "could", "would",
			"can", "want", "need", "know", "see", "like", "just", "quick", "quickly", "help", "out", "let", "lets",
			"let's", "currently", "got", "get", "now", "right", "kindly", "wanted", "looking", "look",
			"for", "up", "many", "whose", "their", "they", "them", "been", "being", "were", "was", "that", "this");
	private static final Pattern COUNTING = Pattern.compile(
			"^(?:how many|how much|number of|count of|count|total number of|total|no\\. of|num of)\\b");
	/** Words that mean no condition at all. */
	private static final Set<String> EVERYTHING = Set.of("everything", "everyone", "everybody", "anybody", "whole",
			"entire", "lot", "full", "students", "student", "pupils", "trainees", "doing", "taking", "studying",
			"currently", "people", "adult", "adults", "one", "two", "once", "double");
	/** Words that only repeat that a condition is a date ("start date in October"). */
	private static final Set<String> DATE_NOUNS = Set.of("date", "dates", "day", "month", "year");
	private static final Set<String> AIM_WORDS = Set.of("aim", "aims", "learning aims", "quals", "qualifications");
	private static final Set<String> PROGRAMME_WORDS = Set.of("programme", "programmes", "program", "programs");
	/** Words the condition patterns look for, for reading misspellings of them. */
	private static final List<String> CONDITION_WORDS = List.of("apprentices", "apprenticeship", "apprenticeships",
			"withdrawn", "withdrew", "achieved", "achievement", "continuing", "completed", "started", "starting",
			"finished", "planned", "gateway", "break", "standard", "organisation", "employer", "postcode", "between",
			"before", "after", "since", "during", "january", "february", "march", "april", "june", "july", "august",
			"september", "october", "november", "december", "learning", "learners", "programme", "programmes",
			"transferred", "bootcamp", "funded", "funding", "adult", "skills", "non-levy", "levy", "aged", "under",
			"over", "born", "learner", "duplicate", "duplicates", "overlapping", "restarts", "qualifications",
			"assessment", "apprentice", "month", "months", "year", "years", "week", "weeks", "today", "quarter",
			"period", "until", "between", "starts", "starters", "everything", "everyone", "passed", "failed",
			"recorded", "entered", "twice");

	/** Questions that are, in themselves, one condition: "who is on a break" asks on-break. */
	private static final java.util.Map<String, String> DEFINED_BY = java.util.Map.of("CompStatus:6", "on-break",
			"ProgrammeCount:[2 TO *]", "multiple-programmes", "Status:gateway", "at-gateway");
	private static final Set<Condition.Kind> ABSORBABLE = Set.of(Condition.Kind.STATUS, Condition.Kind.COUNT,
			Condition.Kind.FUNDING);

	private final QuestionCatalog catalog;
	private final ConditionReader conditions;
	private final Set<String> vocabulary = new LinkedHashSet<>();

	public QuestionReader(QuestionCatalog catalog, ConditionReader.Context context) {
		this.catalog = catalog;
		this.conditions = new ConditionReader(context);
		vocabulary.addAll(CONDITION_WORDS);
		vocabulary.addAll(catalog.vocabulary());
	}

	/**
	 * The words {@code ask} understands, for completing a partly typed word: the words of its conditions and of its
	 * questions' names and phrases, in order.
	 */
	public static java.util.SortedSet<String> wordsUnderstood(QuestionCatalog catalog) {
		java.util.SortedSet<String> words = new java.util.TreeSet<>(CONDITION_WORDS);
		catalog.vocabulary().stream().filter(w -> w.length() > 2 && w.chars().allMatch(Character::isLetter))
			.forEach(words::add);
		return words;
	}

	public Reading read(String typed) {
		String normalised = normalise(typed);
		String spelled = spell(normalised);
		Set<String> corrections = new LinkedHashSet<>(java.util.Arrays.asList(spelled.split(" ")));
		corrections.removeAll(java.util.Arrays.asList(normalised.split(" ")));
		return read(spelled, true, corrections);
	}

	/**
	 * @param byId whether a question id typed first names the question; it does only when the words after it are
	 *        all conditions ("restarts missing RES" is a question of its own, not the restarts question)
	 * @param corrections the words that are spelling corrections of what was typed
	 */
	private Reading read(String whole, boolean byId, Set<String> corrections) {
		String text = whole;
		Question named = null;
		String first = text.split(" ", 2)[0];
		Optional<Question> id = byId ? catalog.byId(first) : Optional.empty();
		if (id.isPresent()) {
			named = id.get();
			text = text.substring(first.length()).strip();
		}
		Matcher counting = COUNTING.matcher(text);
		boolean counts = counting.find();
		if (counts) {
			text = text.substring(counting.end()).strip();
		}
		ConditionReader.Result found = conditions.read(text);
		List<Condition> cs = new ArrayList<>(found.conditions());
		List<String> ignored = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		List<String> content = new ArrayList<>();
		boolean dated = cs.stream().anyMatch(c -> c.kind() == Condition.Kind.DATE);
		Target listing = Target.LEARNERS;
		String rest = found.rest().replaceAll("\\blearning aims\\b", "aims");
		for (String word : rest.split(" +")) {
			if (NOISE.contains(word)) {
				ignored.add(word);
			}
			else if (word.isBlank() || QuestionCatalog.filler(word) || EVERYTHING.contains(word)
					|| dated && DATE_NOUNS.contains(word) || catalog.meaningful(word).isEmpty()) {
				continue;
			}
			else if (AIM_WORDS.contains(word)) {
				listing = Target.AIMS;
				content.add(word);
			}
			else if (PROGRAMME_WORDS.contains(word)) {
				listing = Target.PROGRAMMES;
				content.add(word);
			}
			else if (catalog.meaningful(word).stream().noneMatch(catalog::known)) {
				ignored.add(word);
				unknown.add(word);
			}
			else {
				content.add(word);
			}
		}
		if (named != null) {
			return content.isEmpty() && unknown.isEmpty() ? new Reading(named, null, cs, ignored, counts, List.of())
					: read(whole, false, corrections);
		}
		boolean onlyListingWords = content.stream().allMatch(w -> AIM_WORDS.contains(w) || PROGRAMME_WORDS.contains(w));
		if (onlyListingWords) {
			for (Condition c : cs) {
				Optional<Question> defined = catalog.byId(DEFINED_BY.get(c.query()));
				if (defined.isPresent() && listing == Target.LEARNERS) {
					return new Reading(defined.get(), null, cs.stream().filter(o -> o != c).toList(), ignored, counts,
							List.of());
				}
			}
			if (!unknown.isEmpty()) {
				// words ilrsh does not know may change the question: offer the reading without them, do not guess
				return new Reading(null, null, cs, ignored, counts, offers(catalog.match(text, text), without(whole, unknown)));
			}
			return new Reading(null, listing, cs, ignored, counts, List.of());
		}
		String contentText = String.join(" ", content);
		List<String> absorbable = cs.stream().filter(c -> ABSORBABLE.contains(c.kind())).map(Condition::said).toList();
		QuestionMatch m = catalog.match(contentText, text, absorbable);
		if (m.best() == null) {
			m = catalog.match(text, text);
		}
		// a word ilrsh does not know may be the one that matters ("passed their EPA"): answer despite it only when
		// the question rests on two or more words it does know
		// nor when every word it rests on is a correction: "is it raining" is not a question about training
		boolean onlyCorrected = !content.isEmpty() && corrections.containsAll(content);
		if (m.best() != null && !onlyCorrected && (unknown.isEmpty() || catalog.meaningful(contentText).size() >= 2)) {
			Question q = m.best();
			// a status, count or funding the question's own name says is part of it; ages, dates and codes narrow it
			List<Condition> kept = cs.stream()
				.filter(c -> !ABSORBABLE.contains(c.kind()) || !catalog.namedBy(q, c.said()))
				.toList();
			Set<String> used = new LinkedHashSet<>(catalog.meaningful(q.id().replace('-', ' ') + " " + q.title() + " "
					+ String.join(" ", q.synonyms()) + " " + q.description()));
			for (String word : content) {
				if (!used.containsAll(catalog.meaningful(word))) {
					ignored.add(word);
				}
			}
			return new Reading(q, null, kept, ignored, counts, List.of());
		}
		return new Reading(null, null, cs, ignored, counts, offers(m, without(whole, unknown)));
	}

	/**
	 * Up to three readings to offer, as commands: the words without the ones not understood, then the nearest
	 * questions with the conditions.
	 */
	private List<String> offers(QuestionMatch m, String understood) {
		List<Condition> cs = conditions.read(understood).conditions();
		String conditionWords = cs.stream().map(Condition::said).distinct().collect(Collectors.joining(" "));
		List<String> offers = new ArrayList<>();
		if (!cs.isEmpty()) {
			offers.add("ask " + understood);
		}
		for (QuestionMatch.Scored s : m.ranked()) {
			if (offers.size() < 3) {
				offers.add(("ask " + s.question().id() + " " + conditionWords).strip());
			}
		}
		return offers;
	}

	private static String without(String text, List<String> words) {
		return java.util.Arrays.stream(text.split(" ")).filter(w -> !words.contains(w)).collect(Collectors.joining(" "));
	}

	static String normalise(String typed) {
		String t = typed.toLowerCase(Locale.ROOT)
			.replace('\u2013', '-')
			.replace('\u2014', '-')
			.replace('\u2019', '\'')
			.replaceAll("[?!,;()]", " ")
			.replaceAll("(?<=\\s|^)[\"']|[\"'](?=\\s|$)", " ")
			.replaceAll("\\.(?=\\s|$)", " ");
		return t.replaceAll("\\s+", " ").strip();
	}

	/** Puts right words within a letter or two of a word ilrsh knows ("withdrawen", "apprentces"). */
	private String spell(String text) {
		StringBuilder out = new StringBuilder();
		for (String word : text.split(" ")) {
			out.append(out.length() == 0 ? "" : " ").append(corrected(word));
		}
		return out.toString();
	}

	private String corrected(String word) {
		if (word.length() < 5 || !word.chars().allMatch(Character::isLetter) || vocabulary.contains(word)
				|| QuestionCatalog.filler(word) || NOISE.contains(word) || EVERYTHING.contains(word)
				|| !conditions.read(word).conditions().isEmpty()) {
			return word; // a word already understood as it is ("unfunded") is not a misspelling of another
		}
		int allowed = word.length() >= 8 ? 2 : 1;
		String best = word;
		int bestDistance = allowed + 1;
		for (String known : vocabulary) {
			if (Math.abs(known.length() - word.length()) <= allowed) {
				int d = EditDistance.between(word, known);
				if (d < bestDistance) {
					best = known;
					bestDistance = d;
				}
			}
		}
		return best;
	}
}

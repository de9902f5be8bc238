package dev.ilrsh.anonymise;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Member;
import dev.ilrsh.model.Message;
import dev.ilrsh.rules.RuleContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;

/**
 * How far each date of birth moves. A person's dates of birth all move by the same number of days (up to six
 * months either way, never none), chosen so that the person's age in whole years stays the same on every date a
 * rule or a question measures it for the learner: each start and original start, and 31 August of each start's
 * year and of the collection year. Ages, age bands and the school year of birth are therefore unchanged, and the
 * age rules fire or not as before. Where two such dates pin a birthday to one day (a start on a birthday and another
 * the day before one), the move keeps every age on the right side of each limit a rule or a question uses instead
 * ({@link #AGE_LIMITS}). Each date of birth also stays on the same side of every other date in the learner's record.
 *
 * <p>
 * The dates depend on the learner alone, so with the same key a person keeps the same date of birth from one
 * return to the next unless a new aim rules the earlier move out. One person's records are those that share a real
 * ULN, a learner reference, or names and date of birth. Two people whose names are alike never end up with the
 * same date of birth, which would make them look like one.
 */
final class BirthDates {

	/** The most a date of birth moves, in days, either way. */
	static final int MOST = 180;

	/**
	 * The ages rules and questions compare with (DateOfBirth_05 4, _06 13, LearnDelFamType_106 14, _13 and _46 16,
	 * _14 18, _20 and _25 19, age bands 19-23 and 24+, _07 25, _04 115).
	 */
	static final int[] AGE_LIMITS = { 4, 13, 14, 16, 18, 19, 24, 25, 115 };

	/**
	 * Dates on which rules compare every learner's age with a limit of their own: born before the year starts
	 * (DateOfBirth_27) and under 115 then (DateOfBirth_04); 16 by its end (DateOfBirth_13).
	 */
	private static final Map<LocalDate, int[]> LIMIT_DATES = Map.of(RuleContext.YEAR_START, new int[] { 0, 115 },
			RuleContext.YEAR_END, new int[] { 16 });

	/** Steps through the 360 possible moves; each is prime to 360, so every move is tried once. */
	private static final int[] STEPS = { 1, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 49, 53, 59, 61, 67, 71, 73,
			77, 79, 83, 89, 91, 97, 101, 103, 107, 109, 113, 119 };

	/**
	 * @param shifts for each learner record, the days its date of birth moves (0 when it has none)
	 * @param people how many people have a date of birth
	 * @param withinLimits people whose birthday was pinned to one day: their ages stay on the same side of every
	 *     limit, but an age may be one year off on a date
	 * @param compromised people for whom no move kept every age on the same side of the limits (none seen so far):
	 *     they got the move that changed fewest
	 */
	record Result(int[] shifts, int people, int withinLimits, int compromised) {
	}

	private BirthDates() {
	}

	static Result shifts(Message message, Mac mac) {
		List<Learner> learners = message.learners();
		Map<String, List<Integer>> byIdentity = new TreeMap<>();
		for (List<Integer> person : people(learners)) {
			if (person.stream().anyMatch(i -> learners.get(i).dateOfBirth() != null)) {
				byIdentity.put(identity(learners, person), person);
			}
		}
		int[] shifts = new int[learners.size()];
		Map<String, String> taken = new HashMap<>();
		int withinLimits = 0;
		int compromised = 0;
		for (Map.Entry<String, List<Integer>> e : byIdentity.entrySet()) {
			Cancellation.check();
			List<Record> records = new ArrayList<>();
			for (int i : e.getValue()) {
				if (learners.get(i).dateOfBirth() != null) {
					records.add(new Record(learners.get(i)));
				}
			}
			int[] exact = { -MOST, MOST };
			int[] limits = { -MOST, MOST };
			for (Record r : records) {
				r.narrow(exact, true);
				r.narrow(limits, false);
			}
			KeyedRandom random = KeyedRandom.of(mac, "DateOfBirth", e.getKey(), 0);
			int start = random.next(2 * MOST);
			int step = STEPS[random.next(STEPS.length)];
			int shift = first(start, step, exact, records, e.getKey(), taken);
			if (shift == 0) {
				shift = first(start, step, limits, records, e.getKey(), taken);
				if (shift != 0) {
					withinLimits++;
				}
			}
			if (shift == 0) {
				shift = fewestBroken(start, step, records, e.getKey(), taken);
				compromised++;

			}
			for (int i : e.getValue()) {
				shifts[i] = learners.get(i).dateOfBirth() == null ? 0 : shift;
			}
			for (Record r : records) {
				if (r.nameKey != null) {
					taken.put(r.nameKey + "|" + r.dateOfBirth.plusDays(shift), e.getKey());
				}
			}
		}
		return new Result(shifts, byIdentity.size(), withinLimits, compromised);
	}

	/** The first move, in the person's keyed order, within {@code range} that gives no one else's identity; or 0. */
	private static int first(int start, int step, int[] range, List<Record> records, String identity,
			Map<String, String> taken) {
		if (range[0] > range[1]) {
			return 0;
		}
		for (int k = 0; k < 2 * MOST; k++) {
			int shift = shift(start, step, k);
			if (shift >= range[0] && shift <= range[1] && !clashes(records, shift, identity, taken)) {
				return shift;
			}
		}
		return 0;
	}

	/** The move that puts fewest ages on the wrong side of a limit: for the rare person no move suits. */
	private static int fewestBroken(int start, int step, List<Record> records, String identity,
			Map<String, String> taken) {
		int best = 0;
		int fewest = Integer.MAX_VALUE;
		for (int k = 0; k < 2 * MOST; k++) {
			int shift = shift(start, step, k);
			if (clashes(records, shift, identity, taken)) {
				continue;
			}
			int broken = 0;
			for (Record r : records) {
				broken += r.broken(shift);
			}
			if (broken < fewest) {
				fewest = broken;
				best = shift;
			}
		}
		return best == 0 ? 1 : best;
	}

	/** The k-th move of a person's order: -MOST to -1, then 1 to MOST, visited from {@code start} by {@code step}. */
	private static int shift(int start, int step, int k) {
		int index = (start + k * step) % (2 * MOST);
		return index < MOST ? index - MOST : index - MOST + 1;
	}

	/** Whether moving by {@code shift} would give one of these records the names and date of birth of another person. */
	private static boolean clashes(List<Record> records, int shift, String identity, Map<String, String> taken) {
		for (Record r : records) {
			if (r.nameKey != null) {
				String other = taken.get(r.nameKey + "|" + r.dateOfBirth.plusDays(shift));
				if (other != null && !other.equals(identity)) {
					return true;
				}
			}
		}
		return false;
	}

	/** One record's date of birth and the dates it must keep its relation to. */
	private static final class Record {

		final LocalDate dateOfBirth;
		final String nameKey;
		/** Dates the learner's exact age is measured on. */
		final List<LocalDate> ageDates = new ArrayList<>();
		/** Every other date of the record, which the date of birth must stay before or after. */
		final List<LocalDate> otherDates = new ArrayList<>();

		Record(Learner l) {
			dateOfBirth = l.dateOfBirth();
			nameKey = nameKey(l);
			Set<LocalDate> measured = new LinkedHashSet<>();
			measured.add(RuleContext.AUGUST_31);
			for (LearningDelivery d : l.learningDelivery()) {
				for (LocalDate start : new LocalDate[] { d.learnStartDate(), d.origLearnStartDate() }) {
					if (start != null) {
						measured.add(start);
						measured.add(RuleContext.august31OfYearOf(start));
					}
				}
			}
			ageDates.addAll(measured);
			Set<LocalDate> others = new LinkedHashSet<>();
			collectDates(IlrSchema.LEARNER, l, others);
			others.remove(dateOfBirth);
			otherDates.addAll(others);
		}

		/**
		 * Narrows {@code range} (of moves) to those that keep this record's ages: exactly, or on the same side of
		 * every limit; and keep it on the same side of each other date.
		 */
		void narrow(int[] range, boolean exact) {
			for (LocalDate on : ageDates) {
				keep(range, on, exact, AGE_LIMITS);
			}
			LIMIT_DATES.forEach((on, limits) -> keep(range, on, false, limits));
			for (LocalDate other : otherDates) {
				long gap = other.toEpochDay() - dateOfBirth.toEpochDay();
				if (gap > 0) {
					range[1] = (int) Math.min(range[1], gap - 1);
				}
				else {
					range[0] = (int) Math.max(range[0], gap + 1);
				}
			}
		}

		/** Keeps the age on {@code on} exactly, or between the same two of {@code limits}. */
		private void keep(int[] range, LocalDate on, boolean exact, int[] limits) {
			int age = Period.between(dateOfBirth, on).getYears();
			int floor;
			int ceiling;
			if (exact) {
				floor = age;
				ceiling = age + 1;
			}
			else {
				floor = Integer.MIN_VALUE;
				ceiling = Integer.MAX_VALUE;
				for (int limit : limits) {
					if (limit <= age) {
						floor = limit;
					}
					else if (ceiling == Integer.MAX_VALUE) {
						ceiling = limit;
					}
				}
				if (age < 0) {
					ceiling = Math.min(ceiling, 0);
				}
			}
			long day = dateOfBirth.toEpochDay();
			if (floor != Integer.MIN_VALUE) {
				range[1] = (int) Math.min(range[1], Math.max(-MOST - 1, lastBornAtLeast(on, floor).toEpochDay() - day));
			}
			if (ceiling != Integer.MAX_VALUE) {
				range[0] = (int) Math.max(range[0], Math.min(MOST + 1, lastBornAtLeast(on, ceiling).toEpochDay() + 1 - day));
			}
		}

		/** The latest date of birth that makes someone at least {@code years} old on {@code on}. */
		private static LocalDate lastBornAtLeast(LocalDate on, int years) {
			LocalDate d = on.minusYears(years);
			while (Period.between(d, on).getYears() < years) {
				d = d.minusDays(1);
			}
			while (Period.between(d.plusDays(1), on).getYears() >= years) {
				d = d.plusDays(1);
			}
			return d;
		}

		/** The age on {@code on} after moving by {@code shift}, as the number of limits reached (-1 before birth). */
		private int band(int shift, LocalDate on, int[] limits) {
			int age = Period.between(dateOfBirth.plusDays(shift), on).getYears();
			if (age < 0) {
				return -1;
			}
			int reached = 0;
			for (int limit : limits) {
				reached += age >= limit ? 1 : 0;
			}
			return reached;
		}

		/** How many limits and sides moving by {@code shift} would cross. */
		int broken(int shift) {
			int broken = 0;
			for (LocalDate on : ageDates) {
				broken += band(shift, on, AGE_LIMITS) == band(0, on, AGE_LIMITS) ? 0 : 1;
			}
			for (Map.Entry<LocalDate, int[]> e : LIMIT_DATES.entrySet()) {
				broken += band(shift, e.getKey(), e.getValue()) == band(0, e.getKey(), e.getValue()) ? 0 : 1;
			}
			LocalDate moved = dateOfBirth.plusDays(shift);
			for (LocalDate other : otherDates) {
				broken += Integer.signum(other.compareTo(moved)) == Integer.signum(other.compareTo(dateOfBirth)) ? 0 : 1;
			}
			return broken;
		}
	}

	/** Every date in an entity and its children. */
	private static void collectDates(EntitySpec spec, IlrEntity e, Set<LocalDate> out) {
		List<Member> members = spec.members();
		for (int i = 0; i < members.size(); i++) {
			Object v = spec.get(e, i);
			if (v instanceof LocalDate d) {
				out.add(d);
			}
			else if (v instanceof List<?> list && members.get(i) instanceof ChildSpec c) {
				for (Object x : list) {
					collectDates(c.entity(), (IlrEntity) x, out);
				}
			}
			else if (v instanceof IlrEntity x && members.get(i) instanceof ChildSpec c) {
				collectDates(c.entity(), x, out);
			}
		}
	}

	/** The records of each person: linked by a real ULN, a learner reference, or names and date of birth. */
	private static List<List<Integer>> people(List<Learner> learners) {
		int[] parent = new int[learners.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		Map<String, Integer> first = new HashMap<>();
		for (int i = 0; i < learners.size(); i++) {
			Learner l = learners.get(i);
			Long uln = l.uln();
			String ref = l.learnRefNumber() == null ? null : l.learnRefNumber().strip().toUpperCase(Locale.ROOT);
			String name = nameKey(l);
			for (String key : new String[] { uln == null || uln == DerivedData.ULN_NOT_KNOWN ? null : "u" + uln,
					ref == null || ref.isEmpty() ? null : "r" + ref,
					name == null ? null : "n" + name + "|" + l.dateOfBirth() }) {
				if (key != null) {
					Integer j = first.putIfAbsent(key, i);
					if (j != null) {
						union(parent, i, j);
					}
				}
			}
		}
		Map<Integer, List<Integer>> groups = new TreeMap<>();
		for (int i = 0; i < parent.length; i++) {
			groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
		}
		return new ArrayList<>(groups.values());
	}

	/** What stays the same about a person from one return to the next, to key their move on. */
	private static String identity(List<Learner> learners, List<Integer> person) {
		String best = null;
		for (int i : person) {
			Learner l = learners.get(i);
			String name = nameKey(l);
			String id = l.uln() != null && l.uln() != DerivedData.ULN_NOT_KNOWN ? "1 " + l.uln()
					: name != null && l.dateOfBirth() != null ? "2 " + name + "|" + l.dateOfBirth()
							: "3 " + (l.learnRefNumber() == null ? "" : l.learnRefNumber().strip().toUpperCase(Locale.ROOT))
									+ "|" + i;
			best = best == null || id.compareTo(best) < 0 ? id : best;
		}
		return best;
	}

	/** Family and given names by their letters alone, as "the same person" is looked for; null without both. */
	private static String nameKey(Learner l) {
		if (l.familyName() == null || l.givenNames() == null) {
			return null;
		}
		return Letters.lettersOnly(l.familyName()) + "|" + Letters.lettersOnly(l.givenNames());
	}

	private static void union(int[] parent, int a, int b) {
		int x = root(parent, a);
		int y = root(parent, b);
		if (x != y) {
			parent[Math.max(x, y)] = Math.min(x, y);
		}
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}
}

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
 * rule or a question measures age on: each start and original start, 31 August of each start's year, and the
 * collection year's key dates. Those are the same in every return, so a person keeps the same date of birth from
 * one return to the next (with the same key) unless a new aim rules the earlier choice out. Ages, age bands and the school year of birth are
 * therefore unchanged, and the age rules fire or not as before. Each date of birth also stays on the same side of
 * every other date in the learner's record.
 *
 * <p>
 * One person's records are those that share a real ULN, a learner reference, or names and date of birth. Two
 * people whose names are alike never end up with the same date of birth, which would make them look like one.
 */
final class BirthDates {

	/** The most a date of birth moves, in days, either way. */
	static final int MOST = 180;

	/** Steps through the 360 possible moves; each is prime to 360, so every move is tried once. */
	private static final int[] STEPS = { 1, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 49, 53, 59, 61, 67, 71, 73,
			77, 79, 83, 89, 91, 97, 101, 103, 107, 109, 113, 119 };

	/**
	 * @param shifts for each learner record, the days its date of birth moves (0 when it has none)
	 * @param people how many people have a date of birth
	 * @param compromised people for whom no move kept every age: they got the move that changed fewest
	 */
	record Result(int[] shifts, int people, int compromised) {
	}

	private BirthDates() {
	}

	static Result shifts(Message message, Mac mac) {
		List<Learner> learners = message.learners();
		int n = learners.size();
		List<List<Integer>> people = people(learners);
		Map<String, List<Integer>> byIdentity = new TreeMap<>();
		for (List<Integer> person : people) {
			if (person.stream().anyMatch(i -> learners.get(i).dateOfBirth() != null)) {
				byIdentity.put(identity(learners, person), person);
			}
		}
		int[] shifts = new int[n];
		Map<String, String> taken = new HashMap<>();
		int compromised = 0;
		for (Map.Entry<String, List<Integer>> e : byIdentity.entrySet()) {
			Cancellation.check();
			List<Record> records = new ArrayList<>();
			for (int i : e.getValue()) {
				if (learners.get(i).dateOfBirth() != null) {
					records.add(new Record(learners.get(i), FIXED));
				}
			}
			KeyedRandom r = KeyedRandom.of(mac, "DateOfBirth", e.getKey(), 0);
			int start = r.next(2 * MOST);
			int step = STEPS[r.next(STEPS.length)];
			int best = 0;
			int fewest = Integer.MAX_VALUE;
			for (int k = 0; k < 2 * MOST && fewest > 0; k++) {
				int index = (start + k * step) % (2 * MOST);
				int shift = index < MOST ? index - MOST : index - MOST + 1;
				if (clashes(records, shift, e.getKey(), taken)) {
					continue;
				}
				int broken = 0;
				for (Record rec : records) {
					broken += rec.broken(shift);
				}
				if (broken < fewest) {
					fewest = broken;
					best = shift;
				}
			}
			if (best == 0) {
				best = 1 - 2 * r.next(2);
			}
			if (fewest > 0) {
				compromised++;
			}
			for (int i : e.getValue()) {
				shifts[i] = learners.get(i).dateOfBirth() == null ? 0 : best;
			}
			for (Record rec : records) {
				if (rec.nameKey != null) {
					taken.put(rec.nameKey + "|" + rec.dateOfBirth.plusDays(best), e.getKey());
				}
			}
		}
		return new Result(shifts, byIdentity.size(), compromised);
	}

	/** Whether moving by {@code shift} would give one of these records the names and date of birth of another person. */
	private static boolean clashes(List<Record> records, int shift, String identity, Map<String, String> taken) {
		for (Record rec : records) {
			if (rec.nameKey != null) {
				String other = taken.get(rec.nameKey + "|" + rec.dateOfBirth.plusDays(shift));
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
		final LocalDate[] ageDates;
		final int[] ages;
		final LocalDate[] otherDates;
		final int[] sides;

		Record(Learner l, List<LocalDate> fixed) {
			dateOfBirth = l.dateOfBirth();
			nameKey = nameKey(l);
			Set<LocalDate> measured = new LinkedHashSet<>(fixed);
			for (LearningDelivery d : l.learningDelivery()) {
				for (LocalDate start : new LocalDate[] { d.learnStartDate(), d.origLearnStartDate() }) {
					if (start != null) {
						measured.add(start);
						measured.add(RuleContext.august31OfYearOf(start));
					}
				}
			}
			ageDates = measured.toArray(LocalDate[]::new);
			ages = new int[ageDates.length];
			for (int i = 0; i < ageDates.length; i++) {
				ages[i] = Period.between(dateOfBirth, ageDates[i]).getYears();
			}
			Set<LocalDate> others = new LinkedHashSet<>();
			collectDates(IlrSchema.LEARNER, l, others);
			others.remove(dateOfBirth);
			otherDates = others.toArray(LocalDate[]::new);
			sides = new int[otherDates.length];
			for (int i = 0; i < otherDates.length; i++) {
				sides[i] = Integer.signum(otherDates[i].compareTo(dateOfBirth));
			}
		}

		/** How many ages and sides moving by {@code shift} would change. */
		int broken(int shift) {
			LocalDate moved = dateOfBirth.plusDays(shift);
			int broken = 0;
			for (int i = 0; i < ageDates.length; i++) {
				broken += Period.between(moved, ageDates[i]).getYears() == ages[i] ? 0 : 1;
			}
			for (int i = 0; i < otherDates.length; i++) {
				broken += Integer.signum(otherDates[i].compareTo(moved)) == sides[i] ? 0 : 1;
			}
			return broken;
		}
	}

	/** The dates the rules measure every learner's age on, whatever the return. */
	private static final List<LocalDate> FIXED = List.of(RuleContext.YEAR_START, RuleContext.AUGUST_31,
			RuleContext.JANUARY_FIRST, RuleContext.YEAR_END);

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

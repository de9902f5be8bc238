package dev.ilrsh.diff;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The differences between two returns (see {@link Differ#compare}).
 *
 * @param older the old file's content
 * @param newer the new file's content
 * @param header changes to the header, source files and provider
 * @param match which learner record is which
 * @param changed the learners in both files that differ, in new-file order
 * @param elapsed how long the comparison took
 */
public record ReturnDiff(Message older, Message newer, List<Change> header, LearnerMatch match,
		List<LearnerDiff> changed, Duration elapsed) {

	private static final Set<String> FAMS = Set.of("LearnerFAM", "LearningDeliveryFAM");
	private static final Set<String> EMPLOYMENT = Set.of("LearnerEmploymentStatus", "EmploymentStatusMonitoring");

	public ReturnDiff {
		header = List.copyOf(header);
		changed = List.copyOf(changed);
	}

	/** True when the two files hold the same data, header included. */
	public boolean isSame() {
		return header.isEmpty() && changed.isEmpty() && joined().isEmpty() && left().isEmpty();
	}

	/** Positions in the new file of learners that are not in the old one. */
	public List<Integer> joined() {
		return unmatched(match.oldOfNew());
	}

	/** Positions in the old file of learners that are not in the new one. */
	public List<Integer> left() {
		return unmatched(match.newOfOld());
	}

	public int matchedByUln() {
		int n = 0;
		for (boolean b : match.byUln()) {
			n += b ? 1 : 0;
		}
		return n;
	}

	public int unchanged() {
		return older.learners().size() - left().size() - changed.size();
	}

	/** Every change as a row: header, learners who joined, learners who left, then each changed learner in turn. */
	public List<Change> changes() {
		List<Change> rows = new ArrayList<>(header);
		Map<Long, String> newByUln = byUln(newer.learners());
		Map<Long, String> oldByUln = byUln(older.learners());
		for (int j : joined()) {
			Learner l = newer.learners().get(j);
			Long uln = LearnerMatch.realUln(l);
			String was = uln == null ? null : oldByUln.get(uln);
			rows.add(new Change(Change.Kind.JOINED, "Learner", l.learnRefNumber(), l.uln(), null, null, null, null,
					describe(l), was == null ? null : "the old file has this ULN on " + was));
		}
		for (int i : left()) {
			Learner l = older.learners().get(i);
			Long uln = LearnerMatch.realUln(l);
			String into = uln == null ? null : newByUln.get(uln);
			rows.add(new Change(Change.Kind.LEFT, "Learner", l.learnRefNumber(), l.uln(), null, null, null,
					describe(l), null, into == null ? null : "merged into " + into + " (same ULN)"));
		}
		for (LearnerDiff d : changed) {
			rows.addAll(d.changes());
		}
		return rows;
	}

	/** How many of the learners who left share a ULN with a learner of the new file: merged by a restructure. */
	public int mergedAway() {
		Map<Long, String> newByUln = byUln(newer.learners());
		int n = 0;
		for (int i : left()) {
			Long uln = LearnerMatch.realUln(older.learners().get(i));
			n += uln != null && newByUln.containsKey(uln) ? 1 : 0;
		}
		return n;
	}

	/** Counts of the changes by what they are about, for the summary. */
	public record Counts(int aimsAdded, int aimsRemoved, int aimsChanged, int learnerFields, int aimFields, int fams,
			int prices, int employment, int other) {
	}

	public Counts counts() {
		int added = 0;
		int removed = 0;
		int aimsChanged = 0;
		int learnerFields = 0;
		int aimFields = 0;
		int fams = 0;
		int prices = 0;
		int employment = 0;
		int other = 0;
		for (LearnerDiff d : changed) {
			added += d.aimsAdded();
			removed += d.aimsRemoved();
			aimsChanged += d.aimsChanged();
			for (Change c : d.changes()) {
				String e = c.entity();
				if (e.equals("Learner")) {
					learnerFields++;
				}
				else if (e.equals("LearningDelivery")) {
					aimFields += c.kind() == Change.Kind.CHANGED ? 1 : 0;
				}
				else if (FAMS.contains(e)) {
					fams++;
				}
				else if (e.equals("AppFinRecord")) {
					prices++;
				}
				else if (EMPLOYMENT.contains(e)) {
					employment++;
				}
				else {
					other++;
				}
			}
		}
		return new Counts(added, removed, aimsChanged, learnerFields, aimFields, fams, prices, employment, other);
	}

	private static List<Integer> unmatched(int[] matches) {
		List<Integer> list = new ArrayList<>();
		for (int i = 0; i < matches.length; i++) {
			if (matches[i] < 0) {
				list.add(i);
			}
		}
		return list;
	}

	private static Map<Long, String> byUln(List<Learner> learners) {
		Map<Long, String> map = new HashMap<>();
		for (Learner l : learners) {
			Long uln = LearnerMatch.realUln(l);
			if (uln != null) {
				map.putIfAbsent(uln, l.learnRefNumber());
			}
		}
		return map;
	}

	/** A learner in a few words: how many aims, and the first start. */
	static String describe(Learner l) {
		int n = l.learningDelivery().size();
		LocalDate first = DerivedData.earliestStartDate(l).orElse(null);
		long programmes = l.learningDelivery().stream().filter(LearningDelivery::isProgrammeAim).count();
		return n + " aim" + (n == 1 ? "" : "s") + (programmes == 0 ? "" : " (" + programmes + " programme"
				+ (programmes == 1 ? "" : "s") + ")") + (first == null ? "" : ", first started " + first);
	}
}

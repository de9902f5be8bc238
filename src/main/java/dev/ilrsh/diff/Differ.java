package dev.ilrsh.diff;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Compares two returns. */
public final class Differ {

	private Differ() {
	}

	/**
	 * Compares {@code older} with {@code newer}: the header and provider, then every learner (see
	 * {@link LearnerMatch} for how learners are recognised and {@link EntityComparer} for records within them).
	 */
	public static ReturnDiff compare(Message older, Message newer) {
		long started = System.nanoTime();
		List<Change> header = new ArrayList<>();
		new EntityComparer(header, new EntityComparer.AimTally()).compare(IlrSchema.MESSAGE, older, newer,
				Where.FILE, "");
		List<Learner> olds = older.learners();
		List<Learner> news = newer.learners();
		LearnerMatch match = LearnerMatch.of(olds, news);
		List<LearnerDiff> changed = new ArrayList<>();
		for (int j = 0; j < news.size(); j++) {
			int i = match.oldOfNew()[j];
			if (i < 0) {
				continue;
			}
			if ((j & 1023) == 0) {
				Cancellation.check();
			}
			Learner a = olds.get(i);
			Learner b = news.get(j);
			if (!match.byUln()[i] && EntityComparer.same(IlrSchema.LEARNER, a, b)) {
				continue;
			}
			List<Change> changes = new ArrayList<>();
			EntityComparer.AimTally aims = new EntityComparer.AimTally();
			new EntityComparer(changes, aims).compare(IlrSchema.LEARNER, a, b,
					new Where(b.learnRefNumber(), b.uln(), null, null), "");
			if (match.byUln()[i]) {
				changes = noteReferenceChange(changes);
			}
			changed.add(new LearnerDiff(i, j, match.byUln()[i], changes, aims.added, aims.removed, aims.changed,
					aims.newNumberOfOld));
		}
		return new ReturnDiff(older, newer, header, match, changed, Duration.ofNanos(System.nanoTime() - started));
	}

	/** Says on the learner's row that it was recognised by its ULN. */
	private static List<Change> noteReferenceChange(List<Change> changes) {
		List<Change> noted = new ArrayList<>(changes.size());
		for (Change c : changes) {
			if ("Learner".equals(c.entity()) && "LearnRefNumber".equals(c.field())) {
				c = new Change(c.kind(), c.entity(), c.learnRefNumber(), c.uln(), c.aimSeqNumber(), c.learnAimRef(),
						c.field(), c.oldValue(), c.newValue(), "matched by ULN: the reference changed");
			}
			noted.add(c);
		}
		return noted;
	}
}

package dev.ilrsh.restructure;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Member;
import dev.ilrsh.xml.LoadProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load problems a merged file still has. Values that did not parse are written back as they were read, so a
 * merged learner keeps the problems of the data it keeps, now under the kept reference and with its aims' new
 * places; the problems of data the merge leaves out (a repeated status, the version of a conflict not taken) go.
 */
final class ProblemsAfterMerge {

	/** The first step below the learner in a problem's path: {@code LearningDelivery[2]}, {@code LearnerHE}. */
	private static final Pattern FIRST_STEP = Pattern.compile("^Learner/([A-Za-z]+)(?:\\[(\\d+)])?(.*)$");

	private ProblemsAfterMerge() {
	}

	static List<LoadProblem> of(List<LoadProblem> problems, Merger.Result result) {
		if (problems.isEmpty()) {
			return problems;
		}
		Map<String, Merger.Merged> byRef = new HashMap<>();
		result.merged().forEach(m -> m.before().forEach(r -> byRef.put(r.learnRefNumber(), m)));
		List<LoadProblem> after = new ArrayList<>();
		for (LoadProblem p : problems) {
			Cancellation.check();
			Merger.Merged merged = p.learnRefNumber() == null ? null : byRef.get(p.learnRefNumber());
			if (merged == null) {
				after.add(p);
				continue;
			}
			Learner record = recordOf(p, merged.before());
			String path = pathAfter(p, record, merged);
			if (path != null) {
				after.add(new LoadProblem(p.line(), merged.after().learnRefNumber(), path, p.element(), p.kind(),
						p.message()));
			}
		}
		return after;
	}

	/** The record a problem was read in: the last of those with its reference that starts before its line. */
	private static Learner recordOf(LoadProblem p, List<Learner> records) {
		Learner found = null;
		for (Learner r : records) {
			if (Objects.equals(r.learnRefNumber(), p.learnRefNumber())
					&& (found == null || r.extras().line() <= p.line() && r.extras().line() > found.extras().line())) {
				found = r;
			}
		}
		return found;
	}

	/** Where the problem's data sits in the merged learner, or null when the merge did not keep it. */
	private static String pathAfter(LoadProblem p, Learner record, Merger.Merged merged) {
		Learner after = merged.after();
		String path = p.path() == null ? "Learner" : p.path();
		if (path.equals("Learner")) {
			Member member = IlrSchema.LEARNER.member(p.element());
			boolean keptField = !(member instanceof FieldSpec)
					|| Reconciler.fieldText(after, p.element()).equals(Reconciler.fieldText(record, p.element()))
							&& Objects.equals(after.extras().rawValues().get(p.element()),
									record.extras().rawValues().get(p.element()));
			return keptField ? path : null;
		}
		Matcher m = FIRST_STEP.matcher(path);
		if (!m.matches()) {
			return path;
		}
		String child = m.group(1);
		EntitySpec spec = IlrSchema.LEARNER;
		int index = spec.indexOf(child);
		if (index < 0) {
			return path;
		}
		Object was = spec.get(record, index);
		Object now = spec.get(after, index);
		if (m.group(2) == null) {
			return was == now ? path : null;
		}
		int position = Integer.parseInt(m.group(2)) - 1;
		if (!(was instanceof List<?> list) || position < 0 || position >= list.size()) {
			return path;
		}
		Object entity = list.get(position);
		List<?> kept = child.equals("LearningDelivery") ? merged.origins() : (List<?>) now;
		for (int i = 0; i < kept.size(); i++) {
			if (kept.get(i) == entity) {
				return "Learner/" + child + "[" + (i + 1) + "]" + m.group(3);
			}
		}
		return null;
	}
}

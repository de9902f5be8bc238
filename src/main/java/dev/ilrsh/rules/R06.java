package dev.ilrsh.rules;


import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * R06: two learner records must not share a LearnRefNumber. Compared without regard to case; every record of a
 * shared reference is reported, naming the others.
 */
final class R06 implements Rule.FileRule {

	static final RuleInfo INFO = RuleSupport.info("R06", "E", RuleInfo.CROSS_RECORD, "Learner",
			"each learner record must have its own LearnRefNumber", "LearnRefNumber");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(Message message, RuleContext context, Findings out) {
		List<Learner> learners = message.learners();
		Map<String, List<Integer>> shared = SharedKeys.of(learners,
				l -> l.learnRefNumber() == null ? null : l.learnRefNumber().strip().toLowerCase(Locale.ROOT));
		for (List<Integer> group : shared.values()) {
			for (int i : group) {
				int count = group.size() - 1;
				String others = SharedKeys.others(group, i, j -> R59.where(learners.get(j), j));
				out.at(i);
				out.learner(INFO, learners.get(i), "LearnRefNumber " + learners.get(i).learnRefNumber()
						+ " is also used by " + (count == 1 ? "another learner record ("
								: SharedKeys.grouped(count) + " other learner records (")
						+ others + ")");
			}
		}
	}
}

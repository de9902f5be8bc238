package dev.ilrsh.rules;


import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import java.util.List;
import java.util.Map;

/**
 * R59: two learner records must not share a ULN (the temporary 9999999999 aside), whatever their LearnRefNumbers.
 * Every record of a shared ULN is reported, naming the others: usually one person's programmes split across records.
 */
final class R59 implements Rule.FileRule {

	static final RuleInfo INFO = RuleSupport.info("R59", "E", RuleInfo.CROSS_RECORD, "Learner",
			"one person, one learner record: a ULN must not appear on two records", "ULN");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(Message message, RuleContext context, Findings out) {
		List<Learner> learners = message.learners();
		Map<Long, List<Integer>> shared = SharedKeys.of(learners,
				l -> l.uln() == null || l.uln() == DerivedData.ULN_NOT_KNOWN ? null : l.uln());
		for (Map.Entry<Long, List<Integer>> e : shared.entrySet()) {
			for (int i : e.getValue()) {
				int count = e.getValue().size() - 1;
				String others = SharedKeys.others(e.getValue(), i,
						j -> "learner " + learners.get(j).learnRefNumber() + " (" + where(learners.get(j), j) + ")");
				out.at(i);
				out.learner(INFO, learners.get(i), "ULN " + e.getKey() + " is also on "
						+ (count > SharedKeys.NAMED + 1 ? SharedKeys.grouped(count) + " other records: " : "") + others);
			}
		}
	}

	/** Where a learner record is: its line, or its position in the file when it was built in memory. */
	static String where(Learner learner, int index) {
		int line = learner.extras() == null ? 0 : learner.extras().line();
		return line > 0 ? "line " + line : "record " + (index + 1) + " in the file";
	}
}

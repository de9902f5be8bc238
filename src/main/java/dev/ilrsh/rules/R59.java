package dev.ilrsh.rules;


import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import java.util.ArrayList;
import java.util.HashMap;
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
		// one map of first sightings; lists only for the (few) ULNs seen again
		Map<Long, Integer> first = new HashMap<>(learners.size() * 2);
		Map<Long, List<Integer>> shared = new java.util.LinkedHashMap<>();
		for (int i = 0; i < learners.size(); i++) {
			Long uln = learners.get(i).uln();
			if (uln != null && uln != DerivedData.ULN_NOT_KNOWN) {
				Integer earlier = first.putIfAbsent(uln, i);
				if (earlier != null) {
					shared.computeIfAbsent(uln, k -> new ArrayList<>(List.of(earlier))).add(i);
				}
			}
		}
		for (Map.Entry<Long, List<Integer>> e : shared.entrySet()) {
			List<Integer> group = e.getValue();
			for (int i : group) {
				List<String> others = new ArrayList<>();
				for (int j : group) {
					if (j != i) {
						others.add("learner " + learners.get(j).learnRefNumber() + " (" + where(learners.get(j), j) + ")");
					}
				}
				out.at(i);
				out.learner(INFO, learners.get(i), "ULN " + e.getKey() + " is also on " + String.join(", ", others));
			}
		}
	}

	/** Where a learner record is: its line, or its position in the file when it was built in memory. */
	static String where(Learner learner, int index) {
		int line = learner.extras() == null ? 0 : learner.extras().line();
		return line > 0 ? "line " + line : "record " + (index + 1) + " in the file";
	}
}

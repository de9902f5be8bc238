package dev.ilrsh.rules;


import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import java.util.ArrayList;
import java.util.HashMap;
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
		// one map of first sightings; lists only for the (few) references seen again
		Map<String, Integer> first = new HashMap<>(learners.size() * 2);
		Map<String, List<Integer>> shared = new java.util.LinkedHashMap<>();
		for (int i = 0; i < learners.size(); i++) {
			String ref = learners.get(i).learnRefNumber();
			if (ref != null) {
				String key = ref.strip().toLowerCase(Locale.ROOT);
				Integer earlier = first.putIfAbsent(key, i);
				if (earlier != null) {
					shared.computeIfAbsent(key, k -> new ArrayList<>(List.of(earlier))).add(i);
				}
			}
		}
		for (List<Integer> group : shared.values()) {
			for (int i : group) {
				List<String> others = new ArrayList<>();
				for (int j : group) {
					if (j != i) {
						others.add(R59.where(learners.get(j), j));
					}
				}
				out.at(i);
				out.learner(INFO, learners.get(i), "LearnRefNumber " + learners.get(i).learnRefNumber()
						+ " is also used by " + (others.size() == 1 ? "another learner record (" : "other learner records (")
						+ String.join(", ", others) + ")");
			}
		}
	}
}

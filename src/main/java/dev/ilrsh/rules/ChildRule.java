package dev.ilrsh.rules;

import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import java.util.List;
import java.util.function.Function;

/**
 * A rule on each record of one kind under a learner (employment statuses, LLDD records) or under each aim (FAMs,
 * financial records, work placements); one finding per failing record, with that record's field values.
 */
final class ChildRule<T extends IlrEntity> implements Rule.LearnerRule {

	@FunctionalInterface
	interface Check<T> {

		/** A plain sentence saying what is wrong with this record, or null. {@code aim} is null for learner records. */
		String check(Learner learner, LearningDelivery aim, T record, RuleContext context);
	}

	private final RuleInfo info;
	private final Function<Learner, List<T>> ofLearner;
	private final Function<LearningDelivery, List<T>> ofAim;
	private final Check<T> check;

	private ChildRule(RuleInfo info, Function<Learner, List<T>> ofLearner, Function<LearningDelivery, List<T>> ofAim,
			Check<T> check) {
		this.info = info;
		this.ofLearner = ofLearner;
		this.ofAim = ofAim;
		this.check = check;
	}

	/** A rule on each record the learner holds directly. */
	static <T extends IlrEntity> ChildRule<T> ofLearner(RuleInfo info, Function<Learner, List<T>> records,
			Check<T> check) {
		return new ChildRule<>(info, records, null, check);
	}

	/** A rule on each record held by each of the learner's aims. */
	static <T extends IlrEntity> ChildRule<T> ofAim(RuleInfo info, Function<LearningDelivery, List<T>> records,
			Check<T> check) {
		return new ChildRule<>(info, null, records, check);
	}

	@Override
	public RuleInfo info() {
		return info;
	}

	@Override
	public void check(Learner learner, RuleContext context, Findings out) {
		// indexed loops, not for-each: an iterator for each learner and aim is most of what these rules would allocate
		if (ofLearner != null) {
			List<T> records = ofLearner.apply(learner);
			for (int i = 0; i < records.size(); i++) {
				T record = records.get(i);
				String message = check.check(learner, null, record, context);
				if (message != null) {
					out.add(info, learner, null, record, message);
				}
			}
			return;
		}
		List<LearningDelivery> aims = learner.learningDelivery();
		for (int a = 0; a < aims.size(); a++) {
			LearningDelivery aim = aims.get(a);
			List<T> records = ofAim.apply(aim);
			for (int i = 0; i < records.size(); i++) {
				T record = records.get(i);
				String message = check.check(learner, aim, record, context);
				if (message != null) {
					out.add(info, learner, aim, record, message);
				}
			}
		}
	}
}

package dev.ilrsh.rules;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import java.util.List;

/** A rule that looks at each learning aim on its own (with its learner at hand); one finding per failing aim. */
final class AimRule implements Rule.LearnerRule {

	/** Decides one aim: a plain sentence saying what is wrong with it, or null when it passes. */
	@FunctionalInterface
	interface Check {

		String check(Learner learner, LearningDelivery aim, RuleContext context);
	}

	private final RuleInfo info;
	private final Check check;
	private final java.util.function.BiFunction<Learner, LearningDelivery, dev.ilrsh.model.IlrEntity> record;

	AimRule(RuleInfo info, Check check) {
		this(info, (l, d) -> null, check);
	}

	/**
	 * A rule on each aim whose findings also show the fields of one of the aim's records ({@code record} may answer
	 * null), such as the latest ACT record.
	 */
	AimRule(RuleInfo info, java.util.function.BiFunction<Learner, LearningDelivery, dev.ilrsh.model.IlrEntity> record,
			Check check) {
		this.info = info;
		this.check = check;
		this.record = record;
	}

	@Override
	public RuleInfo info() {
		return info;
	}

	@Override
	public void check(Learner learner, RuleContext context, Findings out) {
		// indexed, not for-each: run on every aim of every learner, an iterator each time is most of what it allocates
		List<LearningDelivery> aims = learner.learningDelivery();
		for (int i = 0; i < aims.size(); i++) {
			LearningDelivery aim = aims.get(i);
			String message = check.check(learner, aim, context);
			if (message != null) {
				out.add(info, learner, aim, record.apply(learner, aim), message);
			}
		}
	}
}

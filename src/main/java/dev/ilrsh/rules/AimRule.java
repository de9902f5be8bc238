package dev.ilrsh.rules;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;

/** A rule that looks at each learning aim on its own (with its learner at hand); one finding per failing aim. */
final class AimRule implements Rule.LearnerRule {

	/** Decides one aim: a plain sentence saying what is wrong with it, or null when it passes. */
	@FunctionalInterface
	interface Check {

		String check(Learner learner, LearningDelivery aim, RuleContext context);
	}

	private final RuleInfo info;
	private final Check check;

	AimRule(RuleInfo info, Check check) {
		this.info = info;
		this.check = check;
	}

	@Override
	public RuleInfo info() {
		return info;
	}

	@Override
	public void check(Learner learner, RuleContext context, Findings out) {
		for (LearningDelivery aim : learner.learningDelivery()) {
			String message = check.check(learner, aim, context);
			if (message != null) {
				out.aim(info, learner, aim, message);
			}
		}
	}
}

package dev.ilrsh.rules;

import dev.ilrsh.model.Learner;

/** A rule decided once per learner record; at most one finding per learner. */
final class LearnerLevelRule implements Rule.LearnerRule {

	/** Decides one learner: a plain sentence saying what is wrong, or null when it passes. */
	@FunctionalInterface
	interface Check {

		String check(Learner learner, RuleContext context);
	}

	private final RuleInfo info;
	private final Check check;

	LearnerLevelRule(RuleInfo info, Check check) {
		this.info = info;
		this.check = check;
	}

	@Override
	public RuleInfo info() {
		return info;
	}

	@Override
	public void check(Learner learner, RuleContext context, Findings out) {
		String message = check.check(learner, context);
		if (message != null) {
			out.learner(info, learner, message);
		}
	}
}

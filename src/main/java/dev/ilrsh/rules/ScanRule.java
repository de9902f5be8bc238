package dev.ilrsh.rules;

import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;

/** A rule that looks across one learner's records (aims against aims, records against records). */
final class ScanRule implements Rule.LearnerRule {

	/** Where a scan reports what it finds. */
	interface Report {

		void learner(String message);

		void aim(LearningDelivery aim, String message);

		void record(LearningDelivery aim, IlrEntity record, String message);
	}

	@FunctionalInterface
	interface Scan {

		void scan(Learner learner, RuleContext context, Report report);
	}

	private final RuleInfo info;
	private final Scan scan;

	ScanRule(RuleInfo info, Scan scan) {
		this.info = info;
		this.scan = scan;
	}

	@Override
	public RuleInfo info() {
		return info;
	}

	@Override
	public void check(Learner learner, RuleContext context, Findings out) {
		scan.scan(learner, context, new Report() {
			@Override
			public void learner(String message) {
				out.learner(info, learner, message);
			}

			@Override
			public void aim(LearningDelivery aim, String message) {
				out.aim(info, learner, aim, message);
			}

			@Override
			public void record(LearningDelivery aim, IlrEntity record, String message) {
				out.add(info, learner, aim, record, message);
			}
		});
	}
}

package dev.ilrsh.rules;

import dev.ilrsh.model.Learner;
import dev.ilrsh.refdata.LarsTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A learner rule that looks things up in LARS: run only when the parts it names are loaded
 * ({@link RuleContext#lars()} is then never null), and otherwise listed by validate as skipped.
 */
final class NeedsLars implements Rule.LearnerRule {

	private final Rule.LearnerRule rule;
	private final Set<LarsTable> needs;

	private NeedsLars(Rule.LearnerRule rule, Set<LarsTable> needs) {
		this.rule = rule;
		this.needs = needs;
	}

	/** The rule, run only when LARS with these parts is loaded. */
	static Rule of(Rule.LearnerRule rule, LarsTable first, LarsTable... more) {
		return new NeedsLars(rule, Set.copyOf(EnumSet.of(first, more)));
	}

	@Override
	public RuleInfo info() {
		return rule.info();
	}

	@Override
	public List<RuleInfo> infos() {
		return rule.infos();
	}

	@Override
	public Set<LarsTable> needs() {
		return needs;
	}

	@Override
	public void check(Learner learner, RuleContext context, Findings out) {
		if (context.lars() != null) {
			rule.check(learner, context, out);
		}
	}
}

package dev.ilrsh.rules;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;

/** One validation rule. A rule looks either at one learner at a time or at the file as a whole. */
public sealed interface Rule permits Rule.LearnerRule, Rule.FileRule {

	RuleInfo info();

	/**
	 * Every rule this object decides. Most objects decide one rule; a table-driven family (the field definition
	 * rules) decides many in one walk over the learner and lists them all here.
	 */
	default java.util.List<RuleInfo> infos() {
		return java.util.List.of(info());
	}

	default String name() {
		return info().name();
	}

	/**
	 * The parts of LARS the rule looks things up in; empty for rules decided from the file alone. A rule whose
	 * parts are not all loaded is not run, and the report names it.
	 */
	default java.util.Set<dev.ilrsh.refdata.LarsTable> needs() {
		return java.util.Set.of();
	}

	/** A rule decided from one learner record alone (with the file's header in the context). */
	non-sealed interface LearnerRule extends Rule {

		void check(Learner learner, RuleContext context, Findings out);
	}

	/**
	 * A rule over the file: its name and header, or across learner records (duplicates). It must run in one pass
	 * with hash maps, never comparing every learner with every other.
	 */
	non-sealed interface FileRule extends Rule {

		void check(Message message, RuleContext context, Findings out);
	}
}

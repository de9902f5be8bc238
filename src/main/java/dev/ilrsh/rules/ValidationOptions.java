package dev.ilrsh.rules;

import dev.ilrsh.progress.Progress;
import dev.ilrsh.refdata.RefData;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to validate.
 *
 * @param referenceDate the date rules compare "the file preparation date" with; null for the header's
 *     FilePreparationDate
 * @param rules rule names to run (any spelling; a trailing {@code *} matches a prefix, so {@code ULN_*} or
 *     {@code FD_*}); empty for every rule
 * @param learners LearnRefNumbers to report on; empty for all. Cross-record rules still look at every learner.
 * @param severity report only findings of this severity; null for both
 * @param today the date rules that speak of "today" use; null for the system clock
 * @param refData the reference data rules may look things up in; {@link RefData#NONE} for none
 * @param progress told as learners are checked (for the shell to show); not part of what is validated
 */
public record ValidationOptions(LocalDate referenceDate, Set<String> rules, Set<String> learners, Severity severity,
		LocalDate today, RefData refData, Progress progress) {

	public ValidationOptions {
		rules = rules == null ? Set.of()
				: rules.stream().map(RuleNames::normalise).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
		learners = learners == null ? Set.of() : Set.copyOf(learners);
		refData = refData == null ? RefData.NONE : refData;
		progress = progress == null ? Progress.NONE : progress;
	}

	public static ValidationOptions defaults() {
		return new ValidationOptions(null, Set.of(), Set.of(), null, null, RefData.NONE, Progress.NONE);
	}

	public ValidationOptions withReferenceDate(LocalDate date) {
		return new ValidationOptions(date, rules, learners, severity, today, refData, progress);
	}

	public ValidationOptions withRules(Collection<String> names) {
		return new ValidationOptions(referenceDate, Set.copyOf(names), learners, severity, today, refData, progress);
	}

	public ValidationOptions withRules(String... names) {
		return withRules(List.of(names));
	}

	public ValidationOptions withLearners(Collection<String> learnRefNumbers) {
		return new ValidationOptions(referenceDate, rules, Set.copyOf(learnRefNumbers), severity, today, refData, progress);
	}

	public ValidationOptions withSeverity(Severity only) {
		return new ValidationOptions(referenceDate, rules, learners, only, today, refData, progress);
	}

	public ValidationOptions withToday(LocalDate date) {
		return new ValidationOptions(referenceDate, rules, learners, severity, date, refData, progress);
	}

	/** These options with reference data to look things up in (LARS). */
	public ValidationOptions withRefData(RefData data) {
		return new ValidationOptions(referenceDate, rules, learners, severity, today, data, progress);
	}

	/** The same options, telling {@code listener} as learners are checked. */
	public ValidationOptions withProgress(Progress listener) {
		return new ValidationOptions(referenceDate, rules, learners, severity, today, refData, listener);
	}

	/** Whether a rule is selected by {@link #rules()}. */
	public boolean selects(String ruleName) {
		if (rules.isEmpty()) {
			return true;
		}
		String key = RuleNames.normalise(ruleName);
		for (String r : rules) {
			if (r.endsWith("*") ? key.startsWith(r.substring(0, r.length() - 1)) : key.equals(r)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a learner is selected by {@link #learners()}; file-level findings (null) always are. */
	public boolean selectsLearner(String learnRefNumber) {
		return learners.isEmpty() || learnRefNumber == null || learners.contains(learnRefNumber);
	}

	public boolean selects(Severity s) {
		return severity == null || severity == s;
	}
}

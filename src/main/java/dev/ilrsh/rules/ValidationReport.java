package dev.ilrsh.rules;

import dev.ilrsh.render.Format;
import dev.ilrsh.render.Table;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of validating a file: findings in file order (file-level first, then each learner in turn, each
 * learner's own findings before its aims' in aim order, rules in registry order within each).
 *
 * @param findings every finding kept by the options
 * @param referenceDate the date used for "the file preparation date"
 * @param rulesRun how many rules were run
 * @param learners how many learner records were validated
 * @param elapsed how long validation took
 * @param skipped the selected rules that were not run for want of reference data, with why, in registry order
 */
public record ValidationReport(List<Finding> findings, LocalDate referenceDate, int rulesRun, int learners,
		Duration elapsed, List<Skipped> skipped) {

	/** A rule that was not run, and why (to follow "because"): "LARS is not loaded (refdata import)". */
	public record Skipped(String rule, String why) {
	}

	/** Columns of the findings listing, in the layout of the DfE rule-violation report. */
	public static final List<String> COLUMNS = List.of("severity", "LearnRefNumber", "ULN", "rule", "fields",
			"message", "AimSeqNumber", "LearnAimRef", "SWSupAimId", "FundModel");

	public ValidationReport {
		findings = List.copyOf(findings);
		skipped = List.copyOf(skipped);
	}

	/**
	 * The skipped rules grouped by reason, for one line each: reason → rule names.
	 */
	public Map<String, List<String>> skippedByReason() {
		Map<String, List<String>> by = new LinkedHashMap<>();
		for (Skipped s : skipped) {
			by.computeIfAbsent(s.why(), k -> new ArrayList<>()).add(s.rule());
		}
		return by;
	}

	public long errorCount() {
		return findings.stream().filter(Finding::isError).count();
	}

	public long warningCount() {
		return findings.size() - errorCount();
	}

	/** True when any finding is an error: the shell exits with status 1. */
	public boolean hasErrors() {
		return findings.stream().anyMatch(Finding::isError);
	}

	public boolean isEmpty() {
		return findings.isEmpty();
	}

	/** The findings of one rule (any spelling of its name). */
	public List<Finding> of(String rule) {
		String key = RuleNames.normalise(rule);
		return findings.stream().filter(f -> RuleNames.normalise(f.rule()).equals(key)).toList();
	}

	/** The findings on one learner. */
	public List<Finding> forLearner(String learnRefNumber) {
		return findings.stream().filter(f -> learnRefNumber.equals(f.learnRefNumber())).toList();
	}

	/** One line per rule: how many findings and how many learners, most findings first, then by name. */
	public List<RuleCount> byRule() {
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, Set<String>> learnersOf = new LinkedHashMap<>();
		Map<String, Severity> severities = new LinkedHashMap<>();
		for (Finding f : findings) {
			counts.computeIfAbsent(f.rule(), k -> new int[1])[0]++;
			severities.putIfAbsent(f.rule(), f.severity());
			Set<String> set = learnersOf.computeIfAbsent(f.rule(), k -> new HashSet<>());
			if (f.learnRefNumber() != null) {
				set.add(f.learnRefNumber() + "\u0000" + f.line());
			}
		}
		List<RuleCount> result = new ArrayList<>();
		counts.forEach((rule, n) -> result
			.add(new RuleCount(rule, severities.get(rule), n[0], learnersOf.get(rule).size())));
		result.sort(Comparator.comparingInt(RuleCount::findings).reversed().thenComparing(RuleCount::rule));
		return result;
	}

	/** The grouped view as a table: rule, severity, findings, learners. */
	public Table summaryTable() {
		Table.Builder table = Table.builder("rule", "severity", "findings", "learners");
		for (RuleCount c : byRule()) {
			table.row(c.rule(), c.severity().label(), c.findings(), c.learners());
		}
		return table.build();
	}

	/**
	 * The findings as a table, one row a finding. For JSON the {@code fields} column holds an object of field
	 * values; for text and CSV it holds {@code Field=value|Field=value} as the rule-violation report writes it.
	 */
	public Table table(Format format) {
		Table.Builder table = Table.builder(COLUMNS);
		for (Finding f : findings) {
			Object fields;
			if (format == Format.JSON) {
				Map<String, Object> map = new LinkedHashMap<>();
				f.fields().forEach((k, v) -> map.put(k, v == null ? null : v.toString()));
				fields = map;
			}
			else {
				fields = f.fieldText();
			}
			table.row(f.severity().label(), f.learnRefNumber(), f.uln(), f.rule(), fields, f.message(),
					f.aimSeqNumber(), f.learnAimRef(), f.swSupAimId(), f.fundModel());
		}
		return table.build();
	}
}

package dev.ilrsh.rules;

/**
 * How often one rule was broken.
 *
 * @param rule the rule name
 * @param severity its severity
 * @param findings how many findings it gave
 * @param learners how many different learners they were on (0 for file-level rules)
 */
public record RuleCount(String rule, Severity severity, int findings, int learners) {
}

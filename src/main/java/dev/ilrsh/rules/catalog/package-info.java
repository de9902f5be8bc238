/**
 * The rule catalog: every 2025-26 validation rule with ilrsh's own one-line summary, fuller explanations for the
 * rules that matter most to apprenticeships and learner identity, {@code explain} (find a rule from a name, a pasted
 * message or a rule-violation report line) and {@code rules import} (official messages from the DfE spreadsheet).
 * Plain Java: no shell or terminal types.
 */
package dev.ilrsh.rules.catalog;

/**
 * Validation rules over the model: the 2025-26 rules that can be decided from the file alone, and those that look
 * learning aims and standards up in LARS ({@link dev.ilrsh.rules.Rule#needs()}), run when
 * {@code ValidationOptions.withRefData} gives it and otherwise listed in {@link dev.ilrsh.rules.ValidationReport#skipped()}.
 *
 * <p>Use: {@code Validator.validate(loadResult, ValidationOptions.defaults())} gives a {@link dev.ilrsh.rules.ValidationReport}
 * of {@link dev.ilrsh.rules.Finding}s in file order, with {@code table(Format)} for text, CSV or JSON and
 * {@code byRule()} / {@code summaryTable()} for the grouped view. {@link dev.ilrsh.rules.RuleRegistry#standard()}
 * lists every implemented rule ({@link dev.ilrsh.rules.RuleInfo}); {@link dev.ilrsh.rules.RuleNames#normalise} is the
 * key rule names are matched on ({@code R_59} = {@code R59}). {@code rule-coverage.tsv} beside these classes records,
 * for every 2025-26 rule, whether it is implemented and, if not, why.
 *
 * <p>Rules are named as the DfE rules spreadsheet writes them. Families of rules that share a shape live in one class
 * named for the family ({@code AchDateRules}, {@code ContractTypeRules}); the field definition rules are driven by the
 * schema ({@code FieldDefinitionRules}); cross-record duplicates have their own classes ({@code R06}, {@code R59}); the
 * LARS validity checks are a table of funding streams ({@code ValidityRules}).
 */
package dev.ilrsh.rules;

/**
 * The rule catalog: every 2025-26 validation rule with ilrsh's own one-line summary, fuller explanations for the
 * rules that matter most to apprenticeships and learner identity, {@code explain} (find a rule from a name, a pasted
 * message or a rule-violation report line) and {@code rules import} (official messages from the DfE spreadsheet).
 * Plain Java: no shell or terminal types.
 *
 * <pre>{@code
 * RuleCatalog catalog = RuleCatalog.load();              // bundled catalog + ~/.ilrsh/rules/2025-26.tsv if imported
 * Optional<RuleEntry> r59 = catalog.find("r_59");        // any spelling; join with the engine's rule names
 * Explainer explainer = new Explainer(catalog);          // build once, reuse (in-memory Lucene index)
 * Explanation x = explainer.explain(userInput);          // name, pasted message, or report line
 * String text = ExplanationRenderer.render(x);           // what the user reads
 * ImportResult done = new RulesImporter().importFile(Path.of("ILR Validation Rules 2025 to 2026.xlsx"));
 * }</pre>
 *
 * <p>Data: {@code rules/catalog-2025-26.tsv} (facts from the DfE spreadsheet; summaries are ilrsh's own) and
 * {@code rules/explanations/<RuleName>.md}, which double as help pages.
 */
package dev.ilrsh.rules.catalog;

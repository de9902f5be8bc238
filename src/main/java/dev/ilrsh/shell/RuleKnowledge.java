package dev.ilrsh.shell;

import dev.ilrsh.rules.catalog.Explainer;
import dev.ilrsh.rules.catalog.OfficialMessages;
import dev.ilrsh.rules.catalog.RuleCatalog;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rule catalog and its search index, built on first use and rebuilt after an import of the DfE's rules
 * spreadsheet. Imported messages live under {@code ~/.ilrsh/rules} (or the folder set by {@code ilrsh.rules-dir}).
 */
@Component
public class RuleKnowledge {

	private final Path userRules;
	private RuleCatalog catalog;
	private Explainer explainer;

	public RuleKnowledge(@Value("${ilrsh.rules-dir:}") String rulesDir) {
		this.userRules = rulesDir.isBlank() ? OfficialMessages.defaultDirectory() : Path.of(rulesDir);
	}

	public Path userRulesDirectory() {
		return userRules;
	}

	public synchronized RuleCatalog catalog() {
		if (catalog == null) {
			catalog = RuleCatalog.load(userRules);
		}
		return catalog;
	}

	public synchronized Explainer explainer() {
		if (explainer == null) {
			explainer = new Explainer(catalog());
		}
		return explainer;
	}

	/** Forgets the catalog and index so the next use reads imported messages again. */
	public synchronized void reload() {
		catalog = null;
		explainer = null;
	}
}

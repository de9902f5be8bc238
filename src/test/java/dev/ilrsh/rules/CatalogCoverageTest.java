package dev.ilrsh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.rules.catalog.Availability;
import dev.ilrsh.rules.catalog.RuleCatalog;
import dev.ilrsh.rules.catalog.RuleEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The 2025-26 catalog, the rules ilrsh runs and rule-coverage.tsv tell one story: every rule of the year is either
 * run, with a case that breaks it and one that does not, or listed with the true reason it is not; no rule is run
 * twice under two spellings; and the catalog's availability agrees with what ilrsh does.
 */
class CatalogCoverageTest {

	record Coverage(String rule, String spreadsheetName, String status, String note) {
	}

	static Map<String, Coverage> coverage() throws IOException {
		Map<String, Coverage> byKey = new HashMap<>();
		try (InputStream in = RuleRegistry.class.getResourceAsStream("rule-coverage.tsv")) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
			for (String line : lines) {
				String[] r = line.split("\t", -1);
				Coverage c = new Coverage(r[0], r[1], r[4], r[5]);
				assertThat(byKey.put(RuleNames.normalise(r[0]), c)).as("listed twice: " + r[0]).isNull();
				if (!r[1].isEmpty() && !RuleNames.same(r[0], r[1])) {
					byKey.put(RuleNames.normalise(r[1]), c);
				}
			}
		}
		return byKey;
	}

	private static Coverage coverageOf(Map<String, Coverage> coverage, RuleEntry e) {
		return coverage.get(RuleNames.normalise(e.name()));
	}

	@Test
	void everyRuleOfTheYearIsRunOrListedWithATrueReason() throws IOException {
		Map<String, Coverage> coverage = coverage();
		RuleRegistry registry = RuleRegistry.standard();
		Set<String> unlisted = new TreeSet<>();
		for (RuleEntry e : RuleCatalog.loadBundled().all()) {
			if (e.deleted()) {
				assertThat(registry.has(e.name())).as("deleted for 2025-26 but run: " + e.name()).isFalse();
				continue;
			}
			Coverage c = coverageOf(coverage, e);
			if (c == null) {
				unlisted.add(e.name());
				continue;
			}
			boolean runs = registry.has(e.name());
			assertThat(runs).as(e.name() + " is " + c.status()).isEqualTo(c.status().equals("implemented"));
			boolean needsLars = runs && !registry.rules().stream()
				.filter(r -> r.infos().stream().anyMatch(i -> RuleNames.same(i.name(), e.name())))
				.findFirst().orElseThrow().needs().isEmpty();
			switch (c.status()) {
				case "implemented" -> {
					assertThat(c.note().contains("needs LARS")).as(e.name() + ": the note says whether LARS is needed")
						.isEqualTo(needsLars);
					Availability expected = needsLars ? Availability.REFERENCE_DATA : Availability.OFFLINE;
					if (!e.name().equals("LearnDelFAMType_64")) {
						assertThat(e.availability()).as(e.name() + " in the catalog").isEqualTo(expected);
					}
					if (needsLars) {
						assertThat(e.needs()).as(e.name() + ": explain says it runs with LARS").containsExactly("LARS");
					}
				}
				case "reference-data" -> {
					assertThat(e.availability()).as(e.name()).isEqualTo(Availability.REFERENCE_DATA);
					assertThat(c.note()).as(e.name()).startsWith("needs ").contains("which");
					assertThat(e.needs()).as(e.name() + ": explain must not say LARS alone is enough").isNotEqualTo(List.of("LARS"));
				}
				case "online-only" -> {
					assertThat(e.availability()).as(e.name()).isEqualTo(Availability.ONLINE_ONLY);
					assertThat(c.note()).as(e.name()).startsWith("needs the submission service");
				}
				case "system" -> assertThat(e.availability()).as(e.name()).isEqualTo(Availability.SUBMISSION_ONLY);
				case "not-applicable" -> assertThat(c.note()).as(e.name()).isNotBlank();
				default -> throw new AssertionError(e.name() + " has status " + c.status()
						+ ": every rule is run or has a reason (reference data, online only, not applicable)");
			}
		}
		assertThat(unlisted).as("rules of the year missing from rule-coverage.tsv").isEmpty();
	}

	@Test
	void theReadmeAndHelpGiveTheCountsAsTheyAre() throws IOException {
		Map<String, Integer> byStatus = new HashMap<>();
		new java.util.HashSet<>(coverage().values()).forEach(c -> byStatus.merge(c.status(), 1, Integer::sum));
		int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
		int lars = RuleRegistry.standard().larsNeeds().size();
		int run = RuleRegistry.standard().size();
		String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
		assertThat(readme).contains(run + " of the " + total + " rules of 2025-26 run in ilrsh. " + (run - lars)
				+ " need only the file; " + lars + " look")
			.contains("The other " + (total - run) + " rules are not run")
			.contains(byStatus.get("reference-data") + " need DfE data", byStatus.get("online-only") + " run only in the online",
					byStatus.get("system") + " concern the upload", byStatus.get("not-applicable") + " do not apply");
		assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("help-docs/refdata.md")))
			.contains("ilrsh runs the " + lars + " rules that need it");
	}

	@Test
	void noRuleIsRunTwiceUnderTwoSpellingsAndEveryRunRuleIsInTheCatalog() {
		RuleCatalog catalog = RuleCatalog.loadBundled();
		Set<String> keys = new TreeSet<>();
		Map<String, String> catalogNames = new HashMap<>();
		for (RuleInfo info : RuleRegistry.standard().infos()) {
			assertThat(keys.add(RuleNames.normalise(info.name()))).as("run twice: " + info.name()).isTrue();
			RuleEntry entry = catalog.find(info.name()).orElse(null);
			assertThat(entry).as(info.name() + " is run but is not a 2025-26 rule").isNotNull();
			String previous = catalogNames.put(entry.name(), info.name());
			assertThat(previous).as(entry.name() + " is run as both " + previous + " and " + info.name()).isNull();
		}
	}

	@Test
	void everyRuleRunHasABreakingAndAPassingCase() {
		Set<String> withCases = new TreeSet<>(RuleCasesTest.covered());
		withCases.addAll(RuleCasesTest.ELSEWHERE);
		withCases.addAll(LarsRuleCasesTest.covered());
		// FieldDefinitionCasesTest makes a breaking and a passing learner for each field definition rule
		new FieldDefinitionRules().infos().forEach(i -> withCases.add(i.name()));
		Set<String> missing = new TreeSet<>();
		for (RuleInfo info : RuleRegistry.standard().infos()) {
			if (!withCases.contains(info.name())) {
				missing.add(info.name());
			}
		}
		assertThat(missing).isEmpty();
	}
}

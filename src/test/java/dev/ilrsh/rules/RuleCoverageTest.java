package dev.ilrsh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The machine-readable coverage list agrees with the registry: every implemented rule, and only those. */
class RuleCoverageTest {

	@Test
	void theCoverageListNamesExactlyTheImplementedRules() throws IOException {
		List<String[]> rows;
		try (InputStream in = RuleRegistry.class.getResourceAsStream("rule-coverage.tsv")) {
			rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(l -> l.split("\t", -1)).toList();
		}
		Set<String> implemented = rows.stream()
			.filter(r -> r[4].equals("implemented"))
			.map(r -> r[0])
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> registered = RuleRegistry.standard()
			.infos()
			.stream()
			.map(RuleInfo::name)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(implemented).isEqualTo(registered);
		assertThat(rows).allSatisfy(r -> assertThat(r[4]).isIn("implemented", "reference-data", "online-only", "system",
				"not-applicable", "not-implemented"));
		for (String[] r : rows) {
			if (r[4].equals("implemented")) {
				assertThat(RuleRegistry.standard().find(r[1])).as(r[1]).isPresent();
				assertThat(RuleRegistry.standard().find(r[0]).get().severity().label()).as(r[0]).isEqualTo(r[3]);
			}
		}
	}
}

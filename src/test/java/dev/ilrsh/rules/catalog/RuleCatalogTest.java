package dev.ilrsh.rules.catalog;

import dev.ilrsh.rules.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

	private static final RuleCatalog CATALOG = RuleCatalog.loadBundled();

	@Test
	void catalogHoldsEveryRuleOfTheYearIncludingDeletedOnes() {
		assertThat(CATALOG.size()).isEqualTo(867);
		assertThat(CATALOG.all()).filteredOn(RuleEntry::deleted).hasSize(51);
		assertThat(CATALOG.all()).allSatisfy(e -> {
			assertThat(e.summary()).isNotBlank();
			assertThat(e.category()).isNotBlank();
			assertThat(e.entity()).isNotBlank();
			assertThat(e.status()).isIn("active", "change", "new", "delete", "system rule");
		});
	}

	@Test
	void catalogCoversEveryNameInTheReferenceList() {
		Optional<Path> ref = ReferenceRules.file();
		assumeTrue(ref.isPresent(), "reference rule list not present");
		List<String> missing = new ArrayList<>();
		for (ReferenceRules.Row row : ReferenceRules.rows(ref.get())) {
			for (String name : row.names()) {
				Optional<RuleEntry> e = CATALOG.find(name);
				if (e.isEmpty()) {
					missing.add(name);
				}
			}
			RuleEntry e = CATALOG.find(row.names().get(row.names().size() - 1)).orElseThrow();
			assertThat(e.category()).isEqualTo(row.sheet());
			assertThat(e.status()).isEqualTo(row.status());
			assertThat(e.severity()).isEqualTo(row.severity().startsWith("Warning") ? Severity.WARNING : Severity.ERROR);
		}
		assertThat(missing).isEmpty();
		assertThat(CATALOG.find("R59").orElseThrow().name()).isEqualTo("R59");
	}

	@Test
	void summariesAreOwnWordsNotTrimmedDescriptions() {
		Optional<Path> ref = ReferenceRules.file();
		assumeTrue(ref.isPresent(), "reference rule list not present");
		List<String> copies = new ArrayList<>();
		for (ReferenceRules.Row row : ReferenceRules.rows(ref.get())) {
			RuleEntry e = CATALOG.find(row.names().get(row.names().size() - 1)).orElseThrow();
			Set<String> runs = runs(row.description() + " " + row.condition(), 8);
			for (String run : runs(e.summary(), 8)) {
				if (runs.contains(run)) {
					copies.add(e.name() + ": " + run);
				}
			}
			String summary = words(e.summary());
			assertThat(summary).as(e.name()).isNotEqualTo(words(row.description()));
		}
		assertThat(copies).isEmpty();
	}

	@Test
	void summariesShareNoLongRunWithTheDfeMessages() {
		Optional<Path> ref = ReferenceRules.file();
		assumeTrue(ref.isPresent(), "reference rule list not present");
		Path messages = ref.get().resolveSibling("official-messages-2025-26-dev.tsv");
		assumeTrue(java.nio.file.Files.isRegularFile(messages), "DfE message list not present");
		Set<String> messageRuns = new HashSet<>();
		Set<String> wholeMessages = new HashSet<>();
		try {
			for (String line : java.nio.file.Files.readAllLines(messages)) {
				String message = line.substring(line.indexOf('\t') + 1);
				messageRuns.addAll(runs(message, 8));
				wholeMessages.add(words(message));
			}
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		List<String> copies = new ArrayList<>();
		for (RuleEntry e : CATALOG.all()) {
			for (String run : runs(e.summary(), 8)) {
				if (messageRuns.contains(run)) {
					copies.add(e.name() + ": " + run);
				}
			}
			if (wholeMessages.contains(words(e.summary()))) {
				copies.add(e.name() + ": the whole summary is a DfE message");
			}
		}
		assertThat(copies).isEmpty();
	}

	@Test
	void explanationsShareNoLongRunWithTheReferenceNotes() {
		Optional<Path> ref = ReferenceRules.file();
		assumeTrue(ref.isPresent(), "reference rule list not present");
		Path notes = ref.get().resolveSibling("rule-logic-notes.md");
		Set<String> noteRuns = new HashSet<>();
		try {
			noteRuns.addAll(runs(java.nio.file.Files.readString(notes), 10));
			for (ReferenceRules.Row row : ReferenceRules.rows(ref.get())) {
				noteRuns.addAll(runs(row.description(), 10));
			}
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		List<String> copies = new ArrayList<>();
		for (RuleEntry e : CATALOG.explained()) {
			for (String run : runs(e.explanation().orElseThrow(), 10)) {
				if (noteRuns.contains(run)) {
					copies.add(e.name() + ": " + run);
				}
			}
		}
		assertThat(copies).isEmpty();
	}

	@Test
	void findAcceptsEverySpelling() {
		for (String spelling : List.of("R59", "R_59", "r59", "r_59", " R59 ", "\"R59\"")) {
			assertThat(CATALOG.find(spelling)).as(spelling).map(RuleEntry::name).contains("R59");
		}
		for (String spelling : List.of("ULN_04", "uln04", "ULN04", "uln-04", "Uln_04")) {
			assertThat(CATALOG.find(spelling)).as(spelling).map(RuleEntry::name).contains("ULN_04");
		}
		assertThat(CATALOG.find("DateOfBirth_57")).map(RuleEntry::name).contains("DateoOfBirth_57");
		assertThat(CATALOG.find("LearnDelFAMType_92")).map(RuleEntry::name).contains("LearnDelFamType_92");
		assertThat(CATALOG.find("FD_DOMICILE_AL")).map(RuleEntry::name).contains("FD_PERMADDCOUNTRY_AL");
		assertThat(CATALOG.find("inconsistent ukprn")).map(RuleEntry::name).contains("Inconsistent UKPRN");
		assertThat(CATALOG.find("R999")).isEmpty();
		assertThat(CATALOG.find("")).isEmpty();
		assertThat(CATALOG.find(null)).isEmpty();
	}

	@Test
	void keysAreUniqueAcrossNamesAndAliases() {
		Set<String> keys = new HashSet<>();
		for (RuleEntry e : CATALOG.all()) {
			assertThat(keys.add(RuleKeys.key(e.name()))).as(e.name()).isTrue();
			for (String a : e.aliases()) {
				String k = RuleKeys.key(a);
				assertThat(keys.add(k) || k.equals(RuleKeys.key(e.name()))).as(a).isTrue();
			}
		}
	}

	@Test
	void entriesSayWhetherIlrshCanRunThem() {
		RuleEntry r59 = CATALOG.find("R59").orElseThrow();
		assertThat(r59.runsOffline()).isTrue();
		assertThat(r59.whyNotRunnable()).isEmpty();
		assertThat(r59.fields()).contains("Learner.ULN");
		assertThat(r59.severity()).isEqualTo(Severity.ERROR);
		assertThat(CATALOG.find("ULN_05").orElseThrow().whyNotRunnable()).contains("runs only online (needs ULN register)");
		assertThat(CATALOG.find("LearnAimRef_01").orElseThrow().whyNotRunnable()).contains("needs LARS");
		assertThat(CATALOG.find("EPAOrgID_01").orElseThrow().needs()).containsExactly("EPA organisations");
		assertThat(CATALOG.find("UKPRN_10").orElseThrow().needs()).containsExactly("contract allocations");
		assertThat(CATALOG.find("Postcode_14").orElseThrow().needs()).containsExactly("postcodes");
		assertThat(CATALOG.find("AFinDate_03").orElseThrow().whyNotRunnable()).contains("deleted for 2025-26");
		assertThat(CATALOG.find("ZIP_CORRUPT").orElseThrow().availability()).isEqualTo(Availability.SUBMISSION_ONLY);
		assertThat(CATALOG.find("ULN_04").orElseThrow().entity()).isEqualTo("Learner");
		assertThat(CATALOG.find("LearnDelFamType_92").orElseThrow().entity()).isEqualTo("LearningDeliveryFAM");
	}

	@Test
	void entriesSayWhatTheirLogicDemandsOfWhichField() {
		assertThat(CATALOG.find("AchDate_04").orElseThrow().demand())
			.contains(new RuleDemand(Optional.of("LearnActEndDate"), "missing"));
		assertThat(CATALOG.find("FD_ULN_MA").orElseThrow().demand()).contains(new RuleDemand(Optional.of("ULN"), "missing"));
		Set<String> conditions = Set.of("missing", "forbidden", "invalid", "before", "after", "duplicate", "overlap",
				"pattern", "length", "range");
		long said = CATALOG.all().stream().filter(e -> e.demand().isPresent()).count();
		assertThat(said).isGreaterThan(CATALOG.size() * 9L / 10);
		CATALOG.all().forEach(e -> e.demand().ifPresent(d -> assertThat(conditions).as(e.name()).contains(d.condition())));
		assertThat(RuleDemand.parse("overlap")).contains(new RuleDemand(Optional.empty(), "overlap"));
		assertThat(RuleDemand.parse(" ")).isEmpty();
	}

	@Test
	void keyRulesHaveExplanations() {
		for (String name : List.of("R59", "R06", "R07", "R124", "ULN_04", "AchDate_12", "R105")) {
			assertThat(CATALOG.find(name).orElseThrow().explanation()).as(name).isPresent();
		}
		assertThat(CATALOG.find("R59").orElseThrow().explanation().orElseThrow()).contains("progressions")
			.contains("restructure --uln");
		assertThat(CATALOG.explained()).hasSizeGreaterThanOrEqualTo(100);
	}

	@Test
	void unknownListsNamesTheCatalogDoesNotHave() {
		assertThat(CATALOG.unknown(List.of("R59", "R_06", "R999"))).containsExactly("R999");
	}

	static Set<String> runs(String text, int n) {
		String[] w = words(text).split(" ");
		Set<String> out = new HashSet<>();
		for (int i = 0; i + n <= w.length; i++) {
			out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n)));
		}
		return out;
	}

	static String words(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}
}

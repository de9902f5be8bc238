package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.ShellHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** validate and explain on the bundled sample, whose planted findings are listed in sample-data/README.md. */
class ValidationCommandsTest extends ShellHarness {

	static final Path SAMPLE = Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML");

	@BeforeEach
	void openSample() {
		assertThat(run("load " + SAMPLE).exit()).isZero();
	}

	@Test
	void theSampleGivesExactlyItsPlantedFindings() {
		Run validate = run("validate --today 2025-11-20 --format csv");
		assertThat(validate.exit()).isEqualTo(ExitCodes.FINDINGS);
		// the last line counts; the one before names the rules skipped for want of LARS
		assertThat(validate.err().lines().reduce((a, b) -> b).orElse("")).startsWith("validate: 11 errors, 0 warnings in 42 learners");
		assertThat(validate.out().lines().skip(1).map(l -> l.split(",")[3] + " " + l.split(",")[1]))
			.containsExactly("R59 APP001", "R59 APP002", "R06 APP003", "R59 APP003", "R06 APP003", "R59 APP003",
					"ULN_04 APP021", "R07 APP022", "R121 APP023", "R124 APP024", "R90 APP025");
	}

	@Test
	void groupedViewCountsFindingsAndLearnersByRule() {
		Run validate = run("validate --today 2025-11-20");
		assertThat(validate.out()).startsWith("""
				rule    severity  findings  learners
				------  --------  --------  --------
				R59     Error     4         4
				R06     Error     2         2
				""");
	}

	@Test
	void filtersSelectRulesLearnersAndSeverity() {
		Run r59 = run("validate --rule R_59 --format json --today 2025-11-20");
		assertThat(r59.out()).contains("\"rule\" : \"R59\"").contains("\"LearnRefNumber\" : \"APP001\"")
			.contains("\"ULN\" : ").contains("\"fields\" : {").doesNotContain("R06");
		Run one = run("validate --learner APP021 --format csv --today 2025-11-20");
		assertThat(one.out().lines().count()).isEqualTo(2);
		Run warnings = run("validate --severity warning --today 2025-11-20");
		assertThat(warnings.exit()).isZero();
		assertThat(warnings.out()).isEqualTo("No findings.\n");
		assertThat(run("validate --rule R999").err()).startsWith("error: validate: ilrsh does not run R999");
		// a day typed the UK way is the same day
		assertThat(run("validate --learner APP021 --format csv --today 20/11/2025").out()).isEqualTo(one.out());
		assertThat(run("validate --date 2025-11").err())
			.isEqualTo("error: validate: --date takes a day such as 20/11/2025, 20 Nov 2025 or 2025-11-20, not '2025-11'\n");
		assertThat(run("validate --date 31/02/2025").exit()).isEqualTo(2);
	}

	@Test
	void explainByNameAndByPastedTextListsTheLearnersBreakingItNow() {
		Run byName = run("explain R_59");
		assertThat(byName.exit()).isZero();
		assertThat(byName.out()).contains("R59").contains("In ILR-10000001-2526-20251120-093000-01.XML: 4 findings of R59")
			.contains("APP001").contains("APP002");
		Run pasted = run("explain There is more than one record for this ULN. There mustn't be multiple records with "
				+ "the same ULN. Check each record has a different ULN.");
		assertThat(pasted.out()).contains("R59");
		Run line = run("explain \"R122 CompStatus=2|LearnDelFAMType=ACT|LearnDelFAMDateTo=|AchDate=\"");
		assertThat(line.out()).contains("R122").contains("no learner breaks R122");
		assertThat(run("explain").exit()).isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void rulesListsTheCatalogWithWhatIlrshRuns() {
		Run rules = run("rules --format csv");
		assertThat(rules.out().lines().count()).isGreaterThan(800);
		assertThat(rules.out()).contains("R59,Error,").contains("ULN_04,");
		Run notRun = run("rules --runs no --format csv");
		assertThat(notRun.out()).contains("needs LARS");
	}

	@Test
	void helpShowsARuleExplanation() {
		assertThat(run("help r59").out()).startsWith("R59").doesNotContain("# ").doesNotContain("`");
		assertThat(run("help rules").out()).doesNotStartWith("# ").contains("\n===");
	}
}

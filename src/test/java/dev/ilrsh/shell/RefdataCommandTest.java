package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.refdata.LarsFixture;
import dev.ilrsh.refdata.RefDataStore;
import dev.ilrsh.rules.RuleRegistry;
import dev.ilrsh.testing.ShellHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * refdata import, and what LARS changes for a user: the summary line, validate running the LARS rules (and saying
 * which it skips without it), titles and levels in show and programmes. Each test uses a home folder of its own.
 */
class RefdataCommandTest extends ShellHarness {

	static final Path SAMPLE = Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML");

	@Autowired
	ReferenceData referenceData;

	@TempDir
	Path home;

	private RefDataStore before;

	@BeforeEach
	void ownHome() {
		before = referenceData.store();
		referenceData.useStore(new RefDataStore(home));
	}

	@AfterEach
	void restoreHome() {
		referenceData.useStore(before);
	}

	private int needingLars() {
		return RuleRegistry.standard().larsNeeds().size();
	}

	@Test
	void withoutLarsValidateSaysWhichRulesItSkippedAndSummarySaysNoneIsLoaded() {
		run("load " + SAMPLE);
		Run validate = run("validate --format csv");
		assertThat(validate.exit()).isEqualTo(ExitCodes.FINDINGS);
		assertThat(validate.err()).contains("validate: " + needingLars() + " rules were not run because LARS is not loaded "
				+ "(refdata import): LearnAimRef_01, LearnAimRef_56, ").contains(" and " + (needingLars() - 10) + " more");
		assertThat(validate.err()).contains("(" + (RuleRegistry.standard().size() - needingLars()) + " rules run in");
		assertThat(run("summary").out()).contains("Reference data  none loaded (LARS rules are skipped; see: help refdata)");
		Run one = run("validate --rule LearnAimRef_01");
		assertThat(one.err()).contains("validate: 1 rule was not run because LARS is not loaded (refdata import): "
				+ "LearnAimRef_01\n");
		assertThat(run("explain LearnAimRef_01").out())
			.contains("LearnAimRef_01 was not checked because LARS is not loaded (refdata import).");
		assertThat(run("refdata").out()).startsWith("No LARS is loaded: " + needingLars() + " rules");
		assertThat(run("programmes --learner APP001 --format csv").out()).doesNotContain("StandardName");
	}

	@Test
	void importingTheDownloadMakesTheRulesRunAndNamesAimsAndStandards() {
		Run imported = run("refdata import " + LarsFixture.folder());
		assertThat(imported.exit()).isZero();
		assertThat(imported.out()).isEmpty();
		assertThat(imported.err()).startsWith("refdata import: LARS data of 2025-11-20 (schema 7.0.0), 85 aims, 36 standards; "
				+ "imported ").contains("; validate now runs " + needingLars() + " of the " + needingLars()
						+ " rules that need LARS\n");
		assertThat(run("refdata").out()).startsWith("In use: LARS data of 2025-11-20 (schema 7.0.0), 85 aims, 36 standards;")
			.contains("kept in " + home.resolve("refdata/lars/2025-11-20-"));

		run("load " + SAMPLE);
		assertThat(run("summary").out()).contains("Reference data  LARS data of 2025-11-20 (schema 7.0.0), 85 aims");
		Run validate = run("validate --format csv");
		assertThat(validate.err()).doesNotContain("not run").contains("(" + RuleRegistry.standard().size() + " rules run in");
		// the sample's aims and standards are all in the fixture: the same eleven findings as without it
		assertThat(validate.out().lines().skip(1)).hasSize(11);

		Run show = run("show 1429069502");
		assertThat(show.out())
			.contains("Programme ZPROG001 25/9401 apprenticeship standard: Software developer standard 9401 (fictional) "
					+ "(Level 4), started 2024-06-03")
			.contains("2   Z9000041  3 component aim  FundModel 36 apprenticeships  Apprenticeship component Z9000041 "
					+ "(fictional) (Level 3)")
			.contains("Standards: 9401 Software developer standard 9401 (fictional) (Level 4) → 9601 Degree apprenticeship "
					+ "standard 9601 (fictional) (Level 6); Level 4 → Level 6");
		assertThat(run("show APP001 --format csv").out()).startsWith("LearnRefNumber,ULN,programme,AimSeqNumber,"
				+ "LearnAimRef,LearnAimRefTitle,AimType").contains(",Apprenticeship programme aim,");
		assertThat(run("programmes --learner APP001 --format csv").out())
			.startsWith("LearnRefNumber,ULN,ProgType,StdCode,StandardName,NotionalEndLevel,LearnStartDate")
			.contains(",9401,Software developer standard 9401 (fictional),4,2024-06-03,");
		assertThat(run("rules --search LearnAimRef_01 --format csv").out()).contains("LearnAimRef_01,Error");
		assertThat(run("find --aims StdCode:9401 --format csv").out().lines()).first().asString()
			.startsWith("LearnRefNumber,ULN,AimSeqNumber,LearnAimRef,LearnAimRefTitle,AimType,");
		assertThat(run("find --aims StdCode:9401 --format csv").out()).contains(",ZPROG001,Apprenticeship programme aim,")
			.contains(",9401,Software developer standard 9401 (fictional) (level 4),");
		Run level = run("ask level 4 apprentices --format csv");
		assertThat(level.err()).contains("on a level 4 standard (6 in LARS)");
		assertThat(level.out().lines().skip(1).map(l -> l.split(",")[0]))
			.containsExactly("APP001", "APP004", "APP010", "APP014", "APP024");
	}

	@Test
	void aBadDownloadIsOneClearLineAndNothingChanges() throws Exception {
		Run missing = run("refdata import " + home.resolve("LARS.zip"));
		assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(missing.err()).isEqualTo("error: refdata import: " + home.resolve("LARS.zip") + " does not exist\n");
		Path notLars = Files.createDirectories(home.resolve("downloads"));
		Files.writeString(notLars.resolve("notes.csv"), "a,b\n1,2\n");
		Run wrong = run("refdata import " + notLars);
		assertThat(wrong.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(wrong.err()).isEqualTo("error: refdata import: " + notLars + " is not a LARS CSV download: it has "
				+ "neither LearningDelivery.csv nor Standard.csv (see: help refdata)\n");
		assertThat(run("refdata import").err()).isEqualTo("error: refdata import: name the LARS CSV download, e.g. "
				+ "refdata import LARS_CSV.zip\n");
		assertThat(run("refdata").out()).startsWith("No LARS is loaded");
	}

	@Test
	void aPartialDownloadSaysWhichRulesStaySkipped() throws Exception {
		Path partial = Files.createDirectories(home.resolve("partial"));
		Files.copy(LarsFixture.folder().resolve("LearningDelivery.csv"), partial.resolve("LearningDelivery.csv"));
		Run imported = run("refdata import " + partial);
		assertThat(imported.exit()).isZero();
		assertThat(imported.err()).contains("refdata import: the download had no Validity.csv, LearningDeliveryCategory.csv");
		run("load " + SAMPLE);
		Run validate = run("validate --rule LearnAimRef_01,LearnAimRef_94 --format csv");
		assertThat(validate.err()).contains("validate: 1 rule was not run because the LARS download imported had no "
				+ "Validity.csv: LearnAimRef_94");
	}
}

package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.ShellHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** find, ask and count on the sample, as a user types them. */
class QueryCommandsTest extends ShellHarness {

	static final Path SAMPLE = Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML");

	@BeforeEach
	void openSample() {
		assertThat(run("load " + SAMPLE).exit()).isZero();
	}

	@Test
	void askInPlainWordsFindsTheLearnersWithMoreThanOneProgramme() {
		for (String words : new String[] { "show all learners with more than one programme", "who has two or more programmes",
				"multiple programmes", "multiple-programmes" }) {
			Run r = run("ask " + words + " --format csv");
			assertThat(r.exit()).as(words).isZero();
			assertThat(r.err()).as(words).endsWith("for multiple-programmes\n");
			assertThat(r.out().lines().skip(1).map(l -> l.split(",")[0]).distinct())
				.containsExactly("APP004", "APP006", "APP009", "APP024");
		}
	}

	@Test
	void askAloneListsTheQuestionsAndNonsenseGetsTheNearestOnes() {
		assertThat(run("ask --format csv").out().lines().count()).isGreaterThan(30);
		Run none = run("ask how tall is the moon");
		assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(none.err()).startsWith("error: ask: not sure what 'how tall is the moon' asks")
			.endsWith("(type ask for the list of questions)\n");
	}

	@Test
	void findByNameReferenceUlnAndPostcode() {
		assertThat(run("find FamilyName:brightwater --format csv").out().lines().skip(1).map(l -> l.split(",")[0]))
			.containsExactly("APP001", "APP002");
		Run one = run("find APP021 --format csv");
		assertThat(one.out()).contains("APP021");
		assertThat(one.err()).isEqualTo("1 learner matches\n");
		assertThat(run("find zz99 --limit 1").err()).isEqualTo("42 learners match; showing 1 (use --limit)\n");
		assertThat(run("find '\"ZZ99 9ZZ\" AND brightwater' --format csv").out().lines().count()).isEqualTo(3);
		assertThat(run("find 1429069502 --format csv").out().lines().count()).isEqualTo(3);
		assertThat(run("find Brightwatr~ --format csv").out()).contains("APP001");
		Run aims = run("find StdCode:9401 --aims --format json");
		assertThat(aims.out()).contains("\"AimSeqNumber\"").contains("\"LearnAimRef\"");
	}

	@Test
	void badQueriesGetOnePlainLine() {
		Run open = run("find \"StdCode:[9000 TO\"");
		assertThat(open.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(open.err()).startsWith("error: find: ").doesNotContain("Exception").hasLineCount(1);
		Run field = run("find Famly:x");
		assertThat(field.err()).startsWith("error: find: unknown field 'Famly'; did you mean FamilyName,");
		assertThat(run("find").err()).startsWith("error: find: give a query");
		Run pattern = run("find 'LearnAimRef:/zprog(/' --aims");
		assertThat(pattern.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(pattern.err()).startsWith("error: find: cannot read the pattern /zprog(/").hasLineCount(1);
	}

	@Test
	void countByAFieldMatchesAHandCount() {
		Run r = run("count --by FundModel --format csv");
		assertThat(r.exit()).isZero();
		assertThat(r.out().lines()).containsExactly("FundModel,Aims,%", "36,63,72.4", "25,16,18.4", "38,6,6.9", "35,2,2.3",
				"(all),87,100.0");
		assertThat(r.err()).endsWith("counted 87 aims by FundModel\n");
		Run learners = run("count --by FundModel --of learners --format csv");
		assertThat(learners.out().lines()).startsWith("FundModel,Learners,%").endsWith("(all),42,100.0");
		assertThat(learners.err()).contains("counted 42 learners by FundModel");
		assertThat(run("count --by FundModel --of people").err())
			.isEqualTo("error: count: --of takes learners, aims or programmes, not 'people'\n");
		assertThat(run("count --by Nonsense").exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(run("count").err()).startsWith("error: count: say what to count by");
	}
}

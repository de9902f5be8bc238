package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.ShellHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.CommandRegistry;

/**
 * What TAB offers for each kind of word, as the completer computes it (ReplTest presses TAB through a terminal).
 * The line editor then keeps the candidates that start with what was typed.
 */
class CompletionTest extends ShellHarness {

	@Autowired
	CommandRegistry registry;

	@Autowired
	FileIndex index;

	@Autowired
	RuleKnowledge rules;

	@TempDir
	Path tmp;

	private ShellCompleter completer;

	@BeforeEach
	void openSample() {
		run("load sample-data/ILR-10000001-2526-20251120-093000-01.XML");
		completer = new ShellCompleter(registry, index, rules, loader);
	}

	@Test
	void commandsAndSubCommands() {
		assertThat(offered("", "s")).contains("summary", "show").doesNotContain("find");
		assertThat(offered("", "e")).contains("explain", "exit");
		assertThat(offered("rules", "im")).containsExactly("import");
	}

	@Test
	void optionsOfTheCommandNotYetGiven() {
		assertThat(offered("validate --rule R59", "--")).contains("--learner", "--severity", "--format")
			.doesNotContain("--rule");
	}

	@Test
	void optionValuesByWhatTheOptionTakes() {
		assertThat(offered("validate --rule", "ULN_0")).contains("ULN_04");
		assertThat(offered("validate --rule", "")).contains("R59", "ULN_04").doesNotContain("1429069502", "APP001");
		assertThat(offered("validate --learner", "APP02")).contains("APP021");
		assertThat(offered("count --by", "Fund")).contains("FundModel");
		assertThat(offered("summary --format", "")).containsExactly("table", "csv", "json", "xlsx");
		assertThat(offered("validate", "--")).contains("--out", "--limit", "--no-pager", "--no-color");
		assertThat(offered("count --where", "StdCode:9")).contains("StdCode:9401", "StdCode:9601");
	}

	@Test
	void argumentsByCommand() {
		assertThat(offered("show", "app02")).contains("APP020", "APP025");
		assertThat(offered("show", "14290695")).contains("1429069502");
		assertThat(offered("ask", "multi")).contains("multiple-programmes").doesNotContain("multiple");
		assertThat(offered("ask", "withdr")).contains("withdrawn", "withdrew");
		assertThat(offered("ask withdrawn", "apprent")).contains("apprentices", "apprenticeship");
		assertThat(offered("ask", "")).allMatch(id -> !id.contains(" ")).contains("on-break").doesNotContain("withdrawn");
		assertThat(offered("explain", "R5")).contains("R59");
		assertThat(offered("help", "pro")).contains("programmes", "progressions");
		assertThat(offered("use", "")).contains("ILR-10000001-2526-20251120-093000-01.XML");
	}

	@Test
	void queryWordsCompleteFieldsAfterBracketsAndValuesAfterTheColon() {
		assertThat(offered("find", "Fam")).contains("FamilyName:");
		assertThat(offered("find", "(Fam")).contains("(FamilyName:");
		assertThat(offered("find FamilyName:x AND", "Std")).contains("StdCode:");
		assertThat(offered("find", "CompStatus:")).contains("CompStatus:1", "CompStatus:2");
	}

	@Test
	void anEmptyWordDoesNotListEveryLearnerOfABigFile() throws Exception {
		assertThat(offered("show", "")).hasSizeLessThan(61);
	}

	@Test
	void pathsCompleteFoldersAndFiles() throws Exception {
		Files.createDirectories(tmp.resolve("returns"));
		Files.writeString(tmp.resolve("returns/ILR-a.XML"), "x");
		assertThat(offered("load", tmp + "/ret")).containsExactly(tmp + "/returns/");
		assertThat(offered("load", tmp + "/returns/I")).containsExactly(tmp + "/returns/ILR-a.XML");
		assertThat(offered("validate --out", tmp + "/ret")).containsExactly(tmp + "/returns/");
		assertThat(offered("find Smith >", tmp + "/ret")).containsExactly(tmp + "/returns/");
	}

	private List<String> offered(String before, String typed) {
		List<String> words = before.isBlank() ? List.of() : Arrays.asList(before.split(" "));
		return completer.candidates(words, typed).stream().map(Candidate::value)
			.filter(v -> v.regionMatches(true, 0, typed, 0, typed.length())).toList();
	}
}

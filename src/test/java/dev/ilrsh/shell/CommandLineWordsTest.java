package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineWordsTest {

	@Test
	void splitsOnSpacesAndKeepsQuotedTextTogether() {
		assertThat(CommandLineWords.split("write --out \"my file.XML\" --force"))
			.containsExactly("write", "--out", "my file.XML", "--force");
		assertThat(CommandLineWords.split("find 'FamilyName:o brien'")).containsExactly("find", "FamilyName:o brien");
		assertThat(CommandLineWords.split("say \"a \\\"b\\\" c\"")).containsExactly("say", "a \"b\" c");
		assertThat(CommandLineWords.split("  ")).isEmpty();
	}

	@Test
	void anApostropheInsideAWordIsJustACharacter() {
		assertThat(CommandLineWords.split("explain There mustn't be two")).containsExactly("explain", "There",
				"mustn't", "be", "two");
	}

	@Test
	void anUnclosedQuoteIsAnError() {
		assertThatThrownBy(() -> CommandLineWords.split("load 'x")).hasMessage("a single quote is not closed");
		assertThatThrownBy(() -> CommandLineWords.split("load \"x")).hasMessage("a double quote is not closed");
	}

	@Test
	void joinQuotesWhatSplitWouldBreak() {
		List<String> words = List.of("write", "--out", "my file.XML", "", "a\"b", "it's");
		assertThat(CommandLineWords.split(CommandLineWords.join(words))).isEqualTo(words);
	}
}

package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.ShellHarness;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/** TAB completion, tested as the plain functions the shell calls. */
class CompletionTest extends ShellHarness {

	@Autowired
	CommandRegistry registry;

	@Autowired
	@Qualifier("learnerCompletion")
	CompletionProvider learners;

	@Autowired
	@Qualifier("findCompletion")
	CompletionProvider fields;

	@Autowired
	@Qualifier("askCompletion")
	CompletionProvider questions;

	@BeforeEach
	void openSample() {
		run("load sample-data/ILR-10000001-2526-20251120-093000-01.XML");
	}

	@Test
	void learnerReferencesAndUlnsCompleteByPrefix() {
		assertThat(complete(learners, "show", "app02")).contains("APP020", "APP021", "APP025").doesNotContain("APP001");
		assertThat(complete(learners, "show", "142906")).containsExactly("1429069502");
	}

	@Test
	void queryFieldNamesAndQuestionIdsComplete() {
		assertThat(complete(fields, "find", "fam")).contains("FamilyName:");
		assertThat(complete(questions, "ask", "multiple")).containsExactly("multiple-programmes");
	}

	private List<String> complete(CompletionProvider provider, String command, String word) {
		var context = new CompletionContext(List.of(command, word), 1, word.length(),
				registry.getCommandByName(command), null);
		return provider.apply(context).stream().map(CompletionProposal::value).toList();
	}
}

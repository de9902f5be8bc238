package dev.ilrsh.shell;

import dev.ilrsh.shell.commands.HelpCommand;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;

@Configuration
class ShellConfiguration {

	/** Without a terminal (pipes, CI) a dumb terminal is used at once, instead of JLine warning on stdout. */
	@Bean
	TerminalCustomizer dumbTerminalWhenPiped() {
		return builder -> {
			if (System.console() == null) {
				builder.dumb(true);
			}
		};
	}

	@Bean
	CompletionProvider fileCompletion() {
		return new FileNameCompletionProvider();
	}

	/** help completes command names and topic names. */
	@Bean
	CompletionProvider helpCompletion(ObjectProvider<CommandRegistry> registry) {
		return context -> {
			List<String> names = Stream
				.concat(registry.getObject().getCommands().stream().map(c -> c.getName()), HelpCommand.topics().keySet().stream())
				.sorted()
				.toList();
			String prefix = context.currentWord() == null ? "" : context.currentWord();
			return names.stream().filter(n -> n.startsWith(prefix)).map(CompletionProposal::new).toList();
		};
	}

	/** Learner references and ULNs of the current file that start with what has been typed. */
	@Bean
	CompletionProvider learnerCompletion(FileIndex index) {
		return context -> {
			var completions = index.completions();
			if (completions == null) {
				return List.of();
			}
			String prefix = context.currentWord() == null ? "" : context.currentWord();
			return Stream.concat(completions.learnRefNumbers(prefix, 50).stream(), completions.ulns(prefix, 50).stream())
				.map(CompletionProposal::new)
				.toList();
		};
	}

	/** find completes field names (FamilyName:) for the word being typed. */
	@Bean
	CompletionProvider findCompletion(FileIndex index) {
		return context -> {
			var completions = index.completions();
			if (completions == null || context.getCommandOption() != null) {
				return List.of();
			}
			String word = context.currentWord() == null ? "" : context.currentWord();
			if (word.contains(":")) {
				return List.of();
			}
			return completions.fieldNames(word, 40).stream().map(n -> new CompletionProposal(n).complete(false)).toList();
		};
	}

	/** ask completes question ids. */
	@Bean
	CompletionProvider askCompletion(FileIndex index) {
		return context -> {
			String word = context.currentWord() == null ? "" : context.currentWord();
			return index.questions().ids().stream().filter(id -> id.startsWith(word)).map(CompletionProposal::new)
				.toList();
		};
	}

	/** count completes countable field names after --by. */
	@Bean
	CompletionProvider countCompletion(FileIndex index) {
		return context -> {
			var completions = index.completions();
			if (completions == null || context.getCommandOption() == null
					|| !"by".equals(context.getCommandOption().longName())) {
				return List.of();
			}
			String word = context.currentWord() == null ? "" : context.currentWord();
			return completions.countableFields(word, 60).stream().map(CompletionProposal::new).toList();
		};
	}
}

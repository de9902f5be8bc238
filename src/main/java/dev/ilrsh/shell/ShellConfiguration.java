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
	CompletionProvider learnerCompletion(FileLoader loader) {
		return context -> {
			String prefix = context.currentWord() == null ? "" : context.currentWord();
			return loader.workspace()
				.current()
				.map(file -> LearnerKeys.complete(file.message(), prefix, 50))
				.orElse(List.of())
				.stream()
				.map(CompletionProposal::new)
				.toList();
		};
	}
}

package dev.ilrsh.shell;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

/**
 * ilrsh's commands, knowing also which of them take words that are not options (show APP001, find QUERY), so that
 * stray words given to one that takes none are refused instead of ignored.
 */
public final class Commands extends CommandRegistry {

	private final Set<String> takingArguments = new HashSet<>();

	void register(Command command, boolean takesArguments) {
		registerCommand(command);
		if (takesArguments) {
			takingArguments.add(command.getName());
		}
	}

	/** A command named by the first words of a line, and how many words its name took. */
	record Named(Command command, int words) {
	}

	/**
	 * The command the first words of a line name: the longest run of words, before any option, that is a command's
	 * name ("rules import" rather than "rules"); null when none is.
	 */
	static Named longestName(CommandRegistry registry, List<String> words) {
		Command found = null;
		int used = 0;
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < words.size() && !words.get(i).startsWith("-"); i++) {
			if (i > 0) {
				name.append(' ');
			}
			name.append(words.get(i));
			Command command = registry.getCommandByName(name.toString());
			if (command != null) {
				found = command;
				used = i + 1;
			}
			else if (registry.getCommandsByPrefix(name + " ").isEmpty()) {
				break;
			}
		}
		return found == null ? null : new Named(found, used);
	}

	/** True when the command takes words that are not options. */
	public boolean takesArguments(Command command) {
		return takingArguments.contains(command.getName());
	}
}

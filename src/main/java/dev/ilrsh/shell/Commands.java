package dev.ilrsh.shell;

import java.util.HashSet;
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

	/** True when the command takes words that are not options. */
	public boolean takesArguments(Command command) {
		return takingArguments.contains(command.getName());
	}
}

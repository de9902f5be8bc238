package dev.ilrsh.shell;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether ilrsh talks to a person at a terminal, or to pipes and files. */
final class Terminals {

	private Terminals() {
	}

	/**
	 * True when both standard input and standard output are a terminal. On Java 22 and later System.console() is
	 * there even when they are not, and Console.isTerminal() says; before that, System.console() is null.
	 */
	static boolean isInteractive() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			Method isTerminal = Console.class.getMethod("isTerminal");
			return (Boolean) isTerminal.invoke(console);
		}
		catch (ReflectiveOperationException e) {
			return true;
		}
	}
}

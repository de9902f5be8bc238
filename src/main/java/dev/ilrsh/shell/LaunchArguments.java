package dev.ilrsh.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the command line asks for: files to open ({@code -f FILE}, repeatable), then either nothing (the
 * interactive shell), {@code @SCRIPT} (a file of commands) or one command with its options.
 */
public record LaunchArguments(List<Path> files, List<String> command, String script, boolean help) {

	public static LaunchArguments parse(String... args) {
		List<Path> files = new ArrayList<>();
		int i = 0;
		boolean help = false;
		while (i < args.length) {
			String a = args[i];
			if (a.equals("-f") || a.equals("--file")) {
				if (i + 1 >= args.length) {
					throw CommandFailure.usage(a + " needs a file name");
				}
				files.add(Path.of(args[i + 1]));
				i += 2;
			}
			else if (a.startsWith("--file=")) {
				files.add(Path.of(a.substring("--file=".length())));
				i++;
			}
			else if (a.equals("-h") || a.equals("--help")) {
				help = true;
				i++;
			}
			else {
				break;
			}
		}
		List<String> rest = Arrays.asList(args).subList(i, args.length);
		if (!rest.isEmpty() && rest.get(0).startsWith("@")) {
			if (rest.size() > 1) {
				throw CommandFailure.usage("@SCRIPT takes nothing after it: " + String.join(" ", rest.subList(1, rest.size())));
			}
			return new LaunchArguments(files, List.of(), rest.get(0).substring(1), help);
		}
		return new LaunchArguments(files, List.copyOf(rest), null, help);
	}

	public boolean interactive() {
		return command.isEmpty() && script == null && !help;
	}

	public static final String USAGE = """
			Usage: ilrsh [-f FILE]...                     open the interactive shell
			       ilrsh [-f FILE]... COMMAND [OPTIONS]   run one command and exit
			       ilrsh [-f FILE]... @SCRIPT             run a file of commands, stop at the first failure
			Exit status: 0 success, 1 findings (e.g. validation errors), 2 usage or input error, 3 internal error.
			Type 'help' in the shell, or run 'ilrsh help', for commands and topics.""";
}

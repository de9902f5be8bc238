package dev.ilrsh.shell;

import dev.ilrsh.render.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;

/**
 * Where a command's results go and how many of them, from the options every command shares: {@code --out FILE},
 * {@code > FILE} and {@code >> FILE} at the end of the line, {@code --limit N}, {@code --no-pager} and
 * {@code --no-color}. They are taken off the command's words before its own options are checked, so commands never
 * see them; an option a command declares itself (write's {@code --out}, find's {@code --limit}) stays the command's.
 *
 * @param command the command's name (for messages and sheet names)
 * @param file the file to write, or null for stdout
 * @param append {@code >> FILE}: add to the end of the file
 * @param replace {@code > FILE} (as a shell does) or {@code --out FILE --force}: an existing file may be replaced
 * @param format the format the file's name or --format asks for, or null for the command's own
 * @param limit the most rows of each listing to show; 0 for all
 * @param noPager never page, even on a terminal
 * @param noColour no colour, even on a terminal
 * @param words the command's own words, with these options taken off (and {@code --format} added when the file's
 *     name says which)
 */
public record OutputRequest(String command, String file, boolean append, boolean replace, Format format, int limit,
		boolean noPager, boolean noColour, List<String> words) {

	/** Results to stdout, nothing limited. */
	public static final OutputRequest NONE = new OutputRequest("", null, false, false, null, 0, false, false, List.of());

	public OutputRequest {
		words = List.copyOf(words);
	}

	public boolean toFile() {
		return file != null;
	}

	/**
	 * Takes the shared output options off the words that follow a command's name.
	 *
	 * @throws CommandFailure for an option without its value, a bad --limit, or a file name that does not fit the
	 *     command
	 */
	public static OutputRequest take(Command command, List<String> words) {
		String name = command.getName();
		List<String> rest = new ArrayList<>(words);
		String file = null;
		boolean append = false;
		boolean redirected = false;
		int last = rest.size() - 1;
		if (last >= 0 && (rest.get(last).equals(">") || rest.get(last).equals(">>"))) {
			throw CommandFailure.usage(name + ": " + rest.get(last) + " needs a file name after it");
		}
		if (last >= 1 && (rest.get(last - 1).equals(">") || rest.get(last - 1).equals(">>"))) {
			append = rest.get(last - 1).equals(">>");
			file = rest.get(last);
			redirected = true;
			rest.subList(last - 1, last + 1).clear();
		}
		else if (last >= 0 && rest.get(last).startsWith(">")) {
			String word = rest.remove(last);
			append = word.startsWith(">>");
			file = word.substring(append ? 2 : 1);
			redirected = true;
		}
		boolean noPager = false;
		boolean noColour = false;
		boolean force = false;
		int limit = 0;
		String out = null;
		for (int i = 0; i < rest.size(); i++) {
			String word = rest.get(i);
			if (word.equals("--")) {
				break;
			}
			String key = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
			String inline = word.contains("=") ? word.substring(word.indexOf('=') + 1) : null;
			String option = key.startsWith("--") ? key.substring(2) : null;
			if (option == null || declares(command, option)) {
				continue;
			}
			switch (option) {
				case "out" -> {
					out = value(name, rest, i, inline, "--out FILE");
					rest.subList(i, i + (inline == null ? 2 : 1)).clear();
					i--;
				}
				case "limit" -> {
					limit = limit(name, value(name, rest, i, inline, "--limit N"));
					rest.subList(i, i + (inline == null ? 2 : 1)).clear();
					i--;
				}
				case "no-pager" -> {
					noPager = true;
					rest.remove(i--);
				}
				case "no-color", "no-colour" -> {
					noColour = true;
					rest.remove(i--);
				}
				case "force" -> {
					force = true;
					rest.remove(i--);
				}
				default -> {
				}
			}
		}
		if (out != null && file != null) {
			throw CommandFailure.usage(name + ": give --out FILE or > FILE, not both");
		}
		if (out != null) {
			file = out;
		}
		if (force && file == null) {
			rest.add("--force");
		}
		if (file != null && file.isBlank()) {
			throw CommandFailure.usage(name + ": give a file name after " + (redirected ? ">" : "--out"));
		}
		Format format = file == null ? null : formatOf(file);
		Format typed = typedFormat(rest);
		if (format != null && typed != null && typed != format) {
			throw CommandFailure.usage(name + ": --format " + typed.name().toLowerCase(Locale.ROOT) + " does not match "
					+ file + "; use a ." + typed.name().toLowerCase(Locale.ROOT) + " file or leave --format out");
		}
		if (format != null && typed == null) {
			if (!declares(command, "format")) {
				throw CommandFailure.usage(name + " prints text, not a table; write it to a .txt file");
			}
			rest.add("--format=" + format.name().toLowerCase(Locale.ROOT));
		}
		Format effective = typed != null ? typed : format;
		if (append && effective == Format.XLSX) {
			throw CommandFailure.usage(name + ": a workbook cannot be added to with >>; write a new one with > FILE.xlsx");
		}
		return new OutputRequest(name, file, append, redirected || force, effective, limit, noPager, noColour, rest);
	}

	private static boolean declares(Command command, String longName) {
		for (CommandOption o : command.getOptions()) {
			if (longName.equals(o.longName())) {
				return true;
			}
		}
		return false;
	}

	private static String value(String command, List<String> words, int i, String inline, String usage) {
		if (inline != null) {
			return inline;
		}
		if (i + 1 >= words.size()) {
			throw CommandFailure.usage(command + ": " + usage.split(" ")[0] + " needs a value (" + usage + ")");
		}
		return words.get(i + 1);
	}

	private static int limit(String command, String text) {
		try {
			int n = Integer.parseInt(text.strip());
			if (n >= 0) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// said below
		}
		throw CommandFailure.usage(command + ": --limit takes a number of rows, 0 for all (not '" + text + "')");
	}

	/** The format a file's extension names: .csv, .json, .xlsx; null for any other (text). */
	static Format formatOf(String file) {
		String lower = file.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".csv")) {
			return Format.CSV;
		}
		if (lower.endsWith(".json")) {
			return Format.JSON;
		}
		if (lower.endsWith(".xlsx")) {
			return Format.XLSX;
		}
		return null;
	}

	/** The --format the user typed, when it names a format. */
	private static Format typedFormat(List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			String w = words.get(i);
			if (w.equals("--")) {
				break;
			}
			String value = w.startsWith("--format=") ? w.substring("--format=".length())
					: w.equals("--format") && i + 1 < words.size() ? words.get(i + 1) : null;
			if (value != null) {
				try {
					return Format.parse(value);
				}
				catch (IllegalArgumentException e) {
					return null;
				}
			}
		}
		return null;
	}
}

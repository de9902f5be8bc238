package dev.ilrsh.shell;

import dev.ilrsh.query.Completions;
import dev.ilrsh.query.QuestionReader;
import dev.ilrsh.rules.catalog.RuleEntry;
import dev.ilrsh.shell.commands.HelpCommand;
import dev.ilrsh.workspace.LoadedFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;

/**
 * TAB completion for the whole line: command names, options, and what each option or argument takes (learner
 * references and ULNs, query fields and their values, questions, rules, help topics, open files, paths), always for
 * the part of the word already typed. What a value is comes from two small tables below: by option name, and by
 * command for the words that are not options.
 */
final class ShellCompleter implements Completer {

	/** What a word holds, for completion. */
	enum Kind {
		LEARNER, ULN, QUERY, COUNTABLE, QUESTION, RULE, HELP, PATH, OPEN_FILE, FORMAT, SEVERITY, TARGET, NONE
	}

	private static final Map<String, Kind> OPTION_VALUES = Map.ofEntries(Map.entry("learner", Kind.LEARNER),
			Map.entry("keep", Kind.LEARNER), Map.entry("uln", Kind.ULN), Map.entry("where", Kind.QUERY),
			Map.entry("by", Kind.COUNTABLE), Map.entry("rule", Kind.RULE), Map.entry("out", Kind.PATH),
			Map.entry("plan", Kind.PATH), Map.entry("from-plan", Kind.PATH), Map.entry("file", Kind.PATH),
			Map.entry("format", Kind.FORMAT), Map.entry("severity", Kind.SEVERITY), Map.entry("of", Kind.TARGET));

	private static final Map<String, Kind> ARGUMENTS = Map.ofEntries(Map.entry("show", Kind.LEARNER),
			Map.entry("find", Kind.QUERY), Map.entry("ask", Kind.QUESTION), Map.entry("explain", Kind.RULE),
			Map.entry("help", Kind.HELP), Map.entry("load", Kind.PATH), Map.entry("use", Kind.OPEN_FILE),
			Map.entry("diff", Kind.OPEN_FILE), Map.entry("rules import", Kind.PATH),
			Map.entry("refdata import", Kind.PATH));

	/**
	 * What follows the output options every command shares (see OutputRequest), where the command does not declare
	 * the option itself; {@code >} and {@code >>} send results to a file.
	 */
	private static final Map<String, Kind> SHARED_OPTIONS = Map.of("--out", Kind.PATH, ">", Kind.PATH, ">>", Kind.PATH,
			"--limit", Kind.NONE);

	/** With no letters typed, lists longer than this are not offered: a file's 20,000 learners help no one. */
	private static final int EMPTY_WORD_LIMIT = 60;

	private final CommandRegistry registry;
	private final FileIndex index;
	private final RuleKnowledge rules;
	private final FileLoader files;

	ShellCompleter(CommandRegistry registry, FileIndex index, RuleKnowledge rules, FileLoader files) {
		this.registry = registry;
		this.index = index;
		this.rules = rules;
		this.files = files;
	}

	@Override
	public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
		try {
			candidates.addAll(candidates(line.words().subList(0, line.wordIndex()),
					line.word().substring(0, Math.min(line.wordCursor(), line.word().length()))));
		}
		catch (RuntimeException e) {
			// completion must never break the line being typed; no candidates is the honest answer
		}
	}

	/** The candidates for {@code typed}, the start of the word after {@code before}. */
	List<Candidate> candidates(List<String> before, String typed) {
		Resolved command = resolve(before);
		if (command == null) {
			return commandNames(before, typed);
		}
		List<String> args = before.subList(command.words(), before.size());
		String previous = args.isEmpty() ? "" : args.get(args.size() - 1);
		CommandOption option = optionNamed(command.command(), previous);
		if (option != null && !isFlag(option)) {
			return values(OPTION_VALUES.getOrDefault(option.longName(), Kind.NONE), typed);
		}
		if (option == null && SHARED_OPTIONS.containsKey(previous)) {
			return values(SHARED_OPTIONS.get(previous), typed);
		}
		List<Candidate> out = new ArrayList<>();
		if (typed.startsWith("-")) {
			for (CommandOption o : command.command().getOptions()) {
				if (o.longName() != null && !o.longName().isEmpty() && !args.contains("--" + o.longName())) {
					out.add(new Candidate("--" + o.longName(), "--" + o.longName(), null, o.description(), null, null,
							true));
				}
			}
			for (String shared : List.of("--out", "--limit", "--no-pager", "--no-color")) {
				if (!args.contains(shared) && out.stream().noneMatch(c -> c.value().equals(shared))) {
					out.add(new Candidate(shared, shared, "output", null, null, null, true));
				}
			}
			return out;
		}
		if (command.subcommands().isEmpty() || !args.isEmpty()) {
			out.addAll(values(ARGUMENTS.getOrDefault(command.command().getName(), Kind.NONE), typed));
		}
		else {
			command.subcommands().forEach(s -> out.add(plain(s)));
		}
		return out;
	}

	private List<Candidate> commandNames(List<String> before, String typed) {
		String prefix = before.isEmpty() ? "" : String.join(" ", before) + " ";
		Set<String> names = new TreeSet<>();
		for (Command c : registry.getCommands()) {
			if (c.isHidden() || !c.getName().startsWith(prefix)) {
				continue;
			}
			String rest = c.getName().substring(prefix.length());
			names.add(rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')) : rest);
		}
		List<Candidate> out = new ArrayList<>();
		for (String n : names) {
			Command c = registry.getCommandByName(prefix + n);
			out.add(new Candidate(n, n, c == null ? null : c.getGroup(), c == null ? null : c.getDescription(), null,
					null, true));
		}
		if (before.isEmpty()) {
			out.add(plain("exit"));
		}
		return out;
	}

	private List<Candidate> values(Kind kind, String typed) {
		Completions c = kind == Kind.LEARNER || kind == Kind.ULN || kind == Kind.QUERY || kind == Kind.COUNTABLE
				? index.completions() : null;
		return switch (kind) {
			case LEARNER -> c == null ? List.of()
					: learners(typed, c.learnRefNumbers(typed, EMPTY_WORD_LIMIT + 1), c.ulns(typed, EMPTY_WORD_LIMIT + 1));
			case ULN -> c == null ? List.of() : learners(typed, List.of(), c.ulns(typed, EMPTY_WORD_LIMIT + 1));
			case QUERY -> c == null ? List.of() : query(c, typed);
			case COUNTABLE -> c == null ? List.of() : c.countableFields(typed, 200).stream().map(ShellCompleter::plain).toList();
			case QUESTION -> askWords(typed);
			case RULE -> rules.catalog().all().stream().map(RuleEntry::name).map(ShellCompleter::plain).toList();
			case HELP -> help();
			case PATH -> paths(typed);
			case OPEN_FILE -> openFiles(typed);
			case FORMAT -> List.of(plain("table"), plain("csv"), plain("json"), plain("xlsx"));
			case SEVERITY -> List.of(plain("error"), plain("warning"));
			case TARGET -> List.of(plain("learners"), plain("aims"), plain("programmes"));
			case NONE -> List.of();
		};
	}

	/**
	 * A word after {@code ask}: a question's id, or once something is typed, a word ask understands ("withdr" gives
	 * withdrawn). A word that begins an id is left to the id, so that "multi" still completes multiple-programmes.
	 */
	private List<Candidate> askWords(String typed) {
		List<String> ids = index.questions().ids();
		List<Candidate> out = new ArrayList<>();
		ids.forEach(id -> out.add(new Candidate(id, id, "questions", null, null, null, true)));
		if (!typed.isEmpty()) {
			String start = typed.toLowerCase(Locale.ROOT);
			for (String word : QuestionReader.wordsUnderstood(index.questions())) {
				if (word.startsWith(start) && ids.stream().noneMatch(id -> id.startsWith(word))) {
					out.add(new Candidate(word, word, "words", null, null, null, true));
				}
			}
		}
		return out;
	}

	private static List<Candidate> learners(String typed, List<String> refs, List<String> ulns) {
		if (typed.isEmpty() && refs.size() + ulns.size() > EMPTY_WORD_LIMIT) {
			return List.of();
		}
		List<Candidate> out = new ArrayList<>();
		refs.forEach(r -> out.add(new Candidate(r, r, "learner references", null, null, null, true)));
		ulns.forEach(u -> out.add(new Candidate(u, u, "ULNs", null, null, null, true)));
		return out;
	}

	/**
	 * A word of a query: a field name (after any of {@code ( + - !}), or after {@code Field:} one of that field's
	 * values in this file.
	 */
	private static List<Candidate> query(Completions c, String typed) {
		int lead = 0;
		while (lead < typed.length() && "(+-!".indexOf(typed.charAt(lead)) >= 0) {
			lead++;
		}
		String prefix = typed.substring(0, lead);
		String word = typed.substring(lead);
		int colon = word.indexOf(':');
		List<Candidate> out = new ArrayList<>();
		if (colon > 0) {
			String field = word.substring(0, colon);
			for (String v : c.fieldValues(field, word.substring(colon + 1), 200)) {
				String value = prefix + field + ":" + v;
				out.add(new Candidate(value, v, null, null, null, null, true));
			}
			return out;
		}
		for (String f : c.fieldNames(word, 200)) {
			out.add(new Candidate(prefix + f, f, null, null, null, null, false));
		}
		if (!word.isEmpty()) {
			for (String op : List.of("AND", "OR", "NOT")) {
				out.add(plain(op));
			}
		}
		return out;
	}

	private List<Candidate> help() {
		Set<String> names = new LinkedHashSet<>();
		registry.getCommands().stream().filter(c -> !c.isHidden()).map(c -> c.getName().split(" ")[0]).sorted()
			.forEach(names::add);
		names.addAll(HelpCommand.topics().keySet());
		return names.stream().map(ShellCompleter::plain).toList();
	}

	private List<Candidate> openFiles(String typed) {
		List<Candidate> out = new ArrayList<>();
		List<LoadedFile> open = files.workspace().files();
		for (int i = 0; i < open.size(); i++) {
			out.add(new Candidate(open.get(i).name(), open.get(i).name(), "open files", "file " + (i + 1), null, null,
					true));
		}
		out.addAll(paths(typed));
		return out;
	}

	/** Files and folders starting with what was typed; a folder ends with / and completion goes on into it. */
	static List<Candidate> paths(String typed) {
		String expanded = typed.startsWith("~/") ? System.getProperty("user.home") + typed.substring(1) : typed;
		int slash = expanded.lastIndexOf('/');
		String folderPart = slash < 0 ? "" : expanded.substring(0, slash + 1);
		String namePart = slash < 0 ? expanded : expanded.substring(slash + 1);
		Path folder = Path.of(folderPart.isEmpty() ? "." : folderPart);
		String shownFolder = slash < 0 ? "" : typed.substring(0, typed.lastIndexOf('/') + 1);
		List<Candidate> out = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (!name.toLowerCase(Locale.ROOT).startsWith(namePart.toLowerCase(Locale.ROOT))
						|| name.startsWith(".") && !namePart.startsWith(".")) {
					continue;
				}
				boolean dir = Files.isDirectory(entry);
				String value = shownFolder + name + (dir ? "/" : "");
				out.add(new Candidate(value, name + (dir ? "/" : ""), null, null, null, null, !dir));
				if (out.size() >= 500) {
					break;
				}
			}
		}
		catch (IOException | RuntimeException e) {
			// no such folder yet, or not readable: nothing to offer
		}
		return out;
	}

	private static Candidate plain(String value) {
		return new Candidate(value, value, null, null, null, null, true);
	}

	private static boolean isFlag(CommandOption option) {
		return option.type() == boolean.class || option.type() == Boolean.class;
	}

	private static CommandOption optionNamed(Command command, String word) {
		if (!word.startsWith("-") || word.contains("=")) {
			return null;
		}
		for (CommandOption o : command.getOptions()) {
			if (o.isOptionEqual(word)) {
				return o;
			}
		}
		return null;
	}

	/** The command the words name (the longest run that names one), how many words that took, its sub-commands. */
	private record Resolved(Command command, int words, List<String> subcommands) {
	}

	private Resolved resolve(List<String> words) {
		Commands.Named named = Commands.longestName(registry, words);
		if (named == null) {
			return null;
		}
		Command found = named.command();
		int used = named.words();
		String prefix = found.getName() + " ";
		List<String> subcommands = registry.getCommands().stream().map(Command::getName)
			.filter(n -> n.startsWith(prefix)).map(n -> n.substring(prefix.length()).split(" ")[0]).distinct().sorted()
			.toList();
		if (used < words.size() || subcommands.isEmpty()) {
			return new Resolved(found, used, List.of());
		}
		return new Resolved(found, used, subcommands);
	}
}

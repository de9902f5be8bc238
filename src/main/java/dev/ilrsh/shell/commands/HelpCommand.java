package dev.ilrsh.shell.commands;

import dev.ilrsh.render.Style;
import dev.ilrsh.render.Styled;
import dev.ilrsh.shell.CommandFailure;
import dev.ilrsh.shell.RuleKnowledge;
import dev.ilrsh.shell.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.stereotype.Component;

/** help, help COMMAND and help TOPIC (the Markdown pages in help-docs/). */
@Component
public class HelpCommand {

	private final Session session;
	private final RuleKnowledge knowledge;

	public HelpCommand(Session session, RuleKnowledge knowledge) {
		this.session = session;
		this.knowledge = knowledge;
	}

	@org.springframework.shell.core.command.annotation.Command(name = "help", group = "Help",
			description = "List commands and topics, or show one command or topic",
			help = "help [COMMAND|TOPIC|RULE]")
	public void help(@Arguments List<String> words, CommandContext context) {
		CommandRegistry registry = context.commandRegistry();
		String wanted = words == null ? "" : String.join(" ", words).strip();
		if (wanted.isEmpty()) {
			session.print(overview(registry, session.width()));
			return;
		}
		String topic = topics().get(wanted.toLowerCase().replace(' ', '-'));
		if (topic != null) {
			session.printMarkdown(topic);
			return;
		}
		Command command = registry.getCommandByName(wanted);
		if (command != null) {
			session.print(commandHelp(command, session.width()));
			return;
		}
		var rule = knowledge.catalog().find(wanted);
		if (rule.isPresent()) {
			session.printMarkdown(rule.get().explanation().orElse("# " + rule.get().name() + "\n\n" + rule.get().summary()
					+ "\n"));
			return;
		}
		throw CommandFailure.usage("help: no command, topic or rule called '" + wanted + "'; topics: "
				+ String.join(", ", topics().keySet()));
	}

	/**
	 * Every help topic by name, read from help-docs/ on the class path: {@code privacy.md} is topic
	 * {@code privacy}, and a folder's {@code index.md} is the folder's name ({@code rules/index.md} is {@code rules}).
	 */
	public static Map<String, String> topics() {
		Map<String, String> topics = new TreeMap<>();
		try {
			for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:help-docs/**/*.md")) {
				String url = r.getURL().toString();
				String name = url.substring(url.lastIndexOf("help-docs/") + "help-docs/".length(), url.length() - 3);
				name = name.endsWith("/index") ? name.substring(0, name.length() - "/index".length()) : name;
				try (InputStream in = r.getInputStream()) {
					topics.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("help pages could not be read", e);
		}
		return topics;
	}

	private static Styled overview(CommandRegistry registry, int width) {
		Styled b = new Styled();
		Map<String, List<Command>> groups = registry.getCommands()
			.stream()
			.filter(c -> !c.isHidden() && !c.getName().equals("quit"))
			.collect(Collectors.groupingBy(c -> c.getGroup() == null || c.getGroup().isEmpty() ? "Other" : c.getGroup(),
					TreeMap::new, Collectors.toList()));
		groups.forEach((group, commands) -> {
			b.append(group, Style.HEADING).newline();
			commands.stream()
				.sorted(Comparator.comparing(Command::getName))
				.forEach(c -> entry(b, c.getName(), 16, c.getDescription(), width));
			b.newline();
		});
		b.append("Topics (help TOPIC)", Style.HEADING).newline();
		topics().forEach((name, text) -> entry(b, name, 16, title(text), width));
		b.newline().append("Output (every command)", Style.HEADING).newline();
		OUTPUT_OPTIONS.forEach((flag, what) -> entry(b, flag, 24, what, width));
		b.newline().append("exit or quit leaves the shell.").newline();
		return b;
	}

	/** The options every command takes from the output layer, with what they do. */
	static final Map<String, String> OUTPUT_OPTIONS = outputOptions();

	private static Map<String, String> outputOptions() {
		Map<String, String> options = new java.util.LinkedHashMap<>();
		options.put("--format table|csv|json|xlsx", "how a listing is given (xlsx needs a file)");
		options.put("--out FILE", "write the results to FILE (format from its name: .csv .json .xlsx, else text);"
				+ " an existing FILE needs --force");
		options.put("> FILE", "at the end of a line: write what is printed to FILE, replacing it; >> FILE adds to it");
		options.put("--limit N", "at most N rows of a listing (0 for all)");
		options.put("--no-pager", "print long results straight out instead of through the pager");
		options.put("--no-color", "no colour (NO_COLOR=1 turns it off everywhere)");
		return options;
	}

	/** {@code  name   what it is}, the words wrapped under themselves to the width. */
	private static void entry(Styled b, String name, int nameWidth, String what, int width) {
		int at = 2 + nameWidth + 1;
		b.append("  ").append(String.format("%-" + nameWidth + "s", name), Style.CODE);
		if (name.length() > nameWidth) {
			b.newline().append(" ".repeat(at));
		}
		else {
			b.append(" ");
		}
		List<String> lines = dev.ilrsh.render.Wrap.lines(what == null ? "" : what, width > 0 ? Math.max(20, width - at) : 0);
		for (int i = 0; i < lines.size(); i++) {
			b.append(i == 0 ? "" : " ".repeat(at)).append(lines.get(i)).newline();
		}
	}

	/**
	 * A command's usage: its first line as code, then its notes. On a terminal, lines of prose under one indent are
	 * joined and wrapped to the width; lines with aligned examples (two spaces inside) keep their shape.
	 */
	private static void usage(Styled b, String help, int width) {
		List<String> lines = List.of(help.split("\n"));
		b.append(lines.get(0), Style.CODE).newline();
		int i = 1;
		while (i < lines.size()) {
			String line = lines.get(i);
			String indent = line.substring(0, line.length() - line.stripLeading().length());
			StringBuilder paragraph = new StringBuilder(line.strip());
			i++;
			while (width > 0 && isProse(line) && i < lines.size() && isProse(lines.get(i))
					&& lines.get(i).startsWith(indent) && !lines.get(i).startsWith(indent + " ")) {
				paragraph.append(' ').append(lines.get(i).strip());
				i++;
			}
			int room = width > 0 ? Math.max(20, width - indent.length()) : 0;
			dev.ilrsh.render.Wrap.lines(paragraph.toString(), room).forEach(l -> b.append(indent + l).newline());
		}
	}

	private static boolean isProse(String line) {
		return !line.strip().contains("  ");
	}

	private static Styled commandHelp(Command command, int width) {
		Styled b = new Styled();
		b.append(command.getName(), Style.HEADING).append(" - ").append(command.getDescription()).newline().newline();
		if (command.getHelp() != null && !command.getHelp().isEmpty()) {
			b.append("Usage: ", Style.STRONG);
			usage(b, command.getHelp(), width);
			b.newline();
		}
		if (!command.getOptions().isEmpty()) {
			b.append("Options", Style.STRONG).newline();
			for (CommandOption o : command.getOptions()) {
				String flag = "--" + o.longName()
						+ (o.type() == Boolean.class || o.type() == boolean.class ? "" : " " + o.longName().toUpperCase());
				String more = o.defaultValue() == null || o.defaultValue().isEmpty() ? ""
						: (o.description() == null || o.description().isEmpty() ? "" : " ") + "(default "
								+ o.defaultValue() + ")";
				entry(b, flag, 24, (o.description() == null ? "" : o.description()) + more, width);
			}
			b.newline();
		}
		b.append("Output", Style.STRONG).newline();
		OUTPUT_OPTIONS.forEach((flag, what) -> {
			String name = flag.split(" ")[0];
			boolean own = command.getOptions().stream().anyMatch(o -> ("--" + o.longName()).equals(name));
			if (name.equals("--format") ? own : !own) {
				entry(b, flag, 24, what, width);
			}
		});
		return b;
	}

	private static String title(String markdown) {
		return markdown.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2)).orElse("");
	}
}

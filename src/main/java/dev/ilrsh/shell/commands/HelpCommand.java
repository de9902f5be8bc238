package dev.ilrsh.shell.commands;

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
			session.out().print(overview(registry));
			return;
		}
		String topic = topics().get(wanted.toLowerCase().replace(' ', '-'));
		if (topic != null) {
			session.out().print(topic);
			return;
		}
		Command command = registry.getCommandByName(wanted);
		if (command != null) {
			session.out().print(commandHelp(command));
			return;
		}
		var rule = knowledge.catalog().find(wanted);
		if (rule.isPresent()) {
			session.out().print(rule.get().explanation().orElse("# " + rule.get().name() + "\n\n" + rule.get().summary()
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

	private static String overview(CommandRegistry registry) {
		StringBuilder b = new StringBuilder();
		Map<String, List<Command>> groups = registry.getCommands()
			.stream()
			.filter(c -> !c.isHidden() && !c.getName().equals("quit"))
			.collect(Collectors.groupingBy(c -> c.getGroup() == null || c.getGroup().isEmpty() ? "Other" : c.getGroup(),
					TreeMap::new, Collectors.toList()));
		groups.forEach((group, commands) -> {
			b.append(group).append('\n');
			commands.stream()
				.sorted(Comparator.comparing(Command::getName))
				.forEach(c -> b.append(String.format("  %-16s %s%n", c.getName(), c.getDescription())));
			b.append('\n');
		});
		b.append("Topics (help TOPIC)\n");
		topics().forEach((name, text) -> b.append(String.format("  %-16s %s%n", name, title(text))));
		b.append("\nexit or quit leaves the shell. Every listing takes --format table|csv|json.\n");
		return b.toString();
	}

	private static String commandHelp(Command command) {
		StringBuilder b = new StringBuilder();
		b.append(command.getName()).append(" - ").append(command.getDescription()).append("\n\n");
		if (command.getHelp() != null && !command.getHelp().isEmpty()) {
			b.append("Usage: ").append(command.getHelp()).append("\n\n");
		}
		if (!command.getOptions().isEmpty()) {
			b.append("Options\n");
			for (CommandOption o : command.getOptions()) {
				String flag = "--" + o.longName()
						+ (o.type() == Boolean.class || o.type() == boolean.class ? "" : " " + o.longName().toUpperCase());
				String more = o.defaultValue() == null || o.defaultValue().isEmpty() ? ""
						: " (default " + o.defaultValue() + ")";
				b.append(String.format("  %-24s %s%s%n", flag, o.description() == null ? "" : o.description(), more));
			}
		}
		return b.toString();
	}

	private static String title(String markdown) {
		return markdown.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2)).orElse("");
	}
}

package dev.ilrsh.shell.commands;

import dev.ilrsh.render.Format;
import dev.ilrsh.shell.Session;
import dev.ilrsh.summary.FileSummary;
import dev.ilrsh.workspace.LoadedFile;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The summary command. */
@Component
public class SummaryCommand {

	private final Session session;

	public SummaryCommand(Session session) {
		this.session = session;
	}

	@Command(name = "summary", group = "Files",
			description = "Provider, year, counts by FundModel and ProgType, and load problems of the current file",
			help = "summary [--format table|csv|json]")
	public void summary(@Option(longName = "format", defaultValue = "table") String format) {
		LoadedFile file = session.current();
		FileSummary summary = FileSummary.of(file.name(), file.loaded(), file.message());
		if (Session.format(format) == Format.TABLE) {
			session.out().print(summary.toText());
		}
		else {
			session.print(summary.toTable(), format);
		}
	}
}

package dev.ilrsh.shell.commands;

import dev.ilrsh.render.Format;
import dev.ilrsh.shell.ReferenceData;
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
	private final ReferenceData referenceData;

	public SummaryCommand(Session session, ReferenceData referenceData) {
		this.session = session;
		this.referenceData = referenceData;
	}

	@Command(name = "summary", group = "Files",
			description = "Provider, year, counts by FundModel and ProgType, load problems, and the reference data loaded",
			help = "summary [--format table|csv|json]")
	public void summary(@Option(longName = "format", defaultValue = "table") String format) {
		LoadedFile file = session.current();
		String lars = referenceData.currentLars().map(v -> v.describe()).orElse(FileSummary.NO_REFERENCE_DATA);
		FileSummary summary = FileSummary.of(file.name(), file.loaded(), file.message(), lars);
		if (Session.format(format) == Format.TABLE) {
			session.out().print(summary.toText());
		}
		else {
			session.print(summary.toTable(), format);
		}
	}
}

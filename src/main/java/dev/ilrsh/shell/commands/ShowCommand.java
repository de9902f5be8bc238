package dev.ilrsh.shell.commands;

import dev.ilrsh.model.Learner;
import dev.ilrsh.programme.Programmes;
import dev.ilrsh.render.Format;
import dev.ilrsh.report.LearnerReport;
import dev.ilrsh.shell.CommandFailure;
import dev.ilrsh.shell.LearnerKeys;
import dev.ilrsh.shell.ReferenceData;
import dev.ilrsh.shell.Session;
import dev.ilrsh.workspace.LoadedFile;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The show command: one learner, all of it. */
@Component
public class ShowCommand {

	private final Session session;
	private final ReferenceData referenceData;

	public ShowCommand(Session session, ReferenceData referenceData) {
		this.session = session;
		this.referenceData = referenceData;
	}

	@Command(name = "show", group = "Learners",
			description = "One learner: identity, employment, programmes with their aims, and a timeline",
			help = "show LEARNREF|ULN [--format table|csv|json]\n"
					+ "  Every record with that reference or ULN is shown (several when a person is split).\n"
					+ "  csv and json give one row per aim. With LARS imported (refdata import), aims and standards\n"
					+ "  are shown with their titles and levels.",
			completionProvider = "learnerCompletion")
	public void show(@Argument(index = 0) String key, @Option(longName = "format", defaultValue = "table") String format) {
		if (key == null || key.isBlank()) {
			throw CommandFailure.usage("show: give a learner reference or ULN, e.g. show APP001");
		}
		LoadedFile file = session.current();
		List<Learner> records = LearnerKeys.find(file.message(), key);
		if (records.isEmpty()) {
			throw CommandFailure.usage("show: no learner with reference or ULN " + key + " in " + file.name());
		}
		LocalDate reference = Programmes.referenceDate(file.message());
		if (Session.format(format) == Format.TABLE) {
			session.out().print(LearnerReport.text(records, reference, referenceData.lars().orElse(null)));
			if (records.size() > 1) {
				session.message(records.size() + " learner records match " + key + " ("
						+ records.stream().map(Learner::learnRefNumber).collect(Collectors.joining(", "))
						+ "); if they are one person, see: progressions, restructure --learner " + key);
			}
		}
		else {
			session.print(LearnerReport.aims(records, reference, referenceData.lars().orElse(null)), format);
		}
	}
}

package dev.ilrsh.shell.commands;

import dev.ilrsh.index.Target;
import dev.ilrsh.model.Learner;
import dev.ilrsh.programme.Programmes;
import dev.ilrsh.query.FindResult;
import dev.ilrsh.query.Finder;
import dev.ilrsh.query.QueryException;
import dev.ilrsh.render.Format;
import dev.ilrsh.render.Plural;
import dev.ilrsh.report.LearnerReport;
import dev.ilrsh.report.OtherRecords;
import dev.ilrsh.rules.Finding;
import dev.ilrsh.rules.catalog.RuleEntry;
import dev.ilrsh.shell.CommandFailure;
import dev.ilrsh.shell.FileIndex;
import dev.ilrsh.shell.LearnerKeys;
import dev.ilrsh.shell.ReferenceData;
import dev.ilrsh.shell.RuleKnowledge;
import dev.ilrsh.shell.Session;
import dev.ilrsh.workspace.LoadedFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The show command: one learner, all of it. */
@Component
public class ShowCommand {

	/** How many learners a name search lists. */
	static final int NAMES_LISTED = 20;

	private final Session session;
	private final RuleFindings findings;
	private final RuleKnowledge knowledge;
	private final FileIndex index;
	private final ReferenceData referenceData;

	public ShowCommand(Session session, RuleFindings findings, RuleKnowledge knowledge, FileIndex index,
			ReferenceData referenceData) {
		this.session = session;
		this.findings = findings;
		this.knowledge = knowledge;
		this.index = index;
		this.referenceData = referenceData;
	}

	@Command(name = "show", group = "Learners",
			description = "One learner: identity, other records, employment, programmes with their aims, findings, timeline",
			help = "show LEARNREF|ULN|NAME [--learner LEARNREF|ULN] [--format table|csv|json]\n"
					+ "  Every record with that reference or ULN is shown (several when a person is split), with the\n"
					+ "  person's other records (same ULN, reference, or name and date of birth) and the rules the\n"
					+ "  record breaks. A name (show Brightwater, show \"Alex Brightwater\") lists the learners called\n"
					+ "  that, or shows the one. csv and json give one row per aim. With LARS imported (refdata\n"
					+ "  import), aims and standards are shown with their titles and levels.")
	public void show(@Arguments List<String> words,
			@Option(longName = "learner", description = "the learner reference or ULN") String learner,
			@Option(longName = "format", defaultValue = "table") String format) {
		String key = learner != null ? learner.strip() : words == null ? "" : String.join(" ", words).strip();
		if (key.isEmpty() || learner != null && words != null && !words.isEmpty()) {
			throw CommandFailure.usage("show: give one learner reference, ULN or name, e.g. show APP001");
		}
		LoadedFile file = session.current();
		List<Learner> records = LearnerKeys.find(file.message(), key);
		if (records.isEmpty()) {
			records = byName(file, key);
			if (records.isEmpty()) {
				return;
			}
		}
		LocalDate reference = Programmes.referenceDate(file.message());
		if (Session.format(format) != Format.TABLE) {
			session.print(LearnerReport.aims(records, reference, referenceData.lars().orElse(null)), format);
			return;
		}
		List<Learner> shown = records;
		Map<Learner, List<Finding>> on = findings.on(file, records);
		session.print(LearnerReport.text(records, reference,
				l -> new LearnerReport.Notes(OtherRecords.of(file.message(), l, shown), on.get(l)), this::summary,
				session.width(), referenceData.lars().orElse(null)));
		if (records.size() > 1) {
			session.warning(records.size() + " learner records match " + key + " ("
					+ records.stream().map(Learner::learnRefNumber).collect(Collectors.joining(", "))
					+ "); if they are one person, see: progressions, restructure --learner "
					+ records.get(0).learnRefNumber());
		}
	}

	private String summary(String rule) {
		return knowledge.catalog().find(rule).map(RuleEntry::summary).orElse("");
	}

	/**
	 * The learner a name names, when it is one; otherwise lists the learners it names (and returns none), or fails
	 * when it names no one.
	 */
	private List<Learner> byName(LoadedFile file, String key) {
		String none = "show: no learner with reference or ULN " + key + " in " + file.name();
		if (key.chars().anyMatch(Character::isDigit)) {
			throw CommandFailure.usage(none);
		}
		FindResult found = search(nameQuery(key, false));
		boolean near = false;
		if (found.totalHits() == 0) {
			found = search(nameQuery(key, true));
			near = true;
		}
		if (found.totalHits() == 0) {
			throw CommandFailure.usage(none + ", and no one is called that");
		}
		List<Learner> matches = new ArrayList<>();
		for (List<Object> row : found.table().rows()) {
			matches.addAll(LearnerKeys.find(file.message(), String.valueOf(row.get(0))).stream()
				.filter(l -> !matches.contains(l)).toList());
		}
		if (found.totalHits() == 1 && matches.size() == 1) {
			session.message("no learner has the reference or ULN " + key + "; showing the one learner "
					+ (near ? "with a name like that" : "called that"));
			return matches;
		}
		session.print(found.table(), "table");
		session.message(Plural.of(found.totalHits(), "learner", "learners") + (near ? " with a name like " : " called ")
				+ key
				+ (found.truncated() ? "; the first " + found.table().size() + " are listed" : "")
				+ "; show one with show REF");
		return List.of();
	}

	private FindResult search(String query) {
		try {
			return new Finder(index.current()).find(query, Target.LEARNERS, NAMES_LISTED);
		}
		catch (QueryException e) {
			throw CommandFailure.usage("show: " + e.getMessage());
		}
	}

	/** Every word must be in the given or family names; {@code near} allows near spellings. */
	static String nameQuery(String name, boolean near) {
		List<String> parts = new ArrayList<>();
		for (String word : name.split("[\\s,]+")) {
			String w = word.replaceAll("[^\\p{L}'\\-]", "");
			if (w.isEmpty()) {
				continue;
			}
			String term = near ? w.replaceAll("['\\-]", "") + "~" : "\"" + w + "\"";
			parts.add("(FamilyName:" + term + " OR GivenNames:" + term + ")");
		}
		if (parts.isEmpty()) {
			throw CommandFailure.usage("show: give a learner reference, ULN or name, e.g. show APP001");
		}
		return String.join(" AND ", parts);
	}
}

package dev.ilrsh.shell.commands;

import dev.ilrsh.diff.Differ;
import dev.ilrsh.diff.ReturnQuestion;
import dev.ilrsh.index.Target;
import dev.ilrsh.query.AskResult;
import dev.ilrsh.query.Counter;
import dev.ilrsh.query.FindResult;
import dev.ilrsh.query.Finder;
import dev.ilrsh.query.QueryException;
import dev.ilrsh.query.Reading;
import dev.ilrsh.refdata.Lars;
import dev.ilrsh.render.Format;
import dev.ilrsh.render.Table;
import dev.ilrsh.shell.CommandFailure;
import dev.ilrsh.shell.FileIndex;
import dev.ilrsh.shell.ReferenceData;
import dev.ilrsh.shell.Session;
import dev.ilrsh.workspace.LoadedFile;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** find, ask and count: questions of the current file, answered from its index. */
@Component
public class QueryCommands {

	private final Session session;
	private final FileIndex index;
	private final ReferenceData referenceData;

	public QueryCommands(Session session, FileIndex index, ReferenceData referenceData) {
		this.session = session;
		this.index = index;
		this.referenceData = referenceData;
	}

	@Command(name = "find", group = "Learners", description = "Find learners, aims or programmes by any ILR field",
			help = """
					find QUERY [--aims | --programmes] [--limit N] [--format table|csv|json]
					  Fields are ILR element names, any case:  FamilyName:okafor   StdCode:94 AND CompStatus:1
					  Ranges of dates and numbers:  LearnStartDate:[2025-08-01 TO 2025-12-31]   PHours:[0 TO 186]
					  Bare words search names, references, ULN and postcode; Okafr~ finds near spellings.
					  Use NOT (not a leading -) to exclude.
					  Learners carry all learner fields and, from their aims, only StdCode ProgType FundModel
					  CompStatus LearnAimRef LearnStartDate AimType ACT (true if some aim has the value).
					  --aims/--programmes carry all aim fields (FAMs as ACT:1, SOF:105) and, from the learner,
					  only LearnRefNumber ULN FamilyName GivenNames DateOfBirth Sex Ethnicity Postcode.""")
	public void find(@Arguments List<String> words,
			@Option(longName = "aims", description = "list aims instead of learners") Boolean aims,
			@Option(longName = "programmes", description = "list programmes instead of learners") Boolean programmes,
			@Option(longName = "limit", description = "at most this many rows", defaultValue = "50") Integer limit,
			@Option(longName = "format", defaultValue = "table") String format) {
		String query = words == null ? "" : String.join(" ", words).strip();
		if (query.isEmpty()) {
			throw CommandFailure.usage("find: give a query, e.g. find FamilyName:okafor or find StdCode:94");
		}
		if (Boolean.TRUE.equals(aims) && Boolean.TRUE.equals(programmes)) {
			throw CommandFailure.usage("find: choose --aims or --programmes, not both");
		}
		Target target = Boolean.TRUE.equals(aims) ? Target.AIMS
				: Boolean.TRUE.equals(programmes) ? Target.PROGRAMMES : Target.LEARNERS;
		Format chosen = Session.format(format);
		FindResult result;
		try {
			result = new Finder(index.current()).find(query, target, limit == null || limit < 1 ? 50 : limit);
		}
		catch (QueryException e) {
			throw CommandFailure.usage("find: " + e.getMessage());
		}
		session.print(withTitles(result.table()), chosen.name());
		long hits = result.totalHits();
		String kind = target.name().toLowerCase(java.util.Locale.ROOT);
		session.message(hits + " " + (hits == 1 ? target.docType() + " matches" : kind + " match")
				+ (result.truncated() ? "; showing " + result.table().size() + " (use --limit)" : ""));
	}

	@Command(name = "ask", group = "Learners",
			description = "Ask a question in plain words, with conditions; ask alone lists the questions",
			help = """
					ask [QUESTION] [--format table|csv|json]
					  ask withdrawn apprentices this year           ask multiple-programmes
					  ask who is past their planned end date        ask (lists every question)
					  help ask: the conditions it understands (ages, dates, statuses, funding, codes)""")
	public void ask(@Arguments List<String> words, @Option(longName = "format", defaultValue = "table") String format) {
		String question = words == null ? "" : String.join(" ", words).strip();
		Format chosen = Session.format(format);
		if (question.isEmpty()) {
			session.print(index.questions().list(), chosen.name());
			return;
		}
		var sinceLast = ReturnQuestion.of(question);
		if (sinceLast.isPresent()) {
			askOfTwoReturns(sinceLast.get(), chosen);
			return;
		}
		AskResult result;
		try {
			result = index.questions().ask(index.current(), question, referenceData.lars().orElse(null));
		}
		catch (QueryException e) {
			throw CommandFailure.usage("ask: " + e.getMessage());
		}
		Reading reading = result.reading();
		if (!result.answered()) {
			throw CommandFailure.usage("ask: not sure what '" + question + "' asks"
					+ (reading.offers().isEmpty() ? "" : "; did you mean: " + String.join("  |  ", reading.offers()))
					+ " (type ask for the list of questions)");
		}
		session.message(reading.describe());
		if (chosen == Format.TABLE && result.question() != null && !reading.counting()) {
			session.printText(result.question().title() + "  [" + result.question().id() + "]\n"
					+ result.question().description() + "\n\n");
		}
		session.print(withTitles(result.table()), chosen.name());
		session.message(outcome(result));
	}

	/**
	 * A question about what changed since the last return: the current file against the other open file prepared
	 * before it (the latest such, when there are several).
	 */
	private void askOfTwoReturns(ReturnQuestion question, Format format) {
		LoadedFile current = session.current();
		java.time.LocalDate prepared = preparedOn(current);
		LoadedFile last = session.workspace().files().stream()
			.filter(f -> f != current && !preparedOn(f).isAfter(prepared))
			.max(java.util.Comparator.comparing(QueryCommands::preparedOn))
			.orElseThrow(() -> CommandFailure.usage("ask: '" + question.title() + "' compares this file with the "
					+ "last return: open that too (load FILE), make this one current (use " + current.name()
					+ "), and ask again"));
		session.message("Read as: " + question.title() + ", " + last.name() + " (last return) against " + current.name()
				+ " (this one). Same changes as: diff " + last.name() + " " + current.name() + ".");
		Table answer = question.answer(Differ.compare(last.message(), current.message()));
		session.print(answer, format.name());
		session.message(answer.size() + (answer.size() == 1 ? " row" : " rows"));
	}

	private static java.time.LocalDate preparedOn(LoadedFile file) {
		var header = file.message().header();
		java.time.LocalDate date = header == null || header.collectionDetails() == null ? null
				: header.collectionDetails().filePreparationDate();
		return date == null ? java.time.LocalDate.MIN : date;
	}

	/** With LARS imported, each aim's title after its LearnAimRef (and each standard's after its StdCode). */
	private Table withTitles(Table table) {
		var lars = referenceData.lars();
		if (lars.isEmpty()) {
			return table;
		}
		int aim = table.columns().indexOf("LearnAimRef");
		int std = table.columns().indexOf("StdCode");
		Table titled = aim < 0 ? table : table.withColumnAfter("LearnAimRef", "LearnAimRefTitle",
				row -> row.get(aim) == null ? null : lars.get().title(String.valueOf(row.get(aim))).orElse(null));
		int stdAt = titled.columns().indexOf("StdCode");
		return std < 0 ? titled : titled.withColumnAfter("StdCode", "StandardName", row -> row.get(stdAt) instanceof Integer code
				? lars.get().standard(code).map(Lars.Standard::describe).orElse(null) : null);
	}

	/** The closing line of an answer: how many rows, and when there are none, which condition found nothing. */
	private static String outcome(AskResult result) {
		Reading reading = result.reading();
		if (reading.counting()) {
			return result.learners() + (result.learners() == 1 ? " learner" : " learners");
		}
		int rows = result.table().size();
		String what = result.question() != null ? " for " + result.question().id()
				: " (" + reading.listing().name().toLowerCase(java.util.Locale.ROOT) + ")";
		String line = rows + (rows == 1 ? " row" : " rows") + what;
		if (rows > 0) {
			return line;
		}
		if (!result.unmatched().isEmpty()) {
			return line + ": nothing in this file is " + result.unmatched().stream()
				.map(c -> c.meaning() + " [" + c.query() + "]").collect(Collectors.joining(", nor "));
		}
		return reading.conditions().isEmpty() ? line : line + ": each condition matches some learners, but no learner meets them all";
	}

	@Command(name = "count", group = "Learners", description = "Count learners, aims or programmes by a field",
			help = """
					count --by FIELD [--where QUERY] [--of learners|aims|programmes] [--format table|csv|json]
					  count --by FundModel     count --by StdCode --where CompStatus:1     count --by Sex --of aims
					  Each field is counted over what it describes (aims for StdCode, programmes for Status,
					  learners for Sex) unless --of says otherwise; the last row is the total, % is of it.
					  Fields include every coded ILR field and: age band at start, start month, programme status,
					  ACT code. TAB after --by lists them.""")
	public void count(@Option(longName = "by", description = "the field to count by") String by,
			@Option(longName = "where", description = "only what this query matches") String where,
			@Option(longName = "of", description = "count learners, aims or programmes") String of,
			@Option(longName = "format", defaultValue = "table") String format) {
		if (by == null || by.isBlank()) {
			throw CommandFailure.usage("count: say what to count by, e.g. count --by FundModel");
		}
		Format chosen = Session.format(format);
		Target target;
		try {
			target = of == null || of.isBlank() ? null : Target.parse(of);
		}
		catch (IllegalArgumentException e) {
			throw CommandFailure.usage("count: --of takes learners, aims or programmes, not '" + of + "'");
		}
		Counter.Tally tally;
		try {
			tally = new Counter(index.current()).tally(by, where, target);
		}
		catch (QueryException e) {
			throw CommandFailure.usage("count: " + e.getMessage());
		}
		session.print(tally.table(), chosen.name());
		String counted = tally.counted().name().toLowerCase(java.util.Locale.ROOT);
		String field = tally.table().columns().get(0);
		session.message("counted " + tally.total() + " " + (tally.total() == 1 ? tally.counted().docType() : counted)
				+ " by " + field + (where == null || where.isBlank() ? "" : " (those matching " + where.strip() + ")")
				+ (tally.overlapping() ? "; some have more than one " + field
						+ " and are counted under each, so the rows add up to more than the total" : ""));
	}
}

package dev.ilrsh.report;

import dev.ilrsh.model.AppFinRecord;
import dev.ilrsh.model.Codes;
import dev.ilrsh.model.EmploymentStatusMonitoring;
import dev.ilrsh.model.LLDDandHealthProblem;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearnerFAM;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import dev.ilrsh.model.PriorAttain;
import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.programme.Programmes;
import dev.ilrsh.programme.Timeline;
import dev.ilrsh.refdata.Lars;
import dev.ilrsh.render.Style;
import dev.ilrsh.render.Styled;
import dev.ilrsh.render.Table;
import dev.ilrsh.render.TextWidth;
import dev.ilrsh.report.ReportLines.Item;
import dev.ilrsh.rules.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One learner as a helpdesk reads it: identity, the person's other records, employment history, then each programme
 * with its aims (dates, status, outcome, hours, prices, FAMs), then the aims outside programmes, the findings of the
 * validation rules on the record, and a timeline of the programmes. Coded values carry their meaning.
 */
public final class LearnerReport {

	/**
	 * What show adds to a record beyond its own fields.
	 *
	 * @param others the person's other records in the file
	 * @param findings the validation findings on this record
	 */
	public record Notes(List<OtherRecords.Other> others, List<Finding> findings) {

		public static final Notes NONE = new Notes(List.of(), List.of());
	}

	/** The narrowest timeline bar drawn to fit a narrow screen. */
	private static final int NARROWEST_TIMELINE = 12;

	private LearnerReport() {
	}

	/** The text for one or more records (several when records share a ULN or reference), plain and unlimited. */
	public static String text(List<Learner> records, LocalDate referenceDate) {
		return text(records, referenceDate, l -> Notes.NONE, rule -> "", 0, null).plain();
	}

	/**
	 * The report for one or more records.
	 *
	 * @param notes each record's other records and findings
	 * @param ruleSummary a rule's one-line summary, by name
	 * @param width the width to fit lines in; 0 or less for no limit
	 * @param lars LARS, for aim titles and each standard's title and level; null shows what the file alone tells
	 */
	public static Styled text(List<Learner> records, LocalDate referenceDate, Function<Learner, Notes> notes,
			Function<String, String> ruleSummary, int width, Lars lars) {
		ReportLines b = new ReportLines(width);
		List<ProgrammeEpisode> all = new ArrayList<>();
		boolean first = true;
		for (Learner learner : records) {
			if (!first) {
				b.blank();
			}
			first = false;
			List<ProgrammeEpisode> episodes = Programmes.of(learner, referenceDate);
			all.addAll(episodes);
			Notes n = notes.apply(learner);
			learner(b, learner, episodes, n, lars);
			findings(b, n.findings(), ruleSummary);
		}
		b.blank().heading("", "Timeline");
		b.block("  ", timeline(all, referenceDate, width), Style.PLAIN);
		if (lars != null) {
			String standards = Standards.progression(all, lars);
			if (!standards.isEmpty()) {
				b.blank().text("", standards, Style.PLAIN);
			}
		}
		return b.styled();
	}

	/** One row per aim of the records, for CSV and JSON. */
	public static Table aims(List<Learner> records, LocalDate referenceDate) {
		return aims(records, referenceDate, null);
	}

	/** One row per aim; with LARS, each aim's title (LearnAimRefTitle) too. */
	public static Table aims(List<Learner> records, LocalDate referenceDate, Lars lars) {
		List<String> columns = new ArrayList<>(List.of("LearnRefNumber", "ULN", "programme", "AimSeqNumber",
				"LearnAimRef", "AimType", "ProgType", "StdCode", "FundModel", "LearnStartDate", "LearnPlanEndDate",
				"LearnActEndDate", "AchDate", "CompStatus", "Outcome", "WithdrawReason", "PHours", "OTJActHours", "TNP",
				"FAMs"));
		if (lars != null) {
			columns.add(5, "LearnAimRefTitle");
		}
		Table.Builder t = Table.builder(columns.toArray(String[]::new));
		for (Learner learner : records) {
			for (ProgrammeEpisode e : Programmes.of(learner, referenceDate)) {
				for (LearningDelivery a : e.aims()) {
					List<Object> row = new ArrayList<>(java.util.Arrays.asList(learner.learnRefNumber(), learner.uln(),
							e.label(), a.aimSeqNumber(), a.learnAimRef()));
					if (lars != null) {
						row.add(lars.title(a.learnAimRef()).orElse(null));
					}
					row.addAll(java.util.Arrays.asList(a.aimType(), a.progType(), a.stdCode(), a.fundModel(),
							a.learnStartDate(), a.learnPlanEndDate(), a.learnActEndDate(), a.achDate(), a.compStatus(),
							a.outcome(), a.withdrawReason(), a.pHours(), a.otjActHours(), prices(a), fams(a)));
					t.row(row.toArray());
				}
			}
		}
		return t.build();
	}

	private static void learner(ReportLines b, Learner l, List<ProgrammeEpisode> episodes, Notes notes, Lars lars) {
		List<Item> title = new ArrayList<>();
		title.add(new Item("Learner " + l.learnRefNumber(), Style.KEY));
		title.add(Item.of("ULN " + value(l.uln())));
		title.add(Item.of(l.displayName()));
		if (l.dateOfBirth() != null) {
			title.add(Item.of("born " + l.dateOfBirth()));
		}
		if (l.extras().line() > 0) {
			title.add(new Item("(line " + l.extras().line() + ")", Style.DIM));
		}
		b.line("", title);
		String postcode = "Postcode " + value(l.postcode())
				+ (l.postcodePrior() != null && !l.postcodePrior().equals(l.postcode())
						? " (before enrolment " + l.postcodePrior() + ")" : "");
		b.line("  ", "Sex " + coded("Sex", l.sex()), "Ethnicity " + coded("Ethnicity", l.ethnicity()),
				"LLDDHealthProb " + coded("LLDDHealthProb", l.llddHealthProb()), postcode);
		List<String> more = new ArrayList<>();
		if (l.accom() != null) {
			more.add("Accom " + coded("Accom", l.accom()));
		}
		for (LLDDandHealthProblem p : l.llddAndHealthProblem()) {
			more.add("LLDDCat " + coded("LLDDCat", p.llddCat())
					+ (Integer.valueOf(1).equals(p.primaryLLDD()) ? " (primary)" : ""));
		}
		for (PriorAttain p : l.priorAttain()) {
			more.add("PriorLevel " + coded("PriorLevel", p.priorLevel())
					+ (p.dateLevelApp() == null ? "" : " from " + p.dateLevelApp()));
		}
		for (LearnerFAM f : l.learnerFAM()) {
			more.add(typed(f.learnFAMType(), f.learnFAMCode()));
		}
		if (!more.isEmpty()) {
			b.line("  ", more.toArray(String[]::new));
		}
		if (!notes.others().isEmpty()) {
			b.line("  ", List.of(new Item("Other records of this person:", Style.WARNING)));
			for (OtherRecords.Other o : notes.others()) {
				b.labelled("    ", List.of(new Item(o.learner().learnRefNumber(), Style.KEY)), o.shared()
						+ (o.learner().extras().line() > 0 ? " (line " + o.learner().extras().line() + ")" : ""),
						Style.PLAIN);
			}
		}
		b.blank().heading("  ", "Employment status");
		if (l.learnerEmploymentStatus().isEmpty()) {
			b.line("    ", "(none recorded)");
		}
		for (LearnerEmploymentStatus s : l.learnerEmploymentStatus()) {
			List<String> items = new ArrayList<>();
			items.add(value(s.dateEmpStatApp()));
			items.add("EmpStat " + coded("EmpStat", s.empStat()));
			if (s.empId() != null) {
				items.add("EmpId " + s.empId());
			}
			for (EmploymentStatusMonitoring m : s.employmentStatusMonitoring()) {
				items.add(typed(m.esmType(), m.esmCode()));
			}
			b.line("    ", items.toArray(String[]::new));
		}
		boolean standaloneHeader = false;
		for (ProgrammeEpisode e : episodes) {
			if (e.isProgramme()) {
				b.blank();
				StringBuilder heading = new StringBuilder("Programme ").append(e.label()).append(' ')
					.append(Codes.meaning("ProgType", e.progType()).orElse("ProgType " + value(e.progType())));
				if (lars != null) {
					lars.standard(e.stdCode()).ifPresent(st -> heading.append(": ").append(Standards.describe(st)));
				}
				heading.append(", started ").append(value(e.start()));
				if (e.restart()) {
					heading.append(" (restart; first started ").append(value(e.originalStart())).append(')');
				}
				heading.append(", ").append(e.status().label());
				b.text("  ", heading.toString(), Style.STRONG);
			}
			else if (!standaloneHeader) {
				b.blank().heading("  ", "Aims outside a programme");
				standaloneHeader = true;
			}
			for (LearningDelivery a : e.aims()) {
				aim(b, a, lars);
			}
		}
	}

	private static void aim(ReportLines b, LearningDelivery a, Lars lars) {
		List<Item> first = new ArrayList<>(List.of(Item.of(TextWidth.pad(value(a.aimSeqNumber()), 2)),
				new Item(value(a.learnAimRef()), Style.STRONG), Item.of(Codes.aimType(a.aimType())),
				Item.of("FundModel " + coded("FundModel", a.fundModel()))));
		if (lars != null && !LearningDelivery.PROGRAMME_AIM_REF.equalsIgnoreCase(String.valueOf(a.learnAimRef()))) {
			lars.aim(a.learnAimRef()).ifPresent(x -> first.add(Item.of(Standards.describe(x))));
		}
		b.line("    ", first);
		List<String> dates = new ArrayList<>();
		dates.add("start " + value(a.learnStartDate()));
		dates.add("planned end " + value(a.learnPlanEndDate()));
		if (a.learnActEndDate() != null) {
			dates.add("actual end " + a.learnActEndDate());
		}
		if (a.achDate() != null) {
			dates.add("AchDate " + a.achDate());
		}
		if (a.origLearnStartDate() != null) {
			dates.add("OrigLearnStartDate " + a.origLearnStartDate());
		}
		b.line("        ", dates.toArray(String[]::new));
		List<String> outcome = new ArrayList<>();
		outcome.add("CompStatus " + coded("CompStatus", a.compStatus()));
		if (a.outcome() != null) {
			outcome.add("Outcome " + coded("Outcome", a.outcome()));
		}
		if (a.withdrawReason() != null) {
			outcome.add("WithdrawReason " + coded("WithdrawReason", a.withdrawReason()));
		}
		if (a.pHours() != null || a.otjActHours() != null) {
			outcome.add("off-the-job hours planned " + value(a.pHours()) + ", actual " + value(a.otjActHours()));
		}
		if (a.epaOrgID() != null) {
			outcome.add("EPAOrgID " + a.epaOrgID());
		}
		b.line("        ", outcome.toArray(String[]::new));
		if (!a.appFinRecord().isEmpty()) {
			List<String> prices = new ArrayList<>(List.of("prices"));
			a.appFinRecord().forEach(f -> prices.add(priceForPeople(f)));
			b.line("        ", prices.toArray(String[]::new));
		}
		if (!a.learningDeliveryFAM().isEmpty()) {
			List<String> fams = new ArrayList<>(List.of("FAM"));
			a.learningDeliveryFAM().forEach(f -> fams.add(famForPeople(f)));
			b.line("        ", fams.toArray(String[]::new));
		}
	}

	/** The findings on a record, by rule: the rule with its one-line summary, then each finding's message. */
	private static void findings(ReportLines b, List<Finding> findings, Function<String, String> ruleSummary) {
		if (findings.isEmpty()) {
			return;
		}
		b.blank().heading("  ", "Findings");
		Map<String, List<Finding>> byRule = findings.stream()
			.collect(Collectors.groupingBy(Finding::rule, LinkedHashMap::new, Collectors.toList()));
		byRule.forEach((rule, list) -> {
			Finding first = list.get(0);
			String summary = ruleSummary.apply(rule);
			b.labelled("    ", List.of(new Item(rule, Style.RULE), new Item(first.severity().label(),
					first.isError() ? Style.ERROR : Style.WARNING)), summary == null ? "" : summary, Style.PLAIN);
			for (Finding f : list) {
				b.labelled("      ", List.of(Item.of("-")), (f.aimSeqNumber() == null ? "" : "aim " + f.aimSeqNumber()
						+ ": ") + f.message(), Style.PLAIN);
			}
		});
		b.line("    ", List.of(new Item("explain RULE tells more about a rule", Style.DIM)));
	}

	/**
	 * The timeline at the widest bar that keeps its lines within the width, its legend wrapped; at no limit, the
	 * default.
	 */
	private static String timeline(List<ProgrammeEpisode> all, LocalDate referenceDate, int width) {
		String text = Timeline.render(all, referenceDate, Timeline.DEFAULT_COLUMNS);
		if (width <= 0) {
			return text;
		}
		int room = width - 2;
		for (int columns = Timeline.DEFAULT_COLUMNS; columns > NARROWEST_TIMELINE && widest(bars(text)) > room;
				columns -= 4) {
			text = Timeline.render(all, referenceDate, columns - 4);
		}
		StringBuilder out = new StringBuilder();
		for (String line : bars(text).lines().toList()) {
			int gap = line.lastIndexOf("  ");
			if (TextWidth.of(line) > room && gap > 0 && !line.isBlank()) {
				// even the narrowest bars leave no room for the dates: they go on a line of their own
				out.append(line, 0, gap).append('\n').append("    ").append(line.substring(gap + 2)).append('\n');
			}
			else {
				out.append(line).append('\n');
			}
		}
		for (String line : text.substring(bars(text).length()).lines().toList()) {
			ReportLines legend = new ReportLines(room);
			legend.line("", line.split(" {2,}"));
			out.append(legend.styled().plain().replace("\n  ", "\n"));
		}
		return out.toString();
	}

	/** The part of a timeline before its legend (up to the first blank line). */
	private static String bars(String timeline) {
		int blank = timeline.indexOf("\n\n");
		return blank < 0 ? timeline : timeline.substring(0, blank + 2);
	}

	private static int widest(String text) {
		return text.lines().mapToInt(TextWidth::of).max().orElse(0);
	}

	private static String prices(LearningDelivery a) {
		return a.appFinRecord().stream().map(LearnerReport::price).collect(Collectors.joining(", "));
	}

	private static String price(AppFinRecord f) {
		return value(f.aFinType()) + value(f.aFinCode()) + " " + value(f.aFinAmount()) + " (" + value(f.aFinDate()) + ")";
	}

	private static String priceForPeople(AppFinRecord f) {
		String meaning = Codes.meaning(f.aFinType(), f.aFinCode()).map(m -> " " + m).orElse("");
		return value(f.aFinType()) + value(f.aFinCode()) + meaning + " " + value(f.aFinAmount()) + " from "
				+ value(f.aFinDate());
	}

	private static String fams(LearningDelivery a) {
		return a.learningDeliveryFAM().stream().map(LearnerReport::fam).collect(Collectors.joining(", "));
	}

	private static String fam(LearningDeliveryFAM f) {
		return value(f.learnDelFAMType()) + " " + value(f.learnDelFAMCode()) + dates(f);
	}

	private static String famForPeople(LearningDeliveryFAM f) {
		return typed(f.learnDelFAMType(), f.learnDelFAMCode()) + dates(f);
	}

	private static String dates(LearningDeliveryFAM f) {
		if (f.learnDelFAMDateFrom() == null && f.learnDelFAMDateTo() == null) {
			return "";
		}
		return " " + (f.learnDelFAMDateFrom() == null ? "" : f.learnDelFAMDateFrom()) + " to "
				+ (f.learnDelFAMDateTo() == null ? "open" : f.learnDelFAMDateTo());
	}

	/** A type and code with the code's meaning: {@code EII 8 working 31+ hours a week}. */
	private static String typed(String type, Object code) {
		return value(type) + " " + value(code) + Codes.meaning(type, code).map(m -> " " + m).orElse("");
	}

	/** A code with its meaning, or "-" when there is none. */
	private static String coded(String field, Object code) {
		return code == null ? "-" : Codes.label(field, code);
	}

	private static String value(Object o) {
		return o == null ? "-" : o.toString();
	}
}

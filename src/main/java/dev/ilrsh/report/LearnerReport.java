package dev.ilrsh.report;

import dev.ilrsh.model.AppFinRecord;
import dev.ilrsh.model.Codes;
import dev.ilrsh.model.EmploymentStatusMonitoring;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.programme.Programmes;
import dev.ilrsh.programme.Timeline;
import dev.ilrsh.refdata.Lars;
import dev.ilrsh.render.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One learner as a helpdesk reads it: identity, employment history, then each programme with its aims (dates,
 * status, outcome, hours, prices, FAMs), then the aims outside programmes, and a timeline of the programmes.
 */
public final class LearnerReport {

	private LearnerReport() {
	}

	/** The text for one or more records (several when records share a ULN or reference). */
	public static String text(List<Learner> records, LocalDate referenceDate) {
		return text(records, referenceDate, null);
	}

	/**
	 * The text, with aim titles and each standard's title and level from LARS when {@code lars} is given (null: as
	 * the file alone tells it).
	 */
	public static String text(List<Learner> records, LocalDate referenceDate, Lars lars) {
		StringBuilder b = new StringBuilder();
		List<ProgrammeEpisode> all = new ArrayList<>();
		for (Learner learner : records) {
			if (b.length() > 0) {
				b.append('\n');
			}
			List<ProgrammeEpisode> episodes = Programmes.of(learner, referenceDate);
			all.addAll(episodes);
			learner(b, learner, episodes, lars);
		}
		b.append("\nTimeline\n").append(indent(Timeline.render(all, referenceDate, Timeline.DEFAULT_COLUMNS)));
		if (lars != null) {
			String standards = Standards.progression(all, lars);
			if (!standards.isEmpty()) {
				b.append(standards).append('\n');
			}
		}
		return b.toString();
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

	private static void learner(StringBuilder b, Learner l, List<ProgrammeEpisode> episodes, Lars lars) {
		b.append("Learner ").append(l.learnRefNumber()).append("  ULN ").append(value(l.uln()));
		if (!l.displayName().isEmpty()) {
			b.append("  ").append(l.displayName());
		}
		if (l.dateOfBirth() != null) {
			b.append("  born ").append(l.dateOfBirth());
		}
		if (l.extras().line() > 0) {
			b.append("  (line ").append(l.extras().line()).append(')');
		}
		b.append('\n');
		b.append("  Sex ").append(value(l.sex())).append("  Ethnicity ").append(value(l.ethnicity()))
			.append("  LLDDHealthProb ").append(value(l.llddHealthProb())).append("  Postcode ").append(value(l.postcode()));
		if (l.postcodePrior() != null && !l.postcodePrior().equals(l.postcode())) {
			b.append(" (before enrolment ").append(l.postcodePrior()).append(')');
		}
		b.append('\n');
		if (!l.learnerFAM().isEmpty()) {
			b.append("  LearnerFAM ").append(l.learnerFAM().stream().map(f -> f.learnFAMType() + " " + value(f.learnFAMCode()))
				.collect(Collectors.joining(", "))).append('\n');
		}
		b.append("\n  Employment status\n");
		if (l.learnerEmploymentStatus().isEmpty()) {
			b.append("    (none recorded)\n");
		}
		for (LearnerEmploymentStatus s : l.learnerEmploymentStatus()) {
			b.append("    ").append(value(s.dateEmpStatApp())).append("  EmpStat ").append(Codes.empStat(s.empStat()));
			if (s.empId() != null) {
				b.append("  EmpId ").append(s.empId());
			}
			for (EmploymentStatusMonitoring m : s.employmentStatusMonitoring()) {
				b.append("  ").append(m.esmType()).append(' ').append(value(m.esmCode()));
			}
			b.append('\n');
		}
		boolean standaloneHeader = false;
		for (ProgrammeEpisode e : episodes) {
			if (e.isProgramme()) {
				b.append("\n  Programme ").append(e.label()).append(' ').append(Codes.progType(e.progType()).replaceFirst("^\\d+ ", ""));
				if (lars != null) {
					lars.standard(e.stdCode()).ifPresent(st -> b.append(": ").append(Standards.describe(st)));
				}
				b.append(", started ").append(value(e.start()));
				if (e.restart()) {
					b.append(" (restart; first started ").append(value(e.originalStart())).append(')');
				}
				b.append(", ").append(e.status().label()).append('\n');
			}
			else if (!standaloneHeader) {
				b.append("\n  Aims outside a programme\n");
				standaloneHeader = true;
			}
			for (LearningDelivery a : e.aims()) {
				aim(b, a, lars);
			}
		}
	}

	private static void aim(StringBuilder b, LearningDelivery a, Lars lars) {
		b.append("    ").append(String.format("%-3s", value(a.aimSeqNumber()))).append(value(a.learnAimRef()))
			.append("  ").append(Codes.aimType(a.aimType())).append("  FundModel ").append(value(a.fundModel()));
		if (lars != null && !LearningDelivery.PROGRAMME_AIM_REF.equalsIgnoreCase(String.valueOf(a.learnAimRef()))) {
			lars.aim(a.learnAimRef()).ifPresent(x -> b.append("  ").append(Standards.describe(x)));
		}
		b.append('\n');
		b.append("        start ").append(value(a.learnStartDate())).append("  planned end ").append(value(a.learnPlanEndDate()));
		if (a.learnActEndDate() != null) {
			b.append("  actual end ").append(a.learnActEndDate());
		}
		if (a.achDate() != null) {
			b.append("  AchDate ").append(a.achDate());
		}
		if (a.origLearnStartDate() != null) {
			b.append("  OrigLearnStartDate ").append(a.origLearnStartDate());
		}
		b.append('\n');
		b.append("        CompStatus ").append(Codes.compStatus(a.compStatus()));
		if (a.outcome() != null) {
			b.append("  Outcome ").append(Codes.outcome(a.outcome()));
		}
		if (a.withdrawReason() != null) {
			b.append("  WithdrawReason ").append(a.withdrawReason());
		}
		if (a.pHours() != null || a.otjActHours() != null) {
			b.append("  off-the-job hours planned ").append(value(a.pHours())).append(", actual ").append(value(a.otjActHours()));
		}
		if (a.epaOrgID() != null) {
			b.append("  EPAOrgID ").append(a.epaOrgID());
		}
		b.append('\n');
		String prices = prices(a);
		if (!prices.isEmpty()) {
			b.append("        prices ").append(prices).append('\n');
		}
		String fams = fams(a);
		if (!fams.isEmpty()) {
			b.append("        FAM ").append(fams).append('\n');
		}
	}

	private static String prices(LearningDelivery a) {
		return a.appFinRecord().stream().map(LearnerReport::price).collect(Collectors.joining(", "));
	}

	private static String price(AppFinRecord f) {
		return value(f.aFinType()) + value(f.aFinCode()) + " " + value(f.aFinAmount()) + " (" + value(f.aFinDate()) + ")";
	}

	private static String fams(LearningDelivery a) {
		return a.learningDeliveryFAM().stream().map(LearnerReport::fam).collect(Collectors.joining(", "));
	}

	private static String fam(LearningDeliveryFAM f) {
		String text = value(f.learnDelFAMType()) + " " + value(f.learnDelFAMCode());
		if (f.learnDelFAMDateFrom() != null || f.learnDelFAMDateTo() != null) {
			text += " " + (f.learnDelFAMDateFrom() == null ? "" : f.learnDelFAMDateFrom()) + " to "
					+ (f.learnDelFAMDateTo() == null ? "open" : f.learnDelFAMDateTo());
		}
		return text;
	}

	private static String indent(String text) {
		return text.lines().map(l -> l.isEmpty() ? l : "  " + l).collect(Collectors.joining("\n", "", "\n"));
	}

	private static String value(Object o) {
		return o == null ? "-" : o.toString();
	}
}

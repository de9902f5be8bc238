package dev.ilrsh.report;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.programme.Programmes;
import dev.ilrsh.refdata.Lars;
import dev.ilrsh.render.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One row per programme, so that two programmes of one learner stay distinct in every report. */
public final class ProgrammeReport {

	private ProgrammeReport() {
	}

	public static Table table(List<Learner> learners, LocalDate referenceDate) {
		return table(learners, referenceDate, null);
	}

	/**
	 * The table; with LARS ({@code lars} not null) each standard's title and level too, as LARS names them
	 * (StandardName, NotionalEndLevel).
	 */
	public static Table table(List<Learner> learners, LocalDate referenceDate, Lars lars) {
		List<String> columns = new ArrayList<>(List.of("LearnRefNumber", "ULN", "ProgType", "StdCode", "LearnStartDate",
				"LearnPlanEndDate", "LearnActEndDate", "AchDate", "status", "Outcome", "PHours", "OTJActHours", "TNP",
				"AimSeqNumbers"));
		if (lars != null) {
			columns.addAll(4, List.of("StandardName", "NotionalEndLevel"));
		}
		Table.Builder t = Table.builder(columns.toArray(String[]::new));
		for (Learner learner : learners) {
			for (ProgrammeEpisode e : Programmes.of(learner, referenceDate)) {
				if (e.isProgramme()) {
					List<Object> row = new ArrayList<>(Arrays.asList(learner.learnRefNumber(), learner.uln(), e.progType(),
							e.stdCode()));
					if (lars != null) {
						Lars.Standard standard = lars.standard(e.stdCode()).orElse(null);
						row.add(standard == null ? null : standard.title());
						row.add(standard == null ? null : standard.level());
					}
					row.addAll(Arrays.asList(e.start(), e.plannedEnd(), e.actualEnd(), e.achDate(), e.status().label(),
							e.mainAim().outcome(), e.plannedOtjHours(), e.actualOtjHours(), e.tnpTotal(), e.aimSeqNumbers()));
					t.row(row.toArray());
				}
			}
		}
		return t.optional("ULN", "AimSeqNumbers", "OTJActHours", "PHours").build();
	}

	public static Table table(Message message) {
		return table(message.learners(), Programmes.referenceDate(message));
	}
}

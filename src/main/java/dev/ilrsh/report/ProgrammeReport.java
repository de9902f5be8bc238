package dev.ilrsh.report;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.programme.Programmes;
import dev.ilrsh.render.Table;
import java.time.LocalDate;
import java.util.List;

/** One row per programme, so that two programmes of one learner stay distinct in every report. */
public final class ProgrammeReport {

	private ProgrammeReport() {
	}

	public static Table table(List<Learner> learners, LocalDate referenceDate) {
		Table.Builder t = Table.builder("LearnRefNumber", "ULN", "ProgType", "StdCode", "LearnStartDate",
				"LearnPlanEndDate", "LearnActEndDate", "AchDate", "status", "Outcome", "PHours", "OTJActHours", "TNP",
				"AimSeqNumbers");
		for (Learner learner : learners) {
			for (ProgrammeEpisode e : Programmes.of(learner, referenceDate)) {
				if (e.isProgramme()) {
					t.row(learner.learnRefNumber(), learner.uln(), e.progType(), e.stdCode(), e.start(), e.plannedEnd(),
							e.actualEnd(), e.achDate(), e.status().label(), e.mainAim().outcome(), e.plannedOtjHours(),
							e.actualOtjHours(), e.tnpTotal(), e.aimSeqNumbers());
				}
			}
		}
		return t.optional("ULN", "AimSeqNumbers", "OTJActHours", "PHours").build();
	}

	public static Table table(Message message) {
		return table(message.learners(), Programmes.referenceDate(message));
	}
}

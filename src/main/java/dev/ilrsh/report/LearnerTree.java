package dev.ilrsh.report;

import dev.ilrsh.model.Codes;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.programme.Programmes;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** A learner drawn as a tree: the record, its programmes, their aims; compact enough to compare before and after. */
public final class LearnerTree {

	private LearnerTree() {
	}

	/**
	 * @param note extra text after an aim (for example where it came from), or an empty string
	 */
	public static String render(Learner learner, LocalDate referenceDate, Function<LearningDelivery, String> note) {
		StringBuilder b = new StringBuilder();
		b.append(learner.learnRefNumber()).append("  ULN ").append(learner.uln());
		if (learner.extras().line() > 0) {
			b.append("  (line ").append(learner.extras().line()).append(')');
		}
		b.append('\n');
		List<ProgrammeEpisode> episodes = Programmes.of(learner, referenceDate);
		for (int i = 0; i < episodes.size(); i++) {
			ProgrammeEpisode e = episodes.get(i);
			boolean lastEpisode = i == episodes.size() - 1;
			b.append(lastEpisode ? "└─ " : "├─ ");
			if (e.isProgramme()) {
				b.append("programme ").append(e.label()).append("  ").append(e.start()).append(" to ")
					.append(e.isOpenEnded() ? "open" : e.effectiveEnd().toString()).append("  ").append(e.status().label());
			}
			else {
				b.append(Codes.aimType(e.mainAim().aimType()).replaceFirst("^\\d+ ", ""));
			}
			b.append('\n');
			List<LearningDelivery> aims = e.aims();
			for (int j = 0; j < aims.size(); j++) {
				LearningDelivery a = aims.get(j);
				b.append(lastEpisode ? "   " : "│  ").append(j == aims.size() - 1 ? "└─ " : "├─ ")
					.append(a.aimSeqNumber()).append(' ').append(a.learnAimRef()).append("  ").append(a.learnStartDate());
				String extra = note.apply(a);
				if (!extra.isEmpty()) {
					b.append("  ").append(extra);
				}
				b.append('\n');
			}
		}
		return b.toString();
	}
}

package dev.ilrsh.restructure;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.programme.Programmes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order aims take in a merged learner, and so their new AimSeqNumbers: programmes by start date, each
 * programme aim followed by its components; then aims outside any programme by start date. Aims are grouped into
 * programmes exactly as {@link Programmes} groups them everywhere else.
 */
final class AimOrder {

	/** An aim and the record (index into the plan's records) it comes from. */
	record Sourced(int record, LearningDelivery aim) {
	}

	private AimOrder() {
	}

	static List<Sourced> order(Learner kept, List<Sourced> aims) {
		Map<LearningDelivery, Sourced> source = new IdentityHashMap<>();
		aims.forEach(s -> source.put(s.aim(), s));
		Learner together = kept.withLearningDelivery(aims.stream().map(Sourced::aim).toList());
		// the reference date only affects "days past planned end", which ordering does not use
		List<ProgrammeEpisode> episodes = Programmes.of(together, DerivedData.OPEN_END);
		List<Sourced> ordered = new ArrayList<>(aims.size());
		for (boolean programmes : new boolean[] { true, false }) {
			for (ProgrammeEpisode episode : episodes) {
				if (episode.isProgramme() == programmes) {
					episode.aims().forEach(a -> ordered.add(source.get(a)));
				}
			}
		}
		return ordered;
	}
}

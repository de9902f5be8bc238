package dev.ilrsh.restructure;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.LearningDelivery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order aims take in a merged learner, and so their new AimSeqNumbers: programmes by start date, each
 * programme aim followed by its components by start date; then aims outside any programme by start date.
 */
final class AimOrder {

	/** An aim and the record (index into the plan's records) it comes from. */
	record Sourced(int record, LearningDelivery aim) {
	}

	private static final Comparator<Sourced> BY_START = Comparator
		.comparing((Sourced s) -> s.aim().learnStartDate(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingInt(Sourced::record)
		.thenComparing(s -> s.aim().aimSeqNumber(), Comparator.nullsLast(Comparator.naturalOrder()));

	private AimOrder() {
	}

	static List<Sourced> order(List<Sourced> aims) {
		List<Sourced> programmes = aims.stream().filter(s -> s.aim().isProgrammeAim()).sorted(BY_START).toList();
		Map<Sourced, List<Sourced>> components = new LinkedHashMap<>();
		programmes.forEach(p -> components.put(p, new ArrayList<>()));
		List<Sourced> standalone = new ArrayList<>();
		for (Sourced aim : aims) {
			if (aim.aim().isProgrammeAim()) {
				continue;
			}
			Sourced programme = aim.aim().isComponentAim() ? programmeOf(aim, programmes) : null;
			if (programme == null) {
				standalone.add(aim);
			}
			else {
				components.get(programme).add(aim);
			}
		}
		List<Sourced> ordered = new ArrayList<>(aims.size());
		components.forEach((programme, parts) -> {
			ordered.add(programme);
			parts.stream().sorted(BY_START).forEach(ordered::add);
		});
		standalone.stream().sorted(BY_START).forEach(ordered::add);
		return ordered;
	}

	/**
	 * The programme a component belongs to: of the programme aims with its ProgType and StdCode, the latest that
	 * started on or before it (a restart's components go with the restart); else the earliest such programme.
	 */
	static Sourced programmeOf(Sourced component, List<Sourced> programmesByStart) {
		Sourced earliest = null;
		Sourced latestBefore = null;
		LocalDate start = component.aim().learnStartDate();
		for (Sourced p : programmesByStart) {
			if (!DerivedData.sameProgramme(p.aim(), component.aim())) {
				continue;
			}
			if (earliest == null) {
				earliest = p;
			}
			LocalDate pStart = p.aim().learnStartDate();
			if (start != null && pStart != null && !pStart.isAfter(start)) {
				latestBefore = p;
			}
		}
		return latestBefore != null ? latestBefore : earliest;
	}
}

package dev.ilrsh.report;

import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.refdata.Lars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** How reports name aims and standards from LARS: titles, and the levels a learner's standards climb through. */
final class Standards {

	private Standards() {
	}

	/** "Software developer (Level 4)", or the title alone when LARS gives no level. */
	static String describe(Lars.Standard standard) {
		return standard.level() == null ? standard.title() : standard.title() + " (Level " + standard.level() + ")";
	}

	/** An aim's title, with its level when LARS gives one (E, 1 to 8, H). */
	static String describe(Lars.Aim aim) {
		String level = aim.level() == null || aim.level().equalsIgnoreCase("X") ? "" : " (Level " + aim.level() + ")";
		return aim.title() + level;
	}

	/**
	 * The standards of the programmes shown, in order of start, with their levels: "Standards: 9401 Software
	 * developer (Level 4) → 9601 Data scientist (Level 6); Level 4 → Level 6". Empty when none is a standard LARS
	 * knows.
	 */
	static String progression(List<ProgrammeEpisode> episodes, Lars lars) {
		List<ProgrammeEpisode> standards = new ArrayList<>();
		for (ProgrammeEpisode e : episodes) {
			if (e.isProgramme() && e.stdCode() != null && lars.standard(e.stdCode()).isPresent() && e.start() != null) {
				standards.add(e);
			}
		}
		if (standards.isEmpty()) {
			return "";
		}
		standards.sort(Comparator.comparing(ProgrammeEpisode::start));
		Set<Integer> seen = new LinkedHashSet<>();
		List<Lars.Standard> inOrder = new ArrayList<>();
		for (ProgrammeEpisode e : standards) {
			if (seen.add(e.stdCode())) {
				inOrder.add(lars.standard(e.stdCode()).orElseThrow());
			}
		}
		String chain = inOrder.stream().map(s -> s.code() + " " + describe(s)).collect(Collectors.joining(" → "));
		StringBuilder b = new StringBuilder(inOrder.size() == 1 ? "Standard: " : "Standards: ").append(chain);
		List<Integer> levels = inOrder.stream().map(Lars.Standard::level).filter(Objects::nonNull).toList();
		if (inOrder.size() > 1 && levels.size() == inOrder.size()) {
			b.append("; ").append(levels.stream().map(l -> "Level " + l).collect(Collectors.joining(" → ")));
		}
		return b.toString();
	}
}

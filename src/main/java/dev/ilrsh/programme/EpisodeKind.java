package dev.ilrsh.programme;

/** What an episode groups. */
public enum EpisodeKind {
	/** A programme aim (AimType 1) with its component aims. */
	PROGRAMME,
	/** An aim outside any programme (AimType 4 or 5, or any other that is neither 1 nor 3). */
	STANDALONE,
	/** A component aim (AimType 3) for which the learner has no programme aim of the same ProgType and StdCode. */
	ORPHAN_COMPONENT;

	public String label() {
		return switch (this) {
			case PROGRAMME -> "programme";
			case STANDALONE -> "standalone";
			case ORPHAN_COMPONENT -> "orphan-component";
		};
	}
}

package dev.ilrsh.model;

/** One element of an entity's schema sequence: a field or a child entity. */
public sealed interface Member permits FieldSpec, ChildSpec {

	String name();

	int minOccurs();

	/** Most occurrences allowed; {@link #UNBOUNDED} for no limit. */
	int maxOccurs();

	int UNBOUNDED = Integer.MAX_VALUE;

	default boolean repeats() {
		return maxOccurs() > 1;
	}
}

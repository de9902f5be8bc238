package dev.ilrsh.model;

/** A child entity inside an entity, with how many times it may occur. */
public record ChildSpec(EntitySpec entity, int minOccurs, int maxOccurs) implements Member {

	@Override
	public String name() {
		return entity.name();
	}
}

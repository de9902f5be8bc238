package dev.ilrsh.index;

import java.util.Set;

/**
 * One searchable field.
 *
 * @param name the name users type (an ILR element name, a FAM or ESM type such as {@code ACT}, or a derived name
 *        such as {@code AgeBand}); matched case-insensitively
 * @param kind how it is indexed
 * @param countable whether {@code count} can group by it
 * @param targets the document kinds that carry it
 * @param derived true for values ilrsh works out rather than reads from the file
 * @param description one line for help and completion
 */
public record IndexField(String name, FieldKind kind, boolean countable, Set<Target> targets, boolean derived,
		String description) {

	public IndexField {
		targets = Set.copyOf(targets);
	}
}

package dev.ilrsh.model;

import java.util.List;

/** Generic access to any entity's members by their ILR element names. */
public final class Ilr {

	private Ilr() {
	}

	public static EntitySpec spec(IlrEntity entity) {
		return IlrSchema.spec(entity.getClass());
	}

	/** The value of the element called {@code elementName}, or null when it is absent or not of this entity. */
	public static Object get(IlrEntity entity, String elementName) {
		EntitySpec spec = spec(entity);
		int i = spec.indexOf(elementName);
		return i < 0 ? null : spec.get(entity, i);
	}

	/**
	 * A copy of {@code entity} with one member replaced. A replaced field drops the raw text it was read with, so
	 * the writer puts the new value out.
	 */
	@SuppressWarnings("unchecked")
	public static <T extends IlrEntity> T with(T entity, String elementName, Object value) {
		EntitySpec spec = spec(entity);
		int i = spec.indexOf(elementName);
		if (i < 0) {
			throw new IllegalArgumentException(spec.name() + " has no element " + elementName);
		}
		Object[] values = spec.values(entity);
		values[i] = value instanceof List<?> list ? List.copyOf(list) : value;
		values[values.length - 1] = entity.extras().withoutRaw(elementName);
		return (T) spec.create(values);
	}
}

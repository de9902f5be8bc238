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

	/**
	 * True when two entities hold the same values, children included, whatever lines or raw text they were read
	 * with: the test for "the same record twice".
	 */
	public static boolean sameContent(IlrEntity a, IlrEntity b) {
		if (a == b) {
			return true;
		}
		if (a == null || b == null || a.getClass() != b.getClass()) {
			return false;
		}
		EntitySpec spec = spec(a);
		for (int i = 0; i < spec.members().size(); i++) {
			Object x = spec.get(a, i);
			Object y = spec.get(b, i);
			if (x instanceof IlrEntity ex) {
				if (!sameContent(ex, (IlrEntity) y)) {
					return false;
				}
			}
			else if (x instanceof List<?> lx && y instanceof List<?> ly) {
				if (lx.size() != ly.size()) {
					return false;
				}
				for (int j = 0; j < lx.size(); j++) {
					if (!sameContent((IlrEntity) lx.get(j), (IlrEntity) ly.get(j))) {
						return false;
					}
				}
			}
			else if (!java.util.Objects.equals(x, y)) {
				return false;
			}
		}
		return true;
	}
}

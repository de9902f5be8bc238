package dev.ilrsh.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One ILR entity as the schema defines it: its element name, its record type, and its members in schema order.
 * The record's components are the members in the same order (names equal but for case, lists may take a plural
 * s), then {@link XmlExtras}.
 * That one correspondence lets the reader, writer, index, JSON output and field rules work on any entity by name.
 */
public final class EntitySpec {

	/** How many members from the last one seen {@link #indexOf(String, int)} looks at before the lookup by name. */
	private static final int NEARBY = 12;

	private final String name;
	private final Class<? extends IlrEntity> type;
	private final List<Member> members;
	/** The members again, for the reader's per-element lookups, which a list's interface calls slow down. */
	private final Member[] memberArray;
	/** The members' element names, in schema order. */
	private final String[] names;
	/** The members whose number can be wrong: the required ones and the repeating ones; the rest are 0 or 1. */
	private final int[] counted;
	private final Map<String, Integer> indexByName = new HashMap<>();
	private final MethodHandle[] accessors;
	/**
	 * The record's constructor, called through reflection and not a method handle: on Java 17 reflection runs
	 * generated code that allocates as compiled code does, where a constructor handle, under the quick compiler the
	 * launcher chooses, calls into the runtime for every record made (a million of them on a big file).
	 */
	private final Constructor<? extends IlrEntity> constructor;

	EntitySpec(String name, Class<? extends IlrEntity> type, Member... members) {
		this.name = name;
		this.type = type;
		this.members = List.of(members);
		this.memberArray = members.clone();
		this.names = Arrays.stream(members).map(Member::name).toArray(String[]::new);
		this.counted = IntStream.range(0, members.length)
			.filter(i -> members[i].minOccurs() > 0 || members[i].repeats())
			.toArray();
		RecordComponent[] components = type.getRecordComponents();
		if (components.length != members.length + 1 || components[members.length].getType() != XmlExtras.class) {
			throw new IllegalStateException(type.getSimpleName() + " does not match the schema of " + name);
		}
		MethodHandles.Lookup lookup = MethodHandles.publicLookup();
		accessors = new MethodHandle[components.length];
		Class<?>[] parameterTypes = new Class<?>[components.length];
		try {
			for (int i = 0; i < components.length; i++) {
				if (i < members.length) {
					String component = components[i].getName();
					if (!component.equalsIgnoreCase(members[i].name())
							&& !(members[i].repeats() && component.equalsIgnoreCase(members[i].name() + "s"))) {
						throw new IllegalStateException(type.getSimpleName() + "." + components[i].getName()
								+ " does not match schema element " + members[i].name());
					}
					indexByName.put(members[i].name(), i);
					Class<?> expected = expectedType(members[i]);
					if (components[i].getType() != expected) {
						throw new IllegalStateException(type.getSimpleName() + "." + components[i].getName()
								+ " should be of type " + expected.getSimpleName());
					}
				}
				accessors[i] = lookup.unreflect(components[i].getAccessor())
					.asType(MethodType.methodType(Object.class, IlrEntity.class));
				parameterTypes[i] = components[i].getType();
			}
			constructor = type.getConstructor(parameterTypes);
			// public already: this only spares each call the check of who is calling
			constructor.setAccessible(true);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Class<?> expectedType(Member member) {
		if (member instanceof FieldSpec field) {
			return field.type().javaType();
		}
		return member.repeats() ? List.class : ((ChildSpec) member).entity().type();
	}

	public String name() {
		return name;
	}

	public Class<? extends IlrEntity> type() {
		return type;
	}

	/** Members in schema order. */
	public List<Member> members() {
		return members;
	}

	/** The member at a position in schema order. */
	public Member member(int index) {
		return memberArray[index];
	}

	/** How many members there are. */
	public int size() {
		return memberArray.length;
	}

	/**
	 * How many members can occur too few or too many times: the required ones and the repeating ones (any other
	 * occurs once or not at all, which is always right).
	 */
	public int countedMembers() {
		return counted.length;
	}

	/** The position of the {@code k}th of the {@link #countedMembers()}, in schema order. */
	public int countedMember(int k) {
		return counted[k];
	}

	/** The position of a member by its element name, or -1. */
	public int indexOf(String elementName) {
		Integer i = indexByName.get(elementName);
		return i == null ? -1 : i;
	}

	/**
	 * {@link #indexOf(String)}, looking first at the few members from {@code from} on, by identity: elements come
	 * in schema order, so the next one is nearly always among them, and a parser that interns names (both of
	 * ilrsh's do) gives these very strings. Anything else is looked up by name.
	 */
	public int indexOf(String elementName, int from) {
		for (int i = Math.max(from, 0), end = Math.min(names.length, i + NEARBY); i < end; i++) {
			if (names[i] == elementName) {
				return i;
			}
		}
		return indexOf(elementName);
	}

	public Member member(String elementName) {
		int i = indexOf(elementName);
		return i < 0 ? null : members.get(i);
	}

	/** The value of the member at {@code index}: a typed value, an entity, a list of entities, or null. */
	public Object get(IlrEntity entity, int index) {
		try {
			return accessors[index].invokeExact(entity);
		}
		catch (Throwable e) {
			throw new IllegalStateException(e);
		}
	}

	/** Builds an entity from member values in schema order followed by its extras. */
	public IlrEntity create(Object[] valuesAndExtras) {
		try {
			return constructor.newInstance(valuesAndExtras);
		}
		catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException(e.getCause());
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** All member values followed by the extras, ready to be changed and passed to {@link #create}. */
	public Object[] values(IlrEntity entity) {
		Object[] values = new Object[members.size() + 1];
		for (int i = 0; i < values.length; i++) {
			values[i] = get(entity, i);
		}
		return values;
	}

	@Override
	public String toString() {
		return name + Arrays.toString(members.stream().map(Member::name).toArray());
	}
}

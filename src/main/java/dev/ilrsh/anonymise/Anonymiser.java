package dev.ilrsh.anonymise;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.derived.MoreDerivedData;
import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Member;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.UnknownElement;
import dev.ilrsh.model.XmlAttribute;
import dev.ilrsh.model.XmlExtras;
import dev.ilrsh.model.XmlNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.crypto.Mac;

/**
 * Replaces the personal data of a file (every field {@link PersonalFields} lists) and keeps everything else. The
 * replacements are worked out for the whole file first ({@link #prepare}), so that one value gets one replacement
 * wherever it appears and no replacement is an original value of the file; then each learner record is rebuilt
 * with them ({@link #apply(int, Learner)}), one at a time, so a large file can be written as it goes.
 *
 * <p>
 * Text the schema does not define (unknown elements, and values that could not be read) cannot be told apart from
 * personal data, so its letters and digits are replaced too, keeping its shape.
 */
public final class Anonymiser {

	private final Mac mac;
	private final Map<Treatment, TextReplacements> texts = new EnumMap<>(Treatment.class);
	private final CheckedNumbers ulns;
	private final CheckedNumbers employers;
	private final BirthDates.Result births;
	private final boolean repeatable;

	private Anonymiser(Mac mac, boolean repeatable, Message message) {
		this.mac = mac;
		this.repeatable = repeatable;
		this.ulns = new CheckedNumbers(mac, "ULN", 10, DerivedData::ulnCheckDigit, DerivedData.ULN_NOT_KNOWN,
				9_999_999_999L);
		this.employers = new CheckedNumbers(mac, "EmpId", 9, MoreDerivedData::employerCheckDigit,
				MoreDerivedData.EMP_ID_TEMPORARY, Integer.MAX_VALUE);
		Map<Treatment, List<String>> text = new EnumMap<>(Treatment.class);
		Set<Long> ulnValues = new HashSet<>();
		Set<Long> employerValues = new HashSet<>();
		for (Learner l : message.learners()) {
			Cancellation.check();
			visit(IlrSchema.LEARNER, l, (t, v) -> {
				switch (t) {
					case ULN -> ulnValues.add((Long) v);
					case EMPLOYER_ID -> employerValues.add(((Integer) v).longValue());
					case DATE_OF_BIRTH -> {
					}
					default -> text.computeIfAbsent(t, k -> new ArrayList<>()).add((String) v);
				}
			});
		}
		for (Treatment t : Treatment.values()) {
			if (t != Treatment.ULN && t != Treatment.EMPLOYER_ID && t != Treatment.DATE_OF_BIRTH) {
				TextReplacements r = new TextReplacements(mac, t);
				r.prepare(text.getOrDefault(t, List.of()));
				texts.put(t, r);
			}
		}
		ulns.prepare(ulnValues);
		employers.prepare(employerValues);
		births = BirthDates.shifts(message, mac);
	}

	/** Works out every replacement for {@code message}'s personal data, from {@code secret}. */
	public static Anonymiser prepare(Message message, Secret secret) {
		return new Anonymiser(secret.mac(), secret.repeatable(), message);
	}

	/** The message with every learner anonymised (header, provider and source files are kept as they are). */
	public Message apply(Message message) {
		List<Learner> learners = new ArrayList<>(message.learners().size());
		for (int i = 0; i < message.learners().size(); i++) {
			learners.add(apply(i, message.learners().get(i)));
		}
		return message.withLearners(learners);
	}

	/** The learner record at {@code index} of the prepared file, anonymised. */
	public Learner apply(int index, Learner learner) {
		Cancellation.check();
		return (Learner) rebuild(IlrSchema.LEARNER, learner, index);
	}

	/** What a learner reference of the original file becomes. */
	public String learnRefNumber(String original) {
		return original == null ? null : texts.get(Treatment.LEARNER_REFERENCE).of(original);
	}

	/** True when the same key would give the same replacements again (a passphrase was given). */
	public boolean repeatable() {
		return repeatable;
	}

	/** How many different values of each kind were replaced. */
	public Map<Treatment, Integer> replaced() {
		Map<Treatment, Integer> counts = new EnumMap<>(Treatment.class);
		for (Treatment t : Treatment.values()) {
			counts.put(t, switch (t) {
				case ULN -> ulns.originals();
				case EMPLOYER_ID -> employers.originals();
				case DATE_OF_BIRTH -> births.people();
				default -> texts.get(t).originals();
			});
		}
		return counts;
	}

	/**
	 * People whose birthday was pinned to one day by two of their dates: their ages stay on the same side of every
	 * limit a rule or question uses, but one of them may be a year off on some date (see BirthDates).
	 */
	public int birthDatesWithinLimits() {
		return births.withinLimits();
	}

	/** People whose date of birth could not move without taking an age across a limit (none seen so far). */
	public int birthDatesCompromised() {
		return births.compromised();
	}

	/** Replacements that had to repeat an original value, being too short to do otherwise (one- or two-letter names). */
	public int textsCompromised() {
		return texts.values().stream().mapToInt(TextReplacements::compromised).sum();
	}

	/**
	 * The personal fields of an anonymised learner record that still hold a value of the original file: any of
	 * the original values of their kind, or, for dates of birth, the record's own. Each is reported as
	 * "Entity.Field", never with its value.
	 */
	public List<String> leaks(Learner original, Learner anonymised) {
		List<String> found = new ArrayList<>();
		visitFields(IlrSchema.LEARNER, anonymised, (where, t, v) -> {
			boolean leak = switch (t) {
				case ULN -> ulns.isOriginal((Long) v);
				case EMPLOYER_ID -> employers.isOriginal(((Integer) v).longValue());
				case DATE_OF_BIRTH -> v.equals(original.dateOfBirth());
				default -> texts.get(t).isOriginal((String) v);
			};
			if (leak) {
				found.add(where);
			}
		});
		return found;
	}

	/** How many personal values of the original file a scan of the new file looks for. */
	public int originalValues() {
		return replaced().values().stream().mapToInt(Integer::intValue).sum();
	}

	// ---------------------------------------------------------------- rebuilding

	private IlrEntity rebuild(EntitySpec spec, IlrEntity e, int learner) {
		Object[] values = spec.values(e);
		Map<String, String> raw = e.extras().rawValues();
		Map<String, String> newRaw = null;
		List<Member> members = spec.members();
		for (int i = 0; i < members.size(); i++) {
			Member m = members.get(i);
			if (m instanceof FieldSpec f) {
				Treatment t = PersonalFields.of(spec.name(), f.name());
				if (t == null) {
					continue;
				}
				if (values[i] != null) {
					values[i] = replace(t, values[i], learner);
					if (raw.containsKey(f.name())) {
						newRaw = newRaw == null ? new HashMap<>(raw) : newRaw;
						newRaw.remove(f.name());
					}
				}
				else if (raw.containsKey(f.name())) {
					newRaw = newRaw == null ? new HashMap<>(raw) : newRaw;
					newRaw.put(f.name(), unreadable(f, raw.get(f.name())));
				}
			}
			else if (values[i] instanceof List<?> list) {
				EntitySpec child = ((ChildSpec) m).entity();
				List<IlrEntity> rebuilt = new ArrayList<>(list.size());
				for (Object x : list) {
					rebuilt.add(rebuild(child, (IlrEntity) x, learner));
				}
				values[i] = rebuilt;
			}
			else if (values[i] instanceof IlrEntity x) {
				values[i] = rebuild(((ChildSpec) m).entity(), x, learner);
			}
		}
		XmlExtras extras = e.extras();
		if (newRaw != null || !extras.unknown().isEmpty()) {
			List<UnknownElement> unknown = new ArrayList<>(extras.unknown().size());
			for (UnknownElement u : extras.unknown()) {
				unknown.add(new UnknownElement(u.after(), scramble(u.node())));
			}
			extras = XmlExtras.of(extras.line(), newRaw == null ? raw : newRaw, unknown, extras.attributes());
		}
		values[values.length - 1] = extras;
		return spec.create(values);
	}

	private Object replace(Treatment t, Object value, int learner) {
		return switch (t) {
			case ULN -> ulns.of((Long) value);
			case EMPLOYER_ID -> (int) employers.of(((Integer) value).longValue());
			case DATE_OF_BIRTH -> ((LocalDate) value).plusDays(births.shifts()[learner]);
			default -> texts.get(t).of((String) value);
		};
	}

	/** A value that could not be read: other characters of the same kinds, still not readable as its type. */
	private String unreadable(FieldSpec field, String raw) {
		for (int attempt = 0; attempt < 50; attempt++) {
			String made = Letters.scrambled(KeyedRandom.of(mac, "unreadable", raw, attempt), raw);
			try {
				field.type().parse(made);
			}
			catch (IllegalArgumentException e) {
				return made;
			}
		}
		return "?".repeat(Math.max(1, raw.length()));
	}

	private XmlNode scramble(XmlNode node) {
		List<XmlAttribute> attributes = new ArrayList<>(node.attributes().size());
		for (XmlAttribute a : node.attributes()) {
			attributes.add(new XmlAttribute(a.namespaceUri(), a.prefix(), a.localName(), scramble(a.value())));
		}
		List<XmlNode> children = new ArrayList<>(node.children().size());
		for (XmlNode c : node.children()) {
			children.add(scramble(c));
		}
		return new XmlNode(node.namespaceUri(), node.localName(), attributes, scramble(node.text()), children,
				node.line());
	}

	private String scramble(String text) {
		return text == null || !Letters.meaningful(text) ? text
				: Letters.scrambled(KeyedRandom.of(mac, "unknown", text, 0), text);
	}

	// ---------------------------------------------------------------- reading the personal values

	/** Calls {@code sink} with each personal value in an entity and its children (values that were read). */
	private static void visit(EntitySpec spec, IlrEntity e, BiConsumer<Treatment, Object> sink) {
		visitFields(spec, e, (where, t, v) -> sink.accept(t, v));
	}

	private interface FieldSink {

		void accept(String where, Treatment treatment, Object value);
	}

	private static void visitFields(EntitySpec spec, IlrEntity e, FieldSink sink) {
		List<Member> members = spec.members();
		for (int i = 0; i < members.size(); i++) {
			Member m = members.get(i);
			Object v = spec.get(e, i);
			if (v == null) {
				continue;
			}
			if (m instanceof FieldSpec f) {
				Treatment t = PersonalFields.of(spec.name(), f.name());
				if (t != null) {
					sink.accept(spec.name() + "." + f.name(), t, v);
				}
			}
			else if (v instanceof List<?> list) {
				for (Object x : list) {
					visitFields(((ChildSpec) m).entity(), (IlrEntity) x, sink);
				}
			}
			else {
				visitFields(((ChildSpec) m).entity(), (IlrEntity) v, sink);
			}
		}
	}
}

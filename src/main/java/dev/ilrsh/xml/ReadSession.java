package dev.ilrsh.xml;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.FieldType;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Member;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.UnknownElement;
import dev.ilrsh.model.XmlAttribute;
import dev.ilrsh.model.XmlExtras;
import dev.ilrsh.model.XmlNode;
import dev.ilrsh.xml.IlrReader.Progress;
import dev.ilrsh.xml.LoadProblem.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.DTDInfo;

/** The state of one read: turns a StAX cursor's events into the model, recording what does not fit the schema. */
final class ReadSession {

	/** What {@link #readValue} returns when the text must be read the general way. */
	private static final Object NOT_CANONICAL = new Object();

	private static final Pattern YEAR_NAMESPACE = Pattern.compile("ESFA/ILR/(\\d{4})-(\\d{2})");

	private final Path file;
	private final XMLStreamReader xml;
	private final EventLine eventLine;
	private final CountingStream counter;
	private final long size;
	private final Progress progress;
	private final List<LoadProblem> problems = new ArrayList<>();
	/** Reads canonical values from the parser's characters and shares repeated codes, numbers and dates. */
	private final FastValues fast;
	/**
	 * The values and the elements seen of the record being read, one pair for each kind of record (the schema has
	 * no kind within itself), used again for the next record of that kind: the record's constructor keeps nothing
	 * of them, and a new pair for each of a big file's million records was a tenth of what its read allocated.
	 */
	private final Map<EntitySpec, Scratch> scratch = new IdentityHashMap<>();
	/** The text of the field just read, or null when only its value was made (see {@link #readValue}). */
	private String text;
	/** XML 1.1 allows control characters (as references) that the XML 1.0 ilrsh writes cannot carry. */
	private final boolean xml11;
	/** True when the parser has no limits of its own, so that {@link #next()} watches them. */
	private final boolean guarded;
	private final int rootLine;
	private int depth;
	private String namespace;
	private String learnRef;
	private int learners;
	/** Lines and bytes of the file before the part the parser was given, or in parts read apart and spliced in. */
	private int lineShift;
	private long byteShift;
	/** The learners read apart, for a file read in parts; null when the parser is given the whole file. */
	private final SplicedLearners spliced;
	private boolean splicedIn;

	/**
	 * A session over the whole file, or over its skeleton when {@code spliced} holds its learners.
	 *
	 * @param rootLine the root element's line when the fast parser reads (which misplaces it), else 0
	 */
	ReadSession(Path file, XMLStreamReader xml, CountingStream counter, long size, Progress progress, int rootLine,
			SplicedLearners spliced) {
		this(file, xml, counter, size, progress, rootLine > 0, rootLine, spliced, new FastValues());
	}

	private ReadSession(Path file, XMLStreamReader xml, CountingStream counter, long size, Progress progress,
			boolean guarded, int rootLine, SplicedLearners spliced, FastValues fast) {
		this.file = file;
		this.guarded = guarded;
		this.rootLine = rootLine;
		this.xml = xml;
		this.eventLine = new EventLine(xml);
		this.counter = counter;
		this.size = size;
		this.progress = progress;
		this.spliced = spliced;
		this.fast = fast;
		this.xml11 = "1.1".equals(xml.getVersion());
		if (guarded && xml11) {
			throw new Doubtful();
		}
	}

	/**
	 * A session over one part of a file read in parts: whole learners under a stand-in root, read by the fast parser.
	 *
	 * @param lineShift the lines of the file before the part
	 */
	static ReadSession ofPart(Path file, XMLStreamReader xml, int lineShift, FastValues fast) {
		ReadSession session = new ReadSession(file, xml, null, 0, Progress.NONE, true, 0, null, fast);
		session.lineShift = lineShift;
		return session;
	}

	/**
	 * The next event. When the parser has no limits of its own (the fast one), it is watched here: anything near
	 * a limit is doubtful, and the file is read again by the parser that enforces them.
	 */
	private int next() throws XMLStreamException {
		int event = xml.next();
		if (!guarded) {
			return event;
		}
		switch (event) {
			case XMLStreamConstants.START_ELEMENT -> {
				if (++depth >= SecureXml.Limits.DEPTH) {
					throw new Doubtful();
				}
				int count = xml.getAttributeCount();
				if (count > 0) {
					if (count >= SecureXml.Limits.ATTRIBUTES) {
						throw new Doubtful();
					}
					for (int i = 0; i < count; i++) {
						String value = xml.getAttributeValue(i);
						if (value.length() >= SecureXml.Limits.ATTRIBUTE_SIZE || notXmlCharacters(value)) {
							throw new Doubtful();
						}
					}
				}
				// Aalto lets U+FFFE and U+FFFF through in attribute values and namespace names, where Woodstox does
				// not; it keeps a tab or line break in a namespace name, which XML turns into a space; and it lets a
				// prefix be bound to no name (xmlns:p=""), which only XML 1.1 allows
				for (int i = xml.getNamespaceCount() - 1; i >= 0; i--) {
					String uri = xml.getNamespaceURI(i);
					String prefix = xml.getNamespacePrefix(i);
					if (uri != null && (notXmlCharacters(uri) || hasLineBreakOrTab(uri))
							|| prefix != null && !prefix.isEmpty() && (uri == null || uri.isEmpty())) {
						throw new Doubtful();
					}
				}
			}
			case XMLStreamConstants.END_ELEMENT -> depth--;
			case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
					XMLStreamConstants.COMMENT -> {
				if (xml.getTextLength() >= SecureXml.Limits.TEXT) {
					throw new Doubtful();
				}
			}
			case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw new Doubtful();
			default -> {
			}
		}
		return event;
	}

	private static boolean hasLineBreakOrTab(String value) {
		return value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
	}

	/** Whether a value holds U+FFFE or U+FFFF, which are not characters XML may carry. */
	private static boolean notXmlCharacters(String value) {
		return value.indexOf('\uFFFE') >= 0 || value.indexOf('\uFFFF') >= 0;
	}

	/** What did not fit the schema, in the order it was found. */
	List<LoadProblem> problems() {
		return problems;
	}

	/** The root element's namespace, once the root has been read. */
	String namespace() {
		return namespace;
	}

	Message readDocument() throws XMLStreamException, IlrReadException {
		while (xml.hasNext()) {
			int event = next();
			if (event == XMLStreamConstants.DTD) {
				String root = xml instanceof DTDInfo dtd && dtd.getDTDRootName() != null ? dtd.getDTDRootName() : "";
				if (root.equalsIgnoreCase("html")) {
					throw refuse("this is an HTML page, not an ILR XML file");
				}
				throw refuse("the file has a DOCTYPE declaration; ILR files never do, and ilrsh refuses "
						+ "them so that no entity can be expanded or fetched");
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				Message message = readRoot();
				// only comments, processing instructions and white space may follow; the parser refuses the rest
				while (xml.hasNext()) {
					next();
				}
				return message;
			}
		}
		throw refuse("the file has no XML element in it");
	}

	private Message readRoot() throws XMLStreamException, IlrReadException {
		String root = xml.getLocalName();
		namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
		if (root.equalsIgnoreCase("html")) {
			throw refuse("this is an HTML page, not an ILR XML file");
		}
		if (!root.equals("Message")) {
			throw refuse("not an ILR file: the root element is <" + root + ">, and an ILR file's is <Message>");
		}
		if (!IlrSchema.NAMESPACE.equals(namespace)) {
			Matcher m = YEAR_NAMESPACE.matcher(namespace);
			String found = m.matches() ? "a " + m.group(1) + "-" + m.group(2) + " file (namespace " + namespace + ")"
					: namespace.isEmpty() ? "a file with no ILR namespace" : "a file in namespace " + namespace;
			problems.add(new LoadProblem(line(Where.ROOT), null, "Message", "Message",
					Kind.WRONG_YEAR, "this is " + found + ", not a 2025-26 file (" + IlrSchema.NAMESPACE
							+ "); it is read as far as its elements match 2025-26, and cannot be written back"));
		}
		return (Message) readEntity(IlrSchema.MESSAGE, Where.ROOT);
	}

	/** The line of the start tag the cursor is on, at {@code path}. */
	private int line(Where path) {
		return path == Where.ROOT && rootLine > 0 ? rootLine : lineNow();
	}

	/** The file's line of the parser's place: the parser counts from the start of the part it was given. */
	private int lineNow() {
		return eventLine.line() + lineShift;
	}

	private IlrReadException refuse(String reason) {
		Location at = xml.getLocation();
		return new IlrReadException(file, at.getLineNumber(), at.getColumnNumber(), reason);
	}

	/** Reads the entity whose start tag the cursor is on, leaving the cursor on its end tag. */
	private IlrEntity readEntity(EntitySpec spec, Where path) throws XMLStreamException, IlrReadException {
		int line = line(path);
		Scratch reused = scratch.computeIfAbsent(spec, Scratch::of);
		Object[] values = reused.clear().values();
		boolean[] seen = reused.seen();
		Map<String, String> raw = Map.of();
		List<UnknownElement> unknown = List.of();
		List<XmlAttribute> attributes = readAttributes(path);
		int furthest = -1;
		String previous = null;
		while (true) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}
			if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				if (!xml.isWhiteSpace()) {
					problem(Kind.UNEXPECTED_CONTENT, lineNow(), path, spec.name(),
							spec.name() + " holds text outside its elements; that text is ignored");
				}
				continue;
			}
			if (event == XMLStreamConstants.PROCESSING_INSTRUCTION && spliced != null
					&& SplicedLearners.MARKER.equals(xml.getPITarget())) {
				if (spec != IlrSchema.MESSAGE || splicedIn) {
					throw new Doubtful();
				}
				splicedIn = true;
				int index = spec.indexOf(IlrSchema.LEARNER.name());
				for (int part = 0; part < spliced.parts(); part++) {
					LearnerPart read = spliced.await(part);
					List<Learner> partLearners = read.learners();
					if (index < furthest) {
						// each learner is out of order, said just before its own problems (Learner is the last member of
						// Message today, so this is for a schema that puts something after it)
						for (int i = 0; i < partLearners.size(); i++) {
							outOfOrder(partLearners.get(i).extras().line(), path, spec, index, furthest);
							problems.addAll(read.problemsOf(i));
						}
					}
					else {
						problems.addAll(read.problems());
					}
					if (!partLearners.isEmpty()) {
						furthest = Math.max(furthest, index);
						previous = spec.member(index).name();
						seen[index] = true;
						reused.listAt(index).addAll(partLearners);
						learners += partLearners.size();
					}
					progress.update(read.end(), size, learners);
				}
				lineShift += spliced.newlines();
				byteShift += spliced.bytes();
				continue;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String name = xml.getLocalName();
			int at = lineNow();
			String ns = xml.getNamespaceURI();
			int index = ns == namespace || namespace.equals(nullToEmpty(ns)) ? spec.indexOf(name, furthest) : -1;
			if (index < 0 || (seen[index] && !spec.member(index).repeats())) {
				if (index < 0) {
					problem(Kind.UNKNOWN_ELEMENT, at, path, name, "<" + name + "> is not part of " + spec.name()
							+ " in the 2025-26 schema; it is kept and written back where it was");
				}
				else {
					problem(Kind.REPEATED, at, path, name, name + " appears more than once in " + spec.name()
							+ "; the first is used and the others are kept as they were");
				}
				if (unknown.isEmpty()) {
					unknown = new ArrayList<>();
				}
				unknown.add(new UnknownElement(previous, readNode(path)));
				continue;
			}
			if (index < furthest) {
				outOfOrder(at, path, spec, index, furthest);
			}
			furthest = Math.max(furthest, index);
			previous = name;
			seen[index] = true;
			Member member = spec.member(index);
			if (member instanceof FieldSpec field) {
				FieldType type = field.type();
				Object value = readValue(type, path, name);
				if (value == NOT_CANONICAL) {
					if (xml11) {
						checkCharacters(text, at, path, name, name);
					}
					try {
						value = type.parse(text);
					}
					catch (IllegalArgumentException e) {
						raw = put(raw, name, text);
						problem(Kind.BAD_VALUE, at, path, name, name + " '" + text + "' is not valid: " + e.getMessage());
						continue;
					}
					if (type.isText()) {
						value = fast.text((String) value);
					}
					else if (!type.isCanonical(text)) {
						raw = put(raw, name, text);
					}
				}
				else if (xml11 && type.isText()) {
					checkCharacters(text, at, path, name, name);
				}
				values[index] = value;
				if (spec == IlrSchema.LEARNER && index == 0) {
					learnRef = (String) value;
				}
				String broken = null;
				if (!type.isText() || !fast.passed(field)) {
					broken = field.check(value);
					if (broken == null && type.isText()) {
						fast.pass(field);
					}
				}
				if (broken != null) {
					String written = text != null ? text : type.format(value);
					problem(Kind.INVALID_VALUE, at, path, name, name + " '" + written + "' " + broken);
				}
			}
			else {
				ChildSpec child = (ChildSpec) member;
				if (child.repeats()) {
					int position = values[index] == null ? 1 : ((List<?>) values[index]).size() + 1;
					reused.addTo(index, readEntity(child.entity(), new Where(path, name, position)));
				}
				else {
					values[index] = readEntity(child.entity(), new Where(path, name, 0));
				}
				if (child.entity() == IlrSchema.LEARNER) {
					learnRef = null;
					Cancellation.check();
					if (++learners % 1000 == 0) {
						progress.update(counter.count + byteShift, size, learners);
					}
				}
			}
		}
		finish(spec, line, path, values, seen);
		values[spec.size()] = XmlExtras.of(line, raw, unknown, attributes);
		return spec.create(values);
	}

	private void outOfOrder(int line, Where path, EntitySpec spec, int index, int furthest) {
		String name = spec.member(index).name();
		problem(Kind.OUT_OF_ORDER, line, path, name,
				name + " is out of order: it must come before " + spec.member(furthest).name());
	}

	/**
	 * Reads one part of a file read in parts: whole learners under a stand-in root. Anything else at the top (an
	 * element that is not a learner, text) is doubtful, for the file is then read whole.
	 *
	 * @param rootNamespace the namespace of the file's root, which the stand-in root declares as the file's does
	 * @param stop true once the read has been given up, so that the part stops early
	 */
	LearnerPart readPart(String rootNamespace, long end, BooleanSupplier stop) throws XMLStreamException,
			IlrReadException {
		namespace = rootNamespace;
		// a learner's problems are named from the learner, so its place among the file's learners is not needed
		Where path = new Where(Where.ROOT, IlrSchema.LEARNER.name(), 1);
		List<Learner> read = new ArrayList<>();
		List<Integer> problemEnds = new ArrayList<>();
		while (next() != XMLStreamConstants.START_ELEMENT) {
			// the stand-in root comes first
		}
		while (true) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (!IlrSchema.LEARNER.name().equals(xml.getLocalName())
						|| !namespace.equals(nullToEmpty(xml.getNamespaceURI()))) {
					throw new Doubtful();
				}
				read.add((Learner) readEntity(IlrSchema.LEARNER, path));
				learnRef = null;
				problemEnds.add(problems.size());
				Cancellation.check();
				if (stop.getAsBoolean()) {
					throw new Doubtful();
				}
			}
			else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
					&& !xml.isWhiteSpace()) {
				throw new Doubtful();
			}
		}
		while (xml.hasNext()) {
			next();
		}
		return new LearnerPart(read, problemEnds.stream().mapToInt(Integer::intValue).toArray(), problems, end);
	}

	/** Fills absent lists with empty ones and reports what is missing or repeated too often. */
	private void finish(EntitySpec spec, int line, Where path, Object[] values, boolean[] seen) {
		for (int k = 0; k < spec.countedMembers(); k++) {
			int i = spec.countedMember(k);
			Member member = spec.member(i);
			int count = 0;
			if (member.repeats()) {
				// the list read into is used again for the next record: the record is given a copy
				values[i] = values[i] == null ? List.of() : List.copyOf((List<?>) values[i]);
				count = ((List<?>) values[i]).size();
			}
			else if (seen[i]) {
				count = 1;
			}
			if (count < member.minOccurs()) {
				String what = member.repeats() && member.minOccurs() == 1 ? "at least one " + member.name()
						: member.name();
				problem(Kind.MISSING, line, path, member.name(), spec.name() + " has no " + member.name()
						+ "; " + what + " is required");
			}
			else if (count > member.maxOccurs()) {
				problem(Kind.OCCURRENCES, line, path, member.name(), spec.name() + " has " + count + " "
						+ member.name() + " records; at most " + member.maxOccurs() + " are allowed");
			}
		}
	}

	/**
	 * Reads a simple element's content, leaving the cursor on its end tag. Returns its value when the content is
	 * one run of canonical text, made straight from the parser's characters (then {@link #text} is the text for
	 * text fields and null for others); otherwise {@link #NOT_CANONICAL}, with the whole text in {@link #text}
	 * for the general parse.
	 */
	private Object readValue(FieldType type, Where path, String name) throws XMLStreamException {
		text = null;
		int event = next();
		if (event != XMLStreamConstants.CHARACTERS && event != XMLStreamConstants.CDATA
				&& event != XMLStreamConstants.SPACE) {
			text = readText(path, name, event, "");
			return NOT_CANONICAL;
		}
		char[] chars = xml.getTextCharacters();
		int start = xml.getTextStart();
		int length = xml.getTextLength();
		Object value;
		String first;
		if (type.isText()) {
			first = fast.text(chars, start, length);
			value = first;
		}
		else {
			value = fast.canonical(type, chars, start, length);
			first = value == null ? new String(chars, start, length) : null;
		}
		event = next();
		if (event == XMLStreamConstants.END_ELEMENT && value != null) {
			text = first;
			return value;
		}
		text = readText(path, name, event, first != null ? first : type.format(value));
		return NOT_CANONICAL;
	}

	/**
	 * The rest of a simple element's text, from the event the cursor is on, {@code initial} being the text
	 * before it; an element inside is reported and skipped.
	 */
	private String readText(Where path, String name, int event, String initial) throws XMLStreamException {
		StringBuilder text = null;
		String single = initial;
		while (true) {
			if (event == XMLStreamConstants.END_ELEMENT) {
				return text == null ? single : text.toString();
			}
			if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				if (text == null && single.isEmpty()) {
					single = xml.getText();
				}
				else {
					if (text == null) {
						text = new StringBuilder(single);
					}
					text.append(xml.getText());
				}
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				problem(Kind.UNEXPECTED_CONTENT, lineNow(), path, name, name
						+ " should hold a value but holds <" + xml.getLocalName() + ">; the element is ignored");
				readNode(path);
			}
			event = next();
		}
	}

	/** Captures the element the cursor is on, whole, leaving the cursor on its end tag. */
	private XmlNode readNode(Where path) throws XMLStreamException {
		int line = lineNow();
		String ns = nullToEmpty(xml.getNamespaceURI());
		String name = xml.getLocalName();
		List<XmlAttribute> attributes = attributesOf(path);
		StringBuilder text = new StringBuilder();
		List<XmlNode> children = new ArrayList<>();
		while (true) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				children.add(readNode(path));
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				text.append(xml.getText());
			}
		}
		String value = children.isEmpty() || !text.toString().isBlank() ? text.toString() : "";
		if (xml11) {
			checkCharacters(value, line, path, name, "<" + name + ">");
		}
		return new XmlNode(ns, name, attributes, value, children, line);
	}

	private List<XmlAttribute> readAttributes(Where path) {
		List<XmlAttribute> attributes = attributesOf(path);
		if (!attributes.isEmpty() && path.parent() != null) {
			problem(Kind.UNEXPECTED_CONTENT, lineNow(), path, attributes.get(0).localName(), "<"
					+ xml.getLocalName() + "> has attributes, which the schema does not allow; they are kept");
		}
		return attributes;
	}

	private List<XmlAttribute> attributesOf(Where path) {
		int count = xml.getAttributeCount();
		if (count == 0) {
			return List.of();
		}
		List<XmlAttribute> attributes = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			attributes.add(new XmlAttribute(nullToEmpty(xml.getAttributeNamespace(i)),
					nullToEmpty(xml.getAttributePrefix(i)), xml.getAttributeLocalName(i), xml.getAttributeValue(i)));
			if (xml11) {
				checkCharacters(xml.getAttributeValue(i), lineNow(), path,
						xml.getAttributeLocalName(i), "the attribute " + xml.getAttributeLocalName(i) + " of <"
								+ xml.getLocalName() + ">");
			}
		}
		return attributes;
	}

	/** Reports characters of an XML 1.1 file that cannot be written in XML 1.0 (the writer leaves them out). */
	private void checkCharacters(String text, int line, Where path, String element, String what) {
		int at = XmlChars.firstForbidden(text);
		if (at < 0) {
			return;
		}
		problem(Kind.UNWRITABLE_CHARACTER, line, path, element, what + " holds "
				+ XmlChars.name(text.charAt(at)) + ", a control character that this XML 1.1 file may hold but the "
				+ "XML 1.0 that ilrsh writes cannot; it is left out when the file is written");
	}

	private void problem(Kind kind, int line, Where path, String element, String message) {
		String full = path.toString();
		String where = full.startsWith("Message/Learner") ? stripLearnerPrefix(full) : full;
		problems.add(new LoadProblem(line, learnRef, where, element, kind, message));
	}

	private record Scratch(Object[] values, boolean[] seen, List<List<IlrEntity>> lists) {

		static Scratch of(EntitySpec spec) {
			List<List<IlrEntity>> lists = new ArrayList<>();
			for (int i = 0; i < spec.size(); i++) {
				lists.add(spec.member(i).repeats() ? new ArrayList<>() : null);
			}
			return new Scratch(new Object[spec.size() + 1], new boolean[spec.size()], lists);
		}

		Scratch clear() {
			Arrays.fill(values, null);
			Arrays.fill(seen, false);
			return this;
		}

		/** Adds a child record to the list of a repeating member, which {@link #finish} makes a list of its own. */
		void addTo(int index, IlrEntity entity) {
			listAt(index).add(entity);
		}

		/** The list a repeating member's records are gathered in, emptied when the record begins to use it. */
		List<IlrEntity> listAt(int index) {
			@SuppressWarnings("unchecked")
			List<IlrEntity> list = (List<IlrEntity>) values[index];
			if (list == null) {
				list = lists.get(index);
				list.clear();
				values[index] = list;
			}
			return list;
		}
	}

	/**
	 * Where an element is, as its chain of ancestors; made into text ({@code Message/Learner[5]/LearningDelivery[2]})
	 * only when a problem is reported there.
	 */
	private record Where(Where parent, String name, int position) {

		static final Where ROOT = new Where(null, "Message", 0);

		@Override
		public String toString() {
			String here = name + (position > 0 ? "[" + position + "]" : "");
			return parent == null ? here : parent + "/" + here;
		}
	}

	/** Paths of learner problems start at the learner: the learner reference already says which one. */
	private static String stripLearnerPrefix(String path) {
		int slash = path.indexOf('/', "Message/Learner".length());
		return slash < 0 ? "Learner" : "Learner" + path.substring(slash);
	}

	private static Map<String, String> put(Map<String, String> raw, String name, String text) {
		Map<String, String> map = raw.isEmpty() ? new HashMap<>() : raw;
		map.put(name, text);
		return map;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}

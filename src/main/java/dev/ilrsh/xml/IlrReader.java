package dev.ilrsh.xml;

import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Member;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.UnknownElement;
import dev.ilrsh.model.XmlAttribute;
import dev.ilrsh.model.XmlExtras;
import dev.ilrsh.model.XmlNode;
import dev.ilrsh.xml.LoadProblem.Kind;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.DTDInfo;

/**
 * Reads an ILR file into the model, one element at a time over a StAX cursor, so memory holds the model and never a
 * document tree. XML that is not well-formed is refused whole; schema problems are recorded and the file still loads.
 */
public final class IlrReader {

	/** Told how far reading has got, so a command can show progress on large files. */
	@FunctionalInterface
	public interface Progress {

		void update(long bytesRead, long totalBytes, int learnersRead);

		Progress NONE = (bytesRead, totalBytes, learnersRead) -> {
		};
	}

	private static final Pattern YEAR_NAMESPACE = Pattern.compile("ESFA/ILR/(\\d{4})-(\\d{2})");
	private static final XMLInputFactory FACTORY = SecureXml.inputFactory();

	private IlrReader() {
	}

	public static LoadResult read(Path file) throws IlrReadException {
		return read(file, Progress.NONE);
	}

	public static LoadResult read(Path file, Progress progress) throws IlrReadException {
		long started = System.nanoTime();
		long size;
		try {
			if (Files.isDirectory(file)) {
				throw new IlrReadException(file, 0, 0, "is a folder, not a file");
			}
			size = Files.size(file);
		}
		catch (NoSuchFileException e) {
			throw new IlrReadException(file, 0, 0, "no such file");
		}
		catch (IOException e) {
			throw new IlrReadException(file, 0, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
		}
		if (size == 0) {
			throw new IlrReadException(file, 0, 0, "the file is empty");
		}
		try (CountingStream in = new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
			try {
				Session session = new Session(file, xml, in, size, progress);
				Message message = session.readDocument();
				progress.update(size, size, message.learners().size());
				session.problems.sort(java.util.Comparator.comparingInt(LoadProblem::line));
				return new LoadResult(file, message, session.namespace, session.problems, size,
						Duration.ofNanos(System.nanoTime() - started));
			}
			finally {
				xml.close();
			}
		}
		catch (AccessDeniedException e) {
			throw new IlrReadException(file, 0, 0, "permission denied");
		}
		catch (XMLStreamException e) {
			Location at = e.getLocation();
			throw new IlrReadException(file, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
					XmlErrors.explain(e));
		}
		catch (CharConversionException e) {
			throw new IlrReadException(file, 0, 0, "the file is not valid UTF-8 text (" + e.getMessage() + ")");
		}
		catch (IOException e) {
			throw new IlrReadException(file, 0, 0, "cannot be read (" + e.getMessage() + ")");
		}
	}

	/** The state of one read. */
	private static final class Session {

		private final Path file;
		private final XMLStreamReader xml;
		private final CountingStream counter;
		private final long size;
		private final Progress progress;
		private final List<LoadProblem> problems = new ArrayList<>();
		/** Shares the many repeated short codes (aim references, FAM types, postcodes) between records. */
		private final Map<String, String> strings = new HashMap<>();
		private String namespace;
		private String learnRef;
		private int learners;

		Session(Path file, XMLStreamReader xml, CountingStream counter, long size, Progress progress) {
			this.file = file;
			this.xml = xml;
			this.counter = counter;
			this.size = size;
			this.progress = progress;
		}

		Message readDocument() throws XMLStreamException, IlrReadException {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					String root = xml instanceof DTDInfo dtd && dtd.getDTDRootName() != null ? dtd.getDTDRootName() : "";
					if (root.equalsIgnoreCase("html")) {
						throw refuse("this is an HTML page, not an ILR XML file");
					}
					throw refuse("the file has a DOCTYPE declaration; ILR files never do, and ilrsh refuses "
							+ "them so that no entity can be expanded or fetched");
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					return readRoot();
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
				problems.add(new LoadProblem(xml.getLocation().getLineNumber(), null, "Message", "Message",
						Kind.WRONG_YEAR, "this is " + found + ", not a 2025-26 file (" + IlrSchema.NAMESPACE
								+ "); it is read as far as its elements match 2025-26, and cannot be written back"));
			}
			return (Message) readEntity(IlrSchema.MESSAGE, "Message");
		}

		private IlrReadException refuse(String reason) {
			Location at = xml.getLocation();
			return new IlrReadException(file, at.getLineNumber(), at.getColumnNumber(), reason);
		}

		/** Reads the entity whose start tag the cursor is on, leaving the cursor on its end tag. */
		private IlrEntity readEntity(EntitySpec spec, String path) throws XMLStreamException, IlrReadException {
			int line = xml.getLocation().getLineNumber();
			List<Member> members = spec.members();
			Object[] values = new Object[members.size() + 1];
			boolean[] seen = new boolean[members.size()];
			Map<String, String> raw = Map.of();
			List<UnknownElement> unknown = List.of();
			List<XmlAttribute> attributes = readAttributes(path);
			int furthest = -1;
			String previous = null;
			while (true) {
				int event = xml.next();
				if (event == XMLStreamConstants.END_ELEMENT) {
					break;
				}
				if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					if (!xml.isWhiteSpace()) {
						problem(Kind.UNEXPECTED_CONTENT, xml.getLocation().getLineNumber(), path, spec.name(),
								spec.name() + " holds text outside its elements; that text is ignored");
					}
					continue;
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = xml.getLocalName();
				int at = xml.getLocation().getLineNumber();
				int index = namespace.equals(nullToEmpty(xml.getNamespaceURI())) ? spec.indexOf(name) : -1;
				if (index < 0 || (seen[index] && !members.get(index).repeats())) {
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
					unknown.add(new UnknownElement(previous, readNode()));
					continue;
				}
				if (index < furthest) {
					problem(Kind.OUT_OF_ORDER, at, path, name,
							name + " is out of order: it must come before " + members.get(furthest).name());
				}
				furthest = Math.max(furthest, index);
				previous = name;
				seen[index] = true;
				Member member = members.get(index);
				if (member instanceof FieldSpec field) {
					String text = readText(path, name);
					if (text == null) {
						continue;
					}
					try {
						Object value = field.type().parse(text);
						if (field.type().isText()) {
							value = share((String) value);
						}
						else if (!field.type().isCanonical(text)) {
							raw = put(raw, name, text);
						}
						values[index] = value;
						if (spec == IlrSchema.LEARNER && index == 0) {
							learnRef = (String) value;
						}
						String broken = field.check(value);
						if (broken != null) {
							problem(Kind.INVALID_VALUE, at, path, name, name + " '" + text + "' " + broken);
						}
					}
					catch (IllegalArgumentException e) {
						raw = put(raw, name, text);
						problem(Kind.BAD_VALUE, at, path, name, name + " '" + text + "' is not valid: " + e.getMessage());
					}
				}
				else {
					ChildSpec child = (ChildSpec) member;
					if (child.repeats()) {
						@SuppressWarnings("unchecked")
						List<IlrEntity> list = (List<IlrEntity>) values[index];
						if (list == null) {
							list = new ArrayList<>();
							values[index] = list;
						}
						list.add(readEntity(child.entity(), childPath(path, name, list.size() + 1)));
					}
					else {
						values[index] = readEntity(child.entity(), childPath(path, name, 0));
					}
					if (child.entity() == IlrSchema.LEARNER) {
						learnRef = null;
						if (++learners % 1000 == 0) {
							progress.update(counter.count, size, learners);
						}
					}
				}
			}
			finish(spec, line, path, values, seen);
			values[members.size()] = new XmlExtras(line, raw, unknown, attributes);
			return spec.create(values);
		}

		/** Fills absent lists with empty ones and reports what is missing or repeated too often. */
		private void finish(EntitySpec spec, int line, String path, Object[] values, boolean[] seen) {
			List<Member> members = spec.members();
			for (int i = 0; i < members.size(); i++) {
				Member member = members.get(i);
				int count = 0;
				if (member.repeats()) {
					if (values[i] == null) {
						values[i] = List.of();
					}
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

		/** The text of a simple element, or null (with a problem) when it holds elements. */
		private String readText(String path, String name) throws XMLStreamException {
			StringBuilder text = null;
			String single = "";
			while (true) {
				int event = xml.next();
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
					problem(Kind.UNEXPECTED_CONTENT, xml.getLocation().getLineNumber(), path, name, name + " should hold a value but holds <"
							+ xml.getLocalName() + ">; the element is ignored");
					readNode();
				}
			}
		}

		/** Captures the element the cursor is on, whole, leaving the cursor on its end tag. */
		private XmlNode readNode() throws XMLStreamException {
			int line = xml.getLocation().getLineNumber();
			String ns = nullToEmpty(xml.getNamespaceURI());
			String name = xml.getLocalName();
			List<XmlAttribute> attributes = attributesOf();
			StringBuilder text = new StringBuilder();
			List<XmlNode> children = new ArrayList<>();
			while (true) {
				int event = xml.next();
				if (event == XMLStreamConstants.END_ELEMENT) {
					break;
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					children.add(readNode());
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
						|| event == XMLStreamConstants.SPACE) {
					text.append(xml.getText());
				}
			}
			String value = children.isEmpty() || !text.toString().isBlank() ? text.toString() : "";
			return new XmlNode(ns, name, attributes, value, children, line);
		}

		private List<XmlAttribute> readAttributes(String path) {
			List<XmlAttribute> attributes = attributesOf();
			if (!attributes.isEmpty() && !path.equals("Message")) {
				problem(Kind.UNEXPECTED_CONTENT, xml.getLocation().getLineNumber(), path, attributes.get(0).localName(), "<"
						+ xml.getLocalName() + "> has attributes, which the schema does not allow; they are kept");
			}
			return attributes;
		}

		private List<XmlAttribute> attributesOf() {
			int count = xml.getAttributeCount();
			if (count == 0) {
				return List.of();
			}
			List<XmlAttribute> attributes = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				attributes.add(new XmlAttribute(nullToEmpty(xml.getAttributeNamespace(i)),
						nullToEmpty(xml.getAttributePrefix(i)), xml.getAttributeLocalName(i), xml.getAttributeValue(i)));
			}
			return attributes;
		}

		private void problem(Kind kind, int line, String path, String element, String message) {
			String where = path.startsWith("Message/Learner") ? stripLearnerPrefix(path) : path;
			problems.add(new LoadProblem(line, learnRef, where, element, kind, message));
		}

		private String share(String value) {
			if (value.length() > 12) {
				return value;
			}
			String shared = strings.putIfAbsent(value, value);
			return shared == null ? value : shared;
		}
	}

	private static String childPath(String path, String name, int position) {
		return path + "/" + name + (position > 0 ? "[" + position + "]" : "");
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

	/** Counts the bytes the parser has taken, for progress. */
	private static final class CountingStream extends FilterInputStream {

		long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}
}

package dev.ilrsh.xml;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.FieldType;
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
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
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

	/** A file the fast parser should not judge alone; it is read again by the one with limits. */
	private static final class Doubtful extends RuntimeException {

		Doubtful() {
			super(null, null, false, false);
		}
	}

	/** What {@link Session#readValue} returns when the text must be read the general way. */
	private static final Object NOT_CANONICAL = new Object();

	private static final Pattern YEAR_NAMESPACE = Pattern.compile("ESFA/ILR/(\\d{4})-(\\d{2})");
	private static final XMLInputFactory FACTORY = SecureXml.inputFactory();
	private static final XMLInputFactory FAST_FACTORY = SecureXml.fastInputFactory();

	private IlrReader() {
	}

	public static LoadResult read(Path file) throws IlrReadException {
		return read(file, Progress.NONE);
	}

	/**
	 * Reads a file.
	 *
	 * @throws IlrReadException when the file cannot be read or is not well-formed XML, with one plain reason
	 * @throws java.util.concurrent.CancellationException when the user stops the read
	 */
	public static LoadResult read(Path file, Progress progress) throws IlrReadException {
		return read(file, progress, true);
	}

	/** Reads with the careful parser alone, for tests that compare the two. */
	static LoadResult readCarefully(Path file) throws IlrReadException {
		return read(file, Progress.NONE, false);
	}

	private static LoadResult read(Path file, Progress progress, boolean fast) throws IlrReadException {
		long started = System.nanoTime();
		long size = sizeOf(file);
		try {
			return fast ? parse(file, size, progress, started) : parse(file, size, progress, started, false);
		}
		catch (OutOfMemoryError e) {
			// everything the read held is garbage once parse() has returned, so there is room again to say so
			throw new IlrReadException(file, 0, 0, outOfMemory(size));
		}
	}

	/** The size of a regular file that is not empty. */
	private static long sizeOf(Path file) throws IlrReadException {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		}
		catch (IOException e) {
			throw new IlrReadException(file, 0, 0, cannotRead(e));
		}
		if (attributes.isDirectory()) {
			throw new IlrReadException(file, 0, 0, "is a folder, not a file");
		}
		if (!attributes.isRegularFile()) {
			// opening a named pipe waits, without end, for something to write into it: refuse it instead
			throw new IlrReadException(file, 0, 0, "is " + specialKind(file) + ", not a regular file; ilrsh reads "
					+ "ILR files saved on disk: save the data to a file (for example unzip -p return.zip > return.xml) "
					+ "and load that");
		}
		if (attributes.size() == 0) {
			throw new IlrReadException(file, 0, 0, "the file is empty");
		}
		return attributes.size();
	}

	/** What a file that is not a regular file is, in words. */
	private static String specialKind(Path file) {
		try {
			int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
			return switch (type) {
				case 0010000 -> "a named pipe (FIFO)";
				case 0020000, 0060000 -> "a device";
				case 0140000 -> "a socket";
				default -> "a special file";
			};
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
			return "a special file";
		}
	}

	/**
	 * Reads with Aalto, the faster parser; a file that Aalto refuses, or that comes near a limit or holds anything
	 * unusual (a DOCTYPE, XML 1.1), is read again with Woodstox, whose answer stands. So the fast parser decides
	 * nothing on its own: files that load, load as Woodstox reads them, and refusals are Woodstox's, word for word.
	 */
	private static LoadResult parse(Path file, long size, Progress progress, long started) throws IlrReadException {
		try {
			return parse(file, size, progress, started, true);
		}
		catch (IlrReadException | Doubtful e) {
			// read again below
		}
		catch (CancellationException e) {
			throw e;
		}
		catch (RuntimeException e) {
			// a fault in the fast parser is no reason to refuse the file: read again below
		}
		return parse(file, size, progress, started, false);
	}

	private static LoadResult parse(Path file, long size, Progress progress, long started, boolean fast)
			throws IlrReadException {
		XMLStreamReader xml = null;
		try (InputStream stream = Files.newInputStream(file)) {
			BufferedInputStream buffered = new BufferedInputStream(stream, 1 << 16);
			refuseKnownBinary(file, buffered);
			int rootLine = fast ? Prolog.rootLine(buffered) : 0;
			if (rootLine < 0) {
				throw new Doubtful();
			}
			CountingStream in = new CountingStream(buffered);
			xml = (fast ? FAST_FACTORY : FACTORY).createXMLStreamReader(in);
			Session session = new Session(file, xml, in, size, progress, rootLine);
			Message message = session.readDocument();
			progress.update(size, size, message.learners().size());
			session.problems.sort(Comparator.comparingInt(LoadProblem::line));
			return new LoadResult(file, message, session.namespace, session.problems, size,
					Duration.ofNanos(System.nanoTime() - started));
		}
		catch (XMLStreamException e) {
			throw notWellFormed(file, e, xml);
		}
		catch (CharConversionException e) {
			throw new IlrReadException(file, 0, 0, "the file is not valid UTF-8 text (" + e.getMessage() + ")");
		}
		catch (IOException e) {
			throw new IlrReadException(file, 0, 0, cannotRead(e));
		}
		catch (RuntimeException e) {
			// Woodstox reports some errors (such as an over-long text) only when the text is asked for, wrapped
			XMLStreamException wrapped = e.getCause() instanceof XMLStreamException x ? x : null;
			if (wrapped == null || fast) {
				throw e;
			}
			throw notWellFormed(file, wrapped, xml);
		}
		finally {
			if (xml != null) {
				try {
					xml.close();
				}
				catch (XMLStreamException ignored) {
					// the stream itself is closed above; there is nothing more to release
				}
			}
		}
	}

	private static IlrReadException notWellFormed(Path file, XMLStreamException e, XMLStreamReader xml) {
		Location at = e.getLocation();
		if ((at == null || at.getLineNumber() <= 0) && xml != null) {
			// the limits on depth, attributes and text report no place of their own: the parser's current one is it
			at = xml.getLocation();
		}
		int line = at == null ? 0 : Math.max(0, at.getLineNumber());
		int column = at == null ? 0 : Math.max(0, at.getColumnNumber());
		return new IlrReadException(file, line, column, XmlErrors.explain(e));
	}

	/** The reason a file cannot be opened or read, and what to do about it. */
	static String cannotRead(IOException e) {
		if (e instanceof NoSuchFileException) {
			return "no such file";
		}
		if (e instanceof AccessDeniedException) {
			return "permission denied: this account may not read the file (or a folder on its path); ask the "
					+ "file's owner for read access, or copy the file into a folder of your own";
		}
		String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
		return "cannot be read (" + (reason == null ? e.getClass().getSimpleName() : reason) + ")";
	}

	/** Files people pick up by mistake: archives, spreadsheets and PDFs, named by their first bytes. */
	private static void refuseKnownBinary(Path file, InputStream in) throws IOException, IlrReadException {
		in.mark(8);
		byte[] head = in.readNBytes(4);
		in.reset();
		if (head.length < 4) {
			return;
		}
		String what = null;
		if (head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			what = "a zip archive (or an Excel .xlsx file); if the return is inside, unzip it and load the .XML file";
		}
		else if ((head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
			what = "a gzip-compressed file; decompress it (gunzip) and load the result";
		}
		else if (head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
			what = "a PDF document";
		}
		else if ((head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0) {
			what = "an old-style Office document (such as an Excel .xls file)";
		}
		if (what != null) {
			throw new IlrReadException(file, 0, 0, "not an ILR XML file: this is " + what);
		}
	}

	private static String outOfMemory(long size) {
		long allowed = Runtime.getRuntime().maxMemory() >> 20;
		return "there is not enough memory to load this " + String.format(Locale.ROOT, "%.0f", size / 1e6)
				+ " MB file (Java may use " + allowed + " MB); start ilrsh with "
				+ "more, for example ILRSH_JAVA_OPTS=-Xmx2g ./ilrsh ...";
	}

	/** The state of one read. */
	private static final class Session {

		private final Path file;
		private final XMLStreamReader xml;
		private final CountingStream counter;
		private final long size;
		private final Progress progress;
		private final List<LoadProblem> problems = new ArrayList<>();
		/** Reads canonical values from the parser's characters and shares repeated codes, numbers and dates. */
		private final FastValues fast = new FastValues();
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

		/**
		 * @param rootLine the root element's line when the fast parser reads (which misplaces it), else 0
		 */
		Session(Path file, XMLStreamReader xml, CountingStream counter, long size, Progress progress, int rootLine) {
			this.file = file;
			this.guarded = rootLine > 0;
			this.rootLine = rootLine;
			this.xml = xml;
			this.counter = counter;
			this.size = size;
			this.progress = progress;
			this.xml11 = "1.1".equals(xml.getVersion());
			if (guarded && xml11) {
				throw new Doubtful();
			}
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
					// Aalto lets U+FFFE and U+FFFF through in attribute values and namespace names; Woodstox does not
					for (int i = xml.getNamespaceCount() - 1; i >= 0; i--) {
						String uri = xml.getNamespaceURI(i);
						if (uri != null && notXmlCharacters(uri)) {
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

		/** Whether a value holds U+FFFE or U+FFFF, which are not characters XML may carry. */
		private static boolean notXmlCharacters(String value) {
			return value.indexOf('\uFFFE') >= 0 || value.indexOf('\uFFFF') >= 0;
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
			return path == Where.ROOT && rootLine > 0 ? rootLine : xml.getLocation().getLineNumber();
		}

		private IlrReadException refuse(String reason) {
			Location at = xml.getLocation();
			return new IlrReadException(file, at.getLineNumber(), at.getColumnNumber(), reason);
		}

		/** Reads the entity whose start tag the cursor is on, leaving the cursor on its end tag. */
		private IlrEntity readEntity(EntitySpec spec, Where path) throws XMLStreamException, IlrReadException {
			int line = line(path);
			List<Member> members = spec.members();
			Object[] values = new Object[members.size() + 1];
			boolean[] seen = new boolean[members.size()];
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
					unknown.add(new UnknownElement(previous, readNode(path)));
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
						@SuppressWarnings("unchecked")
						List<IlrEntity> list = (List<IlrEntity>) values[index];
						if (list == null) {
							list = new ArrayList<>();
							values[index] = list;
						}
						list.add(readEntity(child.entity(), new Where(path, name, list.size() + 1)));
					}
					else {
						values[index] = readEntity(child.entity(), new Where(path, name, 0));
					}
					if (child.entity() == IlrSchema.LEARNER) {
						learnRef = null;
						Cancellation.check();
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
		private void finish(EntitySpec spec, int line, Where path, Object[] values, boolean[] seen) {
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
					problem(Kind.UNEXPECTED_CONTENT, xml.getLocation().getLineNumber(), path, name, name
							+ " should hold a value but holds <" + xml.getLocalName() + ">; the element is ignored");
					readNode(path);
				}
				event = next();
			}
		}

		/** Captures the element the cursor is on, whole, leaving the cursor on its end tag. */
		private XmlNode readNode(Where path) throws XMLStreamException {
			int line = xml.getLocation().getLineNumber();
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
				problem(Kind.UNEXPECTED_CONTENT, xml.getLocation().getLineNumber(), path, attributes.get(0).localName(), "<"
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
					checkCharacters(xml.getAttributeValue(i), xml.getLocation().getLineNumber(), path,
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

package dev.ilrsh.xml;

import dev.ilrsh.model.Message;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an ILR file into the model, one element at a time over a StAX cursor, so memory holds the model and never a
 * document tree; a big file's learners are read in parts on every core ({@link FileParts}). XML that is not
 * well-formed is refused whole; schema problems are recorded and the file still loads ({@link ReadSession}).
 */
public final class IlrReader {

	/** Told how far reading has got, so a command can show progress on large files. */
	@FunctionalInterface
	public interface Progress {

		void update(long bytesRead, long totalBytes, int learnersRead);

		Progress NONE = (bytesRead, totalBytes, learnersRead) -> {
		};
	}

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
			return fast ? parse(file, size, progress, started) : parse(file, size, progress, started, false, null);
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
		if (size >= FileParts.SMALLEST_FILE && Runtime.getRuntime().availableProcessors() > 1) {
			LoadResult inParts = readInParts(file, size, progress, started, FileParts.PART_SIZE);
			if (inParts != null) {
				return inParts;
			}
		}
		try {
			return parse(file, size, progress, started, true, null);
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
		return parse(file, size, progress, started, false, null);
	}

	/** Reads a file in parts, for tests: null when it is not shaped for that or a part is doubtful. */
	static LoadResult readInParts(Path file, int partSize) throws IlrReadException {
		return readInParts(file, sizeOf(file), Progress.NONE, System.nanoTime(), partSize);
	}

	/**
	 * Reads the learners of a file in parts on every core (see {@link FileParts}). Returns null when the file is not
	 * shaped for that or anything in it is doubtful: it is then read whole, whose answer stands.
	 */
	private static LoadResult readInParts(Path file, long size, Progress progress, long started, int partSize) {
		try (FileParts parts = FileParts.start(file, size, partSize)) {
			return parts == null ? null : parse(file, size, progress, started, true, parts);
		}
		catch (CancellationException e) {
			throw e;
		}
		catch (IlrReadException | IOException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * Reads with the fast parser or the careful one; when {@code parts} holds the learners, the parser reads the
	 * file's skeleton and the learners are spliced in.
	 */
	private static LoadResult parse(Path file, long size, Progress progress, long started, boolean fast,
			FileParts parts) throws IlrReadException {
		XMLStreamReader xml = null;
		try (InputStream stream = parts == null ? Files.newInputStream(file) : parts.skeleton()) {
			BufferedInputStream buffered = new BufferedInputStream(stream, 1 << 16);
			refuseKnownBinary(file, buffered);
			int rootLine = fast ? Prolog.rootLine(buffered) : 0;
			if (rootLine < 0) {
				throw new Doubtful();
			}
			CountingStream in = new CountingStream(buffered, fast ? new Utf8Check() : null);
			xml = (fast ? FAST_FACTORY : FACTORY).createXMLStreamReader(in);
			ReadSession session = new ReadSession(file, xml, in, size, progress, rootLine, parts);
			Message message = session.readDocument();
			progress.update(size, size, message.learners().size());
			session.problems().sort(Comparator.comparingInt(LoadProblem::line));
			return new LoadResult(file, message, session.namespace(), session.problems(), size,
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

}

package dev.ilrsh.xml;

import dev.ilrsh.cancel.Cancellation;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the learners of a big file in parts, on every core, while the rest of the file (its skeleton: the header,
 * the provider, the destination records) is read as usual with a marker where the learners were.
 * <p>
 * The parts are cut just before a {@code <Learner>} start tag, found by its bytes alone, and each is parsed under a
 * stand-in root that declares the namespaces of the file's root. A cut that falls anywhere but between two learners
 * (inside a comment, say, or inside another element) leaves a part or the skeleton that is not well-formed or holds
 * something other than learners; the read is then given up and the file read whole, so the parts never decide anything
 * the whole-file read would decide otherwise. Lines are counted in each part before it is parsed so that every line
 * number is the file's own.
 */
final class FileParts implements SplicedLearners, AutoCloseable {

	/** Files smaller than this are read whole: the parts would not pay for themselves. */
	static final long SMALLEST_FILE = 16L << 20;

	/** The bytes of a part, about: each runs on to the next learner's start. */
	static final int PART_SIZE = 2 << 20;

	private static final byte[] LEARNER_START = "<Learner>".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] LEARNER_END = "</Learner>".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] MARKER_BYTES = ("<?" + MARKER + "?>").getBytes(StandardCharsets.US_ASCII);
	private static final byte[] STAND_IN_END = "</ilrsh-part>".getBytes(StandardCharsets.US_ASCII);
	private static final int WINDOW = 1 << 16;
	/** The prolog and header before the first learner are read into memory; more than this is not a real header. */
	private static final int LARGEST_PREFIX = 64 << 20;

	private final Path file;
	private final FileChannel channel;
	private final long first;
	private final long end;
	/** Where each part begins, and after the last, where the learners end: all just before a learner's start tag. */
	private final long[] cuts;
	private final byte[] prefix;
	private final int prefixNewlines;
	private final String namespace;
	private final byte[] standIn;
	private final List<Future<LearnerPart>> parts = new ArrayList<>();
	private final List<CompletableFuture<Integer>> newlinesBefore = new ArrayList<>();
	private final ExecutorService pool;
	private final ThreadLocal<XMLInputFactory> factories = ThreadLocal.withInitial(SecureXml::fastInputFactory);
	private final ThreadLocal<FastValues> values = ThreadLocal.withInitial(FastValues::new);
	/**
	 * Each reading thread's buffer for the part it reads, used again for its next part: parts are read whole and
	 * then parsed into new objects, and a fresh array for each would put the file's size through the young
	 * generation once more, with collections to match.
	 */
	private final ThreadLocal<byte[][]> buffers = ThreadLocal.withInitial(() -> new byte[1][]);
	private volatile boolean stopped;

	private FileParts(Path file, FileChannel channel, long first, long end, long[] cuts, byte[] prefix,
			String namespace, byte[] standIn) {
		this.file = file;
		this.channel = channel;
		this.first = first;
		this.end = end;
		this.cuts = cuts;
		this.prefix = prefix;
		this.prefixNewlines = newlines(prefix, 0, prefix.length);
		this.namespace = namespace;
		this.standIn = standIn;
		int count = parts();
		AtomicInteger threads = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(Math.min(count, Runtime.getRuntime().availableProcessors()), task -> {
			Thread thread = new Thread(task, "ilrsh-read-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		// the line breaks before each part, and before the end of the last: each part waits for the one before it
		for (int i = 0; i <= count; i++) {
			newlinesBefore.add(i == 0 ? CompletableFuture.completedFuture(prefixNewlines) : new CompletableFuture<>());
		}
		for (int i = 0; i < count; i++) {
			int part = i;
			parts.add(pool.submit(() -> read(part)));
		}
	}

	/**
	 * Starts reading the learners of a file in parts, or returns null when the file is not shaped for it (no
	 * {@code <Learner>} tags as such, a root that cannot be read from the prefix): the file is then read whole.
	 */
	static FileParts start(Path file, long size, int partSize) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		try {
			long first = find(channel, LEARNER_START, 0, Math.min(size, LARGEST_PREFIX));
			long last = findLast(channel, LEARNER_END, size);
			if (first < 0 || last < first) {
				channel.close();
				return null;
			}
			byte[] prefix = new byte[(int) first];
			readFully(channel, prefix, 0, 0, prefix.length);
			XMLStreamReader root = rootOf(prefix);
			if (root == null) {
				channel.close();
				return null;
			}
			String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
			byte[] standIn = standIn(root);
			closeQuietly(root);
			long end = last + LEARNER_END.length;
			return new FileParts(file, channel, first, end, cuts(channel, first, end, partSize), prefix, namespace,
					standIn);
		}
		catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	/** The skeleton: the file before the first learner, the marker, and the file after the last. */
	InputStream skeleton() throws IOException {
		byte[] head = new byte[prefix.length + MARKER_BYTES.length];
		System.arraycopy(prefix, 0, head, 0, prefix.length);
		System.arraycopy(MARKER_BYTES, 0, head, prefix.length, MARKER_BYTES.length);
		FileChannel rest = FileChannel.open(file, StandardOpenOption.READ).position(end);
		return new SequenceInputStream(new ByteArrayInputStream(head), Channels.newInputStream(rest));
	}

	@Override
	public int parts() {
		return cuts.length - 1;
	}

	@Override
	public LearnerPart await(int part) {
		while (true) {
			Cancellation.check();
			try {
				return parts.get(part).get(100, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException e) {
				// look for a stop request, then wait again
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CancellationException("interrupted");
			}
			catch (ExecutionException e) {
				if (e.getCause() instanceof CancellationException stop) {
					throw stop;
				}
				if (e.getCause() instanceof Error error) {
					throw error;
				}
				throw new Doubtful();
			}
		}
	}

	@Override
	public int newlines() {
		return newlinesBefore.get(parts()).join() - prefixNewlines;
	}

	@Override
	public long bytes() {
		return end - first - MARKER_BYTES.length;
	}

	@Override
	public void close() {
		stopped = true;
		pool.shutdownNow();
		try {
			channel.close();
		}
		catch (IOException e) {
			// nothing was written: there is nothing to lose
		}
	}

	/** Reads one part: finds its ends, counts its lines (which the next part waits for), then parses it. */
	private LearnerPart read(int part) throws Exception {
		CompletableFuture<Integer> newlinesAfter = newlinesBefore.get(part + 1);
		try {
			long from = cuts[part];
			long to = cuts[part + 1];
			int length = Math.toIntExact(to - from);
			int total = standIn.length + length + STAND_IN_END.length;
			byte[][] buffer = buffers.get();
			if (buffer[0] == null || buffer[0].length < total) {
				buffer[0] = new byte[total];
			}
			byte[] bytes = buffer[0];
			System.arraycopy(standIn, 0, bytes, 0, standIn.length);
			readFully(channel, bytes, standIn.length, from, length);
			System.arraycopy(STAND_IN_END, 0, bytes, standIn.length + length, STAND_IN_END.length);
			long scanned = scan(bytes, standIn.length, length);
			if ((scanned & TO_CHECK) != 0 && !Utf8Check.valid(bytes, standIn.length, length)) {
				throw new Doubtful(); // the careful parser reads the whole file and says what is wrong
			}
			int before = newlinesBefore.get(part).get();
			newlinesAfter.complete(before + (int) scanned);
			XMLStreamReader xml = SecureXml.fastReader(factories.get(), bytes, 0, total);
			try {
				return ReadSession.ofPart(file, xml, before, values.get()).readPart(namespace, to, () -> stopped);
			}
			finally {
				xml.close();
			}
		}
		catch (Exception | Error e) {
			newlinesAfter.completeExceptionally(e);
			throw e;
		}
	}

	/**
	 * The cuts between {@code first} and {@code end}: each part runs about {@code partSize} bytes, on to the next
	 * learner's start tag, so no part is empty.
	 */
	private static long[] cuts(FileChannel channel, long first, long end, int partSize) throws IOException {
		List<Long> cuts = new ArrayList<>(List.of(first));
		for (long at = first + partSize; at < end; at = cuts.get(cuts.size() - 1) + partSize) {
			long found = find(channel, LEARNER_START, at, end);
			if (found < 0) {
				break;
			}
			cuts.add(found);
		}
		cuts.add(end);
		return cuts.stream().mapToLong(Long::longValue).toArray();
	}

	/** The root element's start tag, read from the bytes before the first learner; null when it cannot be. */
	private static XMLStreamReader rootOf(byte[] prefix) {
		try {
			XMLStreamReader xml = SecureXml.fastInputFactory().createXMLStreamReader(new ByteArrayInputStream(prefix));
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					return null;
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					return "Message".equals(xml.getLocalName()) ? xml : null;
				}
			}
			return null;
		}
		catch (XMLStreamException | RuntimeException e) {
			return null;
		}
	}

	private static void closeQuietly(XMLStreamReader xml) {
		try {
			xml.close();
		}
		catch (XMLStreamException e) {
			// it read from memory: there is nothing to release
		}
	}

	/** The start tag of the stand-in root: the file's root's namespace declarations, so that names resolve alike. */
	private static byte[] standIn(XMLStreamReader root) {
		StringBuilder tag = new StringBuilder("<ilrsh-part");
		for (int i = 0; i < root.getNamespaceCount(); i++) {
			String prefix = root.getNamespacePrefix(i);
			tag.append(prefix == null || prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
			String uri = root.getNamespaceURI(i) == null ? "" : root.getNamespaceURI(i);
			uri.codePoints().forEach(c -> {
				if (c < 0x20 || c == '&' || c == '<' || c == '"') {
					tag.append("&#").append(c).append(';');
				}
				else {
					tag.appendCodePoint(c);
				}
			});
			tag.append('"');
		}
		return tag.append('>').toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Line breaks as XML counts them: LF, CR LF and a lone CR are one each. */
	static int newlines(byte[] bytes, int from, int length) {
		return (int) scan(bytes, from, length);
	}

	/** The bit {@link #scan} sets when the bytes hold a byte above 0x7F or a NUL, to be checked ({@link Utf8Check}). */
	private static final long TO_CHECK = 1L << 32;

	/**
	 * One pass over a part's bytes: its line breaks in the low 32 bits, and {@link #TO_CHECK} when it holds any byte
	 * above 0x7F or a NUL. Eight bytes at a time, as a long: this pass reads every byte of a big file before its part is
	 * parsed, and the quick compiler makes nothing faster of a plain loop. A word with a CR is counted byte by byte.
	 */
	private static long scan(byte[] bytes, int from, int length) {
		int count = 0;
		long seen = 0;
		int stop = from + length;
		int i = from;
		for (; i + Long.BYTES <= stop; i += Long.BYTES) {
			long word = ByteWords.at(bytes, i);
			seen |= word | ByteWords.zeroBytes(word);
			if (ByteWords.hasByte(word, CRS)) {
				for (int j = i; j < i + Long.BYTES; j++) {
					byte b = bytes[j];
					count += b == '\n' || b == '\r' && (j + 1 >= stop || bytes[j + 1] != '\n') ? 1 : 0;
				}
				continue;
			}
			long lf = word ^ LFS;
			// the high bit of each byte that is an LF, exactly; then their number, summed into the top byte
			long zeros = ~(((lf & LOWS) + LOWS) | lf | LOWS);
			count += (int) (((zeros >>> 7) * ByteWords.ONES) >>> 56);
		}
		for (; i < stop; i++) {
			byte b = bytes[i];
			seen |= b == 0 ? 0x80 : b & 0xFF;
			count += b == '\n' || b == '\r' && (i + 1 >= stop || bytes[i + 1] != '\n') ? 1 : 0;
		}
		return (count & 0xFFFFFFFFL) | ((seen & ByteWords.HIGHS) != 0 ? TO_CHECK : 0);
	}

	private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
	private static final long LFS = ByteWords.ONES * '\n';
	private static final long CRS = ByteWords.ONES * '\r';

	/** The offset of the first {@code pattern} at or after {@code from} that ends by {@code limit}, or -1. */
	private static long find(FileChannel channel, byte[] pattern, long from, long limit) throws IOException {
		byte[] window = new byte[WINDOW];
		for (long at = from; at + pattern.length <= limit; at += WINDOW - pattern.length + 1) {
			int length = (int) Math.min(WINDOW, limit - at);
			readFully(channel, window, 0, at, length);
			int found = indexOf(window, length, pattern);
			if (found >= 0) {
				return at + found;
			}
		}
		return -1;
	}

	/** The offset of the last {@code pattern} in the file, or -1. */
	private static long findLast(FileChannel channel, byte[] pattern, long size) throws IOException {
		byte[] window = new byte[WINDOW];
		for (long stop = size; stop >= pattern.length; stop -= WINDOW - pattern.length + 1) {
			long at = Math.max(0, stop - WINDOW);
			int length = (int) (stop - at);
			readFully(channel, window, 0, at, length);
			for (int i = length - pattern.length; i >= 0; i--) {
				if (matches(window, i, pattern)) {
					return at + i;
				}
			}
			if (at == 0) {
				break;
			}
		}
		return -1;
	}

	private static int indexOf(byte[] bytes, int length, byte[] pattern) {
		for (int i = 0, last = length - pattern.length; i <= last; i++) {
			if (bytes[i] == pattern[0] && matches(bytes, i, pattern)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean matches(byte[] bytes, int at, byte[] pattern) {
		for (int k = 0; k < pattern.length; k++) {
			if (bytes[at + k] != pattern[k]) {
				return false;
			}
		}
		return true;
	}

	private static void readFully(FileChannel channel, byte[] into, int offset, long position, int length)
			throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(into, offset, length);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position() - offset) < 0) {
				throw new EOFException("the file became shorter while it was read");
			}
		}
	}
}

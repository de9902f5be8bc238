package dev.ilrsh.files;

import dev.ilrsh.cancel.Cancellation;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new file for ilrsh to write. Every file ilrsh writes (returns, plans, exports, generated files, caches) goes
 * through here, so the same promises hold for each:
 * <ul>
 * <li>a file open in the session is never written, even with replace;</li>
 * <li>an existing file is replaced only when asked, and only if it is a regular file;</li>
 * <li>the content goes to a temporary file beside the target, is flushed to disk, and only then appears under the
 * target's name, in one step: a reader never sees half a file, and of two writers of one new name exactly one
 * wins;</li>
 * <li>a temporary file left by an ilrsh that was killed is recognised by its name and removed at the next write to
 * that folder; no other file is touched.</li>
 * </ul>
 * Files are created readable by their owner only, because ILR files hold personal data.
 */
public final class OutputFile {

	/** Writes a file's bytes. */
	@FunctionalInterface
	public interface Bytes {

		void writeTo(OutputStream out) throws IOException;
	}

	/** Writes a file's text, which is stored as UTF-8. */
	@FunctionalInterface
	public interface Text {

		void writeTo(Writer out) throws IOException;
	}

	/** .ilrsh-PID-RANDOM-NAME.tmp: the process that wrote it, so a stale one can be told from a live one. */
	private static final Pattern TEMPORARY = Pattern.compile("\\.ilrsh-(\\d+)-[0-9a-f]{8}-.*\\.tmp");

	/**
	 * Temporary files being written now: removed if the process is stopped while writing (Ctrl-C in batch mode,
	 * a plain kill); a process killed outright leaves its own, which the next write to the folder removes.
	 */
	private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> WRITING.forEach(p -> {
			try {
				Files.deleteIfExists(p);
			}
			catch (IOException ignored) {
				// the process is ending; the next write to the folder removes it
			}
		}), "ilrsh-temporary-files"));
	}

	private final Path path;
	private final boolean replace;
	private final boolean append;
	private final List<Path> inputs;

	private OutputFile(Path path, boolean replace, boolean append, List<Path> inputs) {
		this.path = path;
		this.replace = replace;
		this.append = append;
		this.inputs = inputs;
	}

	/** A file at {@code path} that must not exist yet. */
	public static OutputFile at(Path path) {
		return new OutputFile(path, false, false, List.of());
	}

	/** The same file, replacing an existing regular file when {@code replace} is true. */
	public OutputFile replacing(boolean replace) {
		return new OutputFile(path, replace, append, inputs);
	}

	/**
	 * The same file, added to when {@code append} is true: an existing regular file keeps its content and what is
	 * written follows it. The whole is still written to a temporary file and put in place in one step, so a reader
	 * sees the file before or after, never half of it.
	 */
	public OutputFile appending(boolean append) {
		return new OutputFile(path, replace, append, inputs);
	}

	/** The same file, never written if it is one of {@code files} (the session's open inputs). */
	public OutputFile protecting(Collection<Path> files) {
		List<Path> all = new ArrayList<>(inputs);
		all.addAll(files);
		return new OutputFile(path, replace, append, List.copyOf(all));
	}

	public Path path() {
		return path;
	}

	/** True when a path typed by the user names a folder: it ends with a separator ({@code out/}). */
	public static boolean isFolderName(String typed) {
		return typed.endsWith("/") || typed.endsWith(java.io.File.separator);
	}

	/** Writes text, as UTF-8. */
	public void writeText(Text body) throws OutputFileException {
		write(out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			body.writeTo(writer);
			writer.flush();
		});
	}

	/** Writes a string, as UTF-8. */
	public void writeString(String text) throws OutputFileException {
		writeText(out -> out.write(text));
	}

	/**
	 * Writes the file.
	 *
	 * @throws OutputFileException when it may not or cannot be written; nothing is left behind
	 * @throws java.util.concurrent.CancellationException when the body stops on request; nothing is left behind
	 */
	public void write(Bytes body) throws OutputFileException {
		Path target = path.toAbsolutePath().normalize();
		check(target);
		Path folder = target.getParent();
		removeStaleTemporaries(folder);
		Path temporary = folder.resolve(temporaryName(target));
		WRITING.add(temporary);
		boolean adding = append && Files.isRegularFile(target);
		try {
			createPrivate(temporary);
			try (FileOutputStream file = new FileOutputStream(temporary.toFile())) {
				OutputStream out = new BufferedOutputStream(file, 1 << 16);
				if (adding) {
					Files.copy(target, out);
				}
				body.writeTo(out);
				out.flush();
				file.getFD().sync();
			}
			// a stop asked for while the body ran (it may not look) leaves nothing in place
			Cancellation.check();
			publish(temporary, target, adding);
		}
		catch (IOException e) {
			throw new OutputFileException(path, reason(e, folder));
		}
		finally {
			WRITING.remove(temporary);
			try {
				Files.deleteIfExists(temporary);
			}
			catch (IOException ignored) {
				// it was published, or the folder went away: either way nothing of ours is left to remove
			}
		}
	}

	private void check(Path target) throws OutputFileException {
		for (Path input : inputs) {
			if (isSameFile(target, input)) {
				throw new OutputFileException(path,
						"is a file open in this session; ilrsh never writes over a file it has read");
			}
		}
		if (Files.isDirectory(target)) {
			throw new OutputFileException(path, "is a folder; give a file name");
		}
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target)) {
			if (!replace && !append) {
				throw new OutputFileException(path, "already exists; use --force to replace it");
			}
			if (!Files.isRegularFile(target)) {
				throw new OutputFileException(path, "exists and is not a regular file; ilrsh will not replace it");
			}
		}
		Path folder = target.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new OutputFileException(path, "the folder " + folder + " does not exist");
		}
	}

	/** Puts the finished temporary file in place: never over an existing file unless replacing. */
	private void publish(Path temporary, Path target, boolean adding) throws IOException {
		if (replace || adding) {
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return;
		}
		try {
			// a hard link fails if the name exists, in one step: of two writers of one new name, one wins
			Files.createLink(target, temporary);
		}
		catch (FileAlreadyExistsException e) {
			throw new FileAlreadyExistsException(target.toString(), null, "created by someone else while ilrsh was writing it");
		}
		catch (UnsupportedOperationException | FileSystemException e) {
			// a file system without hard links: the check and the move are separate steps there
			Files.move(temporary, target);
		}
	}

	private static void createPrivate(Path temporary) throws IOException {
		try {
			Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException e) {
			Files.createFile(temporary);
		}
	}

	private static String temporaryName(Path target) {
		String name = target.getFileName().toString();
		if (name.length() > 100) {
			name = name.substring(0, 100);
		}
		return String.format(".ilrsh-%d-%08x-%s.tmp", ProcessHandle.current().pid(),
				ThreadLocalRandom.current().nextInt(), name);
	}

	/**
	 * Removes temporary files that an ilrsh process left when it was killed: those whose process is gone, or whose
	 * process number now belongs to a process started after the file was last written.
	 */
	static void removeStaleTemporaries(Path folder) {
		long self = ProcessHandle.current().pid();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".ilrsh-*.tmp")) {
			for (Path entry : entries) {
				Matcher m = TEMPORARY.matcher(entry.getFileName().toString());
				if (!m.matches()) {
					continue;
				}
				long pid;
				try {
					pid = Long.parseLong(m.group(1));
				}
				catch (NumberFormatException e) {
					continue;
				}
				if (pid != self && isStale(entry, pid)) {
					Files.deleteIfExists(entry);
				}
			}
		}
		catch (IOException | SecurityException e) {
			// cleaning up is a courtesy; the write itself reports any real problem with the folder
		}
	}

	private static boolean isStale(Path temporary, long pid) throws IOException {
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		if (process.isEmpty() || !process.get().isAlive()) {
			return true;
		}
		Optional<Instant> started = process.get().info().startInstant();
		return started.isPresent() && started.get().isAfter(Files.getLastModifiedTime(temporary).toInstant());
	}

	private static boolean isSameFile(Path target, Path input) {
		try {
			if (Files.exists(target) && Files.exists(input)) {
				return Files.isSameFile(target, input);
			}
		}
		catch (IOException e) {
			// compare the names below
		}
		return target.equals(input.toAbsolutePath().normalize());
	}

	/** What went wrong with a file operation, in words (for operations other than writing a file). */
	public static String describe(IOException e) {
		if (e instanceof FileSystemException fs) {
			return reason(e, fs.getFile() == null ? null : Path.of(fs.getFile()).getParent());
		}
		return reason(e, null);
	}

	/** The reason an IOException gives, in words, with the file it was about when that is not the target. */
	static String reason(IOException e, Path folder) {
		if (e instanceof AccessDeniedException) {
			return "permission denied: ilrsh cannot write in " + folder;
		}
		if (e instanceof NoSuchFileException) {
			return "the folder " + folder + " does not exist (or was removed while writing)";
		}
		if (e instanceof FileAlreadyExistsException exists) {
			return "already exists" + (exists.getReason() == null ? "" : " (" + exists.getReason() + ")")
					+ "; nothing was replaced";
		}
		String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
		if (reason == null) {
			return "could not be written (" + e.getClass().getSimpleName() + ")";
		}
		if (reason.contains("No space left")) {
			return "the disk is full; nothing was written (" + reason + ")";
		}
		if (reason.contains("Read-only file system")) {
			return "the folder " + folder + " is on a read-only disk";
		}
		return "could not be written (" + reason + ")";
	}
}

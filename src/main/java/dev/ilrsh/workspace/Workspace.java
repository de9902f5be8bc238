package dev.ilrsh.workspace;

import dev.ilrsh.model.Message;
import dev.ilrsh.xml.IlrReadException;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.xml.LoadResult;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The files open in a session, one of them current. Commands act on the current file. */
public final class Workspace {

	private final List<LoadedFile> files = new ArrayList<>();
	/** For each open file, its earlier contents in this session, newest last, for undo. */
	private final List<Deque<Message>> history = new ArrayList<>();
	private int current = -1;

	/** Reads a file and makes it current; a file already open is read again and replaced. */
	public LoadedFile load(Path path, IlrReader.Progress progress) throws IlrReadException {
		LoadResult result = IlrReader.read(path, progress);
		Path absolute = path.toAbsolutePath().normalize();
		LoadedFile file = new LoadedFile(path.getFileName().toString(), result);
		for (int i = 0; i < files.size(); i++) {
			if (files.get(i).path().toAbsolutePath().normalize().equals(absolute)) {
				files.set(i, file);
				history.get(i).clear();
				current = i;
				return file;
			}
		}
		files.add(file);
		history.add(new ArrayDeque<>());
		current = files.size() - 1;
		return file;
	}

	/** The workspace as it stands, to put back with {@link #restore} if a command is stopped half-way. */
	public record Snapshot(List<LoadedFile> files, List<Deque<Message>> history, int current) {
	}

	public Snapshot snapshot() {
		List<Deque<Message>> copies = new ArrayList<>(history.size());
		history.forEach(h -> copies.add(new ArrayDeque<>(h)));
		return new Snapshot(List.copyOf(files), copies, current);
	}

	public void restore(Snapshot snapshot) {
		files.clear();
		files.addAll(snapshot.files());
		history.clear();
		snapshot.history().forEach(h -> history.add(new ArrayDeque<>(h)));
		current = snapshot.current();
	}

	public List<LoadedFile> files() {
		return List.copyOf(files);
	}

	public Optional<LoadedFile> current() {
		return current < 0 ? Optional.empty() : Optional.of(files.get(current));
	}

	public int currentIndex() {
		return current;
	}

	/**
	 * Makes another open file current, chosen by its number in {@link #files()} (from 1) or by its name or path.
	 *
	 * @return the file now current, or empty when nothing matches
	 */
	public Optional<LoadedFile> use(String nameOrNumber) {
		String wanted = nameOrNumber.strip();
		if (wanted.matches("\\d+")) {
			int n = Integer.parseInt(wanted);
			if (n >= 1 && n <= files.size()) {
				current = n - 1;
				return current();
			}
			return Optional.empty();
		}
		for (int i = 0; i < files.size(); i++) {
			LoadedFile f = files.get(i);
			if (f.name().equals(wanted) || f.path().toString().equals(wanted)
					|| f.path().toAbsolutePath().normalize().equals(Path.of(wanted).toAbsolutePath().normalize())) {
				current = i;
				return current();
			}
		}
		return Optional.empty();
	}

	/**
	 * Replaces the current file's content after an edit, remembering the old content for undo.
	 *
	 * @param description what the edit did, in a few words, for the list of edits not yet written
	 */
	public LoadedFile edit(Message edited, String description) {
		LoadedFile before = files.get(current);
		history.get(current).addLast(before.message());
		LoadedFile updated = before.edited(edited, description);
		files.set(current, updated);
		return updated;
	}

	/** Notes that the current file's content, as it stands, has been written to a file. */
	public void markSaved() {
		if (current >= 0) {
			files.set(current, files.get(current).savedNow());
		}
	}

	/**
	 * The open file at {@code path} when it holds edits not yet written (reading it again would drop them).
	 */
	public Optional<LoadedFile> unsavedAt(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		return files.stream().filter(f -> f.hasUnsavedEdits() && f.path().toAbsolutePath().normalize().equals(absolute))
			.findFirst();
	}

	/** Puts back the current file's content as it was before its last edit; empty when there is nothing to undo. */
	public Optional<LoadedFile> undo() {
		if (current < 0 || history.get(current).isEmpty()) {
			return Optional.empty();
		}
		LoadedFile restored = files.get(current).undone(history.get(current).removeLast());
		files.set(current, restored);
		return Optional.of(restored);
	}
}

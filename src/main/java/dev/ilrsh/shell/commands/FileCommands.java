package dev.ilrsh.shell.commands;

import dev.ilrsh.render.Plural;
import dev.ilrsh.shell.CommandFailure;
import dev.ilrsh.shell.ProgressLine;
import dev.ilrsh.shell.Session;
import dev.ilrsh.workspace.LoadedFile;
import dev.ilrsh.xml.IlrFileName;
import dev.ilrsh.xml.IlrReadException;
import dev.ilrsh.files.OutputFileException;
import dev.ilrsh.xml.IlrWriter;
import dev.ilrsh.render.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Opening, switching between and writing files. */
@Component
public class FileCommands {

	private final Session session;

	public FileCommands(Session session) {
		this.session = session;
	}

	@Command(name = "load", group = "Files", description = "Open an ILR file and make it the current one",
			help = "load FILE\n  Reads FILE (any size; large files show progress) and makes it current.\n"
					+ "  XML that is not well-formed is refused; schema problems are listed by summary.")
	public void load(@Argument(index = 0) String file, CommandContext context) {
		if (file == null || file.isBlank()) {
			throw CommandFailure.usage("load: name the file to open, e.g. load ILR-10000001-2526-20251120-093000-01.XML");
		}
		Path path = Session.path("load", file);
		LoadedFile unsaved = session.workspace().unsavedAt(path).orElse(null);
		if (unsaved != null) {
			String edits = String.join("; ", unsaved.unsavedEdits());
			Boolean yes = session.yesOrNo(context, unsaved.name() + " is open with edits not written (" + edits
					+ "); reading it again drops them. Read it again? [y/N] ");
			if (Boolean.FALSE.equals(yes)) {
				session.message("load: " + unsaved.name() + " was not read again; its edits are kept");
				return;
			}
			if (yes == null) {
				session.message("note: edits to " + unsaved.name() + " were dropped without being written: " + edits);
			}
		}
		try {
			LoadedFile loaded = session.loader().load(path, session.err());
			session.message(session.loader().describe(loaded));
		}
		catch (IlrReadException e) {
			throw CommandFailure.usage(e.getMessage());
		}
	}

	@Command(name = "files", group = "Files", description = "List the open files; * marks the current one",
			help = "files [--format table|csv|json]")
	public void files(@Option(longName = "format", defaultValue = "table") String format) {
		List<LoadedFile> open = session.workspace().files();
		int current = session.workspace().currentIndex();
		Table.Builder table = Table.builder("Number", "Current", "Name", "Learners", "Edited", "Path");
		for (int i = 0; i < open.size(); i++) {
			LoadedFile f = open.get(i);
			table.row(i + 1, i == current ? "*" : "", f.name(), f.message().learners().size(),
					f.isEdited() ? "yes" : "no", f.path().toString());
		}
		session.print(table.build(), format);
	}

	@Command(name = "use", group = "Files", description = "Make another open file the current one",
			help = "use NAME|NUMBER\n  NUMBER is the file's number in the files listing.")
	public void use(@Argument(index = 0) String which) {
		if (which == null || which.isBlank()) {
			throw CommandFailure.usage("use: name an open file or give its number (see files)");
		}
		LoadedFile file = session.workspace()
			.use(which)
			.orElseThrow(() -> CommandFailure.usage("use: no open file is called " + which + " (see files)"));
		session.message("current file: " + file.name());
	}

	@Command(name = "write", group = "Files", description = "Write the current file (with any edits) to a new file",
			help = "write --out FILE|FOLDER [--force]\n  Writes in schema order through a temporary file. Never overwrites the\n"
					+ "  file that was loaded; refuses an existing FILE unless --force. Given a folder, it writes a new\n"
					+ "  return named as the DfE expects, ILR-<UKPRN>-2526-<yyyymmdd>-<hhmmss>-<NN>.XML with the serial\n"
					+ "  one up, and sets the header's SerialNo and DateTime to match that name.")
	public void write(@Option(longName = "out", description = "the file to write") String out,
			@Option(longName = "force", description = "replace FILE if it exists") Boolean force) {
		if (out == null || out.isBlank()) {
			throw CommandFailure.usage("write: say where with --out FILE");
		}
		LoadedFile file = session.current();
		if (!file.loaded().isCurrentYear()) {
			throw CommandFailure.usage("write: " + file.name() + " is not a 2025-26 file (namespace "
					+ file.loaded().namespace() + "); ilrsh writes 2025-26 files only");
		}
		Session.ReturnTarget where = session.returnTarget("--out", out, Boolean.TRUE.equals(force), file.message());
		IlrFileName.Destination destination = where.destination();
		Path target = destination.path();
		try (ProgressLine progress = session.progress("writing", "learners")) {
			IlrWriter.write(destination.message(), where.file(), progress);
		}
		catch (OutputFileException e) {
			throw CommandFailure.usage("write: " + e.getMessage());
		}
		session.workspace().markSaved();
		session.success("wrote " + target + " (" + Plural.of(file.message().learners().size(), "learner") + ", "
				+ sizeOf(target) + ")");
		if (destination.newReturn()) {
			session.message(headerNote(destination));
		}
	}

	/** Tells the user the header of a new return was set to match its name. */
	static String headerNote(IlrFileName.Destination destination) {
		var source = destination.message().header() == null ? null : destination.message().header().source();
		return source == null ? "note: the file has no header Source, so its SerialNo and DateTime were not set"
				: "header SerialNo set to " + source.serialNo() + " and DateTime to " + source.dateTime()
						+ ", to match the file name";
	}

	private static String sizeOf(Path path) {
		try {
			return String.format(java.util.Locale.ROOT, "%.1f MB", Files.size(path) / 1e6);
		}
		catch (java.io.IOException e) {
			return "size unknown";
		}
	}
}

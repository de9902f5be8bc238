package dev.ilrsh.shell.commands;

import dev.ilrsh.anonymise.AnonymisationProof;
import dev.ilrsh.anonymise.Anonymiser;
import dev.ilrsh.anonymise.Secret;
import dev.ilrsh.files.OutputFileException;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import dev.ilrsh.shell.CommandFailure;
import dev.ilrsh.shell.Session;
import dev.ilrsh.workspace.LoadedFile;
import dev.ilrsh.xml.IlrReadException;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.xml.IlrWriter;
import dev.ilrsh.xml.LoadResult;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The anonymise command: a copy of the current file with its personal data replaced, and the proof. */
@Component
public class AnonymiseCommand {

	private final Session session;
	private final RuleFindings findings;

	public AnonymiseCommand(Session session, RuleFindings findings) {
		this.session = session;
		this.findings = findings;
	}

	/** Raised while writing when a record would still carry a personal value, so nothing is written. */
	private static final class PersonalValueLeft extends RuntimeException {

		PersonalValueLeft(String where) {
			super(where, null, false, false);
		}
	}

	@Command(name = "anonymise", alias = "anonymize", group = "Files",
			description = "Write a copy of the current file with its personal data replaced, and prove it behaves the same",
			help = """
					anonymise --out FILE|FOLDER [--key SECRET] [--force] [--format table|csv|json]
					  Replaces names, addresses, postcodes, contact details, NI numbers, ULNs, learner references,
					  employer numbers, identifiers and free text, and moves dates of birth without changing any
					  age a rule uses. Codes, dates of learning, prices and hours are kept. Then reads the new file
					  back and checks it: the same schema problems, findings rule by rule, progressions and
					  answers to every ask question, and none of the original personal values. Exit status 1 when
					  a check fails. With --key the same values get the same replacements in every file (so two
					  anonymised returns can still be compared); without it they are random. See help privacy.""",
			completionProvider = "fileCompletion")
	public void anonymise(@Option(longName = "out", description = "the file or folder to write") String out,
			@Option(longName = "key", description = "a secret: the same secret gives the same replacements") String key,
			@Option(longName = "force", description = "replace FILE if it exists") Boolean force,
			@Option(longName = "format", defaultValue = "table") String format) {
		if (out == null || out.isBlank()) {
			throw CommandFailure.usage("anonymise: say where with --out FILE or --out FOLDER/");
		}
		if (key != null && key.isEmpty()) {
			throw CommandFailure.usage("anonymise: --key needs a secret (or leave it out for random replacements)");
		}
		Session.format(format);
		LoadedFile file = session.current();
		if (!file.loaded().isCurrentYear()) {
			throw CommandFailure.usage("anonymise: " + file.name() + " is not a 2025-26 file (namespace "
					+ file.loaded().namespace() + "); ilrsh writes 2025-26 files only");
		}
		Message original = file.message();
		Session.ReturnTarget where = session.returnTarget("--out", out, Boolean.TRUE.equals(force), original);
		Path target = where.destination().path();
		long started = System.nanoTime();
		Anonymiser anonymiser = Anonymiser.prepare(original, key == null ? Secret.random() : Secret.fromPassphrase(key));
		try {
			where.file().writeText(w -> IlrWriter.write(where.destination().message(), anonymised(original, anonymiser), w));
		}
		catch (OutputFileException e) {
			throw CommandFailure.usage("anonymise: " + e.getMessage());
		}
		catch (PersonalValueLeft e) {
			throw CommandFailure.findings("anonymise: nothing was written: a replacement of " + e.getMessage()
					+ " would still be a value of the original file");
		}
		double writing = (System.nanoTime() - started) / 1e9;
		session.message(String.format(Locale.ROOT, "wrote %s: %d learners anonymised in %.1f s; checking it…", target,
				original.learners().size(), writing));
		if (where.destination().newReturn()) {
			session.message(FileCommands.headerNote(where.destination()));
		}
		LoadResult written;
		try {
			written = IlrReader.read(target);
		}
		catch (IlrReadException e) {
			throw CommandFailure.findings("anonymise: the new file cannot be read back: " + e.getMessage());
		}
		started = System.nanoTime();
		AnonymisationProof proof = AnonymisationProof.check(original, findings.report(file), written,
				where.destination().newReturn() ? target : file.path(), anonymiser,
				file.isEdited() ? List.of() : file.loaded().problems());
		session.print(proof.table(), format);
		String replacements = anonymiser.repeatable() ? "the same --key gives the same replacements in any file"
				: "replacements are random (give --key to repeat them)";
		String notes = note(anonymiser.birthDatesWithinLimits(),
				" dates of birth could keep ages only within their bands (a birthday pinned to one day)")
				+ note(anonymiser.birthDatesCompromised(), " dates of birth could not move without taking an age across a limit")
				+ note(anonymiser.textsCompromised(), " very short values had no replacement but an original value");
		String checked = String.format(Locale.ROOT, "checked in %.1f s", (System.nanoTime() - started) / 1e9);
		if (!proof.passed()) {
			throw CommandFailure.findings("anonymise: wrote " + target + ", but it differs from the original in: "
					+ String.join("; ", proof.failed()) + " (" + checked + notes + "); check it before sharing it");
		}
		session.message("anonymise: " + target + " behaves as the original does and holds none of its personal values ("
				+ checked + "; " + replacements + notes + ")");
	}

	private static String note(int count, String what) {
		return count == 0 ? "" : "; " + count + what;
	}

	/** The original's learners, anonymised one at a time as the writer asks for them. */
	private static Iterator<Learner> anonymised(Message original, Anonymiser anonymiser) {
		List<Learner> learners = original.learners();
		return new Iterator<>() {
			private int next;

			@Override
			public boolean hasNext() {
				return next < learners.size();
			}

			@Override
			public Learner next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				Learner before = learners.get(next);
				Learner after = anonymiser.apply(next++, before);
				List<String> leaks = anonymiser.leaks(before, after);
				if (!leaks.isEmpty()) {
					throw new PersonalValueLeft(leaks.get(0));
				}
				return after;
			}
		};
	}
}

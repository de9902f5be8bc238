package dev.ilrsh.shell.commands;

import dev.ilrsh.refdata.LarsTable;
import dev.ilrsh.refdata.LarsVersion;
import dev.ilrsh.render.Format;
import dev.ilrsh.render.Table;
import dev.ilrsh.rules.RuleRegistry;
import dev.ilrsh.shell.CommandFailure;
import dev.ilrsh.shell.ReferenceData;
import dev.ilrsh.shell.Session;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** refdata and refdata import: the DfE reference data (LARS) that rules and reports look things up in. */
@Component
public class RefdataCommand {

	private final Session session;
	private final ReferenceData referenceData;

	public RefdataCommand(Session session, ReferenceData referenceData) {
		this.session = session;
		this.referenceData = referenceData;
	}

	@Command(name = "refdata", group = "Validation",
			description = "Which reference data (LARS) is loaded, where it is kept, and the versions kept",
			help = "refdata [--format table|csv|json]\n"
					+ "  Reference data is kept under ILRSH_HOME/refdata (default ~/.ilrsh/refdata). See: help refdata")
	public void refdata(@Option(longName = "format", defaultValue = "table") String format) {
		List<LarsVersion> versions = referenceData.store().larsVersions();
		Optional<LarsVersion> current = referenceData.currentLars();
		if (Session.format(format) != Format.TABLE) {
			Table.Builder t = Table.builder("source", "dataDate", "schemaVersion", "importedAt", "aims", "standards",
					"inUse", "missing", "folder");
			for (LarsVersion v : versions) {
				t.row("LARS", v.dataDate(), v.schemaVersion(), v.importedAt().withNano(0), v.aims(), v.standards(),
						current.map(c -> c.id().equals(v.id())).orElse(false) ? "yes" : "no", files(v.missing()),
						referenceData.store().larsFolder().resolve(v.id()));
			}
			session.print(t.build(), format);
			return;
		}
		StringBuilder b = new StringBuilder();
		if (current.isEmpty()) {
			b.append("No LARS is loaded: ").append(RuleRegistry.standard().larsNeeds().size())
				.append(" rules that look aims and standards up in LARS are skipped by validate.\n")
				.append("Download the LARS CSV zip from Find a learning aim, then: refdata import FILE (see: help refdata)\n")
				.append("Reference data is kept in ").append(referenceData.store().home().resolve("refdata")).append('\n');
		}
		else {
			LarsVersion v = current.get();
			b.append("In use: ").append(v.describe()).append('\n')
				.append("  kept in ").append(referenceData.store().larsFolder().resolve(v.id())).append('\n');
			int runs = runnable(v.tables());
			int needing = RuleRegistry.standard().larsNeeds().size();
			b.append("  validate runs ").append(runs).append(" of the ").append(needing).append(" rules that need LARS");
			if (!v.missing().isEmpty()) {
				b.append("; the download had no ").append(files(v.missing()));
			}
			b.append('\n');
			if (versions.size() > 1) {
				b.append("Also kept: ").append(versions.stream().filter(o -> !o.id().equals(v.id()))
					.map(o -> "LARS data of " + o.dataDate() + " (imported " + o.importedAt().toLocalDate() + ")")
					.collect(Collectors.joining(", "))).append('\n');
			}
		}
		session.out().print(b);
	}

	@Command(name = "refdata import", group = "Validation",
			description = "Import the DfE's LARS CSV download (zip or unpacked folder) for validation and titles",
			help = "refdata import FILE|FOLDER\n"
					+ "  FILE is the LARS CSV zip from Find a learning aim (Download data), or the folder it was unpacked\n"
					+ "  into. What ilrsh needs is kept under ILRSH_HOME/refdata (default ~/.ilrsh/refdata), with the\n"
					+ "  last three versions. See: help refdata")
	public void refdataImport(@Argument(index = 0) String path) {
		if (path == null || path.isBlank()) {
			throw CommandFailure.usage("refdata import: name the LARS CSV download, e.g. refdata import LARS_CSV.zip");
		}
		long started = System.nanoTime();
		LarsVersion v = referenceData.importLars(Session.path("refdata import", path), LocalDateTime.now());
		double seconds = (System.nanoTime() - started) / 1e9;
		int runs = runnable(v.tables());
		int needing = RuleRegistry.standard().larsNeeds().size();
		session.message(String.format(Locale.ROOT, "refdata import: %s in %.1f s; validate now runs %d of the %d rules "
				+ "that need LARS", v.describe(), seconds, runs, needing));
		if (!v.missing().isEmpty()) {
			session.message("refdata import: the download had no " + files(v.missing()) + "; the "
					+ (needing - runs) + " rules that need " + (v.missing().size() == 1 ? "it" : "them")
					+ " stay skipped");
		}
	}

	/** How many LARS rules can run with these parts. */
	private static int runnable(Set<LarsTable> tables) {
		int n = 0;
		for (Map.Entry<String, Set<LarsTable>> e : RuleRegistry.standard().larsNeeds().entrySet()) {
			if (tables.containsAll(e.getValue())) {
				n++;
			}
		}
		return n;
	}

	private static String files(Set<LarsTable> tables) {
		return tables.stream().sorted().map(LarsTable::file).distinct().collect(Collectors.joining(", "));
	}
}

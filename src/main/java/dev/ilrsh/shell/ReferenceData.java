package dev.ilrsh.shell;

import dev.ilrsh.refdata.Lars;
import dev.ilrsh.refdata.LarsVersion;
import dev.ilrsh.refdata.RefData;
import dev.ilrsh.refdata.RefDataException;
import dev.ilrsh.refdata.RefDataStore;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reference data of this session: the store under ILRSH_HOME (or {@code ilrsh.home}, or {@code ~/.ilrsh}) and
 * the LARS in it, opened on first use (by validate, show, programmes) and kept until the next import.
 */
@Component
public class ReferenceData {

	private RefDataStore store;
	private RefData loaded;

	public ReferenceData(@Value("${ilrsh.home:}") String home) {
		this.store = new RefDataStore(home.isBlank() ? RefDataStore.defaultHome() : Path.of(home));
	}

	public synchronized RefDataStore store() {
		return store;
	}

	/** Uses another store from now on (another home folder); what was loaded is forgotten. */
	public synchronized void useStore(RefDataStore other) {
		store = other;
		loaded = null;
	}

	/**
	 * The reference data to validate and report with, opened once. A cache that cannot be read is a usage failure
	 * that says how to mend it.
	 */
	public synchronized RefData refData() {
		if (loaded == null) {
			try {
				loaded = RefData.of(store.loadLars().orElse(null));
			}
			catch (RefDataException e) {
				throw CommandFailure.usage("reference data: " + e.getMessage());
			}
		}
		return loaded;
	}

	/** The LARS loaded, if any. */
	public Optional<Lars> lars() {
		return refData().lars();
	}

	/** Which LARS is in use, from its description only (the cache is not opened). */
	public synchronized Optional<LarsVersion> currentLars() {
		try {
			return store.currentLars();
		}
		catch (RefDataException e) {
			throw CommandFailure.usage("reference data: " + e.getMessage());
		}
	}

	/** Imports a LARS download and makes it the one in use. */
	public synchronized LarsVersion importLars(Path download, LocalDateTime now) {
		try {
			LarsVersion version = store.importLars(download, now);
			loaded = null;
			return version;
		}
		catch (RefDataException e) {
			throw CommandFailure.usage("refdata import: " + e.getMessage());
		}
	}
}

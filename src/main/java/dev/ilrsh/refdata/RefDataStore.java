package dev.ilrsh.refdata;

import dev.ilrsh.files.OutputFile;
import dev.ilrsh.files.OutputFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The reference data ilrsh keeps on the user's machine, under {@code HOME/refdata} where HOME is the folder given
 * by the {@code ilrsh.home} system property or the {@code ILRSH_HOME} environment variable, else {@code ~/.ilrsh}.
 *
 * <pre>
 * refdata/lars/current                      the id of the version in use
 * refdata/lars/2025-11-20-1a2b3c4d/lars.bin       ilrsh's compact copy (LarsCache)
 * refdata/lars/2025-11-20-1a2b3c4d/lars.properties which download it is (LarsVersion)
 * </pre>
 * Each import is kept in a folder of its own, named by the data's date and checksum; the last {@link #KEPT} are
 * kept, older ones removed. Every file is written through {@link OutputFile}: a reader never sees half a cache.
 */
public final class RefDataStore {

	/** How many imported LARS versions are kept. */
	public static final int KEPT = 3;

	private static final String CURRENT = "current";
	private static final String CACHE = "lars.bin";
	private static final String DESCRIPTION = "lars.properties";

	private final Path home;

	public RefDataStore(Path home) {
		this.home = home;
	}

	/** HOME: the {@code ilrsh.home} property, the {@code ILRSH_HOME} variable, or {@code ~/.ilrsh}. */
	public static Path defaultHome() {
		String property = System.getProperty("ilrsh.home");
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		String variable = System.getenv("ILRSH_HOME");
		if (variable != null && !variable.isBlank()) {
			return Path.of(variable);
		}
		return Path.of(System.getProperty("user.home"), ".ilrsh");
	}

	public Path home() {
		return home;
	}

	/** The folder LARS versions are kept in. */
	public Path larsFolder() {
		return home.resolve("refdata").resolve("lars");
	}

	/** The LARS version in use, read from its description only (the cache itself is not opened). */
	public Optional<LarsVersion> currentLars() {
		return currentId().map(this::describe);
	}

	/** Every kept LARS version, newest import first. */
	public List<LarsVersion> larsVersions() {
		List<LarsVersion> all = new ArrayList<>();
		Path folder = larsFolder();
		if (!Files.isDirectory(folder)) {
			return all;
		}
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, Files::isDirectory)) {
			for (Path p : stream) {
				if (Files.isRegularFile(p.resolve(DESCRIPTION))) {
					all.add(describe(p.getFileName().toString()));
				}
			}
		}
		catch (IOException e) {
			throw new RefDataException("the reference data folder " + folder + " cannot be read: " + e.getMessage(), e);
		}
		all.sort(Comparator.comparing(LarsVersion::importedAt).reversed());
		return all;
	}

	/**
	 * Opens the LARS version in use: one read of its cache file. Empty when none has been imported.
	 *
	 * @throws RefDataException when the cache cannot be read, saying how to mend it
	 */
	public Optional<Lars> loadLars() {
		Optional<String> id = currentId();
		if (id.isEmpty()) {
			return Optional.empty();
		}
		LarsVersion version = describe(id.get());
		Path cache = larsFolder().resolve(id.get()).resolve(CACHE);
		try {
			byte[] bytes = Files.readAllBytes(cache);
			return Optional.of(new Lars(new LarsCache.Reader(bytes, cache.toString()), version));
		}
		catch (NoSuchFileException e) {
			throw new RefDataException("the LARS cache " + cache + " is missing; import the LARS download again");
		}
		catch (IOException e) {
			throw new RefDataException("the LARS cache " + cache + " cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * Imports a LARS download and makes it the version in use.
	 *
	 * @throws RefDataException when the download cannot be read or the cache cannot be written
	 */
	public LarsVersion importLars(Path download, LocalDateTime now) {
		LarsImport.Result result = LarsImport.read(download, now);
		LarsVersion imported = result.version();
		String id = imported.id();
		Path folder = larsFolder().resolve(id);
		LarsVersion version;
		try {
			Files.createDirectories(folder);
			if (Files.isRegularFile(folder.resolve(DESCRIPTION)) && Files.isRegularFile(folder.resolve(CACHE))) {
				version = describe(id);
			}
			else {
				OutputFile.at(folder.resolve(CACHE)).replacing(true).write(out -> out.write(result.cache()));
				OutputFile.at(folder.resolve(DESCRIPTION)).replacing(true).writeText(w -> {
					w.write("# which LARS download ilrsh's cache in this folder was made from\n");
					imported.toProperties().store(w, null);
				});
				version = imported;
			}
			OutputFile.at(larsFolder().resolve(CURRENT)).replacing(true).writeString(id + "\n");
		}
		catch (IOException e) {
			throw new RefDataException("the reference data folder " + folder + " cannot be written: " + e.getMessage(), e);
		}
		catch (OutputFileException e) {
			throw new RefDataException(e.getMessage(), e);
		}
		prune();
		return version;
	}

	/** Removes the versions beyond the {@link #KEPT} most recent imports (never the one in use). */
	private void prune() {
		String current = currentId().orElse("");
		List<LarsVersion> all = larsVersions();
		for (int i = KEPT; i < all.size(); i++) {
			String id = all.get(i).id();
			if (id.equals(current)) {
				continue;
			}
			Path folder = larsFolder().resolve(id);
			try {
				Files.deleteIfExists(folder.resolve(CACHE));
				Files.deleteIfExists(folder.resolve(DESCRIPTION));
				Files.deleteIfExists(folder);
			}
			catch (IOException e) {
				// an old version that cannot be removed does no harm; it is tried again at the next import
			}
		}
	}

	private Optional<String> currentId() {
		Path pointer = larsFolder().resolve(CURRENT);
		if (!Files.isRegularFile(pointer)) {
			return Optional.empty();
		}
		try {
			String id = Files.readString(pointer, StandardCharsets.UTF_8).strip();
			if (id.isEmpty() || id.contains("/") || id.contains("\\") || id.contains("..")) {
				throw new RefDataException(pointer + " is damaged; import the LARS download again");
			}
			return Optional.of(id);
		}
		catch (IOException e) {
			throw new RefDataException(pointer + " cannot be read: " + e.getMessage(), e);
		}
	}

	private LarsVersion describe(String id) {
		Path file = larsFolder().resolve(id).resolve(DESCRIPTION);
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(file); Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			p.load(r);
		}
		catch (NoSuchFileException e) {
			throw new RefDataException("the LARS version " + id + " in use is missing from " + larsFolder()
					+ "; import the LARS download again");
		}
		catch (IOException e) {
			throw new RefDataException(file + " cannot be read: " + e.getMessage(), e);
		}
		return LarsVersion.fromProperties(p);
	}
}

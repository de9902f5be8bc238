package dev.ilrsh.refdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * The fictional LARS extract in src/test/resources/refdata/lars, laid out as the DfE's LARS CSV download is, and
 * the {@link Lars} it gives once imported through a {@link RefDataStore} in a folder of its own.
 */
public final class LarsFixture {

	/** When the fixture is imported in tests. */
	public static final LocalDateTime IMPORTED = LocalDateTime.of(2025, 11, 25, 9, 0);

	private static Lars lars;

	private LarsFixture() {
	}

	/** The fixture folder. */
	public static Path folder() {
		try {
			return Path.of(LarsFixture.class.getResource("/refdata/lars/LearningDelivery.csv").toURI()).getParent();
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The fixture, imported once into a temporary home and loaded. */
	public static synchronized Lars lars() {
		if (lars == null) {
			try {
				Path home = Files.createTempDirectory("ilrsh-lars-fixture");
				RefDataStore store = new RefDataStore(home);
				store.importLars(folder(), IMPORTED);
				lars = store.loadLars().orElseThrow();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(home)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return lars;
	}

	/** Removes the temporary home when the tests are done, so that runs leave nothing behind. */
	private static void deleteQuietly(Path home) {
		try (java.util.stream.Stream<Path> all = Files.walk(home)) {
			all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException | UncheckedIOException e) {
			// a temporary folder the system will clear in time
		}
	}

	/** Reference data holding the fixture. */
	public static RefData refData() {
		return RefData.of(lars());
	}
}

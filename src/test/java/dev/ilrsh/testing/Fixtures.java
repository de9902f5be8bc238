package dev.ilrsh.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test fixtures in src/test/resources/fixtures. */
public final class Fixtures {

	private Fixtures() {
	}

	public static Path path(String name) {
		try {
			return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
		}
		catch (URISyntaxException | NullPointerException e) {
			throw new IllegalArgumentException("no fixture " + name, e);
		}
	}
}

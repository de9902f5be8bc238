package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.ShellHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the main commands print on terminals 80 and 120 columns wide, compared whole with the files in
 * {@code src/test/resources/golden/}. When a change to the output is meant, run this test with
 * {@code -Dilrsh.golden.update=true} to rewrite the files, and read the difference before committing it.
 */
class GoldenOutputTest extends ShellHarness {

	static final Path SAMPLE = Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML");

	static final Path GOLDEN = Path.of("src/test/resources/golden");

	@BeforeEach
	void openSample() {
		assertThat(run("load " + SAMPLE).exit()).isZero();
	}

	static Stream<Arguments> commands() {
		String[][] commands = { { "summary", "summary" }, { "show-APP001", "show APP001" },
				{ "show-APP003", "show APP003" }, { "validate", "validate --today 2025-11-20" },
				{ "progressions", "progressions" }, { "programmes", "programmes" },
				{ "find-aims", "find --aims FundModel:36 --limit 6" }, { "count", "count --by FundModel" },
				{ "ask", "ask multiple-programmes" }, { "explain-R59", "explain R59" }, { "help", "help" },
				{ "help-topic", "help progressions" } };
		return Stream.of(80, 120).flatMap(width -> Stream.of(commands).map(c -> Arguments.of(c[0], c[1], width)));
	}

	@ParameterizedTest(name = "{1} at {2} columns")
	@MethodSource("commands")
	void printsAsItDid(String name, String command, int width) throws IOException {
		onTerminal(width, false);
		Run r = run(command);
		assertThat(r.exit()).as(r.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
		assertThat(r.out().lines()).as("lines within %d columns", width)
			.allMatch(l -> dev.ilrsh.render.TextWidth.of(l) <= width);
		Path golden = GOLDEN.resolve(name + "-" + width + ".txt");
		if (Boolean.getBoolean("ilrsh.golden.update")) {
			Files.createDirectories(GOLDEN);
			Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
		}
		assertThat(r.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
	}
}

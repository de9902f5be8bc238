package dev.ilrsh.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.testing.Xsd;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

class RoundTripTest {

	@TempDir
	Path tmp;

	@Test
	void readingThenWritingGivesTheSameContent() throws Exception {
		Path input = Fixtures.path("forum-case-two-records.xml");
		Xsd.assertValid(input);
		LoadResult loaded = IlrReader.read(input);
		assertThat(loaded.problems()).isEmpty();
		assertThat(loaded.message().learners()).hasSize(2);

		Path output = tmp.resolve("out.xml");
		IlrWriter.write(loaded.message(), output, input, false);

		Xsd.assertValid(output);
		Diff diff = DiffBuilder.compare(input.toFile()).withTest(output.toFile()).ignoreWhitespace().ignoreComments()
			.checkForSimilar().build();
		assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
	}
}

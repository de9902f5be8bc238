package dev.ilrsh.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.xml.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSummaryTest {

	@TempDir
	Path tmp;

	@Test
	void countsAimsByTheirCodesNamedAndThoseWithoutACodeAsNone() throws Exception {
		String xml = Files.readString(Path.of("src/test/resources/fixtures/forum-case-two-records.xml"));
		// the first aim loses its funding model and programme type; the second keeps both
		xml = xml.replaceFirst("<FundModel>\\d+</FundModel>", "").replaceFirst("<ProgType>\\d+</ProgType>", "");
		Path file = tmp.resolve("no-codes.xml");
		Files.writeString(file, xml);
		LoadResult loaded = IlrReader.read(file);
		FileSummary summary = FileSummary.of("no-codes.xml", loaded, loaded.message());
		assertThat(summary.aimsByFundModel()).containsEntry("(none)", 1).hasSize(2);
		assertThat(summary.aimsByFundModel().values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(summary.aims());
		assertThat(summary.programmeAimsByProgType()).containsEntry("(none)", 1)
			.containsEntry("25 apprenticeship standard", 1);
	}
}

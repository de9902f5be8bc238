package dev.ilrsh.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.Message;
import dev.ilrsh.restructure.MergePlan;
import dev.ilrsh.restructure.MergePlanner;
import dev.ilrsh.restructure.ProgressionFinder;
import dev.ilrsh.restructure.Restructurer;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.xml.IlrReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergePreviewTest {

	static String golden(String name) throws IOException {
		try (InputStream in = MergePreviewTest.class.getResourceAsStream("/restructure/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void conflictsAreShownSideBySideWithTheVersionKeptAndTheTakeForTheOther() throws Exception {
		Message message = IlrReader.read(Fixtures.path("conflicts-two-records.xml")).message();
		MergePlan plan = MergePlanner.plan(ProgressionFinder.find(message).get(0), null,
				Map.of("TelNo", "APP001", "LearnerEmploymentStatus:2023-09-01", "APP001"));
		assertThat(MergePreview.conflicts(plan)).isEqualTo(golden("conflicts-chosen.txt"));
	}

	@Test
	void findingsAreGoneCarriedOrAdded() throws Exception {
		Message message = IlrReader.read(Fixtures.path("shared-problem-two-records.xml")).message();
		MergePlan plan = MergePlanner.plan(ProgressionFinder.find(message).get(0), null, Map.of());
		Restructurer.Outcome outcome = Restructurer.run(message, List.of(), null, List.of(plan),
				ValidationOptions.defaults());
		assertThat(MergePreview.findings(outcome.merges().get(0))).isEqualTo("""
				Findings gone:    Addline1_03 x1 (APP002), NINumber_02 x1 (APP002), PriorAttain_01 x1 (APP002), \
				R59 x2 (APP001, APP002)
				Findings carried: AFinType_10 x1 (APP001), Addline1_03 x1 (APP001), ESMType_09 x2 (APP001), \
				LearnDelFAMType_01 x1 (APP001), LearnDelFAMType_09 x1 (APP001), NINumber_02 x1 (APP001), PriorAttain_01 x1 (APP001), R31 x1 (APP001) \
				(the records had these already; they do not stop the merge)
				Findings added:   none
				""");
		assertThat(MergePreview.conflicts(plan)).isEqualTo("Conflicts: none\n");
	}
}

package dev.ilrsh.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExplanationRendererTest {

	private static final Explainer EXPLAINER = new Explainer(RuleCatalog.loadBundled());

	private static String golden(String name) throws IOException {
		try (InputStream in = ExplanationRendererTest.class.getResourceAsStream("/rules/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void fullExplanationOfR59ByName() throws IOException {
		assertThat(ExplanationRenderer.render(EXPLAINER.explain("R_59"))).isEqualTo(golden("explain-R59.txt"));
	}

	@Test
	void reportLineShowsItsValuesAboveTheExplanation() {
		String text = ExplanationRenderer.render(EXPLAINER.explain(
				"R122 CompStatus=2|LearnDelFAMType=ACT|LearnDelFAMDateTo=|AchDate=|LearnActEndDate=12/07/2022| The date is not known."));
		assertThat(text).startsWith("""
				R122  Error | Cross Record Rules | LearningDelivery, LearningDeliveryFAM

				On a closed FM36 standard with no achievement date, the last ACT record's date-to differs from the actual end date.

				Found by:       rule name
				""");
		assertThat(text).contains("""
				Values on the report line:
				  CompStatus        = 2
				  LearnDelFAMType   = ACT
				  LearnDelFAMDateTo = (empty)
				  AchDate           = (empty)
				  LearnActEndDate   = 12/07/2022
				Message on the line: The date is not known.
				""");
	}

	@Test
	void searchShowsCandidatesWithTheirClosenessToTheBest() {
		String text = ExplanationRenderer.render(EXPLAINER.explain("There is more than one record for this ULN."
				+ " There mustn't be multiple records with the same ULN. Check each record has a different ULN."));
		assertThat(text).startsWith("R59  Error | Cross Record Rules | Learner\n");
		assertThat(text).contains("Found by:       search (closest match to your text)\n");
		assertThat(text).containsPattern("Other candidates:\n  R06 +\\d+%  Two or more Learner records");
	}

	@Test
	void ruleIlrshCannotRunSaysWhy() {
		assertThat(ExplanationRenderer.render(EXPLAINER.explain("ULN_05")))
			.contains("ilrsh:          cannot run it: runs only online (needs ULN register)\n");
		assertThat(ExplanationRenderer.render(EXPLAINER.explain("uln02")))
			.contains("ilrsh:          can run it offline\n");
	}

	@Test
	void nothingFound() {
		assertThat(ExplanationRenderer.render(EXPLAINER.explain("zzqx"))).isEqualTo("""
				No rule matches "zzqx".
				Give a rule name (R59, ULN_04), paste the message, or paste the line from the rule-violation report.
				""");
	}
}

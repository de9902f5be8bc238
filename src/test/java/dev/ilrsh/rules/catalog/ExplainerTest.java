package dev.ilrsh.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplainerTest {

	private static final RuleCatalog CATALOG = RuleCatalog.loadBundled();

	private static final Explainer EXPLAINER = new Explainer(CATALOG);

	private static String best(String input) {
		return EXPLAINER.explain(input).best().map(m -> m.rule().name()).orElse("(none)");
	}

	@Test
	void everyRuleIsFoundByEverySpellingOfItsName() {
		for (RuleEntry e : CATALOG.all()) {
			String n = e.name();
			List<String> spellings = List.of(n, n.toLowerCase(Locale.ROOT), n.toUpperCase(Locale.ROOT),
					n.replace("_", ""), n.replace('_', '-'), n.replaceFirst("^R(\\d)", "R_$1"));
			for (String s : spellings) {
				Explanation x = EXPLAINER.explain(s);
				assertThat(x.best()).as(s).isPresent();
				assertThat(x.best().get().rule().name()).as(s).isEqualTo(n);
				assertThat(x.best().get().how()).as(s).isEqualTo(RuleMatch.How.NAME);
				assertThat(x.kind()).isEqualTo(Explanation.Kind.RULE_NAME);
			}
		}
	}

	@Test
	void aRuleNameInsideASentenceIsFound() {
		assertThat(best("what does R_59 mean?")).isEqualTo("R59");
		assertThat(best("I keep getting uln04 on two learners")).isEqualTo("ULN_04");
	}

	@Test
	void liveServiceWordingForDuplicateUlnFindsR59() {
		Explanation x = EXPLAINER.explain("There is more than one record for this ULN. There mustn't be multiple records"
				+ " with the same ULN. Check each record has a different ULN.");
		assertThat(x.kind()).isEqualTo(Explanation.Kind.TEXT);
		assertThat(x.best().orElseThrow().rule().name()).isEqualTo("R59");
		assertThat(x.best().orElseThrow().how()).isEqualTo(RuleMatch.How.SEARCH);
		assertThat(x.candidates()).isNotEmpty().allSatisfy(c -> assertThat(c.percent()).isBetween(0, 100));
	}

	@Test
	void specWordingForDuplicateUlnFindsR59() {
		assertThat(best("The ILR file should not have more than one record with the same ULN")).isEqualTo("R59");
	}

	@Test
	void duplicateLearnerReferenceWordingsFindR06() {
		assertThat(best("more than one Learner record with the same Learner reference number")).isEqualTo("R06");
		assertThat(best("There must not be more than one Learner record with the same Learner Reference Number"))
			.isEqualTo("R06");
		assertThat(best("duplicate learner ref")).isEqualTo("R06");
	}

	@Test
	void usersOwnWordsFindTheRule() {
		assertThat(best("two aims with the same aim sequence number")).isEqualTo("R07");
		assertThat(best("programme aims overlap")).isEqualTo("R124");
		assertThat(best("completed standard has no achievement date")).isEqualTo("AchDate_12");
		assertThat(best("ULN check digit is wrong")).isEqualTo("ULN_04");
		assertThat(best("planned end date before the start date")).isEqualTo("LearnPlanEndDate_02");
		assertThat(best("different apprenticeship contract type at the same time")).isEqualTo("R105");
	}

	@Test
	void paraphrasedMessagesFindTheRuleTheyAreAbout() {
		assertThat(best("the date of achievement is earlier than when learning started")).isEqualTo("AchDate_03");
		assertThat(best("financial record for the training price missing")).isEqualTo("AFinType_01");
		assertThat(best("the LearnStartDate field is empty")).isEqualTo("FD_LearnStartDate_MA");
	}

	@Test
	void aDemandAndItsOppositeFindDifferentRules() {
		assertThat(best("work placement record must not be returned on this aim")).isEqualTo("WorkPlaceStartDate_03");
		assertThat(best("work placement record must be returned on this aim")).isEqualTo("WorkPlacement_01");
		assertThat(best("date applies from should not be returned for this kind of FAM"))
			.isEqualTo("LearnDelFAMDateFrom_03");
	}

	@Test
	void theConditionSeparatesRulesAboutTheSameField() {
		assertThat(best("an actual end date is given although the completion status says continuing"))
			.isEqualTo("CompStatus_02");
		assertThat(best("an achievement date is filled in on an aim that should have none")).isEqualTo("AchDate_09");
		assertThat(best("an achieved standard has no achievement date filled in")).isEqualTo("AchDate_08");
	}

	@Test
	void theFieldADemandFallsOnFindsTheRuleWhateverItIsNamedAfter() {
		assertThat(best("the learning actual end date must be returned when an achievement date is given"))
			.isEqualTo("AchDate_04");
		assertThat(best("the outcome must be returned once the actual end date is there")).isEqualTo("Outcome_12");
	}

	@Test
	void reportLineGivesRuleAndFieldValues() {
		Explanation x = EXPLAINER.explain("R122 CompStatus=2|LearnDelFAMType=ACT|LearnDelFAMDateTo=|AchDate=|"
				+ "LearnActEndDate=12/07/2022| The achievement date is not known, so the ACT record must end on the end date.");
		assertThat(x.kind()).isEqualTo(Explanation.Kind.REPORT_LINE);
		assertThat(x.best().orElseThrow().rule().name()).isEqualTo("R122");
		assertThat(x.fieldValues()).containsExactly(Map.entry("CompStatus", "2"), Map.entry("LearnDelFAMType", "ACT"),
				Map.entry("LearnDelFAMDateTo", ""), Map.entry("AchDate", ""), Map.entry("LearnActEndDate", "12/07/2022"));
		assertThat(x.reportLine().orElseThrow().message()).startsWith("The achievement date is not known");
		assertThat(x.candidates()).noneMatch(c -> c.rule().name().equals("R122"));
	}

	@Test
	void reportLineWithWebsiteSpellingAndQuotes() {
		Explanation x = EXPLAINER.explain("\"R_59\",\"UKPRN=10000001|ULN=1000000043|\",\"There is more than one record for this ULN.\"");
		assertThat(x.kind()).isEqualTo(Explanation.Kind.REPORT_LINE);
		assertThat(x.best().orElseThrow().rule().name()).isEqualTo("R59");
		assertThat(x.fieldValues()).containsEntry("ULN", "1000000043");
	}

	@Test
	void reportLineWithUnknownRuleFallsBackToItsMessage() {
		Explanation x = EXPLAINER.explain("R999 ULN=1000000043| There is more than one record for this ULN.");
		assertThat(x.kind()).isEqualTo(Explanation.Kind.REPORT_LINE);
		assertThat(x.best().orElseThrow().rule().name()).isEqualTo("R59");
	}

	@Test
	void nothingFoundForEmptyOrMeaninglessInput() {
		assertThat(EXPLAINER.explain("  ").found()).isFalse();
		assertThat(EXPLAINER.explain("the of and").found()).isFalse();
	}

	@Test
	void reportLineParserReadsParametersAndMessage() {
		ReportLine l = ReportLine.parse("R07 LearnRefNumber=APP001|AimSeqNumber=2| Two aims share a number").orElseThrow();
		assertThat(l.rule()).isEqualTo("R07");
		assertThat(l.values()).containsExactly(Map.entry("LearnRefNumber", "APP001"), Map.entry("AimSeqNumber", "2"));
		assertThat(l.message()).isEqualTo("Two aims share a number");
		assertThat(ReportLine.parse("There is more than one record for this ULN.")).isEmpty();
	}

	@Test
	void wholeRowOfTheReportCsvGivesRuleValuesAndWhere() {
		Explanation x = EXPLAINER.explain("E,APP001,1000000043,Testperson,Alex,R59,ULN=1000000043|,\"A made-up message, with a comma\","
				+ "1,ZPROG001,,36,,,,,,,OFFICIAL-SENSITIVE");
		assertThat(x.kind()).isEqualTo(Explanation.Kind.REPORT_LINE);
		assertThat(x.best().orElseThrow().rule().name()).isEqualTo("R59");
		assertThat(x.fieldValues()).containsExactly(Map.entry("ULN", "1000000043"));
		ReportLine line = x.reportLine().orElseThrow();
		assertThat(line.message()).isEqualTo("A made-up message, with a comma");
		assertThat(line.context()).containsExactly(Map.entry("LearnRefNumber", "APP001"), Map.entry("AimSeqNumber", "1"),
				Map.entry("LearnAimRef", "ZPROG001"));
		assertThat(ExplanationRenderer.render(x)).contains("Where: LearnRefNumber APP001, AimSeqNumber 1, LearnAimRef ZPROG001\n")
			.doesNotContain("Testperson");
	}
}

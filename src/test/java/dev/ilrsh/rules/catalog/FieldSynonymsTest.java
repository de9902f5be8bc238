package dev.ilrsh.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldSynonymsTest {

	private static List<String> tokens(String text) {
		return FieldSynonyms.find(text).stream().map(FieldSynonyms.Found::token).toList();
	}

	@Test
	void plainEnglishFieldNamesMapToTheirElements() {
		assertThat(tokens("Achievement date")).containsExactly("AchDate");
		assertThat(tokens("the total training price")).containsExactly("TNP1");
		assertThat(tokens("Learning start date")).containsExactly("LearnStartDate");
		assertThat(tokens("Planned end date")).containsExactly("LearnPlanEndDate");
		assertThat(tokens("Funding model")).containsExactly("FundModel");
		assertThat(tokens("Programme type")).containsExactly("ProgType");
		assertThat(tokens("Standard code")).containsExactly("StdCode");
		assertThat(tokens("Learner reference number")).containsExactly("LearnRefNumber");
		assertThat(tokens("Unique learner number")).containsExactly("ULN");
		assertThat(tokens("Date of birth")).containsExactly("DateOfBirth");
		assertThat(tokens("Destination and progression")).containsExactly("DPOutcome");
		assertThat(tokens("Learning delivery FAM")).containsExactly("LearningDeliveryFAM");
		assertThat(tokens("Employment status")).containsExactly("EmpStat");
		assertThat(tokens("the LearnStartDate")).containsExactly("LearnStartDate");
		assertThat(tokens("The ULN has not been returned")).containsExactly("ULN", "xmissing");
	}

	@Test
	void aLongerNameWinsOverTheShorterNameInsideIt() {
		assertThat(tokens("original learning start date")).containsExactly("OrigLearnStartDate");
		assertThat(tokens("learning start date postcode")).containsExactly("LSDPostcode");
		assertThat(tokens("residual assessment price")).containsExactly("TNP4");
	}

	@Test
	void conditionsKeepTheNegationTheAnalyserDrops() {
		assertThat(tokens("must be returned")).containsExactly("xmissing");
		assertThat(tokens("has not been returned")).containsExactly("xmissing");
		assertThat(tokens("must not be returned")).containsExactly("xforbidden");
		assertThat(tokens("should not be used")).containsExactly("xforbidden");
		assertThat(tokens("is not a valid code")).containsExactly("xinvalid");
		assertThat(tokens("does not match the validation pattern")).containsExactly("xpattern");
	}

	@Test
	void aFamCodeReadsTheSameGluedOrApart() {
		assertThat(FieldSynonyms.expand("LDM382 and NLM 22")).contains("LDM 382", "LDM382", "NLM 22", "NLM22");
		assertThat(FieldSynonyms.expand("ULN 9999999999")).doesNotContain("ULN9999999999");
	}

	@Test
	void learnerAndEmploymentMonitoringTypesByTheirNames() {
		assertThat(tokens("education, health and care plan")).containsExactly("EHC");
		assertThat(tokens("length of unemployment")).containsExactly("LOU");
		assertThat(FieldSynonyms.subject("The high needs students indicator is not valid")).contains("LearnFAMType");
		assertThat(FieldSynonyms.subject("The benefit status indicator must be returned")).contains("ESMType");
	}

	@Test
	void anAgeIsAboutTheDateOfBirth() {
		assertThat(FieldSynonyms.subject("The learner is under 13")).contains("DateOfBirth");
		assertThat(FieldSynonyms.subject("a learner 24 or over on a level 3 aim")).contains("DateOfBirth");
		assertThat(FieldSynonyms.subject("an aim at level 3 or above")).isEmpty();
	}

	@Test
	void eachDemandFallsOnTheFieldNamedBeforeIt() {
		assertThat(FieldSynonyms.demands("If the learning actual end date has been returned then the outcome must be returned"))
			.containsExactly(new FieldSynonyms.Demand("Outcome", "xmissing"));
		assertThat(FieldSynonyms.demands("The date applies to must not be after the planned end date"))
			.containsExactly(new FieldSynonyms.Demand("LearnDelFAMDateTo", "after"));
		assertThat(FieldSynonyms.demands("There must be a work placement record for this aim, which is missing"))
			.containsExactly(new FieldSynonyms.Demand("LearningDeliveryWorkPlacement", "xmissing"));
		assertThat(FieldSynonyms.demands("The source of funding is not valid"))
			.containsExactly(new FieldSynonyms.Demand("LearnDelFAMType", "xinvalid"));
	}

	@Test
	void theWholeLearningAimNamesItsReference() {
		assertThat(tokens("The learning aim is not valid")).containsExactly("LearnAimRef", "xinvalid");
	}

	@Test
	void tokensComeInTheOrderTheTextNamesThem() {
		assertThat(tokens("The achievement date must not be before the learning start date")).containsExactly(
				"AchDate", "before", "LearnStartDate");
	}

	@Test
	void theSubjectIsTheFirstFieldNamedOrTheFieldThatHoldsTheFirstCode() {
		assertThat(FieldSynonyms.subject("The planned end date must not be before the learning start date"))
			.contains("LearnPlanEndDate");
		assertThat(FieldSynonyms.subject("The source of funding does not suit this funding model"))
			.contains("LearnDelFAMType");
		assertThat(FieldSynonyms.subject("nothing of the kind here")).isEmpty();
	}

	@Test
	void aRuleIsAboutTheFieldItIsNamedAfter() {
		assertThat(FieldSynonyms.subjectOfRule("AchDate_03")).contains("AchDate");
		assertThat(FieldSynonyms.subjectOfRule("FD_Postcode_MA")).contains("Postcode");
		assertThat(FieldSynonyms.subjectOfRule("FD_DP_ULN_MA")).contains("ULN");
		assertThat(FieldSynonyms.subjectOfRule("R59")).isEmpty();
		assertThat(FieldSynonyms.subjectOfRule("Inconsistent UKPRN")).isEmpty();
	}

	@Test
	void fundingModelCodesAreSpelledOut() {
		assertThat(tokens("an FM35 aim")).contains("FM35");
		assertThat(FieldSynonyms.expand("an FM35 aim")).contains("adult skills");
	}
}

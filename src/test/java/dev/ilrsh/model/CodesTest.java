package dev.ilrsh.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Coded values carry their meaning wherever people read them. */
class CodesTest {

	@Test
	void fieldsAndTypesHaveMeanings() {
		assertThat(Codes.label("Ethnicity", 31)).isEqualTo("31 White British (English, Welsh, Scottish, NI)");
		assertThat(Codes.label("WithdrawReason", 2)).isEqualTo("2 moved to another provider");
		assertThat(Codes.label("EII", 8)).isEqualTo("8 working 31+ hours a week");
		assertThat(Codes.label("LOE", "4")).isEqualTo("4 employed over 12 months");
		assertThat(Codes.label("ACT", "1")).isEqualTo("1 employer on the apprenticeship service");
		assertThat(Codes.label("LDM", "034")).isEqualTo("034");
		assertThat(Codes.label("CompStatus", 7)).isEqualTo("7");
		assertThat(Codes.label("CompStatus", null)).isEmpty();
		assertThat(Codes.label("StdCode", 9401)).isEqualTo("9401");
		assertThat(Codes.typeName("EII")).contains("employment intensity");
	}

	@Test
	void everyCodedFieldOfTheSpecificationIsCovered() {
		for (String field : new String[] { "AimType", "ProgType", "FundModel", "CompStatus", "Outcome", "WithdrawReason",
				"EmpStat", "Sex", "Ethnicity", "LLDDHealthProb", "Accom", "LLDDCat", "PrimaryLLDD", "PriorLevel",
				"SEI", "EII", "LOU", "LOE", "BSI", "PEI", "SEM", "OET", "SOF", "FFI", "RES", "LSF", "ADL", "ACT", "TNP",
				"PMR" }) {
			assertThat(Codes.isCoded(field)).as(field).isTrue();
		}
	}
}

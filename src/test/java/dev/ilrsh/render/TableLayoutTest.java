package dev.ilrsh.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables fitted to a terminal's width, as a person reads them. */
class TableLayoutTest {

	private final Table findings = Table.builder("rule", "LearnRefNumber", "AimSeqNumber", "message", "fields")
		.row("R59", "APP001", null, "ULN 1429069502 is also on learner APP002 (line 113)", "ULN=1429069502")
		.row("R124", "APP024", 3, "this programme starts 2025-10-13 while programme aim 1 (ProgType 25, StdCode 9316, "
				+ "started 2024-05-07) runs to 2025-10-24 (its achievement date)", "AimType=1|LearnStartDate=2025-10-13")
		.optional("fields")
		.build();

	@Test
	void aTableThatFitsIsLaidOutAsItIs() {
		TableLayout.Fitted fitted = TableRenderer.fitted(Table.builder("rule", "findings").row("R59", 4).build(), 80);
		assertThat(fitted.text().plain()).isEqualTo("""
				rule  findings
				----  --------
				R59   4
				""");
		assertThat(fitted.shortened()).isFalse();
		assertThat(fitted.expanded()).isFalse();
	}

	@Test
	void namesFoldOptionalColumnsGoAndLongValuesAreCutAt80() {
		TableLayout.Fitted fitted = TableRenderer.fitted(findings, 80);
		assertThat(fitted.text().plain()).isEqualTo("""
				      LearnRef  AimSeq
				rule  Number    Number  message
				----  --------  ------  --------------------------------------------------------
				R59   APP001            ULN 1429069502 is also on learner APP002 (line 113)
				R124  APP024    3       this programme starts 2025-10-13 while programme aim 1 …
				""");
		assertThat(fitted.left()).containsExactly("fields");
		assertThat(fitted.shortened()).isTrue();
		assertThat(fitted.text().plain().lines()).allMatch(l -> TextWidth.of(l) <= 80);
	}

	@Test
	void atAGreaterWidthOptionalColumnsStayWhenTheyFit() {
		TableLayout.Fitted fitted = TableRenderer.fitted(findings, 220);
		assertThat(fitted.left()).isEmpty();
		assertThat(fitted.text().plain()).contains("AimType=1|LearnStartDate=2025-10-13");
		assertThat(fitted.text().plain().lines()).allMatch(l -> TextWidth.of(l) <= 220);
	}

	@Test
	void codesShowTheirMeaningWhenThereIsRoomAndTheCodeAloneWhenNot() {
		Table aims = Table.builder("LearnRefNumber", "AimType", "FundModel", "CompStatus", "LearnStartDate")
			.row("APP001", 1, 36, 2, LocalDate.of(2024, 6, 3))
			.row("APP002", 3, 36, 1, LocalDate.of(2025, 11, 3))
			.build();
		assertThat(TableRenderer.fitted(aims, 120).text().plain()).isEqualTo("""
				LearnRefNumber  AimType          FundModel           CompStatus    LearnStartDate
				--------------  ---------------  ------------------  ------------  --------------
				APP001          1 programme aim  36 apprenticeships  2 completed   2024-06-03
				APP002          3 component aim  36 apprenticeships  1 continuing  2025-11-03
				""");
		assertThat(TableRenderer.fitted(aims, 50).text().plain()).isEqualTo("""
				LearnRef  Aim   Fund   Comp    Learn
				Number    Type  Model  Status  StartDate
				--------  ----  -----  ------  ----------
				APP001    1     36     2       2024-06-03
				APP002    3     36     1       2025-11-03
				""");
		assertThat(TableRenderer.fitted(aims, 50).shortened()).isFalse();
	}

	@Test
	void listsStackTheirItemsWhenTheyDoNotFitOnOneLine() {
		Table t = Table.builder("LearnRefNumbers", "programmes", "action")
			.row(List.of("APP001", "APP002"), List.of("25/9401 from 2024-06-03 achieved", "25/9601 from 2025-11-03 continuing"),
					"restructure --uln 1429069502")
			.build();
		assertThat(TableRenderer.fitted(t, 80).text().plain()).isEqualTo("""
				LearnRef
				Numbers        programmes                          action
				-------------  ----------------------------------  ----------------------------
				APP001 APP002  25/9401 from 2024-06-03 achieved    restructure --uln 1429069502
				               25/9601 from 2025-11-03 continuing
				""");
		assertThat(TableRenderer.fitted(t, 80).shortened()).isFalse();
	}

	@Test
	void aRowThatCannotFitBecomesABlockOfNamesAndValues() {
		Table wide = Table.builder("LearnRefNumber", "ULN", "LearnStartDate", "LearnPlanEndDate", "LearnActEndDate",
				"AchDate", "message")
			.row("APP001", 1429069502L, LocalDate.of(2024, 6, 3), LocalDate.of(2025, 8, 29), null,
					LocalDate.of(2025, 10, 22), "a long explanation that has to be wrapped onto a second line here")
			.build();
		TableLayout.Fitted fitted = TableRenderer.fitted(wide, 50);
		assertThat(fitted.expanded()).isTrue();
		assertThat(fitted.text().plain()).isEqualTo("""
				-[ 1 ]--------------------------------------------
				LearnRefNumber    APP001
				ULN               1429069502
				LearnStartDate    2024-06-03
				LearnPlanEndDate  2025-08-29
				AchDate           2025-10-22
				message           a long explanation that has to
				                  be wrapped onto a second line
				                  here
				""");
	}

	@Test
	void wideCharactersCountTwoColumns() {
		Table t = Table.builder("FamilyName", "n").row("山田", 1).row("Smith", 2).build();
		assertThat(TableRenderer.render(t, Format.TABLE)).isEqualTo("""
				FamilyName  n
				----------  -
				山田        1
				Smith       2
				""");
		assertThat(TextWidth.truncate("山田太郎", 5)).isEqualTo("山田…");
	}

	@Test
	void learnerReferencesRuleNamesAndSeveritiesCarryTheirStyles() {
		Styled text = TableRenderer.styled(Table.builder("rule", "severity", "LearnRefNumber").row("R59", "Error", "APP001")
			.build(), 80);
		assertThat(text.spans()).contains(new Styled.Span("R59", Style.RULE), new Styled.Span("Error", Style.ERROR),
				new Styled.Span("APP001", Style.KEY), new Styled.Span("rule", Style.HEADER));
	}
}

package dev.ilrsh.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRendererTest {

	private final Table table = Table.builder("LearnRefNumber", "ULN", "LearnStartDate", "AimSeqNumber")
		.row("APP001", 1000000043L, LocalDate.of(2024, 1, 8), List.of(1, 2))
		.row("A, \"B\"", null, null, List.of())
		.build();

	@Test
	void textTableAlignsColumnsUnderARule() {
		assertThat(TableRenderer.render(table, Format.TABLE)).isEqualTo("""
				LearnRefNumber  ULN         LearnStartDate  AimSeqNumber
				--------------  ----------  --------------  ------------
				APP001          1000000043  2024-01-08      1 2
				A, "B"
				""");
	}

	@Test
	void csvQuotesWhatNeedsQuoting() {
		assertThat(TableRenderer.render(table, Format.CSV)).isEqualTo("LearnRefNumber,ULN,LearnStartDate,AimSeqNumber\r\n"
				+ "APP001,1000000043,2024-01-08,1 2\r\n" + "\"A, \"\"B\"\"\",,,\r\n");
	}

	@Test
	void jsonUsesColumnNamesAsKeys() {
		assertThat(TableRenderer.render(table, Format.JSON).replaceAll("\\s+", "")).isEqualTo(
				"[{\"LearnRefNumber\":\"APP001\",\"ULN\":1000000043,\"LearnStartDate\":\"2024-01-08\",\"AimSeqNumber\":[1,2]},"
						+ "{\"LearnRefNumber\":\"A,\\\"B\\\"\",\"ULN\":null,\"LearnStartDate\":null,\"AimSeqNumber\":[]}]");
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAreNeutralisedButNumbersStayNumbers() {
		Table t = Table.builder("GivenNames", "FamilyName", "n", "date", "text")
			.row("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", -5, LocalDate.of(2025, 1, 2), "-2")
			.row("+1", "\tTab", new java.math.BigDecimal("-1.5"), null, "-cmd")
			.row("plain", "\rCR", 0, null, "a-b")
			.build();
		assertThat(TableRenderer.render(t, Format.CSV)).isEqualTo("GivenNames,FamilyName,n,date,text\r\n"
				+ "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'@SUM(A1)\",-5,2025-01-02,-2\r\n"
				+ "\"'+1\",\"'\tTab\",-1.5,,\"'-cmd\"\r\n"
				+ "plain,\"'\rCR\",0,,a-b\r\n");
	}

	@Test
	void jsonEscapesControlsAndDirectionOverrides() {
		Table t = Table.builder("FamilyName").row("a\u001Bb\u009Bc\u202Ed\u007F").build();
		assertThat(TableRenderer.render(t, Format.JSON)).contains("\"a\\u001Bb\\u009Bc\\u202Ed\\u007F\"");
	}

	@Test
	void theTextTableShowsCodesWithTheirMeaningAndValuesMadeSafe() {
		Table t = Table.builder("CompStatus", "FamilyName").row(2, "Evil\u001B[2J").build();
		assertThat(TableRenderer.render(t, Format.TABLE)).isEqualTo("""
				CompStatus   FamilyName
				-----------  -----------
				2 completed  Evil\\x1B[2J
				""");
	}
}

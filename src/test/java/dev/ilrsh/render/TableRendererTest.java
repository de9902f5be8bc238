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
}

package dev.ilrsh.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.Message;
import dev.ilrsh.testing.Fixtures;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IlrFileNameTest {

	private static final LocalDateTime WHEN = LocalDateTime.of(2025, 11, 21, 14, 5, 9);

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "01|2", "1|2", " 07 |8", "98|99", "99|99", "100|99", "2147483647|99",
			"99999999999999999999|99", "-1|1", "0|1", "00|1", "x1|1", "''|1", "1.5|1" })
	void theNextSerialStaysBetween01And99(String serialNo, int next) {
		assertThat(IlrFileName.nextSerial(serialNo)).isEqualTo(next);
	}

	@ParameterizedTest
	@CsvSource({ "-1, ILR-10000001-2526-20251121-140509-01.XML, 01",
			"2147483647, ILR-10000001-2526-20251121-140509-99.XML, 99" })
	void aNewReturnFromAnOutOfRangeSerialIsNamedAndStamped(String serialNo, String name, String stamped)
			throws Exception {
		Message message = withSerial(serialNo);
		IlrFileName.Destination destination = IlrFileName.newReturn(Path.of("out"), message, WHEN);
		assertThat(destination.path()).isEqualTo(Path.of("out", name));
		assertThat(IlrFileName.PATTERN.matcher(name).matches()).isTrue();
		assertThat(destination.message().header().source().serialNo()).isEqualTo(stamped);
	}

	@Test
	void aUkprnThatDoesNotFitEightDigitsIsNamedAsNone() throws Exception {
		Message message = withSerial("01");
		Message odd = Ilr.with(message, "LearningProvider", Ilr.with(message.learningProvider(), "UKPRN", -5));
		assertThat(IlrFileName.newReturn(Path.of("out"), odd, WHEN).path().getFileName())
			.hasToString("ILR-00000000-2526-20251121-140509-02.XML");
	}

	private static Message withSerial(String serialNo) throws Exception {
		Message message = IlrReader.read(Fixtures.path("forum-case-two-records.xml")).message();
		var source = Ilr.with(message.header().source(), "SerialNo", serialNo);
		return Ilr.with(message, "Header", Ilr.with(message.header(), "Source", source));
	}
}

package dev.ilrsh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.LearningProvider;
import dev.ilrsh.model.Message;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FileRulesTest {

	private static List<String> fired(Message message, String fileName) {
		return TestLearners.rulesFired(Validator.validate(message, List.of(), fileName == null ? null : Path.of(fileName),
				ValidationOptions.defaults().withToday(TestLearners.PREPARED)));
	}

	private static Message valid() {
		return TestLearners.message(TestLearners.apprentice());
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', value = { "ILR-10000001-2526-20251120-093000-01.XML;",
			"ILR-10000001-2526-20251120-093000-01.xml;", "ilr-10000001-2526.xml;Filename_1",
			"ILR-1000000-2526-20251120-093000-01.XML;Filename_1", "ILR-10000001-2425-20251120-093000-01.XML;Filename_4",
			"ILR-10000001-2526-20251120-093000-1A.XML;Filename_5", "ILR-10000001-2526-20251120-093000-00.XML;Filename_6",
			"ILR-10000001-2526-20251121-000000-01.XML;Filename_7", "ILR-10000001-2526-20251131-093000-01.XML;Filename_7",
			"ILR-10000002-2526-20251120-093000-01.XML;Header_3" })
	void fileNames(String name, String rule) {
		List<String> fired = fired(valid(), name);
		if (rule == null) {
			assertThat(fired).isEmpty();
		}
		else {
			assertThat(fired).containsExactly(rule);
		}
	}

	@Test
	void noFileNoFileNameRules() {
		assertThat(fired(valid(), null)).isEmpty();
	}

	@Test
	void headerPreparedInTheFuture() {
		Message m = valid();
		Message future = m.withHeader(Ilr.with(m.header(), "CollectionDetails",
				Ilr.with(m.header().collectionDetails(), "FilePreparationDate", TestLearners.PREPARED.plusDays(1))));
		assertThat(fired(future, null)).contains("Header_2");
		assertThat(fired(valid(), null)).doesNotContain("Header_2");
	}

	@Test
	void providerUkprnDiffersFromHeader() {
		Message m = valid();
		LearningProvider other = Ilr.with(m.learningProvider(), "UKPRN", 10000002);
		Message different = new Message(m.header(), m.sourceFiles(), other, m.learners(), m.extras());
		assertThat(fired(different, null)).containsExactly("UKPRN_03");
	}

	@Test
	void aFileWithoutLearners() {
		assertThat(fired(TestLearners.message(), null)).containsExactly("Entity_1");
	}
}

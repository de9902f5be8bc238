package dev.ilrsh.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.rules.Validator;
import dev.ilrsh.xml.IlrReader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The forms anonymise keeps are the forms the rules check: each pattern agrees with its rule on each value. */
class FormsTest {

	private final Message sample = load();

	@Test
	void niNumbers() {
		for (String ni : List.of("AB123456C", "ZZ123456", "QQ123456C", "AB12345C", "ab123456c", "DA123456A",
				"AO123456D", "GB123456 ", "AB123456E")) {
			agree("NINumber_01", Forms.NI_NUMBER, ni, learnerWith("NINumber", ni));
		}
	}

	@Test
	void postcodes() {
		for (String pc : List.of("B1 1AA", "M60 1NW", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "QX9 9ZZ",
				"B11AA", "sw1a 1aa", "B1 1CI", "ZZ99 9ZZ", "1B 1AA")) {
			agree("DelLocPostCode_11", Forms.POSTCODE, pc, aimWith("DelLocPostCode", pc));
		}
	}

	@Test
	void softwareSupplierAimIds() {
		for (String id : List.of("0f8fad5b-d9cb-469f-a165-70867728950e", "0F8FAD5B-D9CB-469F-A165-70867728950E",
				"MIS-1-2", "0f8fad5b-d9cb-469f-a165-70867728950g")) {
			agree("SWSupAimId_01", Forms.UUID, id, aimWith("SWSupAimId", id));
		}
	}

	private void agree(String rule, Pattern form, String value, Message message) {
		boolean fires = !Validator.validate(message, List.of(), null, ValidationOptions.defaults().withRules(rule))
			.findings()
			.isEmpty();
		assertThat(fires).as(rule + " on '" + value + "'").isEqualTo(!form.matcher(value).matches());
	}

	private Message learnerWith(String field, Object value) {
		Learner first = sample.learners().get(0);
		return sample.withLearners(List.of(Ilr.with(first, field, value)));
	}

	private Message aimWith(String field, Object value) {
		Learner first = sample.learners().get(0);
		LearningDelivery aim = Ilr.with(first.learningDelivery().get(0), field, value);
		return sample.withLearners(List.of(first.withLearningDelivery(List.of(aim))));
	}

	private static Message load() {
		try {
			return IlrReader.read(Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML")).message();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}

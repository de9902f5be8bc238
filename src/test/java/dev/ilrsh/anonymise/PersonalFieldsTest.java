package dev.ilrsh.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Member;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalFieldsTest {

	@Test
	void everyFieldOfTheModelIsDecidedOnceAndNothingElseIsListed() {
		List<String> fields = new ArrayList<>();
		for (EntitySpec spec : IlrSchema.all()) {
			for (Member m : spec.members()) {
				if (m instanceof FieldSpec f) {
					fields.add(spec.name() + "." + f.name());
				}
			}
		}
		List<String> decided = new ArrayList<>();
		PersonalFields.personal().forEach((entity, map) -> map.keySet().forEach(f -> decided.add(entity + "." + f)));
		PersonalFields.kept().forEach((entity, map) -> map.keySet().forEach(f -> decided.add(entity + "." + f)));
		assertThat(decided).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(fields);
	}

	@Test
	void theFieldsThatIdentifyAPersonAreReplaced() {
		assertThat(PersonalFields.of("Learner", "FamilyName")).isEqualTo(Treatment.NAME);
		assertThat(PersonalFields.of("Learner", "ULN")).isEqualTo(Treatment.ULN);
		assertThat(PersonalFields.of("Learner", "DateOfBirth")).isEqualTo(Treatment.DATE_OF_BIRTH);
		assertThat(PersonalFields.of("LearnerEmploymentStatus", "EmpId")).isEqualTo(Treatment.EMPLOYER_ID);
		assertThat(PersonalFields.of("LearningDelivery", "LearnStartDate")).isNull();
		assertThat(PersonalFields.of("AppFinRecord", "AFinAmount")).isNull();
	}
}

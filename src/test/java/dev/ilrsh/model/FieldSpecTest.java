package dev.ilrsh.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FieldSpecTest {

	@Test
	void datesParseStrictlyAndKeepTheirZoneOut() {
		assertThat(FieldType.DATE.parse("2025-10-22")).isEqualTo(LocalDate.of(2025, 10, 22));
		assertThat(FieldType.DATE.parse(" 2025-10-22Z ")).isEqualTo(LocalDate.of(2025, 10, 22));
		assertThat(FieldType.DATE.parse("2025-10-22+01:00")).isEqualTo(LocalDate.of(2025, 10, 22));
		for (String bad : new String[] { "22/10/2025", "2025-02-30", "2025-1-02", "2025-10-2x", "", "2025-10-22T00" }) {
			assertThatThrownBy(() -> FieldType.DATE.parse(bad)).as(bad)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("a date in the form YYYY-MM-DD was expected");
		}
	}

	@Test
	void canonicalFormsNeedNoRawText() {
		assertThat(FieldType.INT.isCanonical("7")).isTrue();
		assertThat(FieldType.INT.isCanonical("0")).isTrue();
		assertThat(FieldType.INT.isCanonical("-3")).isTrue();
		assertThat(FieldType.INT.isCanonical("07")).isFalse();
		assertThat(FieldType.INT.isCanonical("+7")).isFalse();
		assertThat(FieldType.INT.isCanonical(" 7")).isFalse();
		assertThat(FieldType.DATE.isCanonical("2025-10-22")).isTrue();
		assertThat(FieldType.DATE.isCanonical("2025-10-22Z")).isFalse();
	}

	@Test
	void limitsAreCheckedInPlainWords() {
		FieldSpec ref = IlrSchema.LEARNER.members().get(0) instanceof FieldSpec f ? f : null;
		assertThat(ref.check("APP001")).isNull();
		assertThat(ref.check("APP-001")).isEqualTo("does not have the form the schema requires");
		FieldSpec aimRef = (FieldSpec) IlrSchema.LEARNING_DELIVERY.member("LearnAimRef");
		assertThat(aimRef.check("ZPROG0011")).isEqualTo("is 9 characters long; at most 8 are allowed");
		assertThat(aimRef.check("")).isEqualTo("must not be empty");
		assertThat(aimRef.check("ZPROG|01")).isEqualTo("contains a character the ILR does not allow");
		assertThat(((FieldSpec) IlrSchema.LEARNER_FAM.member("LearnFAMType")).check("£€")).isNull();
		FieldSpec seq = (FieldSpec) IlrSchema.LEARNING_DELIVERY.member("AimSeqNumber");
		assertThat(seq.check(99)).isEqualTo("must be at most 98");
		assertThat(seq.check(0)).isEqualTo("must be at least 1");
		FieldSpec ethnicity = (FieldSpec) IlrSchema.LEARNER.member("Ethnicity");
		assertThat(ethnicity.check(123)).isEqualTo("has more than 2 digits");
		assertThat(ethnicity.check(31)).isNull();
	}

	@Test
	void everyEntityRecordMatchesItsSchemaSpec() {
		assertThat(IlrSchema.all()).hasSize(22);
		assertThat(IlrSchema.spec(LearningDelivery.class).indexOf("AchDate")).isEqualTo(23);
	}
}

package dev.ilrsh.derived;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.derived.DerivedData.UlnCheck;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.xml.IlrReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DerivedDataTest {

	@Test
	void ulnCheckDigitFollowsTheWeightedModElevenSum() {
		// first nine digits 1,0,0,0,0,0,0,0,4: 10*1 + 2*4 = 18; 18 mod 11 = 7; 10 - 7 = 3, so the tenth must be 3.
		assertThat(DerivedData.ulnCheckDigit(1000000043L)).isEqualTo(3);
		assertThat(DerivedData.checkUln(1000000043L)).isEqualTo(UlnCheck.VALID);
		assertThat(DerivedData.checkUln(1000000042L)).isEqualTo(UlnCheck.INVALID);
		assertThat(DerivedData.checkUln(9999999999L)).isEqualTo(UlnCheck.NOT_KNOWN);
		assertThat(DerivedData.checkUln(null)).isEqualTo(UlnCheck.INVALID);
	}

	@Test
	void aUlnWhoseSumLeavesNoRemainderCannotBeValid() {
		// first nine digits 1,1,0,0,0,0,0,1,0: 10 + 9 + 3 = 22, remainder 0: no tenth digit can make it valid
		assertThat(DerivedData.ulnCheckDigit(1100000100L)).isEqualTo(-1);
		assertThat(DerivedData.checkUln(1100000100L)).isEqualTo(UlnCheck.INVALID);
		// first nine digits 1,0,0,0,0,0,0,0,1: 10 + 2 = 12, remainder 1, so the tenth must be 9
		assertThat(DerivedData.checkUln(1000000019L)).isEqualTo(UlnCheck.VALID);
	}

	@Test
	void effectiveEndIsTheAchievementDateForStandardsAndBootcampsElseTheActualEndElseOpen() throws Exception {
		LearningDelivery standard = IlrReader.read(Fixtures.path("forum-case-two-records.xml")).message().learners()
			.get(0).learningDelivery().get(0);
		LocalDate ach = LocalDate.of(2025, 10, 22);
		LocalDate end = LocalDate.of(2025, 8, 29);
		assertThat(DerivedData.effectiveEndDate(standard)).contains(ach);
		assertThat(DerivedData.effectiveEndDate(Ilr.with(standard, "AchDate", null))).contains(end);
		assertThat(DerivedData.effectiveEndDate(Ilr.with(Ilr.with(standard, "AchDate", null), "LearnActEndDate", null)))
			.contains(DerivedData.OPEN_END);
		LearningDelivery bootcamp = Ilr.with(standard, "ProgType", 32);
		assertThat(DerivedData.effectiveEndDate(bootcamp)).contains(ach);
		assertThat(DerivedData.effectiveEndDate(Ilr.with(bootcamp, "AchDate", null))).contains(end);
		assertThat(DerivedData.effectiveEndDate(Ilr.with(standard, "ProgType", 31))).contains(end);
		assertThat(DerivedData.effectiveEndDate(Ilr.with(standard, "AimType", 3))).isEmpty();
	}
}

package dev.ilrsh.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.derived.DerivedData;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {

	@Test
	void ulnsPassTheirCheckDigitAndDoNotRepeat() {
		Set<Long> seen = new HashSet<>();
		for (long n = 0; n < 20_000; n++) {
			long uln = Ids.uln(n, 123);
			assertThat(DerivedData.checkUln(uln)).isEqualTo(DerivedData.UlnCheck.VALID);
			assertThat(seen.add(uln)).as("ULN %d repeated", uln).isTrue();
		}
	}

	@Test
	void aBrokenCheckDigitFailsDd01() {
		long uln = Ids.uln(5, 0);
		assertThat(DerivedData.checkUln(LearnerBuilder.breakCheckDigit(uln))).isEqualTo(DerivedData.UlnCheck.INVALID);
	}

	@Test
	void employerNumbersPassTheDd05Check() {
		// 12345678 → 9*1+8*2+7*3+6*4+5*5+4*6+3*7+2*8 = 156; 156 mod 11 = 2; 11 - 2 = 9
		assertThat(LearnerBuilder.empIdFromStem(12345678)).isEqualTo(123456789);
		for (int n = 0; n < 1000; n++) {
			int id = Ids.empId(n);
			assertThat(Integer.toString(id)).hasSize(9);
			assertThat(LearnerBuilder.empIdFromStem(id / 10)).isEqualTo(id);
		}
	}

	@Test
	void niNumbersHaveTheValidShapeAndAnUnissuedPrefix() {
		assertThat(LearnerBuilder.niNumber(400037)).isEqualTo("ZZ400037B");
		assertThat(LearnerBuilder.niNumber(12)).matches("ZZ\\d{6}[A-D]");
	}
}

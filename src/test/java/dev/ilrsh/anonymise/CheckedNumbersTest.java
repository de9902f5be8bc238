package dev.ilrsh.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.derived.DerivedData.UlnCheck;
import dev.ilrsh.derived.MoreDerivedData;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CheckedNumbersTest {

	@Test
	void ulnsKeepTheirCheckDigitVerdictStayDistinctAndNeverReuseAnOriginal() {
		Set<Long> ulns = new LinkedHashSet<>();
		SplittableRandom rnd = new SplittableRandom(3);
		while (ulns.size() < 5000) {
			long stem = 100_000_000L + rnd.nextLong(900_000_000L);
			int check = DerivedData.ulnCheckDigit(stem * 10);
			ulns.add(stem * 10 + (ulns.size() % 5 == 0 || check < 0 ? rnd.nextInt(10) : check));
		}
		ulns.add(DerivedData.ULN_NOT_KNOWN);
		ulns.add(123L);
		CheckedNumbers mapping = ulns(Secret.fromPassphrase("k"));
		mapping.prepare(ulns);
		Set<Long> images = new HashSet<>();
		for (long uln : ulns) {
			long image = mapping.of(uln);
			assertThat(images.add(image)).as("distinct").isTrue();
			if (uln == DerivedData.ULN_NOT_KNOWN) {
				assertThat(image).isEqualTo(uln);
				continue;
			}
			assertThat(ulns).doesNotContain(image);
			assertThat(Long.toString(image)).hasSameSizeAs(Long.toString(uln));
			assertThat(DerivedData.checkUln(image)).isEqualTo(DerivedData.checkUln(uln));
		}
		assertThat(ulns.stream().filter(u -> DerivedData.checkUln(u) == UlnCheck.VALID)).hasSizeGreaterThan(3000);
	}

	@Test
	void theSameKeyGivesTheSameReplacementsAndAnotherKeyOthers() {
		Set<Long> ulns = Set.of(1429069502L, 1438723708L, 4763881302L);
		CheckedNumbers a = ulns(Secret.fromPassphrase("k"));
		CheckedNumbers b = ulns(Secret.fromPassphrase("k"));
		CheckedNumbers c = ulns(Secret.fromPassphrase("other"));
		a.prepare(ulns);
		b.prepare(Set.of(1429069502L));
		c.prepare(ulns);
		assertThat(b.of(1429069502L)).isEqualTo(a.of(1429069502L));
		assertThat(c.of(1429069502L)).isNotEqualTo(a.of(1429069502L));
	}

	@Test
	void employerNumbersKeepTheirCheckDigitVerdictAndTheTemporaryOneIsKept() {
		Set<Long> ids = Set.of(300000111L, 300000112L, 999999999L, 12345L);
		CheckedNumbers mapping = new CheckedNumbers(Secret.random().mac(), "EmpId", 9,
				MoreDerivedData::employerCheckDigit, MoreDerivedData.EMP_ID_TEMPORARY, Integer.MAX_VALUE);
		mapping.prepare(ids);
		for (long id : ids) {
			long image = mapping.of(id);
			assertThat(MoreDerivedData.validEmployerId((int) image)).isEqualTo(MoreDerivedData.validEmployerId((int) id));
			assertThat(image == id).isEqualTo(id == 999999999L);
		}
	}

	private static CheckedNumbers ulns(Secret secret) {
		return new CheckedNumbers(secret.mac(), "ULN", 10, DerivedData::ulnCheckDigit, DerivedData.ULN_NOT_KNOWN,
				9_999_999_999L);
	}
}

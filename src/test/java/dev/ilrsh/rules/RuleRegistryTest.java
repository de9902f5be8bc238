package dev.ilrsh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

	private final RuleRegistry registry = RuleRegistry.standard();

	@Test
	void namesAreFoundInAnySpelling() {
		assertThat(RuleNames.normalise("R_59")).isEqualTo("r59");
		assertThat(RuleNames.normalise(" r59 ")).isEqualTo("r59");
		assertThat(RuleNames.normalise("ULN_04")).isEqualTo("uln_04");
		assertThat(RuleNames.normalise("DateoOfBirth_57")).isEqualTo("dateofbirth_57");
		assertThat(registry.find("R_59")).get().extracting(RuleInfo::name).isEqualTo("R59");
		assertThat(registry.find("uln_04")).get().extracting(RuleInfo::name).isEqualTo("ULN_04");
		assertThat(registry.find("achdate_12")).get().extracting(RuleInfo::name).isEqualTo("AchDate_12");
		assertThat(registry.find("PHours_08")).get().extracting(RuleInfo::name).isEqualTo("Phours_08");
		assertThat(registry.find("DateoOfBirth_57")).get().extracting(RuleInfo::name).isEqualTo("DateOfBirth_57");
		assertThat(registry.find("R_999")).isEmpty();
	}

	@Test
	void everyRuleDescribesItself() {
		Set<String> keys = new HashSet<>();
		for (RuleInfo info : registry.infos()) {
			assertThat(keys.add(RuleNames.normalise(info.name()))).as(info.name()).isTrue();
			assertThat(info.summary()).as(info.name()).isNotBlank();
			assertThat(info.entity()).as(info.name()).isNotBlank();
			assertThat(info.fields()).as(info.name()).isNotEmpty();
		}
		assertThat(registry.find("R59").get()).isEqualTo(new RuleInfo("R59", Severity.ERROR, RuleInfo.CROSS_RECORD,
				"Learner", java.util.List.of("ULN"), "one person, one learner record: a ULN must not appear on two records"));
		assertThat(registry.find("EmpStat_12").get().severity()).isEqualTo(Severity.WARNING);
	}
}

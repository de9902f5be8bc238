package dev.ilrsh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.generate.Generator;
import dev.ilrsh.generate.GeneratorOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A generated file validates to exactly the mistakes the generator planted: the rules and the generator keep each
 * other honest, on a file large enough for the validator to check it in parallel slices.
 */
class GeneratedFileValidationTest {

	@Test
	void findingsAreExactlyThePlantedOnes() {
		var generated = Generator.generateWithPlan(GeneratorOptions.of(3000, 42));
		ValidationReport report = Validator.validate(generated.message(), List.of(), null,
				ValidationOptions.defaults().withToday(LocalDate.of(2025, 11, 20)));
		assertThat(byRuleAndLearner(report.findings().stream().map(f -> f.rule() + " " + f.learnRefNumber())))
			.isEqualTo(byRuleAndLearner(generated.planted().stream().map(p -> p.rule() + " " + p.learnRefNumber())));
		assertThat(report.learners()).isEqualTo(generated.message().learners().size());
	}

	@Test
	void parallelSlicesGiveTheSameReportEveryTime() {
		var message = Generator.generate(GeneratorOptions.of(4000, 7));
		ValidationOptions options = ValidationOptions.defaults().withToday(LocalDate.of(2025, 11, 20));
		List<Finding> first = Validator.validate(message, List.of(), null, options).findings();
		for (int i = 0; i < 3; i++) {
			assertThat(Validator.validate(message, List.of(), null, options).findings()).isEqualTo(first);
		}
	}

	private static Map<String, Long> byRuleAndLearner(java.util.stream.Stream<String> keys) {
		return keys.collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
	}
}

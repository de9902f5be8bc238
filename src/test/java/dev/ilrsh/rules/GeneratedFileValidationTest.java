package dev.ilrsh.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.generate.Generator;
import dev.ilrsh.generate.GeneratorOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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

	@Test
	void aStopEndsEverySliceBeforeValidateReturns() throws Exception {
		assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one processor: the file is checked in one slice");
		var message = Generator.generate(GeneratorOptions.of(6000, 7));
		AtomicLong updates = new AtomicLong();
		AtomicBoolean lagged = new AtomicBoolean();
		Thread caller = Thread.currentThread();
		ValidationOptions options = ValidationOptions.defaults().withToday(LocalDate.of(2025, 11, 20))
			.withProgress((done, total) -> {
				long n = updates.incrementAndGet();
				if (Thread.currentThread() != caller && n > 500 && lagged.compareAndSet(false, true)) {
					// another slice, slow to reach its next check, is still at work when the caller's slice stops
					pause(500);
				}
				if (Thread.currentThread() == caller && lagged.get() && !Cancellation.isRequested()) {
					Cancellation.request(Cancellation.Reason.USER);
				}
			});
		try {
			assertThatThrownBy(() -> Validator.validate(message, List.of(), null, options))
				.isInstanceOf(CancellationException.class);
		}
		finally {
			// as the shell does once the command has ended: a slice still running would now carry on
			Cancellation.clear();
		}
		long atReturn = updates.get();
		pause(700);
		assertThat(updates.get()).as("progress after validate returned").isEqualTo(atReturn);
		assertThat(atReturn).isLessThan(message.learners().size());
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static Map<String, Long> byRuleAndLearner(java.util.stream.Stream<String> keys) {
		return keys.collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
	}
}

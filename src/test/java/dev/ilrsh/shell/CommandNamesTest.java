package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.ShellHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Small wording: a mistyped command gets the nearest names first; counts agree with their nouns. */
class CommandNamesTest extends ShellHarness {

	@Test
	void aMistypedCommandSuggestsTheNearestNameFirst() {
		assertThat(run("summry").err()).isEqualTo("error: unknown command: summry (did you mean summary?); type help\n");
		assertThat(run("valdate").err()).startsWith("error: unknown command: valdate (did you mean validate");
		assertThat(run("shwo").err()).startsWith("error: unknown command: shwo (did you mean show");
		assertThat(run("prog").err()).contains("programmes, progressions");
		assertThat(run("xyzzy").err()).isEqualTo("error: unknown command: xyzzy; type help\n");
	}

	@Test
	void oneRuleAndOneLearnerAreSingular() {
		assertThat(run("load " + Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML")).exit()).isZero();
		Run r = run("validate --rule ULN_04 --today 2025-11-20");
		assertThat(r.err()).startsWith("validate: 1 error, 0 warnings in 42 learners (1 rule run in ");
		Run one = run("validate --rule R59 --learner APP021 --today 2025-11-20");
		assertThat(one.err()).startsWith("validate: 0 errors, 0 warnings in 1 learner (1 rule run in ");
	}
}

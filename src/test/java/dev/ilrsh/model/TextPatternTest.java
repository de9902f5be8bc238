package dev.ilrsh.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextPatternTest {

	@Test
	void answersAsTheExpressionDoesForEveryPatternInTheSchemaOnRandomText() {
		List<TextPattern> patterns = new ArrayList<>();
		collect(IlrSchema.MESSAGE, patterns);
		assertThat(patterns).hasSizeGreaterThan(10);
		assertThat(patterns).filteredOn(TextPattern::byTable).hasSizeGreaterThan(8);
		String others = "é£€ß\u00a0\u2028\uFFFE\uD83D\uDE00";
		Random random = new Random(20261202);
		for (TextPattern pattern : patterns) {
			Pattern regex = Pattern.compile(pattern.expression());
			for (int round = 0; round < 3000; round++) {
				StringBuilder text = new StringBuilder();
				int length = random.nextInt(round % 10 == 0 ? 110 : 16);
				for (int i = 0; i < length; i++) {
					int pick = random.nextInt(40);
					text.append(pick == 0 ? others.charAt(random.nextInt(others.length())) : (char) random.nextInt(128));
				}
				String s = text.toString();
				assertThat(pattern.matches(s)).as("%s on [%s]", pattern, s).isEqualTo(regex.matcher(s).matches());
			}
		}
	}

	@Test
	void usesTheTableOnlyForOneSetRepeated() {
		assertThat(TextPattern.of("[A-Za-z0-9 ]{1,12}").byTable()).isTrue();
		assertThat(TextPattern.of("[0-9]{10}").byTable()).isTrue();
		assertThat(TextPattern.of("[^0-9\\r\\n\\t|\"]{1,100}").byTable()).isTrue();
		assertThat(TextPattern.of("[a-zA-Z]{2}[0-9]{2}|[0-9]{9}").byTable()).isFalse();
		assertThat(TextPattern.of("[a-z&&[^b]]{1,3}").byTable()).isFalse();
		assertThat(TextPattern.of(".+@.+").byTable()).isFalse();
		assertThat(TextPattern.of("[0-9]{1,2}").matches("123")).isFalse();
		assertThat(TextPattern.of("[0-9]{1,2}").matches("")).isFalse();
		assertThat(TextPattern.of("[0-9]{1,2}").matches("07")).isTrue();
	}

	private static void collect(EntitySpec spec, List<TextPattern> into) {
		for (Member member : spec.members()) {
			if (member instanceof FieldSpec field && field.pattern() != null) {
				into.add(field.pattern());
			}
			else if (member instanceof ChildSpec child) {
				collect(child.entity(), into);
			}
		}
	}
}

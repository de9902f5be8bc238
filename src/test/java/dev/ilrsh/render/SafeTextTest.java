package dev.ilrsh.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** Values from a file can never drive the terminal they are shown on. */
class SafeTextTest {

	@Test
	void controlsDirectionOverridesAndLineBreaksAreShownEscaped() {
		assertThat(SafeText.value("A\u001B]0;title\u0007B")).isEqualTo("A\\x1B]0;title\\x07B");
		assertThat(SafeText.value("C1\u009B2J and \u0085")).isEqualTo("C1\\x9B2J and \\x85");
		assertThat(SafeText.value("abc\u202Efed\u2066")).isEqualTo("abc\\u202Efed\\u2066");
		assertThat(SafeText.value("one\r\ntwo\tthree\u007F")).isEqualTo("one\\x0D\\x0Atwo\\x09three\\x7F");
		assertThat(SafeText.value("Zoë Ødegård 山田")).isEqualTo("Zoë Ødegård 山田");
	}

	@Test
	void reportTextKeepsItsLineBreaksAndTabs() {
		assertThat(SafeText.text("line one\n\tline two\u001B[2J")).isEqualTo("line one\n\tline two\\x1B[2J");
	}

	@Test
	void theWriterEscapesWhatReachesItButKeepsLineEnds() throws Exception {
		StringWriter out = new StringWriter();
		try (Writer safe = SafeText.writer(out)) {
			safe.write("ok\r\nbell\u0007 return\rover\n");
			safe.write('\u009D');
			safe.write("\r");
		}
		assertThat(out.toString()).isEqualTo("ok\r\nbell\\x07 return\\x0Dover\n\\x9D\\x0D");
	}
}

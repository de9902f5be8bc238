package dev.ilrsh.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Help pages and explanations read as text: no Markdown marks, styles on a terminal, plain text in pipes. */
class MarkdownTest {

	private static final String PAGE = """
			# Files and years

			ilrsh **never** changes the file you load; `write --out FILE` makes a new one.

			## What you can do

			- `show APP001` shows *one* learner with everything about them, including their other records
			- `validate` checks the file

			    ./ilrsh -f FILE validate

			| status | meaning |
			|---|---|
			| 0 | done |
			| 2 | wrong usage |

			Found by:       rule name
			See [the DfE's page](https://example.invalid/ilr) and ULN_04.
			""";

	@Test
	void inAPipeMarksBecomePlainTextAndHeadingsAreUnderlined() {
		assertThat(Markdown.render(PAGE, 0, false).plain()).isEqualTo("""
				Files and years
				===============

				ilrsh never changes the file you load; write --out FILE makes a new one.

				What you can do
				---------------

				- show APP001 shows one learner with everything about them, including their other records
				- validate checks the file

				    ./ilrsh -f FILE validate

				status  meaning
				------  -----------
				0       done
				2       wrong usage

				Found by:       rule name
				See the DfE's page (https://example.invalid/ilr) and ULN_04.
				""");
	}

	@Test
	void onATerminalLinesWrapUnderTheirIndentAndStylesMarkHeadingsAndCode() {
		Styled text = Markdown.render(PAGE, 40, true);
		assertThat(text.plain()).isEqualTo("""
				Files and years

				ilrsh never changes the file you load;
				write --out FILE makes a new one.

				What you can do

				• show APP001 shows one learner with
				  everything about them, including their
				  other records
				• validate checks the file

				    ./ilrsh -f FILE validate

				status  meaning
				------  -----------
				0       done
				2       wrong usage

				Found by:       rule name
				See the DfE's page
				(https://example.invalid/ilr) and
				ULN_04.
				""");
		assertThat(text.spans()).contains(new Styled.Span("Files and years", Style.HEADING),
				new Styled.Span("never", Style.STRONG), new Styled.Span("one", Style.EMPHASIS),
				new Styled.Span("write --out FILE", Style.CODE), new Styled.Span("    ./ilrsh -f FILE validate", Style.CODE));
		assertThat(text.plain()).doesNotContain("`").doesNotContain("**").doesNotContain("# ");
	}
}

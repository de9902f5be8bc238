package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.testing.ShellHarness;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crafted file cannot drive the terminal (clear it, retitle it, hide or reorder text, fake lines) through any
 * command that shows its values, and its values cannot run as formulas in a spreadsheet.
 */
class TerminalSafetyTest extends ShellHarness {

	/** C1 controls, a right-to-left override and CR LF in names and the header, as XML 1.0 allows. */
	static final Path CRAFTED = Fixtures.path("terminal-escapes.xml");

	/** ESC and BEL, which only an XML 1.1 file can carry. */
	static final Path CRAFTED_XML11 = Fixtures.path("terminal-escapes-xml11.xml");

	@TempDir
	Path dir;

	@Test
	void noCommandPrintsAControlOrDirectionCharacterFromTheFile() {
		assertThat(run("load " + CRAFTED).exit()).isZero();
		for (String command : new String[] { "show EVIL1", "find EVIL*", "find EVIL* --aims", "summary", "validate",
				"progressions", "programmes", "ask duplicate-uln", "explain FD_FamilyName_AP", "files" }) {
			for (boolean terminal : new boolean[] { false, true }) {
				if (terminal) {
					onTerminal(100, true);
				}
				Run r = run(command);
				assertThat(r.out() + r.err()).as(command).matches(TerminalSafetyTest::safe);
			}
		}
		String shown = run("show EVIL1").out();
		assertThat(shown).contains("Evil\\x9D0;pwned\\x9C\\u202Edesrever\\u202C\\x0D\\x0AR59 Error fake line");
		assertThat(run("summary").out()).contains("Pack\\x9B2J\\u202EkcaP");
	}

	@Test
	void escapeAndBellFromAnXml11FileAreShownEscaped() {
		Run load = run("load " + CRAFTED_XML11);
		assertThat(load.err()).matches(TerminalSafetyTest::safe);
		if (load.exit() != 0) {
			return; // a reader that refuses such characters keeps them off the screen too
		}
		for (String command : new String[] { "show EVIL1", "find EVIL1", "validate", "find EVIL1 --format json" }) {
			Run r = run(command);
			assertThat(r.out() + r.err()).as(command).matches(TerminalSafetyTest::safe);
		}
		assertThat(run("find EVIL1").out()).contains("Esc\\x1B]0;retitled\\x07\\x1B[2J");
		onTerminal(100, false);
		assertThat(run("find EVIL1 --format csv").out()).contains("Esc\\x1B]0;retitled");
	}

	@Test
	void filesAndPipesGetTheDataWithFormulasNeutralised() throws Exception {
		assertThat(run("load " + CRAFTED).exit()).isZero();
		String csv = run("find EVIL* --format csv").out();
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\"")
			.contains("\"'@SUM(A1)\"").contains("\"'-2+3\"");
		Path xlsx = dir.resolve("evil.xlsx");
		assertThat(run("find EVIL* > " + xlsx).exit()).isZero();
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
			XSSFSheet sheet = book.getSheetAt(0);
			var given = sheet.getRow(1).getCell(2);
			assertThat(given.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.invalid\",\"click\")");
			assertThat(given.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("@SUM(A1)");
			assertThat(sheet.getRow(2).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
		}
	}

	/** No C0 control but line feed, no DEL or C1 control, no direction control: ESC sequences of our own colours only. */
	static boolean safe(String text) {
		String withoutOurColours = text.replaceAll("\u001B\\[[0-9;]*m", "");
		return withoutOurColours.codePoints()
			.noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7F || c >= 0x80 && c <= 0x9F || c >= 0x202A && c <= 0x202E
					|| c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F);
	}
}

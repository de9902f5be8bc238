package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.ShellHarness;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results leave the shell: --out FILE, > FILE and >> FILE, in the format the file's name says; --limit. */
class OutputOptionsTest extends ShellHarness {

	static final Path SAMPLE = Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML");

	@TempDir
	Path dir;

	@BeforeEach
	void openSample() {
		assertThat(run("load " + SAMPLE).exit()).isZero();
	}

	@Test
	void aRedirectAtTheEndOfALineWritesTheResultsNotASearch() throws Exception {
		Path csv = dir.resolve("x.csv");
		Run r = run("find Brightwater --format csv > " + csv);
		assertThat(r.exit()).isZero();
		assertThat(r.out()).isEmpty();
		assertThat(r.err()).isEqualTo("2 learners match\nwrote 2 rows to " + csv + "\n");
		assertThat(Files.readString(csv)).startsWith("LearnRefNumber,ULN,GivenNames,FamilyName")
			.contains("APP001,1429069502,Alex,Brightwater").contains("APP002");
		assertThat(Files.getPosixFilePermissions(csv)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
	}

	@Test
	void theFormatComesFromTheFileName() throws Exception {
		assertThat(run("count --by FundModel --out " + dir.resolve("c.json")).exit()).isZero();
		assertThat(Files.readString(dir.resolve("c.json"))).contains("\"FundModel\" : 36");
		assertThat(run("programmes >" + dir.resolve("p.csv")).exit()).isZero();
		assertThat(Files.readString(dir.resolve("p.csv")).lines().count()).isEqualTo(31);
		assertThat(run("show APP001 > " + dir.resolve("show.txt")).exit()).isZero();
		assertThat(Files.readString(dir.resolve("show.txt"))).startsWith("Learner APP001  ULN 1429069502");
		assertThat(run("summary --out " + dir.resolve("s.txt")).exit()).isZero();
		assertThat(Files.readString(dir.resolve("s.txt"))).contains("Learners        42");
	}

	@Test
	void appendingAddsToTheFileAndReplacingAsksFirstOnlyWithOut() throws Exception {
		Path txt = dir.resolve("log.txt");
		run("count --by CompStatus > " + txt);
		Run more = run("count --by Outcome >> " + txt);
		assertThat(more.err()).endsWith("added 5 rows to " + txt + "\n"); // four outcomes and the (all) total
		assertThat(Files.readString(txt)).contains("CompStatus").contains("Outcome");
		Run refused = run("count --by Outcome --out " + txt);
		assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(refused.err()).contains("already exists; use --force to replace it");
		assertThat(run("count --by Outcome --out " + txt + " --force").exit()).isZero();
		assertThat(Files.readString(txt)).doesNotContain("CompStatus");
		assertThat(run("count --by AimType > " + txt).exit()).isZero();
		assertThat(Files.readString(txt)).contains("AimType").doesNotContain("Outcome");
	}

	@Test
	void whatCannotBeWrittenIsSaidInOneLineAndNothingIsLeft() throws Exception {
		assertThat(run("explain R59 --out " + dir.resolve("r.csv")).err())
			.isEqualTo("error: explain prints text, not a table; write it to a .txt file\n");
		assertThat(run("count --by FundModel --format json --out " + dir.resolve("c.csv")).err())
			.startsWith("error: count: --format json does not match");
		assertThat(run("count --by FundModel >> " + dir.resolve("c.xlsx")).err())
			.startsWith("error: count: a workbook cannot be added to with >>");
		assertThat(run("count --by FundModel --format xlsx").err())
			.isEqualTo("error: xlsx is a file format: add --out FILE.xlsx (or > FILE.xlsx)\n");
		assertThat(run("count --by FundModel >").err()).isEqualTo("error: count: > needs a file name after it\n");
		assertThat(run("count --by Nonsense --out " + dir.resolve("n.csv")).exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(run("summary --out " + SAMPLE).err()).contains("is a file open in this session");
		assertThat(run("summary --out " + dir + "/").err()).contains("is a folder");
		try (var files = Files.list(dir)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void findingsStillGiveTheirFileAndStatus() throws Exception {
		Path csv = dir.resolve("findings.csv");
		Run r = run("validate --today 2025-11-20 --out " + csv);
		assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
		assertThat(Files.readString(csv).lines()).hasSize(12);
		assertThat(r.err()).contains("wrote 11 rows to " + csv).contains("validate: 11 errors");
	}

	@Test
	void limitShowsTheFirstRowsAndSaysHowManyThereWere() {
		Run r = run("programmes --limit 3 --format csv");
		assertThat(r.out().lines()).hasSize(4);
		assertThat(r.err()).isEqualTo("showing 3 of 30 rows (--limit 0 shows all)\n");
		assertThat(run("programmes --limit 0 --format csv").out().lines()).hasSize(31);
		Run validate = run("validate --limit 2 --today 2025-11-20");
		assertThat(validate.out()).contains("ULN_04").contains("APP002").doesNotContain("APP003");
		assertThat(run("count --by FundModel --limit x").err())
			.isEqualTo("error: count: --limit takes a number of rows, 0 for all (not 'x')\n");
		assertThat(run("find zz99 --limit 2").err()).contains("showing 2 (use --limit)");
	}

	@Test
	void aWorkbookHasTypedCellsAHeaderThatStaysAndFilters() throws Exception {
		Path xlsx = dir.resolve("aims.xlsx");
		Run r = run("find StdCode:9401 --aims --out " + xlsx);
		assertThat(r.exit()).isZero();
		assertThat(r.err()).endsWith("wrote 2 rows to " + xlsx + "\n");
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
			assertThat(book.getNumberOfSheets()).isEqualTo(1);
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("find");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M3");
			Row header = sheet.getRow(0);
			assertThat(cells(header)).containsExactly("LearnRefNumber", "ULN", "AimSeqNumber", "LearnAimRef", "AimType",
					"FundModel", "ProgType", "StdCode", "LearnStartDate", "LearnPlanEndDate", "LearnActEndDate",
					"CompStatus", "Outcome");
			assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("APP001");
			assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1429069502d);
			assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1d);
			assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(36d);
			Cell start = first.getCell(8);
			assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
			assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 3));
			assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(sheet.getRow(3) == null).isTrue();
		}
	}

	@Test
	void everyCellOfAWorkbookHoldsWhatTheCsvSaysWithItsType() throws Exception {
		Path xlsx = dir.resolve("programmes.xlsx");
		assertThat(run("programmes > " + xlsx).exit()).isZero();
		List<String> csv = run("programmes --format csv").out().lines().toList();
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(csv.size() - 1);
			for (int r = 0; r < csv.size(); r++) {
				String[] expected = csv.get(r).split(",", -1);
				Row row = sheet.getRow(r);
				for (int c = 0; c < expected.length; c++) {
					Cell cell = row.getCell(c);
					String where = "row " + r + " column " + c;
					if (expected[c].isEmpty()) {
						assertThat(cell == null).as(where).isTrue();
					}
					else if (r > 0 && expected[c].matches("\\d{4}-\\d{2}-\\d{2}")) {
						assertThat(DateUtil.isCellDateFormatted(cell)).as(where).isTrue();
						assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).as(where)
							.isEqualTo(LocalDate.parse(expected[c]));
					}
					else if (r > 0 && expected[c].matches("-?\\d+")) {
						assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
						assertThat((long) cell.getNumericCellValue()).as(where).isEqualTo(Long.parseLong(expected[c]));
					}
					else {
						assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
						assertThat(cell.getStringCellValue()).as(where).isEqualTo(expected[c]);
					}
				}
			}
		}
	}

	@Test
	void aWorkbookTakesEveryTableACommandPrints() throws Exception {
		Path xlsx = dir.resolve("summary.xlsx");
		assertThat(run("summary > " + xlsx).exit()).isZero();
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(cells(sheet.getRow(0))).containsExactly("Section", "Item", "Value");
			assertThat(cells(sheet.getRow(7))).containsExactly("counts", "Learners", "42.0");
		}
	}

	static List<String> cells(Row row) {
		List<String> text = new java.util.ArrayList<>();
		row.forEach(c -> text.add(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
				: c.getStringCellValue()));
		return text;
	}
}

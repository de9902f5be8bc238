package dev.ilrsh.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports made-up spreadsheets laid out like the DfE's; every message here is invented for the test. */
class RulesImporterTest {

	@TempDir
	Path tmp;

	private static final String R59_MESSAGE = "Zebra test: this ULN turns up on more than one learner in the file";

	private static final String R06_MESSAGE = "Zebra test: learner reference repeated";

	static void write(Path file, XSSFWorkbook wb) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			wb.write(out);
		}
		wb.close();
	}

	static void row(Sheet sheet, int index, String... cells) {
		Row r = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] != null) {
				r.createCell(i).setCellValue(cells[i]);
			}
		}
	}

	/** A workbook with the sheets, header rows and header spellings of the 2025-26 spreadsheet. */
	static XSSFWorkbook madeUpWorkbook() {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet history = wb.createSheet("Document History");
		row(history, 0, "Version", "Date", "Notes");
		row(history, 1, "3", "17/10/2025", "Made-up history");
		Sheet file = wb.createSheet("File Level");
		row(file, 0, "ILR Validation Rules 2025 to 2026: File Level (title row)");
		row(file, 1, "Version", "Status", "Field Name", "Rule Name", "Rule Description", "Error/  Warning\n",
				"Online Only", "External Table ", "Error message", "Reject File?", "Change management notes ");
		row(file, 2, "1", "active", "Filename", "Filename_1", "made-up description", "Error", "", "",
				"Zebra test: the file name is not in the expected shape", "Y", "");
		Sheet learner = wb.createSheet("Learner");
		row(learner, 0, "Version", "Status", "Rule Name", "Rule Description", "Previous Rule Description",
				"Previous Error Condition", "Previous Rule Exclusions", "Error/ Warning", "Online Only", "Field values",
				"External Table ", "Error Message ", "Change management notes", "Business Owner", "Rulebase");
		row(learner, 1, "1", "active", "ULN_04", "d", "", "", "", "Error", "", "Learner.ULN", "",
				"Zebra test: the check digit of this ULN is off", "", "", "");
		row(learner, 2, "1", "new", "DateoOfBirth_57", "d", "", "", "", "Error", "", "", "",
				"Zebra test: planned duration too short", "", "", "");
		row(learner, 3, "1", "active", "ULN_02", "d", "", "", "", "Warning", "", "", "", "", "", "", "");
		Sheet cross = wb.createSheet("Cross Record Rules");
		row(cross, 0, "Version", "Status", "Entity", "Rule ID", "Rule Description", "Previous Rule Description",
				"Previous Error Condition ", " Previous Rule Exclusions", "Error/ Warning", "Online Only ", "Field values",
				"Error message", "Comments", "Change management notes", "Business owner");
		row(cross, 1, "1", "active", "Learner", "R06", "d", "", "", "", "Error", "", "", R06_MESSAGE, "", "", "");
		row(cross, 2, "1", "active", "Learner", "R59", "d", "", "", "", "Error", "", "", R59_MESSAGE, "", "", "");
		row(cross, 3, "1", "new", "Learner", "R999", "d", "", "", "", "Error", "", "", "Zebra test: future rule", "", "",
				"");
		Sheet derived = wb.createSheet("Derived Data for Validation");
		row(derived, 0, "Version", "Status", "Ref", "Derived Data Description", "Derivation Rule Description");
		row(derived, 1, "1", "active", "DD04", "made up", "made up");
		Sheet fd = wb.createSheet("Field Definition Rules");
		row(fd, 0, "Version", "Status", "Property", "Rule Name", "Rule Description", "Error/ Warning", "Error Condition",
				"Error Message ");
		row(fd, 1, "1", "change", "PERMADDCOUNTRY", "FD_DOMICILE_AL\nFD_PERMADDCOUNTRY_AL", "d", "Error", "c",
				"Zebra test: country code too long");
		return wb;
	}

	@Test
	void importsTheMessagesOfEveryRuleSheetAndSavesThem() throws IOException {
		Path xlsx = tmp.resolve("ILR Validation Rules 2025 to 2026 v3.xlsx");
		write(xlsx, madeUpWorkbook());
		Path userDir = tmp.resolve("user-rules");
		ImportResult result = new RulesImporter(userDir, RuleCatalog.loadBundled()).importFile(xlsx);

		assertThat(result.year()).isEqualTo("2025-26");
		assertThat(result.savedTo()).isEqualTo(userDir.resolve("2025-26.tsv"));
		assertThat(result.sheets()).containsExactly("File Level", "Learner", "Cross Record Rules", "Field Definition Rules");
		assertThat(result.rowsRead()).isEqualTo(8);
		assertThat(result.withoutMessage()).isEqualTo(1);
		assertThat(result.messages()).isEqualTo(8);
		assertThat(result.unknownRules()).containsExactly("R999");
		assertThat(result.summary()).startsWith("Imported 8 official messages for 2025-26 from ILR Validation Rules");
		assertThat(Files.readString(result.savedTo())).contains("R59\tCross Record Rules\tError\t" + R59_MESSAGE);

		RuleCatalog catalog = RuleCatalog.load(userDir);
		assertThat(catalog.find("R59").orElseThrow().officialMessage()).contains(R59_MESSAGE);
		assertThat(catalog.find("DateOfBirth_57").orElseThrow().officialMessage()).contains("Zebra test: planned duration too short");
		assertThat(catalog.find("FD_PERMADDCOUNTRY_AL").orElseThrow().officialMessage()).contains("Zebra test: country code too long");
		assertThat(catalog.find("ULN_02").orElseThrow().officialMessage()).isEmpty();
		assertThat(RuleCatalog.load(tmp.resolve("nothing-here")).find("R59").orElseThrow().officialMessage()).isEmpty();
	}

	@Test
	void explainFindsAnImportedMessage() throws IOException {
		Path xlsx = tmp.resolve("rules.xlsx");
		write(xlsx, madeUpWorkbook());
		Path userDir = tmp.resolve("user-rules");
		new RulesImporter(userDir, RuleCatalog.loadBundled()).importFile(xlsx);
		Explainer explainer = new Explainer(RuleCatalog.load(userDir));

		Explanation exact = explainer.explain("zebra test: this ULN turns up on more than one learner in the file.");
		assertThat(exact.best().orElseThrow().rule().name()).isEqualTo("R59");
		assertThat(exact.best().orElseThrow().how()).isEqualTo(RuleMatch.How.MESSAGE);

		Explanation partial = explainer.explain("zebra learner reference repeated");
		assertThat(partial.best().orElseThrow().rule().name()).isEqualTo("R06");
		assertThat(ExplanationRenderer.render(partial)).contains("DfE message:    " + R06_MESSAGE);
	}

	@Test
	void importsACsvSavedFromOneSheet() throws IOException {
		Path csv = tmp.resolve("cross-record-25-26.csv");
		Files.writeString(csv, "\uFEFFVersion,Status,Entity,Rule ID,Rule Description,Error/ Warning,Error message,Comments\r\n"
				+ "1,active,Learner,R59,\"made up, with a comma\",Error,\"Zebra test: ULN seen twice, \"\"quoted\"\"\",\r\n"
				+ "1,active,Learner,R06,made up,Error,\"Zebra test: a message\nover two lines\",\r\n", StandardCharsets.UTF_8);
		Path userDir = tmp.resolve("user-rules");
		ImportResult result = new RulesImporter(userDir, RuleCatalog.loadBundled()).importFile(csv);
		assertThat(result.year()).isEqualTo("2025-26");
		assertThat(result.sheets()).containsExactly("cross-record-25-26.csv");
		RuleCatalog catalog = RuleCatalog.load(userDir);
		assertThat(catalog.find("R59").orElseThrow().officialMessage()).contains("Zebra test: ULN seen twice, \"quoted\"");
		assertThat(catalog.find("R06").orElseThrow().officialMessage()).contains("Zebra test: a message over two lines");
	}

	@Test
	void yearComesFromTheFileName() {
		assertThat(RulesImporter.yearFromName("ILR Validation Rules 2026 to 2027.xlsx")).isEqualTo("2026-27");
		assertThat(RulesImporter.yearFromName("rules-2025-26.csv")).isEqualTo("2025-26");
		assertThat(RulesImporter.yearFromName("rules_24-25.csv")).isEqualTo("2024-25");
		assertThat(RulesImporter.yearFromName("rules.xlsx")).isEqualTo(RuleCatalog.YEAR);
		assertThat(RulesImporter.yearFromName("rules downloaded 2025-11-03.xlsx")).isEqualTo(RuleCatalog.YEAR);
	}

	@Test
	void badFilesGiveOneLineMessages() throws IOException {
		RulesImporter importer = new RulesImporter(tmp.resolve("user-rules"), RuleCatalog.loadBundled());
		Path missing = tmp.resolve("missing.xlsx");
		assertThatThrownBy(() -> importer.importFile(missing)).isInstanceOf(RulesImportException.class)
			.hasMessage(missing + ": no such file");

		Path doc = tmp.resolve("rules.docx");
		Files.writeString(doc, "not a spreadsheet");
		assertThatThrownBy(() -> importer.importFile(doc)).hasMessage(doc + ": not a .xlsx or .csv file");

		Path corrupt = tmp.resolve("corrupt.xlsx");
		Files.write(corrupt, new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
		assertThatThrownBy(() -> importer.importFile(corrupt)).isInstanceOf(RulesImportException.class)
			.hasMessageStartingWith(corrupt + ": not a readable Excel workbook (")
			.satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

		Path noTable = tmp.resolve("no-table.xlsx");
		XSSFWorkbook wb = new XSSFWorkbook();
		row(wb.createSheet("Document History"), 0, "Version", "Date", "Notes");
		write(noTable, wb);
		assertThatThrownBy(() -> importer.importFile(noTable)).hasMessage(noTable
				+ ": no sheet has both a \"Rule Name\" (or \"Rule ID\") and an \"Error message\" column header in its first 10 rows");

		Path shifted = tmp.resolve("shifted.xlsx");
		XSSFWorkbook wb2 = new XSSFWorkbook();
		Sheet s = wb2.createSheet("Learner");
		row(s, 0, "Rule Name", "Error Message");
		row(s, 1, "ULN_04", "Zebra test: fine");
		row(s, 2, "This cell holds a whole description instead of a rule name", "Zebra test");
		write(shifted, wb2);
		assertThatThrownBy(() -> importer.importFile(shifted)).hasMessage(shifted
				+ ": sheet \"Learner\", row 3: \"This cell holds a whole description i...\" is not a rule name;"
				+ " is the rule-name column the right one?");

		Path open = tmp.resolve("open-quote.csv");
		Files.writeString(open, "Rule Name,Error message\nR59,\"never closed\n");
		assertThatThrownBy(() -> importer.importFile(open)).hasMessage(open + ": line 2: a quoted value is never closed");
		assertThat(List.of(tmp.resolve("user-rules").toFile().list() == null ? new String[0]
				: tmp.resolve("user-rules").toFile().list())).isEmpty();
	}
}

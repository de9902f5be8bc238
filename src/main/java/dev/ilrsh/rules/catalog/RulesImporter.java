package dev.ilrsh.rules.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the DfE's yearly validation-rules spreadsheet (the {@code .xlsx} users download, or a {@code .csv} saved
 * from one of its sheets) and keeps its official error messages in the user's rules directory, where
 * {@link RuleCatalog#load(Path)} finds them.
 *
 * <p>Headers are found by name, not position: on each sheet the first ten rows are searched for a rule column
 * ({@code Rule Name}, {@code Rule ID}) and a message column ({@code Error message}), ignoring case, spaces and line
 * breaks. Sheets without both (document history, derived data, lookup tables) are skipped. Extra columns and any
 * column order are fine.
 */
public final class RulesImporter {

	private static final int HEADER_SEARCH_ROWS = 10;

	private static final int MAX_NAME_LENGTH = 60;

	/** The longest rule names are system rules of three words ({@code Protected ZIP file}). */
	private static final int MAX_NAME_WORDS = 3;

	private static final Pattern YEAR_LONG = Pattern.compile("(20\\d\\d)\\D{1,4}(20)?(\\d\\d)");

	private static final Pattern YEAR_SHORT = Pattern.compile("(?<!\\d)(\\d\\d)[-_ ](\\d\\d)(?!\\d)");

	private final Path directory;

	private final RuleCatalog catalog;

	/** Imports into {@code ~/.ilrsh/rules}, checking names against the bundled catalog. */
	public RulesImporter() {
		this(OfficialMessages.defaultDirectory(), RuleCatalog.loadBundled());
	}

	/** Imports into {@code userRulesDirectory}, checking names against {@code catalog}. */
	public RulesImporter(Path userRulesDirectory, RuleCatalog catalog) {
		this.directory = userRulesDirectory;
		this.catalog = catalog;
	}

	/** Where imported messages are kept. */
	public Path directory() {
		return directory;
	}

	/** Imports a spreadsheet; the year is read from the file name ({@code 2025 to 2026}, {@code 25-26}) or is this year's. */
	public ImportResult importFile(Path file) {
		return importFile(file, yearFromName(file.getFileName().toString()));
	}

	/** Imports a spreadsheet for the given collection year ({@code 2025-26}). */
	public ImportResult importFile(Path file, String year) {
		if (!Files.isRegularFile(file)) {
			throw new RulesImportException(file + ": no such file");
		}
		String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
		List<Table> tables;
		if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
			tables = List.of(csvTable(file));
		}
		else if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
			tables = workbookTables(file);
		}
		else {
			throw new RulesImportException(file + ": not a .xlsx or .csv file");
		}
		List<OfficialMessages.Message> messages = new ArrayList<>();
		List<String> sheets = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		int rows = 0;
		int withoutMessage = 0;
		for (Table t : tables) {
			Columns c = columns(t);
			if (c == null) {
				continue;
			}
			sheets.add(t.name);
			for (int i = c.headerRow + 1; i < t.rows.size(); i++) {
				List<String> row = t.rows.get(i);
				String ruleCell = cell(row, c.rule);
				if (ruleCell.isBlank()) {
					continue;
				}
				rows++;
				String message = OfficialMessages.clean(cell(row, c.message));
				List<String> names = names(ruleCell, file, t.name, i);
				if (message.isEmpty()) {
					withoutMessage++;
					continue;
				}
				String severity = c.severity < 0 ? "" : OfficialMessages.clean(cell(row, c.severity));
				for (String name : names) {
					messages.add(new OfficialMessages.Message(name, t.name, severity, message));
					if (catalog.find(name).isEmpty() && !unknown.contains(name)) {
						unknown.add(name);
					}
				}
			}
		}
		if (sheets.isEmpty()) {
			throw new RulesImportException(file + ": no sheet has both a \"Rule Name\" (or \"Rule ID\") and an"
					+ " \"Error message\" column header in its first " + HEADER_SEARCH_ROWS + " rows");
		}
		OfficialMessages store = new OfficialMessages(year, messages);
		try {
			Path saved = store.write(directory, file.getFileName().toString());
			return new ImportResult(file, year, saved, store.size(), sheets, rows, withoutMessage, unknown);
		}
		catch (IOException e) {
			throw new RulesImportException(file + ": cannot save the messages under " + directory + ": " + e.getMessage(), e);
		}
	}

	/** The collection year a file name refers to, or this catalog's year when it names none. */
	static String yearFromName(String name) {
		Matcher m = YEAR_LONG.matcher(name);
		while (m.find()) {
			int a = Integer.parseInt(m.group(1).substring(2));
			if (Integer.parseInt(m.group(3)) == (a + 1) % 100) {
				return m.group(1) + "-" + m.group(3);
			}
		}
		m = YEAR_SHORT.matcher(name);
		while (m.find()) {
			int a = Integer.parseInt(m.group(1));
			int b = Integer.parseInt(m.group(2));
			if (b == (a + 1) % 100) {
				return "20" + m.group(1) + "-" + m.group(2);
			}
		}
		return RuleCatalog.YEAR;
	}

	/**
	 * The rule names in a name cell. A cell can hold a struck-through old name before the new one
	 * ({@code FD_DOMICILE_AL FD_PERMADDCOUNTRY_AL}); then both are kept. Names of system rules contain spaces
	 * ({@code Inconsistent UKPRN}) and are kept whole.
	 */
	private static List<String> names(String cell, Path file, String sheet, int rowIndex) {
		String text = cell.strip();
		String[] tokens = text.split("\\s+");
		boolean allNames = tokens.length > 1;
		for (String t : tokens) {
			allNames &= t.contains("_");
		}
		if (allNames) {
			return List.of(tokens);
		}
		if (text.length() > MAX_NAME_LENGTH || text.indexOf('\n') >= 0 || tokens.length > MAX_NAME_WORDS) {
			throw new RulesImportException(file + ": sheet \"" + sheet + "\", row " + (rowIndex + 1) + ": \""
					+ shorten(text) + "\" is not a rule name; is the rule-name column the right one?");
		}
		return List.of(text.replaceAll("\\s+", " "));
	}

	private static String shorten(String s) {
		String t = s.replaceAll("\\s+", " ");
		return t.length() > 40 ? t.substring(0, 37) + "..." : t;
	}

	private record Table(String name, List<List<String>> rows) {
	}

	private record Columns(int headerRow, int rule, int message, int severity) {
	}

	private static Columns columns(Table t) {
		for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, t.rows.size()); r++) {
			List<String> row = t.rows.get(r);
			int rule = -1;
			int message = -1;
			int severity = -1;
			for (int c = 0; c < row.size(); c++) {
				String h = header(row.get(c));
				if (rule < 0 && (h.equals("rulename") || h.equals("ruleid") || h.equals("rule"))) {
					rule = c;
				}
				else if (message < 0 && (h.equals("errormessage") || h.equals("message"))) {
					message = c;
				}
				else if (severity < 0 && (h.equals("error/warning") || h.equals("severity"))) {
					severity = c;
				}
			}
			if (rule >= 0 && message >= 0) {
				return new Columns(r, rule, message, severity);
			}
		}
		return null;
	}

	private static String header(String s) {
		return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
	}

	private static String cell(List<String> row, int c) {
		return c < row.size() && row.get(c) != null ? row.get(c) : "";
	}

	private static List<Table> workbookTables(Path file) {
		List<Table> tables = new ArrayList<>();
		DataFormatter fmt = new DataFormatter(Locale.UK);
		try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
			for (Sheet sheet : wb) {
				List<List<String>> rows = new ArrayList<>();
				for (int r = 0; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					List<String> cells = new ArrayList<>();
					if (row != null) {
						for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
							Cell cell = row.getCell(c);
							cells.add(cell == null ? "" : fmt.formatCellValue(cell));
						}
					}
					rows.add(cells);
				}
				tables.add(new Table(sheet.getSheetName(), rows));
			}
		}
		catch (IOException | RuntimeException e) {
			String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
			throw new RulesImportException(file + ": not a readable Excel workbook (" + reason + ")", e);
		}
		return tables;
	}

	private static Table csvTable(Path file) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new RulesImportException(file + ": cannot read (" + e.getMessage() + ")", e);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char sep = firstLine.indexOf('\t') >= 0 ? '\t' : (count(firstLine, ';') > count(firstLine, ',') ? ';' : ',');
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int quoteLine = 0;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (ch == '\n') {
						line++;
					}
					cell.append(ch);
				}
			}
			else if (ch == '"' && cell.length() == 0) {
				quoted = true;
				quoteLine = line;
			}
			else if (ch == sep) {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				line++;
			}
			else {
				cell.append(ch);
			}
		}
		if (quoted) {
			throw new RulesImportException(file + ": line " + quoteLine + ": a quoted value is never closed");
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return new Table(file.getFileName().toString(), rows);
	}

	private static int count(String s, char c) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

}

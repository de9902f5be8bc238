package dev.ilrsh.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;

/**
 * Writes tables as an Excel workbook (.xlsx), one sheet a table: a bold header row that stays in view, filters on
 * every column, numbers as numbers, dates as dates, and text as text. A text that Excel would take for a formula
 * ({@code =HYPERLINK(…)}) is stored as text marked with Excel's leading apostrophe, so it never runs, even when the
 * cell is edited. Rows go straight into the file as it is written, so a large table needs no temporary files and
 * little memory.
 */
public final class Spreadsheet {

	/** One sheet: its name and its table. */
	public record Sheet(String name, Table table) {
	}

	/** Columns are never made wider than this many characters. */
	private static final int WIDEST_COLUMN = 60;

	/** Rows looked at to size the columns. */
	private static final int ROWS_SIZED = 1000;

	private Spreadsheet() {
	}

	public static void write(List<Sheet> sheets, OutputStream out) throws IOException {
		try (DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(200)) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
			CellStyle quoted = workbook.createCellStyle();
			quoted.setQuotePrefixed(true);
			Styles styles = new Styles(header, date, dateTime, quoted);
			java.util.Set<String> used = new java.util.HashSet<>();
			for (Sheet s : sheets) {
				DeferredSXSSFSheet sheet = workbook.createSheet(uniqueName(s.name(), used));
				Table table = s.table();
				int columns = table.columns().size();
				for (int c = 0; c < columns; c++) {
					sheet.setColumnWidth(c, 256 * (width(table, c) + 2));
				}
				sheet.createFreezePane(0, 1);
				if (columns > 0) {
					sheet.setAutoFilter(new CellRangeAddress(0, table.size(), 0, columns - 1));
				}
				sheet.setRowGenerator(generated -> {
					Row names = generated.createRow(0);
					for (int c = 0; c < columns; c++) {
						Cell cell = names.createCell(c);
						cell.setCellValue(table.columns().get(c));
						cell.setCellStyle(styles.header());
					}
					for (int r = 0; r < table.size(); r++) {
						dev.ilrsh.cancel.Cancellation.check();
						Row row = generated.createRow(r + 1);
						List<Object> values = table.rows().get(r);
						for (int c = 0; c < columns; c++) {
							cell(row, c, values.get(c), styles);
						}
					}
				});
			}
			workbook.write(keptOpen(out));
			workbook.dispose();
		}
	}

	/** The stream, which POI may close when it has written the workbook, left open for the caller to finish. */
	private static OutputStream keptOpen(OutputStream out) {
		return new java.io.FilterOutputStream(out) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				out.flush();
			}
		};
	}

	private record Styles(CellStyle header, CellStyle date, CellStyle dateTime, CellStyle quoted) {
	}

	private static void cell(Row row, int c, Object value, Styles styles) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(c);
		if (value instanceof BigDecimal d) {
			cell.setCellValue(d.doubleValue());
		}
		else if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else if (value instanceof Boolean b) {
			cell.setCellValue(b);
		}
		else if (value instanceof LocalDate d) {
			cell.setCellValue(d);
			cell.setCellStyle(styles.date());
		}
		else if (value instanceof LocalDateTime t) {
			cell.setCellValue(t);
			cell.setCellStyle(styles.dateTime());
		}
		else {
			String text = value instanceof Collection<?> ? TableRenderer.plain(value) : value.toString();
			cell.setCellValue(text);
			if (TableRenderer.isFormulaLike(value, text)) {
				cell.setCellStyle(styles.quoted());
			}
		}
	}

	private static int width(Table table, int c) {
		int w = table.columns().get(c).length();
		int rows = Math.min(table.size(), ROWS_SIZED);
		for (int r = 0; r < rows; r++) {
			w = Math.max(w, TableRenderer.plain(table.rows().get(r).get(c)).length());
		}
		return Math.min(w, WIDEST_COLUMN);
	}

	/** A name Excel accepts (31 characters, none of {@code []:*?/\}), different from the sheets before it. */
	private static String uniqueName(String wanted, java.util.Set<String> used) {
		String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
		String name = base;
		for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
			String suffix = " " + n;
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}
}

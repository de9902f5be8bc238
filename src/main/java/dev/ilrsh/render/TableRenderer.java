package dev.ilrsh.render;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints a {@link Table} as an aligned text table, CSV (RFC 4180) or a JSON array of objects. */
public final class TableRenderer {

	private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private TableRenderer() {
	}

	public static String render(Table table, Format format) {
		StringWriter text = new StringWriter();
		render(table, format, new PrintWriter(text));
		return text.toString();
	}

	public static void render(Table table, Format format, PrintWriter out) {
		switch (format) {
			case TABLE -> text(table, out);
			case CSV -> csv(table, out);
			case JSON -> json(table, out);
		}
		out.flush();
	}

	private static void text(Table table, PrintWriter out) {
		int n = table.columns().size();
		int[] widths = new int[n];
		List<String[]> cells = new ArrayList<>(table.size());
		for (int c = 0; c < n; c++) {
			widths[c] = table.columns().get(c).length();
		}
		for (List<Object> row : table.rows()) {
			String[] line = new String[n];
			for (int c = 0; c < n; c++) {
				line[c] = plain(row.get(c));
				widths[c] = Math.max(widths[c], line[c].length());
			}
			cells.add(line);
		}
		line(out, table.columns().toArray(String[]::new), widths);
		String[] rule = new String[n];
		for (int c = 0; c < n; c++) {
			rule[c] = "-".repeat(widths[c]);
		}
		line(out, rule, widths);
		for (String[] line : cells) {
			line(out, line, widths);
		}
	}

	private static void line(PrintWriter out, String[] cells, int[] widths) {
		StringBuilder b = new StringBuilder();
		for (int c = 0; c < cells.length; c++) {
			if (c > 0) {
				b.append("  ");
			}
			b.append(cells[c]);
			if (c < cells.length - 1) {
				b.append(" ".repeat(widths[c] - cells[c].length()));
			}
		}
		out.println(b.toString().stripTrailing());
	}

	private static void csv(Table table, PrintWriter out) {
		out.print(csvLine(new ArrayList<>(table.columns())));
		for (List<Object> row : table.rows()) {
			out.print(csvLine(row));
		}
	}

	private static String csvLine(List<?> values) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				b.append(',');
			}
			String v = plain(values.get(i));
			if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
				b.append('"').append(v.replace("\"", "\"\"")).append('"');
			}
			else {
				b.append(v);
			}
		}
		return b.append("\r\n").toString();
	}

	private static void json(Table table, PrintWriter out) {
		List<Map<String, Object>> objects = new ArrayList<>(table.size());
		for (List<Object> row : table.rows()) {
			Map<String, Object> object = new LinkedHashMap<>();
			for (int c = 0; c < table.columns().size(); c++) {
				object.put(table.columns().get(c), jsonValue(row.get(c)));
			}
			objects.add(object);
		}
		out.println(JSON.writeValueAsString(objects));
	}

	private static Object jsonValue(Object value) {
		if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
			return value.toString();
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(TableRenderer::jsonValue).toList();
		}
		return value;
	}

	/** The text of a value in a table cell or CSV field: blank for null, ISO dates, lists joined with spaces. */
	public static String plain(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Collection<?> list) {
			return String.join(" ", list.stream().map(TableRenderer::plain).toList());
		}
		return value.toString();
	}
}

package dev.ilrsh.render;

import dev.ilrsh.model.Codes;
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
import java.util.regex.Pattern;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints a {@link Table} as an aligned text table for people, CSV (RFC 4180) or a JSON array of objects.
 *
 * <p>
 * The text table shows coded values with their meaning ({@code 2 completed}) and every value made safe for a
 * terminal ({@link SafeText}); {@link #styled(Table, int)} also fits it to a width. CSV and JSON carry the values
 * themselves, except that a CSV cell that a spreadsheet would run as a formula is neutralised
 * ({@link #csvCell(Object)}), and JSON escapes characters that could drive a terminal.
 */
public final class TableRenderer {

	private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
		.characterEscapes(new TerminalSafeEscapes())
		.build()).enable(SerializationFeature.INDENT_OUTPUT).build();

	/** A plain number: stays a number in a spreadsheet, even when negative. */
	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private TableRenderer() {
	}

	public static String render(Table table, Format format) {
		StringWriter text = new StringWriter();
		render(table, format, new PrintWriter(text));
		return text.toString();
	}

	/**
	 * Prints a table. TABLE gives the text at its natural width; XLSX is a file format and cannot be printed as text.
	 */
	public static void render(Table table, Format format, PrintWriter out) {
		switch (format) {
			case TABLE -> out.print(styled(table, 0).plain());
			case CSV -> csv(table, out);
			case JSON -> json(table, out);
			case XLSX -> throw new IllegalArgumentException("xlsx is written to a file, not printed");
		}
		out.flush();
	}

	/** The text table for people, fitted to {@code width} columns (0: as wide as it needs). */
	public static Styled styled(Table table, int width) {
		return TableLayout.of(table).render(width).text();
	}

	/** The text table fitted to {@code width} columns, with whether values had to be shortened to fit. */
	public static TableLayout.Fitted fitted(Table table, int width) {
		return TableLayout.of(table).render(width);
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
			b.append(csvCell(values.get(i)));
		}
		return b.append("\r\n").toString();
	}

	/**
	 * One CSV field. A text that a spreadsheet would take for a formula (it starts with {@code = + - @}, a tab or a
	 * carriage return) gets a leading apostrophe and is quoted, as OWASP recommends, so that it opens as text; numbers
	 * and dates are left as they are, a negative number included.
	 */
	public static String csvCell(Object value) {
		String v = plain(value);
		boolean formula = isFormulaLike(value, v);
		if (formula) {
			v = "'" + v;
		}
		if (formula || v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
			return '"' + v.replace("\"", "\"\"") + '"';
		}
		return v;
	}

	/** True when a spreadsheet would run this text as a formula; numbers never are. */
	public static boolean isFormulaLike(Object value, String text) {
		if (value instanceof Number || value instanceof TemporalAccessor || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
		return risky && !NUMBER.matcher(text).matches();
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

	/** The text of a value in a CSV field: blank for null, ISO dates, lists joined with spaces. */
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

	/**
	 * A value as a person reads it in a column: a code with its meaning, and nothing that could drive a terminal.
	 */
	public static String shown(String column, Object value) {
		String text = value instanceof Collection<?> ? plain(value) : Codes.label(column, value == null ? null : plain(value));
		return SafeText.value(text);
	}

	/** JSON escapes the characters (C1 controls, direction overrides) that the standard lets through raw. */
	private static final class TerminalSafeEscapes extends CharacterEscapes {

		private final int[] ascii = standardAsciiEscapesForJSON();

		TerminalSafeEscapes() {
			ascii[0x7F] = ESCAPE_CUSTOM;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return ascii;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			if (SafeText.isUnsafe(ch) && ch >= 0x7F) {
				return new tools.jackson.core.io.SerializedString(String.format("\\u%04X", ch));
			}
			return null;
		}
	}
}

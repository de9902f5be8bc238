package dev.ilrsh.refdata;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads comma-separated values as the DfE publishes them: a header row, fields in double quotes or bare, a quote
 * inside a quoted field doubled, line breaks allowed inside quotes, a byte-order mark ignored. Columns are found by
 * header name, whatever their order, without regard to case.
 */
final class CsvReader implements AutoCloseable {

	private final Reader in;
	private final String source;
	private final Map<String, Integer> columns = new HashMap<>();
	private final List<String> header;
	private int line = 1;
	private int recordLine;
	private int next = -2;

	CsvReader(Reader in, String source) throws IOException {
		this.in = in;
		this.source = source;
		int first = read();
		if (first != '\uFEFF') {
			next = first;
		}
		List<String> names = record();
		if (names == null) {
			throw new RefDataException(source + " is empty: it has no header row");
		}
		header = List.copyOf(names);
		for (int i = 0; i < names.size(); i++) {
			columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
	}

	/** The header names as written. */
	List<String> header() {
		return header;
	}

	/** Whether the file has a column of this name. */
	boolean has(String column) {
		return columns.containsKey(column.toLowerCase(Locale.ROOT));
	}

	/** The line the last record started on, for messages. */
	int line() {
		return recordLine;
	}

	/** The next record as a row that reads fields by column name, or null at the end of the file. */
	Row next() throws IOException {
		List<String> fields = record();
		while (fields != null && fields.size() == 1 && fields.get(0).isBlank()) {
			fields = record();
		}
		return fields == null ? null : new Row(fields);
	}

	/** One record. */
	final class Row {

		private final List<String> fields;

		private Row(List<String> fields) {
			this.fields = fields;
		}

		/** The field in this column, stripped; empty when the column or the field is missing. */
		String get(String column) {
			Integer i = columns.get(column.toLowerCase(Locale.ROOT));
			return i == null || i >= fields.size() ? "" : fields.get(i).strip();
		}

		int line() {
			return recordLine;
		}

		String source() {
			return source;
		}
	}

	private int read() throws IOException {
		if (next != -2) {
			int c = next;
			next = -2;
			return c;
		}
		return in.read();
	}

	private List<String> record() throws IOException {
		int c = read();
		if (c == -1) {
			return null;
		}
		recordLine = line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		while (true) {
			if (quoted) {
				if (c == -1) {
					throw new RefDataException(source + " line " + recordLine + ": a quoted field is never closed");
				}
				if (c == '"') {
					int d = read();
					if (d == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						c = d;
						continue;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\r' || c == '\n' || c == -1) {
				if (c == '\r') {
					int d = read();
					if (d != '\n') {
						next = d;
					}
				}
				if (c != -1) {
					line++;
				}
				fields.add(field.toString());
				return fields;
			}
			else {
				field.append((char) c);
			}
			c = read();
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}

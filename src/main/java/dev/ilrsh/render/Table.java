package dev.ilrsh.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A listing: named columns and rows of values. Column names are ILR element names where a column is an ILR field
 * (they become the JSON keys). Values are strings, numbers, booleans, dates, lists, or null for blank.
 *
 * @param optional columns a narrow terminal may leave out of the text table, the first named first (CSV, JSON and
 *     xlsx always have them)
 */
public record Table(List<String> columns, List<List<Object>> rows, List<String> optional) {

	public Table {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		optional = List.copyOf(optional);
	}

	public Table(List<String> columns, List<List<Object>> rows) {
		this(columns, rows, List.of());
	}

	public static Builder builder(String... columns) {
		return new Builder(List.of(columns));
	}

	public static Builder builder(List<String> columns) {
		return new Builder(columns);
	}

	public int size() {
		return rows.size();
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

	/** The first {@code n} rows. */
	public Table first(int n) {
		return n >= rows.size() ? this : new Table(columns, rows.subList(0, n), optional);
	}

	/**
	 * This table with a column added after another, its value worked out from each row; a narrow terminal leaves it
	 * out first. Unchanged when there is no such column.
	 */
	public Table withColumnAfter(String after, String name, java.util.function.Function<List<Object>, Object> value) {
		int at = columns.indexOf(after);
		if (at < 0) {
			return this;
		}
		List<String> names = new ArrayList<>(columns);
		names.add(at + 1, name);
		List<List<Object>> out = new ArrayList<>(rows.size());
		for (List<Object> row : rows) {
			List<Object> r = new ArrayList<>(row);
			r.add(at + 1, value.apply(row));
			out.add(java.util.Collections.unmodifiableList(r));
		}
		List<String> leftOutFirst = new ArrayList<>(optional);
		leftOutFirst.add(0, name);
		return new Table(names, out, leftOutFirst);
	}

	/** Builds a table row by row; a row must have one value per column. */
	public static final class Builder {

		private final List<String> columns;
		private final List<List<Object>> rows = new ArrayList<>();
		private final Set<String> optional = new LinkedHashSet<>();

		private Builder(List<String> columns) {
			this.columns = List.copyOf(columns);
		}

		public Builder row(Object... values) {
			if (values.length != columns.size()) {
				throw new IllegalArgumentException(
						"row has " + values.length + " values for " + columns.size() + " columns: " + columns);
			}
			rows.add(java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values))));
			return this;
		}

		/** Marks columns a narrow terminal may leave out, the first named first. */
		public Builder optional(String... names) {
			for (String name : names) {
				if (!columns.contains(name)) {
					throw new IllegalArgumentException("no column " + name + " in " + columns);
				}
				optional.add(name);
			}
			return this;
		}

		public Table build() {
			return new Table(columns, rows, List.copyOf(optional));
		}
	}
}

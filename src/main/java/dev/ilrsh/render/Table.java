package dev.ilrsh.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A listing: named columns and rows of values. Column names are ILR element names where a column is an ILR field
 * (they become the JSON keys). Values are strings, numbers, booleans, dates, lists, or null for blank.
 */
public record Table(List<String> columns, List<List<Object>> rows) {

	public Table {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
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

	/** Builds a table row by row; a row must have one value per column. */
	public static final class Builder {

		private final List<String> columns;
		private final List<List<Object>> rows = new ArrayList<>();

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

		public Table build() {
			return new Table(columns, rows);
		}
	}
}

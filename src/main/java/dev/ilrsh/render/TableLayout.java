package dev.ilrsh.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a table out as text for people, within a width when one is given. A table that is too wide first folds long
 * column names onto two lines at their word boundaries ({@code LearnPlan / EndDate}), then shortens the widest
 * values with "…", widest columns first; when even that cannot fit, each row becomes a block of name and value
 * lines (as psql's expanded display), so nothing is lost.
 */
public final class TableLayout {

	/** A shortened column keeps at least this many columns of its values (a date fits). */
	static final int MIN_VALUE_WIDTH = 10;

	private static final String GAP = "  ";

	/**
	 * The laid-out text.
	 *
	 * @param shortened true when some values were cut to fit
	 * @param expanded true when rows were shown as blocks because they could not fit side by side
	 */
	public record Fitted(Styled text, boolean shortened, boolean expanded) {
	}

	private final List<String> columns;
	private final List<String[]> cells;
	private final List<Style[]> styles;

	private TableLayout(List<String> columns, List<String[]> cells, List<Style[]> styles) {
		this.columns = columns;
		this.cells = cells;
		this.styles = styles;
	}

	public static TableLayout of(Table table) {
		List<String> columns = table.columns().stream().map(SafeText::value).toList();
		List<String[]> cells = new ArrayList<>(table.size());
		List<Style[]> styles = new ArrayList<>(table.size());
		int n = columns.size();
		for (List<Object> row : table.rows()) {
			String[] line = new String[n];
			Style[] style = new Style[n];
			for (int c = 0; c < n; c++) {
				line[c] = TableRenderer.shown(table.columns().get(c), row.get(c));
				style[c] = ColumnStyles.of(table.columns().get(c), row.get(c));
			}
			cells.add(line);
			styles.add(style);
		}
		return new TableLayout(columns, cells, styles);
	}

	/** The table within {@code width} columns; 0 or less for its natural width. */
	public Fitted render(int width) {
		int n = columns.size();
		int[] header = new int[n];
		int[] content = new int[n];
		for (int c = 0; c < n; c++) {
			header[c] = TextWidth.of(columns.get(c));
			for (String[] row : cells) {
				content[c] = Math.max(content[c], TextWidth.of(row[c]));
			}
		}
		int[] natural = new int[n];
		for (int c = 0; c < n; c++) {
			natural[c] = Math.max(header[c], content[c]);
		}
		if (width <= 0 || total(natural) <= width) {
			return new Fitted(side(natural, false), false, false);
		}
		int[] folded = new int[n];
		int[] floor = new int[n];
		int[] start = new int[n];
		for (int c = 0; c < n; c++) {
			folded[c] = fold(columns.get(c)).width();
			floor[c] = Math.max(folded[c], Math.min(content[c], MIN_VALUE_WIDTH));
			start[c] = Math.max(folded[c], content[c]);
		}
		if (total(floor) > width) {
			return new Fitted(expanded(width), false, true);
		}
		int[] widths = waterFill(start, floor, width);
		boolean shortened = false;
		for (int c = 0; c < n; c++) {
			shortened |= widths[c] < content[c];
		}
		return new Fitted(side(widths, true), shortened, false);
	}

	/** The widest columns give way first, none below its floor: the largest level at which everything fits. */
	private static int[] waterFill(int[] start, int[] floor, int width) {
		int low = 0;
		int high = 0;
		for (int s : start) {
			high = Math.max(high, s);
		}
		int[] best = capped(start, floor, low);
		while (low <= high) {
			int level = (low + high) >>> 1;
			int[] widths = capped(start, floor, level);
			if (total(widths) <= width) {
				best = widths;
				low = level + 1;
			}
			else {
				high = level - 1;
			}
		}
		return best;
	}

	private static int[] capped(int[] start, int[] floor, int level) {
		int[] widths = new int[start.length];
		for (int c = 0; c < start.length; c++) {
			widths[c] = Math.min(start[c], Math.max(floor[c], level));
		}
		return widths;
	}

	private static int total(int[] widths) {
		int sum = GAP.length() * Math.max(0, widths.length - 1);
		for (int w : widths) {
			sum += w;
		}
		return sum;
	}

	/** Rows side by side under a rule; names that do not fit their column are folded onto two lines. */
	private Styled side(int[] widths, boolean mayFold) {
		int n = columns.size();
		String[] top = new String[n];
		String[] bottom = new String[n];
		boolean anyFolded = false;
		for (int c = 0; c < n; c++) {
			String name = columns.get(c);
			if (mayFold && TextWidth.of(name) > widths[c]) {
				Fold f = fold(name);
				top[c] = f.first();
				bottom[c] = f.second();
				anyFolded = true;
			}
			else {
				top[c] = "";
				bottom[c] = name;
			}
		}
		Styled out = new Styled();
		Style[] headerStyle = new Style[n];
		java.util.Arrays.fill(headerStyle, Style.HEADER);
		if (anyFolded) {
			line(out, top, headerStyle, widths);
		}
		line(out, bottom, headerStyle, widths);
		String[] rule = new String[n];
		Style[] ruleStyle = new Style[n];
		for (int c = 0; c < n; c++) {
			rule[c] = "-".repeat(widths[c]);
			ruleStyle[c] = Style.DIM;
		}
		line(out, rule, ruleStyle, widths);
		for (int r = 0; r < cells.size(); r++) {
			String[] row = cells.get(r).clone();
			for (int c = 0; c < n; c++) {
				row[c] = TextWidth.truncate(row[c], widths[c]);
			}
			line(out, row, styles.get(r), widths);
		}
		return out;
	}

	private static void line(Styled out, String[] cells, Style[] styles, int[] widths) {
		int last = cells.length - 1;
		while (last >= 0 && cells[last].isEmpty()) {
			last--;
		}
		for (int c = 0; c <= last; c++) {
			if (c > 0) {
				out.append(GAP);
			}
			out.append(cells[c], styles[c]);
			if (c < last) {
				out.append(" ".repeat(Math.max(0, widths[c] - TextWidth.of(cells[c]))));
			}
		}
		out.newline();
	}

	/** One block per row: a numbered rule, then each non-blank value beside its column's name, wrapped to fit. */
	private Styled expanded(int width) {
		int label = 0;
		for (String name : columns) {
			label = Math.max(label, TextWidth.of(name));
		}
		label = Math.min(label, Math.max(8, width / 3));
		int valueWidth = Math.max(10, width - label - GAP.length());
		Styled out = new Styled();
		for (int r = 0; r < cells.size(); r++) {
			String title = "-[ " + (r + 1) + " ]";
			out.append(title + "-".repeat(Math.max(0, Math.min(width, label + GAP.length() + 40) - title.length())),
					Style.DIM).newline();
			String[] row = cells.get(r);
			for (int c = 0; c < columns.size(); c++) {
				if (row[c].isEmpty()) {
					continue;
				}
				List<String> lines = Wrap.lines(row[c], valueWidth);
				for (int i = 0; i < lines.size(); i++) {
					String name = i == 0 ? TextWidth.truncate(columns.get(c), label) : "";
					out.append(TextWidth.pad(name, label), Style.HEADER).append(GAP).append(lines.get(i), styles.get(r)[c])
						.newline();
				}
			}
		}
		return out;
	}

	/** A column name split onto two lines at the word boundary that makes the wider line narrowest. */
	record Fold(String first, String second) {

		int width() {
			return Math.max(TextWidth.of(first), TextWidth.of(second));
		}
	}

	static Fold fold(String name) {
		Fold best = new Fold("", name);
		for (int i = 1; i < name.length(); i++) {
			char before = name.charAt(i - 1);
			char at = name.charAt(i);
			boolean boundary = Character.isLowerCase(before) && Character.isUpperCase(at)
					|| before == '_' || before == ' ' || before == '-';
			if (!boundary) {
				continue;
			}
			Fold f = new Fold(name.substring(0, i).strip(), name.substring(i).strip());
			if (f.width() < best.width()) {
				best = f;
			}
		}
		return best;
	}
}

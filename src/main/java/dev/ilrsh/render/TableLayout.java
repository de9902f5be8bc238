package dev.ilrsh.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays a table out as text for people, within a width when one is given. A table that is too wide first folds long
 * column names onto two lines at their word boundaries ({@code LearnPlan / EndDate}), then leaves out the columns
 * the table marks optional, shows codes without their meaning ({@code 36} for {@code 36 apprenticeships}), puts the
 * items of a list one under the other, and shortens the widest values with "…", widest columns first, none to less
 * than a third of its width. When even that cannot fit, each row becomes a block of name and value lines (as psql's
 * expanded display), so nothing is lost.
 */
public final class TableLayout {

	/** A shortened column keeps at least this many columns of its values (a date fits). */
	static final int MIN_VALUE_WIDTH = 10;

	/** A column of long values need keep no more than this many columns when shortened. */
	static final int MOST_KEPT = 40;

	private static final String GAP = "  ";

	/**
	 * The laid-out text.
	 *
	 * @param shortened true when some values were cut to fit
	 * @param expanded true when rows were shown as blocks because they could not fit side by side
	 * @param left the optional columns left out to fit
	 */
	public record Fitted(Styled text, boolean shortened, boolean expanded, List<String> left) {
	}

	/**
	 * A value as shown: in full, in brief (a code without its meaning), as items (a list, which may be stacked; null
	 * for other values), and its style.
	 */
	private record Cell(String full, String brief, List<String> items, Style style) {

		/** The lines of this value in a column {@code width} wide. */
		List<String> lines(int width) {
			if (TextWidth.of(full) <= width) {
				return List.of(full);
			}
			if (TextWidth.of(brief) <= width) {
				return List.of(brief);
			}
			if (items != null && items.size() > 1) {
				return items.stream().map(i -> TextWidth.truncate(i, width)).toList();
			}
			return List.of(TextWidth.truncate(full, width));
		}

		/** True when some of the value is cut at this width. */
		boolean cut(int width) {
			if (TextWidth.of(full) <= width || TextWidth.of(brief) <= width) {
				return false;
			}
			return items == null || items.size() <= 1 || widest() > width;
		}

		int widest() {
			return items == null ? TextWidth.of(full) : items.stream().mapToInt(TextWidth::of).max().orElse(0);
		}
	}

	private final List<String> columns;
	private final List<Cell[]> rows;
	private final List<String> optional;

	private TableLayout(List<String> columns, List<Cell[]> rows, List<String> optional) {
		this.columns = columns;
		this.rows = rows;
		this.optional = optional;
	}

	public static TableLayout of(Table table) {
		List<String> columns = table.columns();
		List<Cell[]> rows = new ArrayList<>(table.size());
		int n = columns.size();
		for (List<Object> row : table.rows()) {
			Cell[] cells = new Cell[n];
			for (int c = 0; c < n; c++) {
				Object value = row.get(c);
				List<String> items = value instanceof java.util.Collection<?> list
						? list.stream().map(v -> SafeText.value(TableRenderer.plain(v))).toList() : null;
				cells[c] = new Cell(TableRenderer.shown(columns.get(c), value), SafeText.value(TableRenderer.plain(value)),
						items, ColumnStyles.of(columns.get(c), value));
			}
			rows.add(cells);
		}
		return new TableLayout(columns.stream().map(SafeText::value).toList(), rows, table.optional());
	}

	/** The table within {@code width} columns; 0 or less for its natural width. */
	public Fitted render(int width) {
		int[] all = new int[columns.size()];
		for (int c = 0; c < all.length; c++) {
			all[c] = c;
		}
		int[] natural = natural(all);
		if (width <= 0 || total(natural) <= width) {
			return new Fitted(side(all, natural, false), false, false, List.of());
		}
		int[] shown = all;
		List<String> left = new ArrayList<>();
		for (String drop : optional) {
			if (total(comfortable(shown)) <= width) {
				break;
			}
			int index = columns.indexOf(SafeText.value(drop));
			shown = Arrays.stream(shown).filter(c -> c != index).toArray();
			left.add(drop);
		}
		int[] floor = floor(shown);
		if (total(floor) > width) {
			return new Fitted(expanded(width), false, true, List.of());
		}
		int[] start = start(shown);
		int[] widths = waterFill(start, floor, width);
		// a code shows with its meaning or without, and a list on one line or stacked: a column too narrow for the
		// one needs only the other's width
		for (boolean snapped = true; snapped;) {
			snapped = false;
			for (int i = 0; i < shown.length; i++) {
				int narrower = Math.max(fold(columns.get(shown[i])).width(),
						isCoded(shown[i]) ? content(shown[i], true) : isList(shown[i]) ? widestItem(shown[i]) : start[i]);
				if (narrower < start[i] && widths[i] < start[i]) {
					start[i] = narrower;
					snapped = true;
				}
			}
			if (snapped) {
				widths = waterFill(start, floor, width);
			}
		}
		boolean shortened = false;
		for (int i = 0; i < shown.length; i++) {
			for (Cell[] row : rows) {
				shortened |= row[shown[i]].cut(widths[i]);
			}
		}
		return new Fitted(side(shown, widths, true), shortened, false, List.copyOf(left));
	}

	private int[] natural(int[] shown) {
		int[] widths = new int[shown.length];
		for (int i = 0; i < shown.length; i++) {
			widths[i] = Math.max(TextWidth.of(columns.get(shown[i])), content(shown[i], false));
		}
		return widths;
	}

	/** Widths with long names folded and codes without their meaning: the table as it shows with nothing cut. */
	private int[] comfortable(int[] shown) {
		int[] widths = new int[shown.length];
		for (int i = 0; i < shown.length; i++) {
			widths[i] = Math.max(fold(columns.get(shown[i])).width(), content(shown[i], true));
		}
		return widths;
	}

	/** True when the column's values show in brief as codes without their meaning. */
	private boolean isCoded(int c) {
		for (Cell[] row : rows) {
			if (!row[c].brief().equals(row[c].full()) && row[c].items() == null) {
				return true;
			}
		}
		return false;
	}

	private boolean isList(int c) {
		return rows.stream().anyMatch(row -> row[c].items() != null && row[c].items().size() > 1);
	}

	private int widestItem(int c) {
		int w = 0;
		for (Cell[] row : rows) {
			w = Math.max(w, row[c].widest());
		}
		return w;
	}

	/** Widths with long names folded, before any value is shortened. */
	private int[] start(int[] shown) {
		int[] widths = new int[shown.length];
		for (int i = 0; i < shown.length; i++) {
			widths[i] = Math.max(fold(columns.get(shown[i])).width(), content(shown[i], false));
		}
		return widths;
	}

	/**
	 * The narrowest each column may become: its folded name, and its codes, or a third of its widest value (at
	 * least a date's width, at most {@link #MOST_KEPT}): a value cut shorter than that says too little.
	 */
	private int[] floor(int[] shown) {
		int[] widths = new int[shown.length];
		for (int i = 0; i < shown.length; i++) {
			int c = shown[i];
			int full = content(c, false);
			int brief = content(c, true);
			int widest = 0;
			for (Cell[] row : rows) {
				widest = Math.max(widest, row[c].widest());
			}
			int values = brief < full ? brief
					: Math.min(widest, Math.max(MIN_VALUE_WIDTH, Math.min(MOST_KEPT, widest / 3)));
			widths[i] = Math.max(fold(columns.get(c)).width(), values);
		}
		return widths;
	}

	private int content(int c, boolean brief) {
		int w = 0;
		for (Cell[] row : rows) {
			w = Math.max(w, TextWidth.of(brief ? row[c].brief() : row[c].full()));
		}
		return w;
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
	private Styled side(int[] shown, int[] widths, boolean mayFold) {
		int n = shown.length;
		String[] top = new String[n];
		String[] bottom = new String[n];
		boolean anyFolded = false;
		for (int i = 0; i < n; i++) {
			String name = columns.get(shown[i]);
			if (mayFold && TextWidth.of(name) > widths[i]) {
				Fold f = fold(name);
				top[i] = f.first();
				bottom[i] = f.second();
				anyFolded = true;
			}
			else {
				top[i] = "";
				bottom[i] = name;
			}
		}
		Styled out = new Styled();
		Style[] headerStyle = new Style[n];
		Arrays.fill(headerStyle, Style.HEADER);
		if (anyFolded) {
			line(out, top, headerStyle, widths);
		}
		line(out, bottom, headerStyle, widths);
		String[] rule = new String[n];
		Style[] ruleStyle = new Style[n];
		for (int i = 0; i < n; i++) {
			rule[i] = "-".repeat(widths[i]);
			ruleStyle[i] = Style.DIM;
		}
		line(out, rule, ruleStyle, widths);
		for (Cell[] row : rows) {
			List<List<String>> lines = new ArrayList<>(n);
			Style[] style = new Style[n];
			int height = 1;
			for (int i = 0; i < n; i++) {
				Cell cell = row[shown[i]];
				lines.add(cell.lines(widths[i]));
				height = Math.max(height, lines.get(i).size());
				style[i] = cell.style();
			}
			for (int l = 0; l < height; l++) {
				String[] text = new String[n];
				for (int i = 0; i < n; i++) {
					text[i] = l < lines.get(i).size() ? lines.get(i).get(l) : "";
				}
				line(out, text, style, widths);
			}
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
		for (int r = 0; r < rows.size(); r++) {
			String title = "-[ " + (r + 1) + " ]";
			out.append(title + "-".repeat(Math.max(0, Math.min(width, label + GAP.length() + 40) - title.length())),
					Style.DIM).newline();
			Cell[] row = rows.get(r);
			for (int c = 0; c < columns.size(); c++) {
				if (row[c].full().isEmpty()) {
					continue;
				}
				List<String> lines = Wrap.lines(row[c].full(), valueWidth);
				for (int i = 0; i < lines.size(); i++) {
					String name = i == 0 ? TextWidth.truncate(columns.get(c), label) : "";
					out.append(TextWidth.pad(name, label), Style.HEADER).append(GAP).append(lines.get(i), row[c].style())
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

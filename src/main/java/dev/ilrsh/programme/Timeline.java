package dev.ilrsh.programme;

import dev.ilrsh.derived.DerivedData;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Draws episodes as plain-ASCII bars on one shared month scale, so that overlaps and gaps between programmes show.
 *
 * <pre>
 *                            2024        2025        2026
 *                            |           |           |
 * APP001 1 ZPROG001 25/91    ====================GA         achieved 2024-01-08 to 2025-10-22
 * APP002 1 ZPROG001 25/300                          =:::::  continuing 2025-11-03 to 2028-11-02 (planned)
 *
 * = in learning  : planned, not reached yet  G gateway (end of practical period)  A achievement date  * both in one column
 * </pre>
 *
 * One column is one month, or several when the span is wider than the column limit. The output depends only on the
 * episodes and the reference date, so it can be compared as a whole in tests.
 */
public final class Timeline {

	/** Widest bar drawn by default, in columns. */
	public static final int DEFAULT_COLUMNS = 96;

	private Timeline() {
	}

	/** Draws episodes with their reference date (the first episode's) and at most {@link #DEFAULT_COLUMNS} columns. */
	public static String render(List<ProgrammeEpisode> episodes) {
		LocalDate reference = episodes.isEmpty() ? LocalDate.now() : episodes.get(0).referenceDate();
		return render(episodes, reference, DEFAULT_COLUMNS);
	}

	/**
	 * Draws one line per episode.
	 *
	 * @param reference the date "now" means: open episodes are drawn in learning up to it and planned after it
	 * @param maxColumns the widest bar; longer spans put several months in a column
	 */
	public static String render(List<ProgrammeEpisode> episodes, LocalDate reference, int maxColumns) {
		if (episodes.isEmpty()) {
			return "(no programmes or aims)\n";
		}
		YearMonth first = null;
		YearMonth last = null;
		for (ProgrammeEpisode e : episodes) {
			if (e.start() == null) {
				continue;
			}
			YearMonth s = YearMonth.from(e.start());
			YearMonth end = YearMonth.from(drawnEnd(e, reference));
			first = first == null || s.isBefore(first) ? s : first;
			last = last == null || end.isAfter(last) ? end : last;
		}
		if (first == null) {
			return "(no start dates)\n";
		}
		if (last.isBefore(first)) {
			last = first;
		}
		first = YearMonth.of(first.getYear(), 1);
		long months = ChronoUnit.MONTHS.between(first, last) + 1;
		int perColumn = (int) Math.max(1, (months + maxColumns - 1) / maxColumns);
		int columns = (int) ((months + perColumn - 1) / perColumn);

		List<String> labels = new ArrayList<>();
		for (ProgrammeEpisode e : episodes) {
			labels.add(e.learnRefNumber() + " " + Objects.toString(e.mainAim().aimSeqNumber(), "?") + " " + e.label());
		}
		int labelWidth = labels.stream().mapToInt(String::length).max().orElse(0) + 2;

		StringBuilder out = new StringBuilder();
		char[] years = blank(columns);
		char[] ticks = blank(columns);
		int lastLabelEnd = -1;
		for (int c = 0; c < columns; c++) {
			YearMonth from = first.plusMonths((long) c * perColumn);
			YearMonth to = from.plusMonths(perColumn - 1L);
			boolean holdsJanuary = from.getMonthValue() == 1 || to.getYear() > from.getYear();
			if (holdsJanuary) {
				ticks[c] = '|';
				String year = Integer.toString(from.getMonthValue() == 1 ? from.getYear() : to.getYear());
				if (c > lastLabelEnd && c + year.length() <= columns + 4) {
					years = place(years, c, year);
					lastLabelEnd = c + year.length();
				}
			}
		}
		out.append(pad("", labelWidth)).append(new String(years).stripTrailing()).append('\n');
		out.append(pad("", labelWidth)).append(new String(ticks).stripTrailing()).append('\n');
		for (int i = 0; i < episodes.size(); i++) {
			ProgrammeEpisode e = episodes.get(i);
			char[] bar = blank(columns);
			if (e.start() != null) {
				LocalDate end = drawnEnd(e, reference);
				boolean open = e.isOpenEnded();
				int startCol = column(first, e.start(), perColumn);
				int inLearningEnd = column(first, open ? min(reference, end) : e.effectiveEnd(), perColumn);
				int endCol = column(first, open ? end : e.effectiveEnd(), perColumn);
				for (int c = startCol; c <= endCol && c < columns; c++) {
					bar[c] = c <= inLearningEnd ? '=' : ':';
				}
				if (e.status() == ProgrammeStatus.GATEWAY && e.actualEnd() != null) {
					int awaitingEnd = column(first, max(reference, e.actualEnd()), perColumn);
					for (int c = endCol + 1; c <= awaitingEnd && c < columns; c++) {
						bar[c] = '-';
					}
				}
				if (e.actualEnd() != null && (e.status() == ProgrammeStatus.GATEWAY || gatewayBeforeAchievement(e))) {
					mark(bar, column(first, e.actualEnd(), perColumn), 'G');
				}
				if (e.achDate() != null) {
					mark(bar, column(first, e.achDate(), perColumn), 'A');
				}
			}
			out.append(pad(labels.get(i), labelWidth)).append(new String(bar)).append("  ").append(describe(e))
				.append('\n');
		}
		out.append('\n');
		out.append("= in learning  : planned, not reached yet  G gateway (end of practical period)")
			.append("  - awaiting end-point assessment  A achievement date  * G and A in one column\n");
		out.append("one column = ")
			.append(perColumn == 1 ? "1 month" : perColumn + " months")
			.append(", reference date ")
			.append(reference)
			.append('\n');
		return out.toString();
	}

	/** The last date a bar reaches: the effective end, or for an open episode the later of reference and plan. */
	static LocalDate drawnEnd(ProgrammeEpisode e, LocalDate reference) {
		if (e.status() == ProgrammeStatus.GATEWAY && !e.isOpenEnded()) {
			return max(e.effectiveEnd(), reference);
		}
		if (!e.isOpenEnded()) {
			return e.effectiveEnd();
		}
		LocalDate end = reference;
		if (e.plannedEnd() != null && e.plannedEnd().isAfter(end)) {
			end = e.plannedEnd();
		}
		return end.isBefore(e.start()) ? e.start() : end;
	}

	private static boolean gatewayBeforeAchievement(ProgrammeEpisode e) {
		return e.isProgramme() && Objects.equals(e.progType(), DerivedData.PROG_TYPE_STANDARD) && e.achDate() != null
				&& e.actualEnd() != null && e.actualEnd().isBefore(e.achDate());
	}

	private static String describe(ProgrammeEpisode e) {
		StringBuilder b = new StringBuilder(e.status().label()).append(' ').append(e.start()).append(" to ");
		if (e.isOpenEnded()) {
			b.append(e.plannedEnd()).append(" (planned)");
		}
		else {
			b.append(e.effectiveEnd());
		}
		return b.toString();
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static int column(YearMonth first, LocalDate date, int perColumn) {
		return (int) (ChronoUnit.MONTHS.between(first, YearMonth.from(date)) / perColumn);
	}

	private static void mark(char[] bar, int c, char m) {
		if (c < 0 || c >= bar.length) {
			return;
		}
		bar[c] = (bar[c] == 'G' && m == 'A') || (bar[c] == 'A' && m == 'G') ? '*' : m;
	}

	private static char[] blank(int n) {
		char[] c = new char[n];
		Arrays.fill(c, ' ');
		return c;
	}

	private static char[] place(char[] line, int at, String text) {
		char[] wider = line.length >= at + text.length() ? line : Arrays.copyOf(line, at + text.length());
		for (int i = line.length; i < wider.length; i++) {
			wider[i] = ' ';
		}
		text.getChars(0, text.length(), wider, at);
		return wider;
	}

	private static String pad(String s, int width) {
		return s.length() >= width ? s : s + " ".repeat(width - s.length());
	}
}

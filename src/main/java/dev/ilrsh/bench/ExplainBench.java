package dev.ilrsh.bench;

import dev.ilrsh.rules.catalog.Explainer;
import dev.ilrsh.rules.catalog.Explanation;
import dev.ilrsh.rules.catalog.RuleCatalog;
import dev.ilrsh.rules.catalog.RuleMatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The measuring half of {@code bench/explain}: runs every message of a {@code rule<TAB>message} file through the
 * {@link Explainer} of the catalog as shipped (no imported messages) and counts how often the named rule comes
 * first, and within the first three. A wording several rules share counts as found when any of those rules is
 * there. Rows are split by a hash of the rule name into a tuned part (four in five) and a held-out part.
 *
 * <p>The file is read at run time only; ilrsh ships none of its sentences.
 */
public final class ExplainBench {

	private record Row(String rule, String message) {
	}

	private static final class Tally {

		int rows;
		int first;
		int three;

		void add(boolean isFirst, boolean inThree) {
			rows++;
			first += isFirst ? 1 : 0;
			three += inThree ? 1 : 0;
		}

		String line(String label) {
			return String.format(Locale.ROOT, "%-9s %4d rows   top-1 %4d  %5.1f%%   top-3 %4d  %5.1f%%", label, rows,
					first, pct(first), three, pct(three));
		}

		private double pct(int n) {
			return rows == 0 ? 0 : 100.0 * n / rows;
		}
	}

	private ExplainBench() {
	}

	/** Whether a rule's rows are held out of tuning: one rule name in five, by a fixed hash. */
	public static boolean heldOut(String rule) {
		CRC32 crc = new CRC32();
		crc.update(rule.getBytes(StandardCharsets.UTF_8));
		return crc.getValue() % 5 == 0;
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: ExplainBench MESSAGES.tsv [--misses] [--held-out]");
			System.exit(2);
		}
		Path file = Path.of(args[0]);
		boolean misses = List.of(args).contains("--misses");
		boolean onlyHeldOut = List.of(args).contains("--held-out");
		List<Row> rows = read(file);

		long start = System.nanoTime();
		RuleCatalog catalog = RuleCatalog.loadBundled();
		if (catalog.all().stream().anyMatch(e -> e.officialMessage().isPresent())) {
			throw new IllegalStateException("the bundled catalog carries official messages; the figures would be void");
		}
		Explainer explainer = new Explainer(catalog);
		double buildMs = (System.nanoTime() - start) / 1e6;
		// the file may spell a name differently from the catalog (case, a corrected typo): compare catalog names
		Map<String, Set<String>> sharing = new HashMap<>();
		for (Row r : rows) {
			String name = catalog.find(r.rule()).map(e -> e.name()).orElse(r.rule());
			sharing.computeIfAbsent(key(r.message()), k -> new HashSet<>()).add(name);
		}

		Tally all = new Tally();
		Tally tuned = new Tally();
		Tally held = new Tally();
		List<String> missed = new ArrayList<>();
		long searchStart = System.nanoTime();
		for (Row r : rows) {
			Explanation x = explainer.explain(r.message());
			List<String> top = new ArrayList<>();
			x.best().ifPresent(m -> top.add(m.rule().name()));
			for (RuleMatch c : x.candidates()) {
				if (top.size() >= 3) {
					break;
				}
				top.add(c.rule().name());
			}
			Set<String> right = sharing.get(key(r.message()));
			boolean first = !top.isEmpty() && right.contains(top.get(0));
			boolean three = top.stream().anyMatch(right::contains);
			all.add(first, three);
			(heldOut(r.rule()) ? held : tuned).add(first, three);
			if (!first && onlyHeldOut == heldOut(r.rule())) {
				missed.add((three ? "  3 " : "  - ") + r.rule() + (heldOut(r.rule()) ? " (held out)" : "") + "\t"
						+ r.message() + "\n      got " + String.join(", ", top));
			}
		}
		double searchMs = (System.nanoTime() - searchStart) / 1e6;

		if (misses) {
			System.out.println("Not first ('3' = within the first three, '-' = not even that):");
			missed.forEach(System.out::println);
			System.out.println();
		}
		System.out.println("explain over " + file.getFileName() + " (catalog as shipped, no imported messages)");
		System.out.println(all.line("all"));
		System.out.println(tuned.line("tuned"));
		System.out.println(held.line("held-out"));
		System.out.printf(Locale.ROOT, "index built in %.0f ms; %.2f ms a message on average%n", buildMs,
				searchMs / Math.max(1, rows.size()));
	}

	private static List<Row> read(Path file) throws IOException {
		List<Row> rows = new ArrayList<>();
		boolean header = true;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (header) {
				header = false;
				continue;
			}
			int tab = line.indexOf('\t');
			if (tab > 0 && !line.substring(tab + 1).isBlank()) {
				rows.add(new Row(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
			}
		}
		return rows;
	}

	private static String key(String message) {
		return message.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}‘’“”]+", " ").strip();
	}
}

package dev.ilrsh.bench;

import dev.ilrsh.render.Table;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times named steps and collects the figures as a table: the measuring half of {@code bench/run}. Steps that are
 * queries are run many times after a warm-up and reported by their median and 95th percentile.
 */
public final class Benchmark {

	/** Work to time. */
	@FunctionalInterface
	public interface Step {

		void run() throws Exception;
	}

	private final Table.Builder table = Table.builder("step", "runs", "median_ms", "p95_ms", "figure");

	/** Times one run of a step (after a garbage collection, so earlier steps' garbage is not counted). */
	public double once(String name, String figure, Step step) throws Exception {
		System.gc();
		long start = System.nanoTime();
		step.run();
		double ms = (System.nanoTime() - start) / 1e6;
		table.row(name, 1, round(ms), round(ms), figure);
		return ms;
	}

	/** Runs a step {@code warmup} times untimed, then {@code runs} times timed; records median and p95. */
	public double repeated(String name, int warmup, int runs, Step step) throws Exception {
		for (int i = 0; i < warmup; i++) {
			step.run();
		}
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			step.run();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		double median = times[runs / 2];
		table.row(name, runs, round(median), round(times[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)]), "");
		return median;
	}

	/** Adds a figure that is not a time (sizes, rates, memory). */
	public void figure(String name, String value) {
		table.row(name, "", "", "", value);
	}

	public Table table() {
		return table.build();
	}

	/** Forgets the heap's peak so far, so that {@link #peakHeapMegabytes} measures what follows. */
	public static void resetPeakHeap() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/**
	 * The heap's peak since {@link #resetPeakHeap}: the sum of each heap pool's peak, which can only overstate
	 * the true peak (pools peak at different moments).
	 */
	public static double peakHeapMegabytes() {
		long total = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				total += pool.getPeakUsage().getUsed();
			}
		}
		return total / 1e6;
	}

	/** Heap in use after a full collection: what the loaded data itself holds. */
	public static double retainedHeapMegabytes() {
		System.gc();
		Runtime r = Runtime.getRuntime();
		return (r.totalMemory() - r.freeMemory()) / 1e6;
	}

	public static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}

	private static double round(double ms) {
		return Math.round(ms * 100) / 100.0;
	}
}

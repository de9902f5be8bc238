package dev.ilrsh.index;

import static dev.ilrsh.programme.Ilrs.aim;
import static dev.ilrsh.programme.Ilrs.component;
import static dev.ilrsh.programme.Ilrs.learner;
import static dev.ilrsh.programme.Ilrs.programme;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import dev.ilrsh.programme.Ilrs;
import dev.ilrsh.query.Counter;
import dev.ilrsh.query.Finder;
import dev.ilrsh.query.QuestionCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Speed on 100 000 synthetic learners. Slow, so it only runs when asked:
 * {@code ./mvnw -q -B test -Dtest=IndexBenchmarkTest -Dilrsh.bench=true}. Prints its figures; asserts nothing.
 */
@EnabledIfSystemProperty(named = "ilrsh.bench", matches = "true")
class IndexBenchmarkTest {

	static final String[] FAMILY = { "Okafor", "Smith", "Jones", "Patel", "Nowak", "Khan", "Evans", "Murphy" };
	static final String[] GIVEN = { "Amara", "Ben", "Chloe", "Dev", "Eve", "Femi", "Gus", "Hana" };

	static Message synthetic(int n) {
		Random r = new Random(42);
		List<Learner> learners = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			LocalDate start = LocalDate.of(2023, 8, 1).plusDays(r.nextInt(800));
			int std = 1 + r.nextInt(400);
			String s = start.toString();
			String planned = start.plusDays(400 + r.nextInt(400)).toString();
			Ilrs.AimBuilder prog = programme(1, std, s, planned).tnp(2, s, 1000).set("PHours", 200 + r.nextInt(400));
			int kind = r.nextInt(10);
			if (kind < 3) {
				prog.achieved(start.plusDays(380).toString(), start.plusDays(420).toString());
			}
			else if (kind == 3) {
				prog.end(start.plusDays(100).toString(), 6, null);
			}
			else if (kind == 4) {
				prog.withdrawn(start.plusDays(100).toString(), 40);
			}
			Ilrs.LearnerBuilder b = learner(String.format("L%07d", i)).uln(1000000000L + i)
				.name(GIVEN[r.nextInt(GIVEN.length)], FAMILY[r.nextInt(FAMILY.length)])
				.dob(LocalDate.of(1980 + r.nextInt(25), 1 + r.nextInt(12), 1 + r.nextInt(28)).toString())
				.employment(10, start.minusDays(10).toString(), 100000000 + r.nextInt(5000));
			if (r.nextInt(4) == 0) {
				b.aims(prog, component(2, "ZSTD" + std, std, s, planned),
						aim(3, "6000" + r.nextInt(100), 4, s, planned));
			}
			else {
				b.aims(prog, component(2, "ZSTD" + std, std, s, planned));
			}
			learners.add(b.build());
		}
		return Ilrs.message("2025-11-20", learners.toArray(Learner[]::new));
	}

	@Test
	void hundredThousandLearners() {
		long t0 = System.nanoTime();
		Message m = synthetic(Integer.getInteger("ilrsh.bench.n", 100_000));
		long t1 = System.nanoTime();
		long cpu1 = cpu();
		IlrIndex index = IlrIndex.build(m);
		System.out.printf("build (catalogue only) %d ms%n", (System.nanoTime() - t1) / 1_000_000);
		for (Target t : Target.values()) {
			long c = cpu();
			long w = System.nanoTime();
			index.searcher(t);
			System.out.printf("index %-10s %6d ms wall, %6d ms CPU (all threads)%n", t, (System.nanoTime() - w) / 1_000_000,
					(cpu() - c) / 1_000_000);
		}
		long t2 = System.nanoTime();
		System.out.printf("index CPU time (all threads) %d ms%n", (cpu() - cpu1) / 1_000_000);
		System.out.printf("generate %d ms, index all %d ms (%d learners, %d aims, %d programmes, %.1f MiB)%n",
				(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, index.count(Target.LEARNERS), index.count(Target.AIMS),
				index.count(Target.PROGRAMMES), index.sizeInBytes() / 1048576.0);
		long cpu2 = cpu();
		long t3 = System.nanoTime();
		IlrIndex again = IlrIndex.build(m).buildAll();
		System.out.printf("index all again (warm) %d ms, CPU %d ms%n", (System.nanoTime() - t3) / 1_000_000,
				(cpu() - cpu2) / 1_000_000);
		again.close();

		Finder finder = new Finder(index);
		Counter counter = new Counter(index);
		QuestionCatalog questions = QuestionCatalog.standard();
		String[] finds = { "familyname:okafor", "StdCode:94 AND CompStatus:1", "LearnStartDate:[2025-08-01 TO 2025-12-31]",
				"Okafr~", "L0012345", "status:gateway OR status:break", "ACT:1 AND NOT CompStatus:1" };
		String[] aimFinds = { "familyname:okafor", "StdCode:94 AND CompStatus:1",
				"LearnStartDate:[2025-08-01 TO 2025-12-31]", "Okafr~", "L0012345", "status:gateway OR status:break",
				"ACT:1 AND NOT AchDate:*" };
		report("find (learners, top 50)", () -> finder.find(finds[(int) (System.nanoTime() % finds.length)], 50));
		report("find (aims, top 50)",
				() -> finder.find(aimFinds[(int) (System.nanoTime() % aimFinds.length)], Target.AIMS, 50));
		report("find (programmes, top 50)",
				() -> finder.find(aimFinds[(int) (System.nanoTime() % aimFinds.length)], Target.PROGRAMMES, 50));
		String[] counts = { "StdCode", "Status", "AgeBand", "FundModel", "StartMonth", "ACT" };
		report("count", () -> counter.count(counts[(int) (System.nanoTime() % counts.length)], ""));
		report("count with where", () -> counter.count("StdCode", "LearnStartDate:[2025-01-01 TO *]"));
		String[] asks = { "multiple-programmes", "at-gateway", "duplicate-uln", "past-planned-end", "on-break",
				"who has two programmes", "missing-tnp", "short-programmes" };
		for (String a : asks) {
			QuestionCatalog fresh = QuestionCatalog.standard();
			long t = System.nanoTime();
			fresh.ask(index, a);
			System.out.printf("ask %-28s first %7.2f ms%n", a, (System.nanoTime() - t) / 1e6);
		}
		for (String a : asks) {
			report("ask " + a + " (again)", () -> questions.ask(index, a));
		}
		report("ask (match words only)", () -> questions.match("show all learners with more than one programme"));
		index.close();
	}

	/** The same on a real file: {@code -Dilrsh.bench.file=/tmp/g100k.xml}. */
	@Test
	@EnabledIfSystemProperty(named = "ilrsh.bench.file", matches = ".+")
	void file() throws Exception {
		long t0 = System.nanoTime();
		Message m = dev.ilrsh.xml.IlrReader.read(java.nio.file.Path.of(System.getProperty("ilrsh.bench.file"))).message();
		System.out.printf("load %d ms%n", (System.nanoTime() - t0) / 1_000_000);
		for (int round = 0; round < 2; round++) {
			System.gc();
			long cpu0 = cpu();
			long w0 = System.nanoTime();
			IlrIndex index = IlrIndex.build(m);
			long we = System.nanoTime();
			long ce = cpu();
			index.episodes();
			System.out.printf("round %d episodes %d ms wall, %d ms CPU%n", round, (System.nanoTime() - we) / 1_000_000,
					(cpu() - ce) / 1_000_000);
			for (Target t : Target.values()) {
				long c = cpu();
				long w = System.nanoTime();
				index.searcher(t);
				System.out.printf("round %d index %-10s %6d ms wall, %6d ms CPU%n", round, t,
						(System.nanoTime() - w) / 1_000_000, (cpu() - c) / 1_000_000);
			}
			System.out.printf("round %d index all %d ms wall, %d ms CPU, %.1f MiB%n", round,
					(System.nanoTime() - w0) / 1_000_000, (cpu() - cpu0) / 1_000_000, index.sizeInBytes() / 1048576.0);
			if (round == 1) {
				Finder finder = new Finder(index);
				String[] finds = { "FamilyName:smith", "StdCode:9401 AND CompStatus:1",
						"LearnStartDate:[2025-08-01 TO 2025-12-31]", "Brightwatr~", "FundModel:25 AND NOT CompStatus:1" };
				int[] n = new int[1];
				report("find learners", () -> finder.find(finds[n[0]++ % finds.length], Target.LEARNERS, 50));
				report("find aims", () -> finder.find(finds[n[0]++ % finds.length], Target.AIMS, 50));
				report("find programmes", () -> finder.find(finds[n[0]++ % finds.length], Target.PROGRAMMES, 50));
				QuestionCatalog q = QuestionCatalog.standard();
				report("ask by words", () -> q.ask(index, "learners with more than one programme"));
				String[] asks = { "multiple-programmes", "duplicate-uln", "past-planned-end", "at-gateway", "missing-tnp" };
				for (String a : asks) {
					long t = System.nanoTime();
					QuestionCatalog.standard().ask(index, a);
					System.out.printf("ask %-28s first %7.2f ms%n", a, (System.nanoTime() - t) / 1e6);
				}
				Counter counter = new Counter(index);
				String[] counts = { "FundModel", "StdCode", "CompStatus" };
				report("count", () -> counter.count(counts[n[0]++ % counts.length], null));
			}
			index.close();
		}
	}

	static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	static void report(String what, Supplier<?> run) {
		for (int i = 0; i < 5; i++) {
			run.get();
		}
		int n = 41;
		long[] times = new long[n];
		for (int i = 0; i < n; i++) {
			long t = System.nanoTime();
			run.get();
			times[i] = System.nanoTime() - t;
		}
		Arrays.sort(times);
		System.out.printf("%-32s median %7.2f ms  p90 %7.2f ms%n", what, times[n / 2] / 1e6, times[n * 9 / 10] / 1e6);
	}
}

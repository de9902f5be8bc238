package dev.ilrsh.shell.commands;

import dev.ilrsh.bench.Benchmark;
import dev.ilrsh.index.FieldKind;
import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.index.IndexField;
import dev.ilrsh.index.Target;
import dev.ilrsh.query.Counter;
import dev.ilrsh.query.Finder;
import dev.ilrsh.query.QuestionCatalog;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.rules.Validator;
import dev.ilrsh.shell.CommandFailure;
import dev.ilrsh.shell.Session;
import dev.ilrsh.xml.IlrReadException;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.xml.LoadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The bench command: how fast ilrsh is on a given file, on this machine (used by bench/run). */
@Component
public class BenchCommand {

	/** Queries of the kinds people type: a name, codes combined, a date range, a near spelling. */
	/** Typical learner searches; each matches learners of the generated files (names come from short lists). */
	static final List<String> QUERIES = List.of("FamilyName:hartwell AND GivenNames:maya", "StdCode:9320 AND CompStatus:1",
			"LearnStartDate:[2025-08-01 TO 2025-12-31]", "Hartwel~", "FundModel:25 AND NOT CompStatus:1");

	static final List<String> AIM_QUERIES = List.of("StdCode:9320 AND CompStatus:1", "hartwell AND FundModel:36",
			"LearnAimRef:ZPROG*", "ACT:1 AND NOT LearnActEndDate:*", "AchDate:[2025-08-01 TO *] AND Sex:F");

	static final List<String> QUESTIONS = List.of("multiple-programmes", "duplicate-uln", "past-planned-end",
			"at-gateway", "missing-tnp");

	static final List<String> COUNTS = List.of("FundModel", "StdCode", "CompStatus");

	private final Session session;

	public BenchCommand(Session session) {
		this.session = session;
	}

	@Command(name = "bench", group = "Other",
			description = "Measure load, index, find, ask, count and validate times on a file",
			help = "bench --file FILE [--runs N] [--format table|csv|json]\n"
					+ "  Loads FILE three times (the first is cold), builds the index, runs typical queries N times\n"
					+ "  after a warm-up (median and 95th percentile), and validates twice. bench/run uses it.")
	public void bench(@Option(longName = "file", description = "the file to measure") String file,
			@Option(longName = "runs", description = "timed runs of each query", defaultValue = "200") Integer runs,
			@Option(longName = "format", defaultValue = "table") String format) throws Exception {
		if (file == null) {
			throw CommandFailure.usage("bench: give --file FILE (bench/run makes files with generate)");
		}
		Path path = Path.of(file);
		Benchmark b = new Benchmark();
		LoadResult[] loaded = new LoadResult[1];
		Benchmark.resetPeakHeap();
		double cold = b.once("load (cold)", "", () -> loaded[0] = read(path));
		double peak = Benchmark.peakHeapMegabytes();
		b.once("load (warm)", "", () -> loaded[0] = read(path));
		double warm = b.once("load (warm)", "", () -> loaded[0] = read(path));
		double mb = loaded[0].bytes() / 1e6;
		int learners = loaded[0].message().learners().size();
		b.figure("file", Benchmark.format("%d learners, %.1f MB", learners, mb));
		b.figure("load rate (warm)", Benchmark.format("%.1f MB/s, %.0f learners/s", mb / (warm / 1000),
				learners / (warm / 1000)));
		b.figure("load rate (cold)", Benchmark.format("%.1f MB/s, %.0f learners/s", mb / (cold / 1000),
				learners / (cold / 1000)));
		b.figure("peak heap during first load", Benchmark.format("%.0f MB", peak));
		b.figure("heap holding the loaded file", Benchmark.format("%.0f MB", Benchmark.retainedHeapMegabytes()));
		IlrIndex[] index = new IlrIndex[1];
		// nothing is indexed up front: the names index is built for the first word search, the programme episodes
		// for the first programme search or question, and each field's column the first time a query names it
		index[0] = IlrIndex.build(loaded[0].message());
		double words = b.once("first word search (names index, 3 identifier columns)", "",
				() -> new Finder(index[0]).find("hartwell", Target.LEARNERS, 1));
		double episodes = b.once("programme episodes (first programme search or ask)", "", () -> index[0].episodes());
		double aims = b.once("first find on aims (reads 2 columns)", "", () -> new Finder(index[0]).find(AIM_QUERIES.get(0),
				Target.AIMS, 50));
		b.figure("names index (distinct FamilyName, GivenNames)", Benchmark.format("%.0f ms (%d, %d)",
				index[0].textNanos() / 1e6, distinct(index[0], "FamilyName"), distinct(index[0], "GivenNames")));
		b.figure("index work / warm load: words; episodes; aims; all three",
				Benchmark.format("%.2f; %.2f; %.2f; %.2f", words / warm, episodes / warm, aims / warm,
						(words + episodes + aims) / warm));
		List<Double> columns = new ArrayList<>();
		long columnsStarted = System.nanoTime();
		for (IndexField f : index[0].fields().all()) {
			for (Target t : f.targets()) {
				if (f.kind() != FieldKind.TEXT) {
					long started = System.nanoTime();
					index[0].column(t, f);
					columns.add((System.nanoTime() - started) / 1e6);
				}
			}
		}
		double allColumns = (System.nanoTime() - columnsStarted) / 1e6;
		Collections.sort(columns);
		b.figure("columns: first use of a field (median, max)", Benchmark.format("%.1f ms, %.0f ms",
				columns.get(columns.size() / 2), columns.get(columns.size() - 1)));
		b.figure("columns: all " + columns.size() + " (every field of every kind)", Benchmark.format("%.0f ms", allColumns));
		b.figure("index memory (text index + all columns)",
				Benchmark.format("%.0f MB", index[0].sizeInBytes() / 1048576.0));
		Finder finder = new Finder(index[0]);
		int[] n = new int[1];
		b.repeated("find (5 kinds of query)", 20, runs, () -> finder.find(QUERIES.get(n[0]++ % QUERIES.size()),
				Target.LEARNERS, 50));
		b.repeated("find --aims (5 kinds of query)", 20, runs, () -> finder.find(AIM_QUERIES.get(n[0]++ % AIM_QUERIES.size()),
				Target.AIMS, 50));
		QuestionCatalog questions = QuestionCatalog.standard();
		b.repeated("ask by words", 20, runs, () -> questions.ask(index[0], "learners with more than one programme"));
		b.repeated("ask (5 questions)", 5, Math.max(5, runs / 10), () -> questions.ask(index[0],
				QUESTIONS.get(n[0]++ % QUESTIONS.size())));
		Counter counter = new Counter(index[0]);
		b.repeated("count (3 fields)", 20, runs, () -> counter.count(COUNTS.get(n[0]++ % COUNTS.size()), null));
		b.once("validate (cold)", "", () -> Validator.validate(loaded[0], ValidationOptions.defaults()));
		double validate = b.once("validate (warm)", "", () -> Validator.validate(loaded[0], ValidationOptions.defaults()));
		b.figure("validate / warm load", Benchmark.format("%.2f", validate / warm));
		index[0].close();
		session.print(b.table(), format);
	}

	private static int distinct(IlrIndex index, String field) {
		return index.column(Target.LEARNERS, index.fields().lookup(field).orElseThrow()).distinct().length;
	}

	private static LoadResult read(Path path) {
		try {
			return IlrReader.read(path);
		}
		catch (IlrReadException e) {
			throw CommandFailure.usage("bench: " + e.getMessage());
		}
	}
}

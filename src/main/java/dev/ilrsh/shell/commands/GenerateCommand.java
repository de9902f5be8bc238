package dev.ilrsh.shell.commands;

import dev.ilrsh.generate.Generator;
import dev.ilrsh.generate.GeneratorOptions;
import dev.ilrsh.generate.PlantedFinding;
import dev.ilrsh.render.Plural;
import dev.ilrsh.shell.CommandFailure;
import dev.ilrsh.shell.ProgressLine;
import dev.ilrsh.shell.Session;
import dev.ilrsh.files.OutputFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The generate command: synthetic files for demos, tests and benchmarks. */
@Component
public class GenerateCommand {

	private final Session session;

	public GenerateCommand(Session session) {
		this.session = session;
	}

	@Command(name = "generate", group = "Files",
			description = "Write a synthetic, fictional, XSD-valid 2025-26 file with a realistic mix of learners",
			help = "generate --learners N --out FILE [--seed S] [--mistakes RATE] [--force]\n"
					+ "  The same seed gives the same file. About 1.5% of learners carry a typical mistake\n"
					+ "  (split records, bad ULN check digit, …); --mistakes 0 gives a clean file.")
	public void generate(@Option(longName = "learners", description = "how many learner records") Integer learners,
			@Option(longName = "out", description = "the file to write") String out,
			@Option(longName = "seed", description = "makes the file reproducible", defaultValue = "1") Long seed,
			@Option(longName = "mistakes", description = "share of learners with a planted mistake, 0 to 1")
			Double mistakes,
			@Option(longName = "force", description = "replace FILE if it exists") Boolean force) {
		if (learners == null || out == null || out.isBlank()) {
			throw CommandFailure.usage("generate: give --learners N and --out FILE");
		}
		GeneratorOptions options;
		try {
			options = GeneratorOptions.of(learners, seed);
			if (mistakes != null) {
				options = options.withMistakeRate(mistakes);
			}
		}
		catch (IllegalArgumentException e) {
			throw CommandFailure.usage("generate: " + e.getMessage());
		}
		var output = session.outputFile("--out", out, Boolean.TRUE.equals(force));
		Path target = output.path();
		long started = System.nanoTime();
		List<PlantedFinding> planted;
		try (ProgressLine progress = session.progress("generating", "learners")) {
			planted = Generator.write(options, output, progress);
		}
		catch (OutputFileException e) {
			throw CommandFailure.usage("generate: " + e.getMessage());
		}
		Map<String, Long> byRule = planted.stream()
			.collect(Collectors.groupingBy(PlantedFinding::rule, TreeMap::new, Collectors.counting()));
		session.success(String.format(Locale.ROOT, "wrote %s: %s, %.1f MB in %.1f s; planted findings: %s",
				target, Plural.of(learners, "learner"), size(target) / 1e6, (System.nanoTime() - started) / 1e9,
				byRule.isEmpty() ? "none" : byRule.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
					.collect(Collectors.joining(", "))));
	}

	private static long size(Path path) {
		try {
			return Files.size(path);
		}
		catch (java.io.IOException e) {
			return 0;
		}
	}
}

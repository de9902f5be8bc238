package dev.ilrsh.rules.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The reference rule list in ../shared/reference, read by tests only (never at run time). */
final class ReferenceRules {

	record Row(String rule, String sheet, String status, String severity, String description, String condition) {

		/** The names in the rule cell: usually one; a renamed field-definition rule holds old and new. */
		List<String> names() {
			return rule.startsWith("FD_") ? Arrays.asList(rule.split("\\s+")) : List.of(rule);
		}
	}

	private ReferenceRules() {
	}

	static Optional<Path> file() {
		for (Path p : List.of(Path.of("../shared/reference/validation-rules-2025-26.tsv"),
				Path.of("/work/shared/reference/validation-rules-2025-26.tsv"))) {
			if (Files.isRegularFile(p)) {
				return Optional.of(p);
			}
		}
		return Optional.empty();
	}

	static List<Row> rows(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			List<Row> rows = new ArrayList<>();
			for (String line : lines.subList(1, lines.size())) {
				if (line.isBlank()) {
					continue;
				}
				String[] c = line.split("\t", -1);
				rows.add(new Row(c[0], c[1], c[2], c[3], c[7], c.length > 8 ? c[8] : ""));
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

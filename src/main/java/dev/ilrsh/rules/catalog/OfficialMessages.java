package dev.ilrsh.rules.catalog;

import dev.ilrsh.files.OutputFile;
import dev.ilrsh.files.OutputFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DfE's own error messages for one collection year, as imported from the rules spreadsheet by
 * {@link RulesImporter} and kept in the user's rules directory ({@code ~/.ilrsh/rules/2025-26.tsv} by default).
 * ilrsh ships no copy of them.
 *
 * <p>File format: UTF-8, tab-separated, lines starting with {@code #} are comments, then a header line
 * {@code rule	sheet	severity	message} and one line per rule. Tabs and line breaks inside a message are
 * stored as spaces.
 */
public final class OfficialMessages {

	/** The user's rules directory when none is given: {@code ~/.ilrsh/rules}. */
	public static Path defaultDirectory() {
		return Path.of(System.getProperty("user.home"), ".ilrsh", "rules");
	}

	/** One imported message. */
	public record Message(String rule, String sheet, String severity, String message) {
	}

	private final String year;

	private final Map<String, Message> byKey;

	public OfficialMessages(String year, List<Message> messages) {
		this.year = year;
		Map<String, Message> m = new LinkedHashMap<>();
		for (Message msg : messages) {
			m.putIfAbsent(RuleKeys.key(msg.rule()), msg);
		}
		this.byKey = Collections.unmodifiableMap(m);
	}

	/** No messages. */
	public static OfficialMessages none(String year) {
		return new OfficialMessages(year, List.of());
	}

	public String year() {
		return year;
	}

	/** The message for a rule name in any spelling. */
	public Optional<Message> find(String rule) {
		return Optional.ofNullable(byKey.get(RuleKeys.key(rule)));
	}

	public List<Message> all() {
		return List.copyOf(byKey.values());
	}

	public int size() {
		return byKey.size();
	}

	/** The file these messages are kept in, under {@code directory}. */
	public static Path file(Path directory, String year) {
		return directory.resolve(year + ".tsv");
	}

	/** Reads the year's messages from {@code directory}; none when the file does not exist. */
	public static OfficialMessages read(Path directory, String year) {
		Path file = file(directory, year);
		if (!Files.isRegularFile(file)) {
			return none(year);
		}
		try {
			List<Message> list = new ArrayList<>();
			boolean header = true;
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				String[] c = line.split("\t", -1);
				if (c.length >= 4 && !c[0].isBlank()) {
					list.add(new Message(c[0], c[1], c[2], c[3]));
				}
			}
			return new OfficialMessages(year, list);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read imported rule messages " + file + ": " + e.getMessage(), e);
		}
	}

	/** Writes these messages to {@code directory} through a temporary file and a move; returns the file. */
	public Path write(Path directory, String source) throws IOException {
		Files.createDirectories(directory);
		Path target = file(directory, year);
		try {
			OutputFile.at(target).replacing(true).writeText(w -> {
				w.write("# DfE validation rule messages for " + year + ", imported by ilrsh from " + clean(source) + "\n");
				w.write("rule\tsheet\tseverity\tmessage\n");
				for (Message m : byKey.values()) {
					w.write(clean(m.rule()) + "\t" + clean(m.sheet()) + "\t" + clean(m.severity()) + "\t"
							+ clean(m.message()) + "\n");
				}
			});
		}
		catch (OutputFileException e) {
			throw new IOException(e.getMessage(), e);
		}
		return target;
	}

	static String clean(String s) {
		return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").replaceAll(" {2,}", " ").strip();
	}
}

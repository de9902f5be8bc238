package dev.ilrsh.rules.catalog;

import dev.ilrsh.rules.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every validation rule of the year, read from {@code rules/catalog-2025-26.tsv} on the class path, with the
 * explanations in {@code rules/explanations/<name>.md} and, when the user has imported the DfE spreadsheet, its
 * official messages.
 */
public final class RuleCatalog {

	/** The collection year this catalog describes. */
	public static final String YEAR = "2025-26";

	private static final String RESOURCE = "/rules/catalog-" + YEAR + ".tsv";

	private static final String EXPLANATIONS = "/rules/explanations/";

	private final List<RuleEntry> entries;

	private final Map<String, RuleEntry> byKey;

	private final OfficialMessages official;

	private RuleCatalog(List<RuleEntry> entries, OfficialMessages official) {
		this.official = official;
		List<RuleEntry> list = new ArrayList<>(entries.size());
		Map<String, RuleEntry> keys = new HashMap<>();
		for (RuleEntry e : entries) {
			RuleEntry withMessage = e;
			Optional<OfficialMessages.Message> m = official.find(e.name());
			for (String alias : e.aliases()) {
				if (m.isEmpty()) {
					m = official.find(alias);
				}
			}
			if (m.isPresent()) {
				withMessage = e.withOfficialMessage(m.get().message());
			}
			list.add(withMessage);
			register(keys, e.name(), withMessage);
			for (String alias : e.aliases()) {
				register(keys, alias, withMessage);
			}
		}
		this.entries = Collections.unmodifiableList(list);
		this.byKey = Collections.unmodifiableMap(keys);
	}

	private static void register(Map<String, RuleEntry> keys, String name, RuleEntry e) {
		RuleEntry before = keys.putIfAbsent(RuleKeys.key(name), e);
		if (before != null && before != e && !before.name().equals(e.name())) {
			throw new IllegalStateException("rule names " + before.name() + " and " + e.name()
					+ " cannot be told apart once case and underscores are ignored");
		}
	}

	/** The catalog with the official messages the user imported into {@code ~/.ilrsh/rules}, if any. */
	public static RuleCatalog load() {
		return load(OfficialMessages.defaultDirectory());
	}

	/** The catalog with the official messages imported into {@code userRulesDirectory}, if any. */
	public static RuleCatalog load(Path userRulesDirectory) {
		return load(OfficialMessages.read(userRulesDirectory, YEAR));
	}

	/** The catalog as shipped, without imported messages. */
	public static RuleCatalog loadBundled() {
		return load(OfficialMessages.none(YEAR));
	}

	/** The catalog with the given official messages. */
	public static RuleCatalog load(OfficialMessages messages) {
		return new RuleCatalog(readEntries(), messages);
	}

	/** Every rule, in spreadsheet order (sheet by sheet). Deleted rules are included and marked. */
	public List<RuleEntry> all() {
		return entries;
	}

	/** The number of rules. */
	public int size() {
		return entries.size();
	}

	/**
	 * The rule with this name in any spelling: {@code R59}, {@code R_59}, {@code r59}, {@code ULN_04},
	 * {@code uln04}, {@code uln-04}. Surrounding quotes and spaces are ignored.
	 */
	public Optional<RuleEntry> find(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(byKey.get(RuleKeys.key(name)));
	}

	/** The official messages this catalog was loaded with (possibly none). */
	public OfficialMessages officialMessages() {
		return official;
	}

	/** Rule names in {@code names} that the catalog does not know (for checking the engine against the catalog). */
	public List<String> unknown(Collection<String> names) {
		return names.stream().filter(n -> find(n).isEmpty()).sorted().toList();
	}

	/** The rules that have a full explanation. */
	public List<RuleEntry> explained() {
		return entries.stream().filter(e -> e.explanation().isPresent()).toList();
	}

	private static List<RuleEntry> readEntries() {
		InputStream in = RuleCatalog.class.getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IllegalStateException("rule catalog resource " + RESOURCE + " is missing");
		}
		List<RuleEntry> list = new ArrayList<>();
		try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			Map<String, Integer> col = null;
			int lineNo = 0;
			while ((line = r.readLine()) != null) {
				lineNo++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] c = line.split("\t", -1);
				if (col == null) {
					col = new LinkedHashMap<>();
					for (int i = 0; i < c.length; i++) {
						col.put(c[i], i);
					}
					continue;
				}
				list.add(entry(c, col, lineNo));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return list;
	}

	private static RuleEntry entry(String[] c, Map<String, Integer> col, int lineNo) {
		try {
			String name = c[col.get("name")];
			return new RuleEntry(name, split(c[col.get("aliases")], ";"), c[col.get("category")],
					c[col.get("entity")], split(c[col.get("fields")], " "), c[col.get("status")],
					Severity.parse(c[col.get("severity")]), "Y".equals(c[col.get("online")]),
					Availability.parse(c[col.get("availability")]), split(c[col.get("needs")], ";"),
					RuleDemand.parse(c[col.get("demand")]), c[col.get("summary")], explanation(name), Optional.empty());
		}
		catch (RuntimeException e) {
			throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + e.getMessage(), e);
		}
	}

	private static List<String> split(String s, String sep) {
		return s.isBlank() ? List.of() : Arrays.stream(s.split(sep)).map(String::strip).filter(x -> !x.isEmpty()).toList();
	}

	private static Optional<String> explanation(String name) {
		try (InputStream in = RuleCatalog.class.getResourceAsStream(EXPLANATIONS + name + ".md")) {
			if (in == null) {
				return Optional.empty();
			}
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

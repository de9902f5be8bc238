package dev.ilrsh.refdata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which LARS download is loaded.
 *
 * @param schemaVersion the LARS schema version from Version.csv (e.g. 7.0.0), or empty when the download had none
 * @param dataDate the newest created or modified date in the data: how current the download is
 * @param source the file or folder it was imported from (its name only)
 * @param sha256 a checksum of what was imported, so that two imports of the same download are known to be one
 * @param importedAt when ilrsh imported it
 * @param tables the parts the download held
 * @param aims how many learning aims
 * @param standards how many standards
 */
public record LarsVersion(String schemaVersion, LocalDate dataDate, String source, String sha256,
		LocalDateTime importedAt, Set<LarsTable> tables, int aims, int standards) {

	public LarsVersion {
		tables = tables.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tables));
	}

	/** The name of this version's folder in the cache: data date and the start of the checksum. */
	public String id() {
		return (dataDate == null ? "undated" : dataDate.toString()) + "-" + sha256.substring(0, Math.min(8, sha256.length()));
	}

	/** One line for people: "LARS data of 2025-11-20 (schema 7.0.0), 152,310 aims, 812 standards; imported …". */
	public String describe() {
		StringBuilder b = new StringBuilder("LARS");
		b.append(dataDate == null ? ", undated" : " data of " + dataDate);
		if (!schemaVersion.isEmpty()) {
			b.append(" (schema ").append(schemaVersion).append(')');
		}
		b.append(", ").append(String.format("%,d", aims)).append(" aims, ").append(String.format("%,d", standards))
			.append(" standards; imported ").append(importedAt.toLocalDate()).append(" from ").append(source);
		return b.toString();
	}

	/** The parts of LARS the download lacked. */
	public Set<LarsTable> missing() {
		Set<LarsTable> missing = EnumSet.allOf(LarsTable.class);
		missing.removeAll(tables);
		return missing;
	}

	Properties toProperties() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("schemaVersion", schemaVersion);
		m.put("dataDate", dataDate == null ? "" : dataDate.toString());
		m.put("source", source);
		m.put("sha256", sha256);
		m.put("importedAt", importedAt.toString());
		m.put("tables", tables.stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
		m.put("aims", Integer.toString(aims));
		m.put("standards", Integer.toString(standards));
		Properties p = new Properties();
		p.putAll(m);
		return p;
	}

	static LarsVersion fromProperties(Properties p) {
		try {
			String tables = p.getProperty("tables", "");
			Set<LarsTable> set = EnumSet.noneOf(LarsTable.class);
			Arrays.stream(tables.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(LarsTable.valueOf(s.strip())));
			String date = p.getProperty("dataDate", "");
			return new LarsVersion(p.getProperty("schemaVersion", ""), date.isEmpty() ? null : LocalDate.parse(date),
					p.getProperty("source", ""), p.getProperty("sha256", ""),
					LocalDateTime.parse(p.getProperty("importedAt")), set, Integer.parseInt(p.getProperty("aims", "0")),
					Integer.parseInt(p.getProperty("standards", "0")));
		}
		catch (RuntimeException e) {
			throw new RefDataException("the LARS cache's description is damaged (" + e.getMessage()
					+ "); import the LARS download again", e);
		}
	}
}

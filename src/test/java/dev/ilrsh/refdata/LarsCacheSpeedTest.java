package dev.ilrsh.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the cache is paid by every validate that has LARS, so it must stay cheap at the real download's size: about
 * 150,000 learning aims with their validity, categories and annual values, and about 900 standards. This builds a
 * cache of that size (fictional content), then measures opening it and looking aims up.
 */
class LarsCacheSpeedTest {

	static final int AIMS = 150_000;

	@TempDir
	Path home;

	static byte[] realisticCache() {
		Map<String, Lars.Aim> aims = new HashMap<>();
		LocalDate from = LocalDate.of(2014, 8, 1);
		for (int i = 0; i < AIMS; i++) {
			String ref = String.format("Z%07d", i);
			aims.put(ref, new Lars.Aim(ref, "Level 2 Certificate in a fictional subject number " + i, "0003", "2", from, null,
					null, null,
					List.of(new Lars.Validity("ANY", from, null, null), new Lars.Validity("ADULT_SKILLS", from, null, null),
							new Lars.Validity("1619_EFA", from, LocalDate.of(2024, 7, 31), LocalDate.of(2024, 7, 31))),
					List.of(new Lars.CategoryPeriod(37, from, null), new Lars.CategoryPeriod(45, from, null)),
					List.of(new Lars.AnnualValue(-2, from, LocalDate.of(2020, 7, 31)), new Lars.AnnualValue(-2,
							LocalDate.of(2020, 8, 1), null)), List.of()));
		}
		Map<Integer, Lars.Standard> standards = new HashMap<>();
		for (int code = 1; code <= 900; code++) {
			standards.put(code, new Lars.Standard(code, "Fictional standard " + code, 2 + code % 6, from, null, null, null,
					List.of(new Lars.Validity("Standard_Trailblazer", from, null, null)),
					List.of(new Lars.Funding("StandardTblazer", from, null, new BigDecimal("18000")))));
		}
		return LarsCache.encode(aims, standards, Map.of(21, 20));
	}

	@Test
	void openingARealSizedCacheTakesAFractionOfASecondAndLookupsMicroseconds() throws Exception {
		long built = System.nanoTime();
		byte[] cache = realisticCache();
		long encodeMillis = (System.nanoTime() - built) / 1_000_000;
		// lay it out as an import would, then open it as validate does
		RefDataStore store = new RefDataStore(home);
		LarsVersion version = new LarsVersion("7.0.0", LocalDate.of(2025, 11, 20), "speed", "0123456789abcdef",
				LocalDateTime.of(2025, 11, 25, 9, 0), EnumSet.allOf(LarsTable.class), AIMS, 900);
		Path folder = Files.createDirectories(store.larsFolder().resolve(version.id()));
		Files.write(folder.resolve("lars.bin"), cache);
		Properties p = version.toProperties();
		try (var w = Files.newBufferedWriter(folder.resolve("lars.properties"))) {
			p.store(w, null);
		}
		Files.writeString(store.larsFolder().resolve("current"), version.id());

		long best = Long.MAX_VALUE;
		Lars lars = null;
		for (int run = 0; run < 3; run++) {
			long started = System.nanoTime();
			lars = store.loadLars().orElseThrow();
			best = Math.min(best, System.nanoTime() - started);
		}
		String[] wanted = new String[20_000];
		for (int i = 0; i < wanted.length; i++) {
			wanted[i] = String.format("Z%07d", (i * 7919) % AIMS);
		}
		long started = System.nanoTime();
		int found = 0;
		for (String ref : wanted) {
			if (lars.aim(ref).isPresent()) {
				found++;
			}
		}
		long lookupNanos = (System.nanoTime() - started) / 20_000;
		System.out.printf("LARS cache: %,d bytes, built in %d ms, opened in %.1f ms, %,d ns a lookup%n", cache.length,
				encodeMillis, best / 1e6, lookupNanos);
		assertThat(found).isEqualTo(20_000);
		assertThat(lars.aim("Z0149999").orElseThrow().validity("1619_EFA")).hasSize(1);
		assertThat(lars.standards()).hasSize(900);
		// generous bounds for a busy machine; measured figures are in the README
		assertThat(best / 1_000_000).as("ms to open the cache").isLessThan(1_000);
		assertThat(lookupNanos).as("ns a lookup").isLessThan(200_000);
	}
}

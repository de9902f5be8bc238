package dev.ilrsh.query;

import static dev.ilrsh.programme.Ilrs.aim;
import static dev.ilrsh.programme.Ilrs.component;
import static dev.ilrsh.programme.Ilrs.learner;
import static dev.ilrsh.programme.Ilrs.programme;

import dev.ilrsh.model.Message;
import dev.ilrsh.programme.Ilrs;

/** A small fictional file whose answers are known by construction; reference date 2025-11-20. */
final class QueryFixtures {

	private QueryFixtures() {
	}

	static Message sample() {
		return Ilrs.message("2025-11-20",
				// two standards one after the other (achieved, then continuing)
				learner("A1").name("Amara", "Okafor").uln(1000000043L).dob("2001-05-02").employment(10, "2023-12-01", 111111111)
					.aims(programme(1, 91, "2024-01-08", "2025-09-30").achieved("2025-08-29", "2025-10-22")
						.tnp(2, "2024-01-08", 1000).set("PHours", 400).set("OTJActHours", 420).set("EPAOrgID", "EPA0001"),
							component(2, "ZSTD0091", 91, "2024-01-08", "2025-08-29").end("2025-08-29", 2, 1),
							programme(3, 300, "2025-11-03", "2028-11-02").tnp(2, "2025-11-03", 2000).set("PHours", 900),
							component(4, "ZSTD0300", 300, "2025-11-03", "2028-11-02"))
					.build(),
				// at gateway since 2025-09-30, one component still open
				learner("B2").name("Ben", "Okafor").uln(1000000019L).dob("2006-09-01").employment(10, "2024-08-01", 222222222)
					.aims(programme(1, 94, "2024-09-02", "2025-09-30").set("LearnActEndDate", Ilrs.d("2025-09-30"))
						.tnp(2, "2024-09-02", 500).set("PHours", 300).set("OTJActHours", 250).set("EPAOrgID", "EPA0002"),
							component(2, "ZSTD0094", 94, "2024-09-02", "2025-09-30"))
					.build(),
				// on a break, and a standalone aim; ULN not known
				learner("C3").name("Chloe", "Zed").uln(9999999999L).dob("1990-01-15").employment(10, "2025-01-01", 333333333)
					.aims(programme(1, 94, "2025-01-06", "2026-12-31").end("2025-06-30", 6, null).tnp(2, "2025-01-06", 500)
						.set("PHours", 300),
							component(2, "ZSTD0094", 94, "2025-01-06", "2026-12-31").end("2025-06-30", 6, null),
							aim(3, "60000001", 4, "2025-09-01", "2026-06-30"))
					.build());
	}
}

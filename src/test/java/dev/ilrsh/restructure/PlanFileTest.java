package dev.ilrsh.restructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.ilrsh.files.OutputFile;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.testing.JsonDamage;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.xml.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan file that is not right in any way is refused with one line naming the part that is wrong. */
class PlanFileTest {

	static final Path SAMPLE = Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML");

	private static final String SOURCE = SAMPLE.getFileName().toString();

	@TempDir
	Path tmp;

	private LoadResult sample;
	private dev.ilrsh.rules.ValidationReport before;
	private String valid;

	@BeforeEach
	void saveAValidPlan() throws Exception {
		sample = IlrReader.read(SAMPLE);
		before = dev.ilrsh.rules.Validator.validate(sample, ValidationOptions.defaults());
		List<MergePlan> plans = new ArrayList<>();
		for (SplitLearner s : ProgressionFinder.find(sample.message())) {
			plans.add(MergePlanner.plan(s, null, Map.of()));
		}
		Path file = tmp.resolve("valid.json");
		PlanFile.save(OutputFile.at(file), SOURCE, Restructurer.run(sample.message(), sample.problems(), SAMPLE,
				plans, ValidationOptions.defaults()));
		valid = Files.readString(file);
		List<MergePlan> loaded = PlanFile.load(file, SOURCE).plans();
		assertThat(loaded).extracting(MergePlan::records, MergePlan::aims, MergePlan::notes)
			.containsExactlyElementsOf(plans.stream()
				.map(p -> org.assertj.core.groups.Tuple.tuple(p.records(), p.aims(), p.notes())).toList());
		assertThat(loaded.get(0).conflicts()).extracting(MergePlan.Conflict::take, MergePlan.Conflict::differences,
				MergePlan.Conflict::chosen)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("LearnerEmploymentStatus:2024-05-01",
					plans.get(0).conflicts().get(0).differences(), 1));
	}

	@Test
	void eachWrongPartIsNamed() throws Exception {
		assertRefused("{\"version\":1,\"source\":\"f.xml\",\"plans\":[null]}",
				"saved by an earlier ilrsh (plan version 1), which did not record conflicts; make the plan again with "
						+ "--plan");
		assertRefused("{\"version\":2,\"source\":\"" + SOURCE + "\",\"merges\":[null]}",
				"merges[0] is null (it should be an object)");
		assertRefused("{\"version\":2,\"source\":\"" + SOURCE + "\",\"plans\":[null]}",
				"merges is missing (it should be a list)");
		assertRefused("[]", "the file is not an object");
		assertRefused("", "empty, not a plan file");
		assertRefused("{\"source\":\"x\"}", "not an ilrsh plan file (it has no version number)");
		assertRefused("{\"version\":\"2\"}", "not an ilrsh plan file (it has no version number)");
		assertRefused("{\"version\":7}", "not an ilrsh plan file of version 2 (version 7)");
		assertRefused(valid.replace("\"source\" : \"" + SOURCE + "\"", "\"source\" : 42"), "source is not text");
		assertRefused(valid.replaceFirst("\"records\" : \\[", "\"records\" : \"x\", \"was\" : ["),
				"merges[0].plan.records is not a list");
		assertRefused(valid.replaceFirst("\"from\" : \"APP002\"", "\"from\" : \"APP999\""),
				"merges[0].plan.aims[2].from: APP999 is not one of the plan's records");
		assertRefused(valid.replaceFirst("\"LearnStartDate\" : \"2024-06-03\"", "\"LearnStartDate\" : \"2024-13-03\""),
				"merges[0].plan.aims[0].LearnStartDate is '2024-13-03', not a date (YYYY-MM-DD)");
		assertRefused(valid.replaceFirst("\"AimSeqNumber\" : 2", "\"AimSeqNumber\" : 1"),
				"merges[0].plan.aims[1].AimSeqNumber: 1 is given to two aims");
		assertRefused(valid.replaceFirst("\"occurrence\" : 0", "\"occurrence\" : -1"),
				"merges[0].plan.records[0].occurrence is -1; it should be at least 0");
		assertRefused(valid.replaceFirst("\"kept\" : \"APP002\"", "\"kept\" : \"\\\\u001B[2J\""),
				"merges[0].plan.conflicts[0].kept is '\\x1B[2J', which is not a name ilrsh writes");
		assertRefused(valid, "the plan was made for " + SOURCE + ", not other.XML; a plan applies only to the file it "
				+ "was made for", "other.XML");
		Path folder = Files.createDirectory(tmp.resolve("folder.json"));
		assertThatThrownBy(() -> PlanFile.load(folder, SOURCE)).hasMessage(folder + ": is a folder, not a plan file");
		assertThatThrownBy(() -> PlanFile.load(tmp.resolve("none.json"), SOURCE))
			.hasMessage(tmp.resolve("none.json") + ": no such file");
		Path binary = tmp.resolve("binary.json");
		Files.write(binary, new byte[] { (byte) 0xC3, (byte) 0x28, 0, 1, 2 });
		assertThatThrownBy(() -> PlanFile.load(binary, SOURCE)).hasMessage(binary + ": not a plan file (not UTF-8 text)");
	}

	/** Random mutations of a valid plan ({@link JsonDamage}) either load and apply, or end with one plain line. */
	@Test
	void randomlyDamagedPlansWorkOrAreRefusedInOneLine() throws Exception {
		Random random = new Random(20261202);
		int refused = 0;
		for (int i = 0; i < 150; i++) {
			String damaged = JsonDamage.damage(valid, random);
			Path file = tmp.resolve("damaged-" + i + ".json");
			Files.writeString(file, damaged);
			String line;
			try {
				List<MergePlan> plans = PlanFile.load(file, SOURCE).plans();
				Restructurer.run(sample.message(), sample.problems(), before, SAMPLE, plans, ValidationOptions.defaults());
				continue;
			}
			catch (PlanFile.PlanFileException e) {
				line = e.getMessage();
				assertThat(line).startsWith(file.toString());
			}
			catch (IllegalArgumentException e) {
				line = e.getMessage();
			}
			catch (RuntimeException e) {
				throw new AssertionError("mutation " + i + " gave " + e + " for:\n" + damaged, e);
			}
			refused++;
			if (line == null || line.isBlank() || line.contains("\n") || line.contains("\r")) {
				fail("mutation " + i + " gave no single line: " + line + "\n" + damaged);
			}
		}
		assertThat(refused).isGreaterThan(50);
	}

	private void assertRefused(String json, String reason) throws Exception {
		assertRefused(json, reason, SOURCE);
	}

	private void assertRefused(String json, String reason, String forSource) throws Exception {
		Path file = Files.createTempFile(tmp, "plan", ".json");
		Files.writeString(file, json);
		assertThatThrownBy(() -> PlanFile.load(file, forSource)).isInstanceOf(PlanFile.PlanFileException.class)
			.hasMessage(file + ": " + reason);
	}
}

package dev.ilrsh.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import dev.ilrsh.testing.Xsd;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.files.OutputFile;
import dev.ilrsh.files.OutputFileException;
import dev.ilrsh.xml.IlrWriter;
import dev.ilrsh.xml.LoadResult;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

	@TempDir
	Path tmp;

	private static String text(Message m) throws Exception {
		StringWriter out = new StringWriter();
		IlrWriter.write(m, out);
		return out.toString();
	}

	@Test
	void fiveHundredLearnersAreSchemaValidAndRoundTrip() throws Exception {
		GeneratorOptions options = GeneratorOptions.of(500, 7);
		Message message = Generator.generate(options);
		Path file = tmp.resolve(Generator.fileName(options));
		IlrWriter.write(message, OutputFile.at(file));
		Xsd.assertValid(file);
		LoadResult loaded = IlrReader.read(file);
		assertThat(loaded.problems()).isEmpty();
		assertThat(loaded.message().learners()).hasSize(500);
		assertThat(text(loaded.message())).isEqualTo(Files.readString(file));
		assertThat(file.getFileName().toString()).isEqualTo("ILR-10000001-2526-20251120-093000-01.XML");
	}

	@Test
	void theSameSeedGivesTheSameBytesAndAnotherSeedDoes() throws Exception {
		String a = text(Generator.generate(GeneratorOptions.of(300, 42)));
		String b = text(Generator.generate(GeneratorOptions.of(300, 42)));
		String c = text(Generator.generate(GeneratorOptions.of(300, 43)));
		assertThat(a).isEqualTo(b);
		assertThat(c).isNotEqualTo(a);
	}

	@Test
	void theStreamingWriterWritesTheSameTextAsTheWholeMessage() throws Exception {
		GeneratorOptions options = GeneratorOptions.of(1300, 5);
		StringWriter streamed = new StringWriter();
		var planted = Generator.write(options, streamed);
		Generator.Generated whole = Generator.generateWithPlan(options);
		assertThat(streamed.toString()).isEqualTo(text(whole.message()));
		assertThat(planted).isEqualTo(whole.planted());
	}

	@Test
	void writingToAFileStreamsAndRefusesToReplaceWithoutForce() throws Exception {
		GeneratorOptions options = GeneratorOptions.of(200, 8);
		Path file = tmp.resolve("gen.xml");
		var planted = Generator.write(options, OutputFile.at(file));
		assertThat(Files.readString(file)).isEqualTo(text(Generator.generate(options)));
		assertThat(planted).isEqualTo(Generator.generateWithPlan(options).planted());
		assertThatThrownBy(() -> Generator.write(options, OutputFile.at(file))).isInstanceOf(OutputFileException.class)
			.hasMessageContaining("already exists");
		Generator.write(options.withMistakeRate(0), OutputFile.at(file).replacing(true));
		try (var names = Files.list(tmp)) {
			assertThat(names).containsExactly(file);
		}
	}

	@Test
	void theMixIsRealistic() {
		Message m = Generator.generate(GeneratorOptions.of(2000, 11));
		Map<Integer, Long> byFundModel = m.learners()
			.stream()
			.collect(Collectors.groupingBy(l -> l.learningDelivery().get(0).fundModel(), Collectors.counting()));
		assertThat(byFundModel.get(36)).isBetween(850L, 1150L);
		assertThat(byFundModel.get(25)).isBetween(550L, 780L);
		assertThat(byFundModel.get(38)).isBetween(220L, 380L);
		assertThat(byFundModel.get(35)).isBetween(25L, 100L);
		long twoProgrammes = m.learners()
			.stream()
			.filter(l -> l.learningDelivery().stream().filter(LearningDelivery::isProgrammeAim).count() >= 2)
			.count();
		assertThat(twoProgrammes).isBetween(100L, 300L);
		long restarts = m.learners()
			.stream()
			.filter(l -> l.learningDelivery().stream().anyMatch(a -> !a.fams("RES").isEmpty()))
			.count();
		assertThat(restarts).isBetween(15L, 70L);
		long gateway = m.learners()
			.stream()
			.flatMap(l -> l.learningDelivery().stream())
			.filter(a -> a.isProgrammeAim() && a.compStatus() == 1 && a.learnActEndDate() != null)
			.count();
		assertThat(gateway).isBetween(40L, 130L);
		assertThat(m.learners()).allMatch(l -> l.learningDelivery().stream().allMatch(a -> a.learnStartDate()
			.isBefore(LocalDate.of(2025, 11, 21))));
	}

	@Test
	void onlyThePlantedFindingsAreFound() {
		Generator.Generated g = Generator.generateWithPlan(GeneratorOptions.of(3000, 3));
		assertThat(g.planted()).isNotEmpty();
		assertThat(CheckedRules.check(g.message())).containsExactlyInAnyOrderElementsOf(g.planted());
		assertThat(g.planted()).extracting(PlantedFinding::rule)
			.contains("R59", "ULN_04", "R07", "R121", "R124", "R90");
	}

	@Test
	void withNoMistakesTheFileIsCleanAndIdentifiersAreUnique() {
		Message m = Generator.generate(GeneratorOptions.of(3000, 9).withMistakeRate(0));
		assertThat(CheckedRules.check(m)).isEmpty();
		assertThat(m.learners().stream().map(Learner::learnRefNumber).distinct().count()).isEqualTo(3000);
		assertThat(m.learners().stream().map(Learner::uln).distinct().count()).isEqualTo(3000);
		assertThat(m.learners()).allMatch(l -> DerivedData.checkUln(l.uln()) == DerivedData.UlnCheck.VALID);
	}

	@Test
	void otherReferenceDatesInTheYearWork() {
		for (String date : new String[] { "2025-09-01", "2026-03-15", "2026-07-31" }) {
			GeneratorOptions options = GeneratorOptions.of(800, 1).withReferenceDate(LocalDate.parse(date));
			Generator.Generated g = Generator.generateWithPlan(options);
			assertThat(CheckedRules.check(g.message())).as(date).containsExactlyInAnyOrderElementsOf(g.planted());
		}
	}

	@Test
	void badOptionsAreRefused() {
		assertThatThrownBy(() -> GeneratorOptions.of(0, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> GeneratorOptions.of(1, 1).withReferenceDate(LocalDate.of(2026, 8, 1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> GeneratorOptions.of(1, 1).withMistakeRate(0.9))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aSingleLearnerFileIsPossible() {
		Map<String, Learner> one = Generator.generate(GeneratorOptions.of(1, 1).withMistakeRate(0.5))
			.learners()
			.stream()
			.collect(Collectors.toMap(Learner::learnRefNumber, Function.identity()));
		assertThat(one).hasSize(1);
	}
}

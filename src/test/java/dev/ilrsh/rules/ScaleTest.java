package dev.ilrsh.rules;

import static dev.ilrsh.rules.TestLearners.PREPARED;
import static dev.ilrsh.rules.TestLearners.apprentice;
import static dev.ilrsh.rules.TestLearners.componentAim;
import static dev.ilrsh.rules.TestLearners.programmeAim;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cost that must not grow out of bounds: a learner with very many aims, and very many records sharing one ULN or
 * learner reference. Each check compares a size with one ten (or four) times bigger in the same run, so a busy
 * machine slows both alike; a step that compares every aim with every other aim makes the bigger one take about a
 * hundred times as long and fails.
 */
class ScaleTest {

	private static final LocalDate FROM = LocalDate.of(2020, 8, 1);

	/**
	 * Learners whose aims all look alike to the cross-aim rules: finished standards each on its own StdCode with a
	 * component of another standard, open programmes of one standard, bootcamp programmes and components, and T Level
	 * aims. These are the shapes that once made validation quadratic in the number of aims.
	 */
	static List<Learner> manyAims(int n) {
		List<LearningDelivery> standards = new ArrayList<>();
		List<LearningDelivery> open = new ArrayList<>();
		List<LearningDelivery> bootcamps = new ArrayList<>();
		List<LearningDelivery> tLevels = new ArrayList<>();
		for (int i = 0; i < n / 2; i++) {
			LocalDate start = FROM.plusDays(i);
			standards.add(set(programmeAim(i % 98 + 1, start, 100 + i), "LearnActEndDate", start, "CompStatus", 2));
			standards.add(componentAim(i % 98 + 1, start, 100_000 + i));
			open.add(programmeAim(i % 98 + 1, start, 91));
			open.add(componentAim(i % 98 + 1, start, 91));
		}
		for (int i = 0; i < n; i++) {
			LocalDate start = FROM.plusDays(i);
			bootcamps.add(set(programmeAim(i % 98 + 1, start, 91), "ProgType", 32, "FundModel", 37, "AimType",
					i % 2 == 0 ? 1 : 3, "LearnActEndDate", start.plusDays(3), "CompStatus", 2));
			tLevels.add(set(componentAim(i % 98 + 1, start, 91), "ProgType", i % 2 == 0 ? 30 : 31, "FundModel", 25,
					"AimType", i % 3 == 0 ? 1 : i % 3 == 1 ? 3 : 5));
		}
		return List.of(apprentice("S", 1000000043L).withLearningDelivery(standards),
				apprentice("O", 1000000019L).withLearningDelivery(open),
				apprentice("B", 1000000027L).withLearningDelivery(bootcamps),
				apprentice("T", 1000000035L).withLearningDelivery(tLevels));
	}

	private static LearningDelivery set(LearningDelivery d, Object... namesAndValues) {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			d = Ilr.with(d, (String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return d;
	}

	private static long millisToValidate(List<Learner> learners) {
		long started = System.nanoTime();
		TestLearners.validate(learners.toArray(new Learner[0]));
		return (System.nanoTime() - started) / 1_000_000;
	}

	@Test
	void validatingTenTimesTheAimsTakesAboutTenTimesAsLong() {
		millisToValidate(manyAims(500));
		long small = Math.min(millisToValidate(manyAims(500)), millisToValidate(manyAims(500)));
		long big = millisToValidate(manyAims(5_000));
		// linear work gives about 10x (more on a busy machine, when the bigger run pays for garbage collection);
		// comparing every aim with every other gives about 100x (it took 78 s, not 2 s, for 20,000 aims of each shape)
		assertThat(big).as("ms for 5,000 aims a learner against %d ms for 500", small)
			.isLessThan(Math.max(3_000, 45 * small));
	}

	@Test
	void r59NamesAFewOtherRecordsAndCountsTheRest() {
		List<Learner> same = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			same.add(apprentice("L" + i, 1000000043L));
		}
		ValidationReport report = TestLearners.validate(same.toArray(new Learner[0]));
		List<Finding> r59 = report.of("R59");
		assertThat(r59).hasSize(2_000);
		assertThat(r59.get(0).message()).isEqualTo("ULN 1000000043 is also on 1,999 other records: learner L1 "
				+ "(record 2 in the file), learner L2 (record 3 in the file), learner L3 (record 4 in the file) and "
				+ "1,996 more");
		assertThat(r59.get(5).message()).startsWith("ULN 1000000043 is also on 1,999 other records: learner L0 ")
			.endsWith(" and 1,996 more");
		// each message names three records whatever the group's size (the whole list made a 3.3 GB report)
		assertThat(r59).allSatisfy(f -> assertThat(f.message().length()).isLessThan(200));
	}

	@Test
	void fewSharingRecordsAreAllNamed() {
		Learner[] five = new Learner[5];
		for (int i = 0; i < 5; i++) {
			five[i] = apprentice("A" + i, 1000000043L);
		}
		assertThat(TestLearners.validate(five).of("R59").get(0).message()).isEqualTo("ULN 1000000043 is also on "
				+ "learner A1 (record 2 in the file), learner A2 (record 3 in the file), learner A3 (record 4 in the "
				+ "file), learner A4 (record 5 in the file)");
		Learner[] six = java.util.Arrays.copyOf(five, 6);
		six[5] = apprentice("A5", 1000000043L);
		assertThat(TestLearners.validate(six).of("R59").get(0).message()).isEqualTo("ULN 1000000043 is also on "
				+ "5 other records: learner A1 (record 2 in the file), learner A2 (record 3 in the file), learner A3 "
				+ "(record 4 in the file) and 2 more");
	}

	@Test
	void r06CountsTheOtherRecordsToo() {
		List<Learner> same = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			same.add(apprentice("SAME", 1000000043L + 8 * i));
		}
		List<Finding> r06 = TestLearners.validate(same.toArray(new Learner[0])).of("R06");
		assertThat(r06).hasSize(1_000);
		assertThat(r06.get(0).message()).isEqualTo("LearnRefNumber SAME is also used by 999 other learner records "
				+ "(record 2 in the file, record 3 in the file, record 4 in the file and 996 more)");
	}
}

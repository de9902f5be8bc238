package dev.ilrsh.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.generate.Generator;
import dev.ilrsh.generate.GeneratorOptions;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import dev.ilrsh.query.Counter;
import dev.ilrsh.query.Finder;
import dev.ilrsh.render.Table;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a generated file of some size, every search agrees with a plain walk over the model: document numbers are
 * positions, in the text index, the columns and the aims alike.
 */
class LargeFileIndexTest {

	static Message message;
	static IlrIndex index;

	@BeforeAll
	static void build() {
		message = Generator.generate(GeneratorOptions.of(5000, 11));
		index = IlrIndex.build(message);
	}

	@AfterAll
	static void close() {
		index.close();
	}

	@Test
	void aNameSearchFindsExactlyTheLearnersWithThatName() {
		Learner late = message.learners().get(4321);
		List<Object> expected = message.learners()
			.stream()
			.filter(l -> l.familyName().equalsIgnoreCase(late.familyName()))
			.map(l -> (Object) l.learnRefNumber())
			.toList();
		var found = new Finder(index).find("FamilyName:\"" + late.familyName() + "\"", Target.LEARNERS, 10_000);
		assertThat(found.table().rows().stream().map(r -> r.get(0)).toList()).containsExactlyInAnyOrderElementsOf(expected)
			.contains(late.learnRefNumber());
	}

	@Test
	void aimSearchesAgreeWithTheModel() {
		long expected = message.learners()
			.stream()
			.flatMap(l -> l.learningDelivery().stream())
			.filter(a -> Integer.valueOf(36).equals(a.fundModel()) && a.learnActEndDate() == null)
			.count();
		assertThat(new Finder(index).find("FundModel:36 AND NOT LearnActEndDate:*", Target.AIMS, 1).totalHits())
			.isEqualTo(expected);
		assertThat(index.count(Target.AIMS))
			.isEqualTo(message.learners().stream().mapToInt(l -> l.learningDelivery().size()).sum());
	}

	@Test
	void countsAgreeWithAHandCount() {
		Map<String, Integer> expected = new TreeMap<>();
		for (Learner l : message.learners()) {
			for (LearningDelivery a : l.learningDelivery()) {
				expected.merge(String.valueOf(a.fundModel()), 1, Integer::sum);
			}
		}
		Table table = new Counter(index).count("FundModel", null);
		Map<String, Integer> counted = new TreeMap<>();
		table.rows().forEach(r -> counted.put(String.valueOf(r.get(0)), (Integer) r.get(1)));
		assertThat(counted).isEqualTo(expected);
	}

	@Test
	void preparingInTheBackgroundLeavesSearchesCorrect() throws Exception {
		try (IlrIndex fresh = IlrIndex.build(message)) {
			fresh.prepareInBackground();
			Learner first = message.learners().get(0);
			var found = new Finder(fresh).find(first.learnRefNumber(), Target.LEARNERS, 5);
			assertThat(found.table().rows().get(0).get(0)).isEqualTo(first.learnRefNumber());
			for (int i = 0; i < 200 && fresh.textNanos() == 0; i++) {
				Thread.sleep(20);
			}
			assertThat(fresh.textNanos()).isPositive();
			assertThat(fresh.episodesNanos()).isPositive();
		}
	}
}

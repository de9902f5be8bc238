package dev.ilrsh.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.index.Target;
import dev.ilrsh.render.Format;
import dev.ilrsh.render.TableRenderer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counts on {@link QueryFixtures#sample()}, counted by hand: A1 has programmes 25/91 (achieved) and 25/300
 * (continuing) with a component each; B2 one 25/94 programme at gateway with a component; C3 one 25/94 on a break
 * with a component and a standalone aim 60000001. Nine aims, six episodes, three learners.
 */
class CounterTest {

	static IlrIndex index;
	static Counter counter;

	@BeforeAll
	static void build() {
		index = IlrIndex.build(QueryFixtures.sample());
		counter = new Counter(index);
	}

	@AfterAll
	static void close() {
		index.close();
	}

	@Test
	void aimFieldsCountAimsByCountThenValue() {
		assertThat(TableRenderer.render(counter.count("stdcode", ""), Format.TABLE)).isEqualTo("""
				StdCode  Count
				-------  -----
				94       4
				91       2
				300      2
				(none)   1
				""");
		assertThat(counter.count("LearnAimRef", "").rows()).containsExactly(List.of("ZPROG001", 4),
				List.of("ZSTD0094", 2), List.of("60000001", 1), List.of("ZSTD0091", 1), List.of("ZSTD0300", 1));
		assertThat(counter.count("ACT", "").rows()).containsExactly(List.of("1", 4), List.of(Counter.NONE, 5));
	}

	@Test
	void aWhereQueryNarrowsWhatIsCounted() {
		assertThat(counter.count("CompStatus", "familyname:okafor").rows()).containsExactly(List.of(1, 4),
				List.of(2, 2));
		assertThat(counter.count("FundModel", "AimType:1").rows()).containsExactly(List.of(36, 4));
	}

	@Test
	void aTallySaysWhatItCountsWithATotalAndPercentages() {
		Counter.Tally status = counter.tally("Status", "", null);
		assertThat(status.counted()).isEqualTo(Target.PROGRAMMES);
		assertThat(status.table().columns()).containsExactly("Status", "Programmes", "%");
		assertThat(status.table().rows()).containsExactly(List.of("continuing", 2, 40.0), List.of("achieved", 1, 20.0),
				List.of("break", 1, 20.0), List.of("gateway", 1, 20.0), List.of(Counter.ALL, 5, 100.0));
		assertThat(status.overlapping()).isFalse();
		// months in date order, whatever their counts
		assertThat(counter.tally("StartMonth", "", null).table().rows()).extracting(r -> r.get(0))
			.containsExactly("2024-01", "2024-09", "2025-01", "2025-09", "2025-11", Counter.ALL);
		// counted over learners, a learner with two standards is under each: the rows add up to more than the total
		Counter.Tally learners = counter.tally("StdCode", "", Target.LEARNERS);
		assertThat(learners.table().columns()).containsExactly("StdCode", "Learners", "%");
		assertThat(learners.total()).isEqualTo(3);
		assertThat(learners.overlapping()).isTrue();
		assertThat(learners.table().rows()).contains(List.of(94, 2, 66.7), List.of(Counter.ALL, 3, 100.0));
	}

	@Test
	void derivedFieldsCountProgrammesAndLearnerFieldsCountLearners() {
		assertThat(counter.count("Status", "").rows()).containsExactly(List.of("continuing", 2), List.of("achieved", 1),
				List.of("break", 1), List.of("gateway", 1));
		assertThat(counter.count("AgeBand", "Kind:programme").rows()).containsExactly(List.of("24+", 2),
				List.of("16-18", 1), List.of("19-23", 1));
		assertThat(counter.count("StartMonth", "AimType:1").rows()).containsExactly(List.of("2024-01", 1),
				List.of("2024-09", 1), List.of("2025-01", 1), List.of("2025-11", 1));
		assertThat(counter.count("ULNCheck", "").rows()).containsExactly(List.of("valid", 2), List.of("not-known", 1));
		assertThat(counter.count("EmpStat", "").rows()).containsExactly(List.of(10, 3));
		// a learner is counted once under each of its values
		assertThat(counter.count("StdCode", "", Target.LEARNERS).rows()).containsExactly(List.of(94, 2),
				List.of(91, 1), List.of(300, 1));
	}

	@Test
	void unknownOrUncountableFieldsListTheCountableOnes() {
		assertThatThrownBy(() -> counter.count("Stdcod", "")).isInstanceOf(QueryException.class)
			.hasMessageStartingWith("unknown field 'Stdcod'; nearest: StdCode")
			.hasMessageContaining("Countable fields: Accom, ACL, ACT, ")
			.hasMessageContaining(" AgeBand, ")
			.hasMessageNotContaining("\n");
		assertThatThrownBy(() -> counter.count("FamilyName", "")).hasMessageStartingWith(
				"FamilyName cannot be counted");
		assertThatThrownBy(() -> counter.count("StdCode", "Famlyname:x")).hasMessageStartingWith("unknown field");
	}
}

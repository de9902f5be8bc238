package dev.ilrsh.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.rules.Validator;
import dev.ilrsh.xml.IlrReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferTest {

	static final Path SAMPLE = Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML");

	private final ReturnPair pair = ReturnPair.make();
	private final ReturnDiff diff = Differ.compare(pair.older, pair.newer);

	@Test
	void aFileComparedWithItselfIsTheSame() throws Exception {
		Message sample = IlrReader.read(SAMPLE).message();
		ReturnDiff same = Differ.compare(sample, IlrReader.read(SAMPLE).message());
		assertThat(same.isSame()).isTrue();
		assertThat(same.unchanged()).isEqualTo(sample.learners().size());
		assertThat(same.changes()).isEmpty();
	}

	@Test
	void learnersMovedInTheFileOrDifferingOnlyInSpacesAreUnchanged() throws Exception {
		Message sample = IlrReader.read(SAMPLE).message();
		List<Learner> shuffled = new ArrayList<>(sample.learners());
		Collections.reverse(shuffled);
		Learner first = shuffled.get(0);
		shuffled.set(0, Ilr.with(first, "GivenNames", "  " + first.givenNames() + " "));
		Learner second = shuffled.get(1);
		shuffled.set(1, Ilr.with(second, "AddLine1", second.addLine1().replace(" ", "   ")));
		ReturnDiff moved = Differ.compare(sample, sample.withLearners(shuffled));
		assertThat(moved.changes()).isEmpty();
		assertThat(moved.isSame()).isTrue();
	}

	@Test
	void joinersAndLeaversAreListedAndAMergedRecordSaysWhereItWent() {
		assertThat(diff.joined()).extracting(j -> pair.newer.learners().get(j).learnRefNumber())
			.containsExactlyElementsOf(pair.planted.joined());
		assertThat(diff.left()).extracting(i -> pair.older.learners().get(i).learnRefNumber())
			.containsExactlyInAnyOrder(pair.planted.left(), pair.planted.mergedAway());
		assertThat(diff.changes()).filteredOn(c -> c.kind() == Change.Kind.LEFT)
			.extracting(Change::learnRefNumber, Change::note)
			.contains(tuple(pair.planted.mergedAway(), "merged into " + pair.planted.mergedInto() + " (same ULN)"),
					tuple(pair.planted.left(), null));
		assertThat(diff.mergedAway()).isEqualTo(1);
	}

	@Test
	void aChangedReferenceIsRecognisedByUln() {
		assertThat(diff.matchedByUln()).isEqualTo(1);
		assertThat(diff.changes()).filteredOn(c -> "LearnRefNumber".equals(c.field()))
			.extracting(Change::oldValue, Change::newValue, Change::note)
			.containsExactly(tuple(pair.planted.renamedFrom(), "RENAMED01", "matched by ULN: the reference changed"));
	}

	@Test
	void onlyThePlantedLearnersChanged() {
		assertThat(diff.changed()).extracting(d -> pair.newer.learners().get(d.newIndex()).learnRefNumber())
			.containsExactlyInAnyOrder(pair.planted.withdrawn(), pair.planted.priced(), pair.planted.renamedTo(),
					pair.planted.mergedInto());
		assertThat(diff.unchanged()).isEqualTo(60 - 2 - 4);
		assertThat(diff.header()).extracting(Change::entity, Change::field)
			.containsExactlyInAnyOrder(tuple("CollectionDetails", "FilePreparationDate"), tuple("Source", "SerialNo"),
					tuple("Source", "DateTime"));
	}

	@Test
	void aWithdrawnProgrammeShowsItsStatusChangeWithTheMeaningOfTheCodes() {
		List<Change> withdrawn = diff.changes().stream()
			.filter(c -> pair.planted.withdrawn().equals(c.learnRefNumber()) && "CompStatus".equals(c.field()))
			.toList();
		assertThat(withdrawn).isNotEmpty().allSatisfy(c -> {
			assertThat(c.oldValue()).isEqualTo("1");
			assertThat(c.newValue()).isEqualTo("3");
			assertThat(c.note()).isEqualTo("1 continuing → 3 withdrawn");
			assertThat(c.aimSeqNumber()).isNotNull();
		});
		assertThat(ReturnQuestions.statusChanges(diff).rows()).extracting(r -> r.get(4))
			.contains("CompStatus", "LearnActEndDate", "WithdrawReason");
	}

	@Test
	void priceChangesAreTheEditedAndAddedPricesOfAimsInBothReturns() {
		var prices = ReturnQuestions.priceChanges(pair.older, pair.newer);
		assertThat(prices.columns()).containsExactly("LearnRefNumber", "ULN", "AimSeqNumber", "LearnAimRef", "Change",
				"AppFinRecord", "Field", "Old", "New");
		assertThat(prices.rows()).extracting(r -> r.get(0), r -> r.get(4), r -> r.get(6))
			.containsExactlyInAnyOrder(tuple(pair.planted.priced(), "changed", "AFinAmount"),
					tuple(pair.planted.priced(), "added", null));
		List<Object> edited = prices.rows().stream().filter(r -> "changed".equals(r.get(4))).findFirst().orElseThrow();
		assertThat(Integer.parseInt((String) edited.get(8)) - Integer.parseInt((String) edited.get(7))).isEqualTo(500);
		assertThat((String) edited.get(5)).startsWith("TNP 1 ");
	}

	@Test
	void aimsAreMatchedByWhatTheyAreNotByTheirNumber() {
		Learner learner = pair.older.learners().stream().filter(l -> l.learningDelivery().size() >= 2).findFirst()
			.orElseThrow();
		List<LearningDelivery> aims = new ArrayList<>(learner.learningDelivery());
		Collections.reverse(aims);
		List<LearningDelivery> renumbered = new ArrayList<>();
		for (int i = 0; i < aims.size(); i++) {
			renumbered.add(aims.get(i).withAimSeqNumber(i + 1));
		}
		Learner changed = learner.withLearningDelivery(renumbered);
		List<Learner> learners = new ArrayList<>(pair.older.learners());
		learners.set(learners.indexOf(learner), changed);
		ReturnDiff d = Differ.compare(pair.older, pair.older.withLearners(learners));
		assertThat(d.changes()).allSatisfy(c -> assertThat(c.field()).isEqualTo("AimSeqNumber"));
		assertThat(d.changed()).singleElement().satisfies(x -> {
			assertThat(x.aimsAdded()).isZero();
			assertThat(x.aimsRemoved()).isZero();
		});
	}

	@Test
	void aCorrectedStartDateIsAChangeOfTheSameAim() {
		Learner learner = pair.older.learners().get(0);
		LearningDelivery aim = learner.learningDelivery().get(0);
		List<LearningDelivery> aims = new ArrayList<>(learner.learningDelivery());
		aims.set(0, Ilr.with(aim, "LearnStartDate", aim.learnStartDate().minusDays(3)));
		List<Learner> learners = new ArrayList<>(pair.older.learners());
		learners.set(0, learner.withLearningDelivery(aims));
		ReturnDiff d = Differ.compare(pair.older, pair.older.withLearners(learners));
		assertThat(d.changes()).extracting(Change::kind, Change::entity, Change::field)
			.containsExactly(tuple(Change.Kind.CHANGED, "LearningDelivery", "LearnStartDate"));
	}

	@Test
	void findingsAreFixedNewOrStillPresentByRule() {
		ValidationOptions options = ValidationOptions.defaults().withToday(LocalDate.of(2025, 12, 18));
		var before = Validator.validate(pair.older, List.of(), null, options);
		var after = Validator.validate(pair.newer, List.of(), null, options);
		FindingsDiff findings = FindingsDiff.compare(diff, before, after);
		assertThat(findings.rules().get("R59").fixed()).isEqualTo(2);
		assertThat(findings.fixed()).extracting(f -> f.rule() + " " + f.learnRefNumber())
			.contains("R59 " + pair.planted.mergedAway(), "R59 " + pair.planted.mergedInto());
		findings.rules().forEach((rule, c) -> assertThat(c.older() - c.fixed()).isEqualTo(c.newer() - c.found()));
		assertThat(findings.stillPresent()).isPositive();
		assertThat(findings.byRule().columns()).containsExactly("rule", "severity", "old", "new", "fixed",
				"new findings", "still present");
	}
}

package dev.ilrsh.restructure;

import dev.ilrsh.files.OutputFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import dev.ilrsh.restructure.SplitLearner.Reason;
import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.testing.Xsd;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.xml.IlrWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeTest {

	@TempDir
	Path tmp;

	private final String forum = text("forum-case-two-records.xml");

	@Test
	void theForumCaseIsOnePersonOnTwoRecordsBySameUln() throws Exception {
		List<SplitLearner> splits = ProgressionFinder.find(load(forum));
		assertThat(splits).hasSize(1);
		assertThat(splits.get(0).reasons()).containsExactly(Reason.SAME_ULN);
		assertThat(splits.get(0).learnRefNumbers()).containsExactly("APP001", "APP002");
	}

	@Test
	void mergingKeepsTheEarliestReferenceRenumbersAimsAndCarriesEverythingElse() throws Exception {
		Message message = load(forum);
		SplitLearner split = ProgressionFinder.find(message).get(0);
		MergePlan plan = MergePlanner.plan(split, null, Map.of());
		assertThat(plan.keepLearnRefNumber()).isEqualTo("APP001");
		assertThat(plan.aims()).extracting(MergePlan.AimMove::record, MergePlan.AimMove::oldAimSeqNumber,
				MergePlan.AimMove::newAimSeqNumber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1, 1), org.assertj.core.groups.Tuple.tuple(1, 1, 2));
		assertThat(plan.conflicts()).isEmpty();

		Merger.Result result = Merger.apply(message, List.of(plan));
		assertThat(result.message().learners()).hasSize(1);
		Learner merged = result.message().learners().get(0);
		assertThat(merged.learnRefNumber()).isEqualTo("APP001");
		assertThat(merged.learningDelivery()).extracting(LearningDelivery::aimSeqNumber, LearningDelivery::stdCode,
				LearningDelivery::achDate)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 91, LocalDate.of(2025, 10, 22)),
					org.assertj.core.groups.Tuple.tuple(2, 300, null));
		LearningDelivery second = merged.learningDelivery().get(1);
		LearningDelivery original = message.learners().get(1).learningDelivery().get(0);
		assertThat(second.withAimSeqNumber(1)).isEqualTo(original);
		assertThat(merged.learnerEmploymentStatus()).extracting(s -> s.dateEmpStatApp().toString())
			.containsExactly("2023-09-01", "2025-11-01");

		Path out = tmp.resolve("merged.xml");
		IlrWriter.write(result.message(), OutputFile.at(out));
		Xsd.assertValid(out);
		assertThat(ProgressionFinder.find(IlrReader.read(out).message())).isEmpty();
	}

	@Test
	void aReusedReferenceIsFoundByBothReasons() throws Exception {
		Message message = load(forum.replace("APP002", "APP001"));
		SplitLearner split = ProgressionFinder.find(message).get(0);
		assertThat(split.reasons()).containsExactlyInAnyOrder(Reason.SAME_ULN, Reason.SAME_LEARN_REF);
		MergePlan plan = MergePlanner.plan(split, null, Map.of());
		assertThat(plan.records()).extracting(MergePlan.RecordRef::occurrence).containsExactly(0, 1);
		assertThat(Merger.apply(message, List.of(plan)).message().learners()).hasSize(1);
	}

	@Test
	void aDifferingAddressIsTakenWholeFromTheNewestRecordUnlessTheUserChooses() throws Exception {
		String moved = forum.replaceFirst("(?s)(<LearnRefNumber>APP002</LearnRefNumber>.*?)<Postcode>ZZ99 9ZZ</Postcode>",
				"$1<Postcode>ZZ98 8ZZ</Postcode>");
		Message message = load(moved);
		SplitLearner split = ProgressionFinder.find(message).get(0);
		MergePlan plan = MergePlanner.plan(split, null, Map.of());
		assertThat(plan.conflicts()).containsExactly(new MergePlan.Conflict("Address",
				"the address (AddLine1-4 and Postcode, taken together)",
				List.of(new MergePlan.Difference("Postcode", List.of("ZZ99 9ZZ", "ZZ98 8ZZ"))), 1, false, List.of(0, 1)));
		assertThat(Merger.apply(message, List.of(plan)).message().learners().get(0).postcode()).isEqualTo("ZZ98 8ZZ");

		MergePlan chosen = MergePlanner.plan(split, null, Map.of("address", "app001"));
		assertThat(chosen.conflicts().get(0).chosen()).isZero();
		assertThat(chosen.conflicts().get(0).taken()).isTrue();
		assertThat(Merger.apply(message, List.of(chosen)).message().learners().get(0).postcode()).isEqualTo("ZZ99 9ZZ");
		assertThatThrownBy(() -> MergePlanner.plan(split, null, Map.of("Sex", "APP001")))
			.hasMessage("--take Sex: the records do not differ on Sex; they differ on Address");
		assertThatThrownBy(() -> MergePlanner.plan(split, null, Map.of("Postcode", "APP001")))
			.hasMessage("--take Postcode: Postcode is part of the address, which is taken whole: --take Address=APP001");
		assertThatThrownBy(() -> MergePlanner.plan(split, null, Map.of("Address", "APP009")))
			.hasMessage("--take Address=APP009: APP009 is not one of the records: APP001, APP002");
	}

	@Test
	void keepChoosesTheReferenceToKeep() throws Exception {
		SplitLearner split = ProgressionFinder.find(load(forum)).get(0);
		assertThat(MergePlanner.plan(split, "APP002", Map.of()).keepLearnRefNumber()).isEqualTo("APP002");
		assertThatThrownBy(() -> MergePlanner.plan(split, "NOPE", Map.of()))
			.hasMessage("--keep NOPE is not one of the records: APP001, APP002");
	}

	@Test
	void samePersonByNameAndBirthDateOnlyIsPossibleAndKeptApart() throws Exception {
		Message message = load(forum.replaceFirst("<ULN>1000000043</ULN>", "<ULN>1000000019</ULN>"));
		List<SplitLearner> splits = ProgressionFinder.find(message);
		assertThat(splits).hasSize(1);
		assertThat(splits.get(0).reasons()).isEqualTo(Set.of(Reason.POSSIBLY_SAME_PERSON));
		assertThat(splits.get(0).isPossibleOnly()).isTrue();
	}

	@Test
	void aCleanFileHasNothingToMerge() throws Exception {
		Message message = load(forum.replaceFirst("<ULN>1000000043</ULN>", "<ULN>1000000019</ULN>")
			.replaceFirst("<GivenNames>Alex</GivenNames>", "<GivenNames>Sam</GivenNames>"));
		assertThat(ProgressionFinder.find(message)).isEmpty();
		assertThat(Merger.apply(message, List.of()).message().learners()).containsExactlyElementsOf(message.learners());
	}

	@Test
	void aSavedPlanCanBeLoadedAndAppliedAgain() throws Exception {
		Message message = load(forum);
		MergePlan plan = MergePlanner.plan(ProgressionFinder.find(message).get(0), null, Map.of());
		Path saved = tmp.resolve("plan.json");
		Restructurer.Outcome outcome = Restructurer.run(message, List.of(), null, List.of(plan),
				dev.ilrsh.rules.ValidationOptions.defaults());
		PlanFile.save(OutputFile.at(saved), "forum.xml", outcome);
		PlanFile.Saved loaded = PlanFile.load(saved, "forum.xml");
		assertThat(loaded.plans()).containsExactly(plan);
		assertThat(Merger.apply(message, loaded.plans()).message().learners()).hasSize(1);

		assertThatThrownBy(() -> PlanFile.load(saved, "other.xml")).isInstanceOf(PlanFile.PlanFileException.class)
			.hasMessage(saved + ": the plan was made for forum.xml, not other.xml; a plan applies only to the file it "
					+ "was made for");
		Files.writeString(saved, "{ not json");
		assertThatThrownBy(() -> PlanFile.load(saved, "forum.xml")).isInstanceOf(PlanFile.PlanFileException.class)
			.hasMessageStartingWith(saved + ": not valid JSON at line 1, column 3");
		Message other = load(forum.replace("APP002", "APP009"));
		assertThatThrownBy(() -> Merger.apply(other, List.of(plan)))
			.hasMessage("the plan names learner APP002 (ULN 1000000043) which is not in this file");
	}

	@Test
	void aPersonSplitOverThreeRecordsBecomesOneWithAimsInProgrammeOrder() throws Exception {
		String third = forum.substring(forum.indexOf("  <Learner>", forum.indexOf("APP002") - 200), forum.indexOf("</Message>"))
			.replace("APP002", "APP003").replace("2025-11-03", "2025-12-01").replace("2028-11-02", "2029-11-30")
			.replace("<StdCode>300</StdCode>", "<StdCode>301</StdCode>");
		Message message = load(forum.replace("</Message>", third + "</Message>"));
		SplitLearner split = ProgressionFinder.find(message).get(0);
		assertThat(split.learnRefNumbers()).containsExactly("APP001", "APP002", "APP003");
		MergePlan plan = MergePlanner.plan(split, null, Map.of());
		Learner merged = Merger.apply(message, List.of(plan)).message().learners().get(0);
		assertThat(merged.learningDelivery()).extracting(LearningDelivery::aimSeqNumber, LearningDelivery::stdCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 91), org.assertj.core.groups.Tuple.tuple(2, 300),
					org.assertj.core.groups.Tuple.tuple(3, 301));
		assertThat(merged.learnerEmploymentStatus()).hasSize(2);
	}

	@Test
	void learnerFamsAreMergedWithinTheirLimitsAndConflictsAreReported() throws Exception {
		String withFams = forum
			.replaceFirst("<Postcode>ZZ99 9ZZ</Postcode>",
					"<Postcode>ZZ99 9ZZ</Postcode>\n    <LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>1</LearnFAMCode></LearnerFAM>"
							+ "\n    <LearnerFAM><LearnFAMType>LSR</LearnFAMType><LearnFAMCode>36</LearnFAMCode></LearnerFAM>")
			.replaceFirst("(?s)(APP002.*?)<Postcode>ZZ99 9ZZ</Postcode>",
					"$1<Postcode>ZZ99 9ZZ</Postcode>\n    <LearnerFAM><LearnFAMType>EHC</LearnFAMType><LearnFAMCode>2</LearnFAMCode></LearnerFAM>"
							+ "\n    <LearnerFAM><LearnFAMType>LSR</LearnFAMType><LearnFAMCode>55</LearnFAMCode></LearnerFAM>");
		Message message = load(withFams);
		MergePlan plan = MergePlanner.plan(ProgressionFinder.find(message).get(0), null, Map.of());
		Merger.Result result = Merger.apply(message, List.of(plan));
		Learner merged = result.message().learners().get(0);
		assertThat(merged.learnerFAM()).extracting(f -> f.learnFAMType() + f.learnFAMCode())
			.containsExactlyInAnyOrder("EHC2", "LSR36", "LSR55");
		assertThat(result.merged().get(0).plan().conflicts()).containsExactly(new MergePlan.Conflict("LearnerFAM:EHC",
				"LearnerFAM EHC (1 allowed)",
				List.of(new MergePlan.Difference("LearnFAMCode (LearnFAMType EHC)", List.of("1", "2"))), 1, false,
				List.of(0, 1)));
		Path out = tmp.resolve("fams.xml");
		IlrWriter.write(result.message(), OutputFile.at(out));
		Xsd.assertValid(out);
	}

	private Message load(String xml) throws Exception {
		Path file = Files.createTempFile(tmp, "case", ".xml");
		Files.writeString(file, xml);
		return IlrReader.read(file).message();
	}

	private static String text(String fixture) {
		try {
			return Files.readString(Fixtures.path(fixture));
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}

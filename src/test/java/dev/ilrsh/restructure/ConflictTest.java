package dev.ilrsh.restructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ilrsh.files.OutputFile;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import dev.ilrsh.restructure.MergePlan.Conflict;
import dev.ilrsh.restructure.MergePlan.Difference;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.testing.Xsd;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.xml.IlrWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything two records disagree on is a conflict: shown with both values, settled by --take or the newest. */
class ConflictTest {

	@TempDir
	Path tmp;

	private final String conflicts = FindingChangesTest.text("conflicts-two-records.xml");

	/** Every kind of conflict in the fixture, each settled for APP001. */
	private static final Map<String, String> ALL_APP001 = new LinkedHashMap<>();

	static {
		for (String name : List.of("Address", "TelNo", "LLDDandHealthProblem:4", "LearnerFAM:FME",
				"ProviderSpecLearnerMonitoring:A", "LearnerEmploymentStatus:2023-09-01", "LearnerHE")) {
			ALL_APP001.put(name, "APP001");
		}
	}

	@Test
	void everyKindOfConflictIsFoundWithEachRecordsValues() throws Exception {
		MergePlan plan = plan(load(conflicts), Map.of());
		assertThat(plan.conflicts()).extracting(Conflict::take).containsExactlyElementsOf(ALL_APP001.keySet());
		assertThat(plan.conflicts()).allSatisfy(c -> {
			assertThat(c.chosen()).isEqualTo(1);
			assertThat(c.taken()).isFalse();
			assertThat(c.offered()).containsExactly(0, 1);
		});
		assertThat(plan.conflicts()).extracting(Conflict::differences).containsExactly(
				List.of(new Difference("AddLine1", List.of("1 Old Road", "2 New Street")),
						new Difference("AddLine3", List.of("Flat 2", ""))),
				List.of(new Difference("TelNo", List.of("01234567890", "07700900123"))),
				List.of(new Difference("PrimaryLLDD", List.of("1", ""))),
				List.of(new Difference("LearnFAMCode (LearnFAMType FME)", List.of("1", "2"))),
				List.of(new Difference("ProvSpecLearnMon", List.of("TUTOR1", "TUTOR2"))),
				List.of(new Difference("ESMCode (ESMType LOE)", List.of("4", "1"))),
				List.of(new Difference("TTACCOM", List.of("1", "2"))));
	}

	@Test
	void byDefaultTheNewestRecordsVersionIsKeptWhole() throws Exception {
		Message message = load(conflicts);
		Learner merged = Merger.apply(message, List.of(plan(message, Map.of()))).message().learners().get(0);
		assertThat(merged.addLine1()).isEqualTo("2 New Street");
		assertThat(merged.addLine3()).as("the address is taken whole, not line by line").isNull();
		assertThat(merged.telNo()).isEqualTo("07700900123");
		assertThat(merged.llddAndHealthProblem()).extracting(p -> p.llddCat() + ":" + p.primaryLLDD())
			.containsExactly("4:null", "6:1");
		assertThat(merged.learnerFAM()).extracting(f -> f.learnFAMType() + f.learnFAMCode()).containsExactly("FME2");
		assertThat(merged.providerSpecLearnerMonitoring()).extracting(p -> p.provSpecLearnMon())
			.containsExactly("TUTOR2");
		assertThat(loe(merged.learnerEmploymentStatus().get(0))).isEqualTo(1);
		assertThat(merged.learnerHE().ttAccom()).isEqualTo(2);
	}

	@Test
	void takeReachesEveryKindOfConflict() throws Exception {
		Message message = load(conflicts);
		MergePlan plan = plan(message, ALL_APP001);
		assertThat(plan.conflicts()).allSatisfy(c -> {
			assertThat(c.chosen()).isZero();
			assertThat(c.taken()).isTrue();
		});
		Merger.Result result = Merger.apply(message, List.of(plan));
		Learner merged = result.message().learners().get(0);
		assertThat(merged.addLine1()).isEqualTo("1 Old Road");
		assertThat(merged.addLine3()).isEqualTo("Flat 2");
		assertThat(merged.telNo()).isEqualTo("01234567890");
		assertThat(merged.llddAndHealthProblem()).extracting(p -> p.llddCat() + ":" + p.primaryLLDD())
			.containsExactly("4:1", "6:1");
		assertThat(merged.learnerFAM()).extracting(f -> f.learnFAMType() + f.learnFAMCode()).containsExactly("FME1");
		assertThat(merged.providerSpecLearnerMonitoring()).extracting(p -> p.provSpecLearnMon())
			.containsExactly("TUTOR1");
		assertThat(loe(merged.learnerEmploymentStatus().get(0))).isEqualTo(4);
		assertThat(merged.learnerHE().ttAccom()).isEqualTo(1);
		// whatever is kept, every aim is carried as it was but for its number
		List<LearningDelivery> before = message.learners().stream().flatMap(l -> l.learningDelivery().stream()).toList();
		assertThat(merged.learningDelivery()).hasSize(2);
		for (int i = 0; i < 2; i++) {
			assertThat(merged.learningDelivery().get(i).withAimSeqNumber(1)).isEqualTo(before.get(i));
		}
		Path out = tmp.resolve("chosen.xml");
		IlrWriter.write(result.message(), OutputFile.at(out));
		Xsd.assertValid(out);
	}

	@Test
	void aChoiceThatMakesAnErrorIsRefusedAsAnAddedFinding() throws Exception {
		Message message = load(conflicts);
		// APP001's category 4 is primary, APP002's category 6 too: keeping both makes two primaries
		Restructurer.Outcome outcome = Restructurer.run(message, List.of(), null,
				List.of(plan(message, Map.of("LLDDandHealthProblem:4", "APP001"))), ValidationOptions.defaults());
		assertThat(outcome.added()).extracting(f -> f.rule()).containsExactly("PrimaryLLDD_03");
		assertThat(outcome.refused()).isTrue();
	}

	@Test
	void aSavedPlanRecordsTheChoicesAndAppliesThemAgain() throws Exception {
		Message message = load(conflicts);
		MergePlan plan = plan(message, Map.of("TelNo", "APP001", "LearnerEmploymentStatus:2023-09-01", "APP001"));
		Path saved = tmp.resolve("plan.json");
		PlanFile.save(OutputFile.at(saved), "conflicts.xml", Restructurer.run(message, List.of(), null, List.of(plan),
				ValidationOptions.defaults()));
		String json = Files.readString(saved);
		assertThat(json).contains("\"take\" : \"TelNo\"", "\"APP001\" : \"01234567890\"", "\"kept\" : \"APP001\"",
				"\"chosenBy\" : \"you\"", "\"chosenBy\" : \"newest record\"", "\"carried\" : [", "\"gone\" : [");
		MergePlan loaded = PlanFile.load(saved, "conflicts.xml").plans().get(0);
		Learner again = Merger.apply(message, List.of(loaded)).message().learners().get(0);
		assertThat(again).isEqualTo(Merger.apply(message, List.of(plan)).message().learners().get(0));
		assertThat(again.telNo()).isEqualTo("01234567890");
		assertThat(loe(again.learnerEmploymentStatus().get(0))).isEqualTo(4);

		// choosing by editing the plan: keep APP001's address too
		Files.writeString(saved, json.replaceFirst("(?s)(\"take\" : \"Address\".*?\"kept\" : )\"APP002\"", "$1\"APP001\""));
		Merger.Result edited = Merger.apply(message, PlanFile.load(saved, "conflicts.xml").plans());
		assertThat(edited.message().learners().get(0).addLine3()).isEqualTo("Flat 2");
		assertThat(edited.merged().get(0).plan().conflicts().get(0).taken()).isTrue();
	}

	@Test
	void aPlanIsRefusedWhenTheRecordsNoLongerDisagreeAsItSaw() throws Exception {
		Message message = load(conflicts);
		MergePlan plan = plan(message, Map.of());
		Message changed = load(conflicts.replace("07700900123", "07700900999"));
		assertThatThrownBy(() -> Merger.apply(changed, List.of(plan)))
			.hasMessage("the records of APP001 differ on TelNo in a way the plan does not know; make the plan again");
		Message agreed = load(conflicts.replace("07700900123", "01234567890"));
		assertThatThrownBy(() -> Merger.apply(agreed, List.of(plan)))
			.hasMessage("the plan for APP001 settles TelNo, but its records no longer differ there; make the plan again");
	}

	@Test
	void recordsSharingAReferenceAreNamedInFileOrder() throws Exception {
		Message message = load(conflicts.replace("APP002", "APP001"));
		SplitLearner split = ProgressionFinder.find(message).get(0);
		MergePlan plan = MergePlanner.plan(split, null, Map.of());
		assertThat(plan.labels()).containsExactly("APP001#1", "APP001#2");
		assertThatThrownBy(() -> MergePlanner.plan(split, null, Map.of("TelNo", "APP001")))
			.hasMessage("--take TelNo=APP001: APP001 is the reference of 2 records: name one of APP001#1, APP001#2");
		MergePlan chosen = MergePlanner.plan(split, null, Map.of("TelNo", "app001#1"));
		assertThat(Merger.apply(message, List.of(chosen)).message().learners().get(0).telNo()).isEqualTo("01234567890");
		assertThat(MergePlanner.plan(split, "APP001#2", Map.of()).records().get(0).position()).isEqualTo(1);
	}

	@Test
	void aRecordWithNothingToOfferCannotBeTaken() throws Exception {
		String third = conflicts.substring(conflicts.indexOf("  <Learner>", conflicts.indexOf("APP002") - 200),
				conflicts.indexOf("</Message>"))
			.replace("APP002", "APP003").replace("2025-11-03", "2025-12-01").replace("2028-11-02", "2029-11-30")
			.replaceAll("(?s)\\s*<LearnerHE>.*?</LearnerHE>", "");
		Message message = load(conflicts.replace("</Message>", third + "</Message>"));
		MergePlan plan = plan(message, Map.of());
		Conflict he = plan.conflicts().stream().filter(c -> c.take().equals("LearnerHE")).findFirst().orElseThrow();
		assertThat(he.offered()).containsExactly(0, 1);
		assertThat(he.differences().get(0).values()).containsExactly("1", "2", "");
		assertThat(he.chosen()).as("the newest record with a version").isEqualTo(1);
		assertThatThrownBy(() -> plan(message, Map.of("LearnerHE", "APP003")))
			.hasMessage("--take LearnerHE=APP003: APP003 has no version of LearnerHE to keep");
	}

	private static int loe(LearnerEmploymentStatus status) {
		return status.employmentStatusMonitoring().stream().filter(m -> m.esmType().equals("LOE")).findFirst()
			.orElseThrow().esmCode();
	}

	private static MergePlan plan(Message message, Map<String, String> choices) {
		return MergePlanner.plan(ProgressionFinder.find(message).get(0), null, choices);
	}

	private Message load(String xml) throws Exception {
		Path file = Files.createTempFile(tmp, "case", ".xml");
		Files.writeString(file, xml);
		return IlrReader.read(file).message();
	}
}

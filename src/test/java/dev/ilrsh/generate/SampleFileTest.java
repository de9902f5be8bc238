package dev.ilrsh.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import dev.ilrsh.testing.Xsd;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.xml.IlrWriter;
import dev.ilrsh.xml.LoadResult;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleFileTest {

	static final Path SAMPLE = locate();

	static LoadResult loaded;

	static Path locate() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("sample-data").resolve(SampleFile.FILE_NAME);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("sample-data/" + SampleFile.FILE_NAME + " not found");
	}

	@BeforeAll
	static void load() throws Exception {
		loaded = IlrReader.read(SAMPLE);
	}

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	private static Learner learner(String ref) {
		List<Learner> found = records(ref);
		assertThat(found).as(ref).hasSize(1);
		return found.get(0);
	}

	private static List<Learner> records(String ref) {
		return loaded.message().learners().stream().filter(l -> l.learnRefNumber().equals(ref)).toList();
	}

	private static List<LearningDelivery> programmes(Learner l) {
		return l.learningDelivery().stream().filter(LearningDelivery::isProgrammeAim).toList();
	}

	@Test
	void theCommittedFileIsExactlyWhatSampleFileWrites() throws Exception {
		StringWriter out = new StringWriter();
		IlrWriter.write(SampleFile.message(), out);
		assertThat(Files.readString(SAMPLE)).isEqualTo(out.toString());
	}

	@Test
	void isSchemaValidAndLoadsWithoutProblems() throws Exception {
		Xsd.assertValid(SAMPLE);
		assertThat(loaded.problems()).isEmpty();
		assertThat(loaded.isCurrentYear()).isTrue();
		Message m = loaded.message();
		assertThat(m.header().source().ukprn()).isEqualTo(10000001);
		assertThat(m.header().collectionDetails().filePreparationDate()).isEqualTo(d("2025-11-20"));
		assertThat(m.learners()).hasSize(42);
		assertThat(SAMPLE.getFileName().toString()).matches("ILR-10000001-2526-\\d{8}-\\d{6}-0[1-9]\\.XML");
	}

	@Test
	void theCheckedRulesFindExactlyThePlantedFindings() {
		assertThat(CheckedRules.check(loaded.message())).containsExactlyInAnyOrderElementsOf(SampleFile.planted());
	}

	@Test
	void theForumCaseIsTwoRecordsWithOneUln() {
		Learner l4 = learner("APP001");
		Learner l6 = learner("APP002");
		assertThat(l4.uln()).isEqualTo(l6.uln());
		assertThat(DerivedData.checkUln(l4.uln())).isEqualTo(DerivedData.UlnCheck.VALID);
		LearningDelivery first = programmes(l4).get(0);
		assertThat(first.achDate()).isEqualTo(d("2025-10-22"));
		assertThat(first.compStatus()).isEqualTo(2);
		assertThat(first.fams("ACT").get(0).learnDelFAMDateTo()).isEqualTo(d("2025-10-22"));
		LearningDelivery second = programmes(l6).get(0);
		assertThat(second.learnStartDate()).isEqualTo(d("2025-11-03"));
		assertThat(second.stdCode()).isNotEqualTo(first.stdCode());
		assertThat(l6.learningDelivery()).anyMatch(a -> a.isComponentAim() && a.stdCode().equals(second.stdCode()));
	}

	@Test
	void theReusedReferenceIsTwoRecordsWithOneReferenceAndUln() {
		List<Learner> both = records("APP003");
		assertThat(both).hasSize(2);
		assertThat(both.get(0).uln()).isEqualTo(both.get(1).uln());
		assertThat(programmes(both.get(0)).get(0).achDate()).isBefore(programmes(both.get(1)).get(0).learnStartDate());
	}

	@Test
	void aCorrectProgressionIsOneRecordWithAimsNumberedInOrder() {
		Learner l = learner("APP004");
		assertThat(l.learningDelivery()).extracting(LearningDelivery::aimSeqNumber).containsExactly(1, 2, 3, 4);
		List<LearningDelivery> progs = programmes(l);
		assertThat(progs).hasSize(2);
		assertThat(progs.get(0).achDate()).isBefore(progs.get(1).learnStartDate());
		assertThat(progs.get(0).stdCode()).isNotEqualTo(progs.get(1).stdCode());
	}

	@Test
	void breakAndRestart() {
		LearningDelivery onBreak = programmes(learner("APP005")).get(0);
		assertThat(onBreak.compStatus()).isEqualTo(6);
		assertThat(onBreak.learnActEndDate()).isNotNull();

		List<LearningDelivery> progs = programmes(learner("APP006"));
		assertThat(progs).hasSize(2);
		assertThat(progs.get(0).compStatus()).isEqualTo(6);
		LearningDelivery restart = progs.get(1);
		assertThat(restart.fams("RES")).hasSize(1);
		assertThat(restart.origLearnStartDate()).isEqualTo(progs.get(0).learnStartDate());
		assertThat(restart.learnStartDate()).isAfter(progs.get(0).learnActEndDate());
		assertThat(learner("APP006").learningDelivery())
			.filteredOn(a -> a.isComponentAim() && a.learnActEndDate() == null)
			.allMatch(a -> a.origLearnStartDate() != null && !a.fams("RES").isEmpty());
	}

	@Test
	void atGatewayThePracticalPeriodHasEndedWithoutAnAchievement() {
		LearningDelivery p = programmes(learner("APP007")).get(0);
		assertThat(p.compStatus()).isEqualTo(1);
		assertThat(p.outcome()).isEqualTo(8);
		assertThat(p.learnActEndDate()).isEqualTo(d("2025-10-31"));
		assertThat(p.achDate()).isNull();
		assertThat(p.fams("ACT").get(0).learnDelFAMDateTo()).isNull();
	}

	@Test
	void withdrawalsAndTransfers() {
		LearningDelivery withdrawn = programmes(learner("APP008")).get(0);
		assertThat(withdrawn.compStatus()).isEqualTo(3);
		assertThat(withdrawn.withdrawReason()).isEqualTo(44);
		List<LearningDelivery> transfer = programmes(learner("APP009"));
		assertThat(transfer).hasSize(2);
		assertThat(transfer.get(0).withdrawReason()).isEqualTo(40);
		assertThat(transfer.get(1).fams("RES")).isEmpty();
		assertThat(programmes(learner("APP010")).get(0).withdrawReason()).isEqualTo(2);
	}

	@Test
	void apprenticesLookReal() {
		for (Learner l : loaded.message().learners()) {
			if (!l.learnRefNumber().startsWith("APP")) {
				continue;
			}
			assertThat(l.niNumber()).isNotNull();
			assertThat(l.learnerEmploymentStatus()).allMatch(s -> s.empStat() == 10 && s.empId() != null);
			for (LearningDelivery a : l.learningDelivery()) {
				assertThat(a.fundModel()).isEqualTo(36);
				assertThat(a.progType()).isEqualTo(25);
				assertThat(a.fams("SOF")).extracting(f -> f.learnDelFAMCode()).containsExactly("105");
				if (a.isProgrammeAim()) {
					assertThat(a.learnAimRef()).isEqualTo("ZPROG001");
					assertThat(a.pHours()).isNotNull();
					assertThat(a.appFinRecords("TNP")).hasSizeGreaterThanOrEqualTo(2);
					assertThat(a.fams("ACT")).hasSize(1);
				}
				else {
					assertThat(a.aimType()).isEqualTo(3);
					assertThat(a.learnAimRef()).matches("Z9\\d{6}");
				}
			}
		}
	}

	@Test
	void studyProgrammesAndAdults() {
		Map<Integer, Long> byFundModel = loaded.message()
			.learners()
			.stream()
			.collect(Collectors.groupingBy(l -> l.learningDelivery().get(0).fundModel(), Collectors.counting()));
		assertThat(byFundModel).containsEntry(36, 26L).containsEntry(25, 8L).containsEntry(38, 6L).containsEntry(35, 2L);
		Map<String, Learner> students = loaded.message()
			.learners()
			.stream()
			.filter(l -> l.learnRefNumber().startsWith("STU"))
			.collect(Collectors.toMap(Learner::learnRefNumber, Function.identity()));
		assertThat(students.values()).allMatch(l -> l.learningDelivery().stream().anyMatch(a -> a.aimType() == 5));
	}
}

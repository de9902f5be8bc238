package dev.ilrsh.restructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.files.OutputFile;
import dev.ilrsh.rules.Finding;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.rules.Validator;
import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.testing.Xsd;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.xml.IlrWriter;
import dev.ilrsh.xml.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which findings a merge makes go, carries and adds: only what it really creates may stop it. */
class FindingChangesTest {

	@TempDir
	Path tmp;

	private final String shared = text("shared-problem-two-records.xml");

	@Test
	void aProblemBothRecordsHadIsCarriedAndDoesNotStopTheMerge() throws Exception {
		Restructurer.Outcome outcome = restructure(shared);
		Restructurer.FindingChanges changes = outcome.merges().get(0);
		// both programmes start while the same employment status, with no LOE, applies: before and after the merge
		assertThat(rules(changes.carried())).contains("ESMType_09", "ESMType_09");
		assertThat(changes.carried()).filteredOn(f -> f.rule().equals("ESMType_09"))
			.extracting(Finding::learnRefNumber, Finding::aimSeqNumber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("APP001", 1),
					org.assertj.core.groups.Tuple.tuple("APP001", 2));
		assertThat(changes.added()).isEmpty();
		assertThat(rules(changes.gone())).contains("R59", "R59");
		assertThat(outcome.refused()).isFalse();
		// the merge really leaves one copy of a learner-level problem both records had
		assertThat(rules(changes.gone())).contains("NINumber_02");
		assertThat(rules(changes.carried())).contains("NINumber_02");

		Path out = tmp.resolve("merged.xml");
		IlrWriter.write(outcome.result().message(), OutputFile.at(out));
		Xsd.assertValid(out);
		var reread = Validator.validate(IlrReader.read(out), ValidationOptions.defaults());
		assertThat(reread.findings()).hasSameSizeAs(outcome.after().findings());
	}

	@Test
	void anOverlapTheMergeCreatesIsStillAddedAndRefused() throws Exception {
		Restructurer.Outcome outcome = restructure(shared.replace("2025-11-03", "2025-10-13"));
		Restructurer.FindingChanges changes = outcome.merges().get(0);
		assertThat(rules(changes.added())).containsExactly("R124");
		assertThat(changes.added().get(0).aimSeqNumber()).isEqualTo(2);
		assertThat(rules(changes.carried())).contains("ESMType_09", "ESMType_09");
		assertThat(outcome.refused()).isTrue();
		assertThat(outcome.refusals()).singleElement().asString().startsWith("R124 on APP001 aim 2: ");
	}

	@Test
	void aFileWrittenOnOneLineIsComparedTheSameWay() throws Exception {
		String oneLine = shared.replaceAll("(?s)<!--.*?-->", "").replaceAll(">\\s+<", "><");
		assertThat(oneLine.lines().count()).isOne();
		Restructurer.FindingChanges changes = restructure(oneLine).merges().get(0);
		assertThat(rules(changes.carried())).contains("ESMType_09", "ESMType_09");
		assertThat(changes.added()).isEmpty();
	}

	@Test
	void aStatusTheMergeMakesApplyToAnotherProgrammeIsAddedNotCarried() throws Exception {
		// APP002's programme had its own status, with LOE; merged, APP001's later status, with none, applies to it
		String status = shared.substring(shared.indexOf("    <LearnerEmploymentStatus>"),
				shared.indexOf("</LearnerEmploymentStatus>") + "</LearnerEmploymentStatus>\n".length());
		int split = shared.indexOf("<LearnRefNumber>APP002");
		String first = shared.substring(0, split).replace(status, status + status.replace("2023-09-01", "2025-10-15"));
		String second = shared.substring(split).replace(status, status.replace("2023-09-01", "2025-10-01")
			.replace("    </LearnerEmploymentStatus>", "      <EmploymentStatusMonitoring>\n        <ESMType>LOE</ESMType>\n"
					+ "        <ESMCode>4</ESMCode>\n      </EmploymentStatusMonitoring>\n    </LearnerEmploymentStatus>"));
		Restructurer.Outcome outcome = restructure(first + second);
		Restructurer.FindingChanges changes = outcome.merges().get(0);
		assertThat(changes.added()).extracting(Finding::rule, Finding::aimSeqNumber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ESMType_09", 2));
		assertThat(changes.carried()).filteredOn(f -> f.rule().equals("ESMType_09")).extracting(Finding::aimSeqNumber)
			.containsExactly(1);
		assertThat(outcome.refused()).isTrue();
	}

	@Test
	void schemaProblemsStayWithTheDataThatHasThem() throws Exception {
		String third = shared.substring(shared.indexOf("  <Learner>", shared.indexOf("APP002") - 200),
				shared.indexOf("</Message>"))
			.replace("APP002", "APP003").replace("<ULN>1000000043</ULN>", "<ULN>1000000019</ULN>")
			.replace("<GivenNames>Alex</GivenNames>", "<GivenNames>Sam</GivenNames>")
			.replace("<CompStatus>1</CompStatus>", "<CompStatus>1</CompStatus>\n      <Riddle>x</Riddle>");
		String xml = shared.replace("</Message>", third + "</Message>")
			.replaceFirst("(?s)(<LearnRefNumber>APP002</LearnRefNumber>.*?<CompStatus>1</CompStatus>)",
					"$1\n      <Mystery>kept</Mystery>");
		Path file = write(xml);
		LoadResult loaded = IlrReader.read(file);
		assertThat(loaded.problems()).extracting(p -> p.learnRefNumber() + " " + p.kind())
			.containsExactlyInAnyOrder("APP002 UNKNOWN_ELEMENT", "APP003 UNKNOWN_ELEMENT");
		MergePlan plan = MergePlanner.plan(ProgressionFinder.find(loaded.message()).get(0), null, Map.of());
		Restructurer.Outcome outcome = Restructurer.run(loaded.message(), loaded.problems(), file, List.of(plan),
				ValidationOptions.defaults());
		assertThat(outcome.gone()).extracting(Finding::rule).doesNotContain(Validator.SCHEMA);
		assertThat(outcome.added()).extracting(Finding::rule).doesNotContain(Validator.SCHEMA);
		assertThat(outcome.merges().get(0).carried()).filteredOn(f -> f.rule().equals(Validator.SCHEMA))
			.extracting(Finding::learnRefNumber, Finding::aimSeqNumber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("APP001", 2));
		assertThat(outcome.after().findings()).filteredOn(f -> f.rule().equals(Validator.SCHEMA))
			.extracting(Finding::learnRefNumber).containsExactlyInAnyOrder("APP001", "APP003");
	}

	private Restructurer.Outcome restructure(String xml) throws Exception {
		Path file = write(xml);
		LoadResult loaded = IlrReader.read(file);
		MergePlan plan = MergePlanner.plan(ProgressionFinder.find(loaded.message()).get(0), null, Map.of());
		return Restructurer.run(loaded.message(), loaded.problems(), file, List.of(plan), ValidationOptions.defaults());
	}

	private static List<String> rules(List<Finding> findings) {
		return findings.stream().map(Finding::rule).toList();
	}

	private Path write(String xml) throws Exception {
		Path file = Files.createTempFile(tmp, "case", ".xml");
		Files.writeString(file, xml);
		return file;
	}

	static String text(String fixture) {
		try {
			return Files.readString(Fixtures.path(fixture));
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}

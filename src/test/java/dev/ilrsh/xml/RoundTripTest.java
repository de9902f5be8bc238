package dev.ilrsh.xml;

import dev.ilrsh.files.OutputFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.testing.Xsd;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

class RoundTripTest {

	@TempDir
	Path tmp;

	@Test
	void unknownElementsBadValuesAndOddLexicalFormsAreWrittenBackAsTheyWere() throws Exception {
		String text = java.nio.file.Files.readString(Fixtures.path("forum-case-two-records.xml"))
			.replace("<AchDate>2025-10-22</AchDate>", "<AchDate>22/10/2025</AchDate>")
			.replaceFirst("<Sex>F</Sex>", "<Sex>F</Sex>\n    <Shoe size=\"9\"><Left>L</Left></Shoe>")
			.replaceFirst("<AimSeqNumber>1</AimSeqNumber>", "<AimSeqNumber>01</AimSeqNumber>")
			.replaceFirst("<AFinAmount>9000</AFinAmount>", "<AFinAmount> 9000 </AFinAmount>")
			.replace("</Message>", "  <Extra>kept &amp; escaped</Extra>\n</Message>");
		Path input = tmp.resolve("odd.xml");
		java.nio.file.Files.writeString(input, text);
		LoadResult loaded = IlrReader.read(input);
		assertThat(loaded.problems()).hasSize(3);

		Path output = tmp.resolve("odd-out.xml");
		IlrWriter.write(loaded.message(), OutputFile.at(output));
		Diff diff = DiffBuilder.compare(input.toFile()).withTest(output.toFile()).ignoreWhitespace().ignoreComments()
			.checkForIdentical().build();
		assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
		assertThat(java.nio.file.Files.readString(output)).contains("<AimSeqNumber>01</AimSeqNumber>")
			.contains("<AFinAmount> 9000 </AFinAmount>");
		assertThat(IlrReader.read(output).problems()).extracting(LoadProblem::message)
			.isEqualTo(loaded.problems().stream().map(LoadProblem::message).toList());
	}

	@Test
	void anEditedValueIsWrittenInItsCanonicalForm() throws Exception {
		String text = java.nio.file.Files.readString(Fixtures.path("forum-case-two-records.xml"))
			.replaceFirst("<AimSeqNumber>1</AimSeqNumber>", "<AimSeqNumber>01</AimSeqNumber>");
		Path input = tmp.resolve("zero.xml");
		java.nio.file.Files.writeString(input, text);
		var message = IlrReader.read(input).message();
		var learner = message.learners().get(0);
		var edited = learner.withLearningDelivery(
				java.util.List.of(learner.learningDelivery().get(0).withAimSeqNumber(2)));
		Path output = tmp.resolve("zero-out.xml");
		IlrWriter.write(message.withLearners(java.util.List.of(edited, message.learners().get(1))), OutputFile.at(output));
		assertThat(java.nio.file.Files.readString(output)).contains("<AimSeqNumber>2</AimSeqNumber>")
			.doesNotContain("<AimSeqNumber>01</AimSeqNumber>");
		Xsd.assertValid(output);
	}

	@Test
	void readingThenWritingGivesTheSameContent() throws Exception {
		Path input = Fixtures.path("forum-case-two-records.xml");
		Xsd.assertValid(input);
		LoadResult loaded = IlrReader.read(input);
		assertThat(loaded.problems()).isEmpty();
		assertThat(loaded.message().learners()).hasSize(2);

		Path output = tmp.resolve("out.xml");
		IlrWriter.write(loaded.message(), OutputFile.at(output));

		Xsd.assertValid(output);
		Diff diff = DiffBuilder.compare(input.toFile()).withTest(output.toFile()).ignoreWhitespace().ignoreComments()
			.checkForSimilar().build();
		assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
	}

	@Test
	void controlCharactersFromAnXml11FileAreLeftOutSoTheOutputIsXml10AndLoadsAgain() throws Exception {
		String text = java.nio.file.Files.readString(Fixtures.path("forum-case-two-records.xml"))
			.replaceFirst("<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"")
			.replaceFirst("<FamilyName>Example", "<FamilyName>Ex&#x1B;ample")
			.replaceFirst("<SoftwarePackage>TestPack", "<SoftwarePackage>Test&#x7;&#x1F;Pack");
		Path input = tmp.resolve("xml11.xml");
		java.nio.file.Files.writeString(input, text);
		LoadResult loaded = IlrReader.read(input);
		assertThat(loaded.problems()).filteredOn(p -> p.kind() == LoadProblem.Kind.UNWRITABLE_CHARACTER)
			.extracting(LoadProblem::element)
			.containsExactly("SoftwarePackage", "FamilyName");

		Path output = tmp.resolve("xml11-out.xml");
		IlrWriter.write(loaded.message(), OutputFile.at(output));
		String written = java.nio.file.Files.readString(output);
		assertThat(written).startsWith("<?xml version=\"1.0\"").contains("<FamilyName>Example</FamilyName>")
			.contains("<SoftwarePackage>TestPack</SoftwarePackage>");
		assertThat(written.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')).isEmpty();
		Xsd.assertValid(output);
		LoadResult again = IlrReader.read(output);
		assertThat(again.problems()).isEmpty();
		assertThat(again.message().learners().get(0).familyName()).isEqualTo("Example");
	}

	@Test
	void theWriterNeverPutsOutACharacterXml10Forbids() throws Exception {
		var message = IlrReader.read(Fixtures.path("forum-case-two-records.xml")).message();
		var learner = message.learners().get(0);
		var odd = dev.ilrsh.model.Ilr.with(learner, "FamilyName", "A\u0000B\u001BC\uFFFED\uD800E\uD83D\uDE00F\tG");
		java.io.StringWriter out = new java.io.StringWriter();
		IlrWriter.write(message.withLearners(java.util.List.of(odd)), out);
		assertThat(out.toString()).contains("<FamilyName>ABCDE\uD83D\uDE00F\tG</FamilyName>");
	}
}

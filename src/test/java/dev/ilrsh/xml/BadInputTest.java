package dev.ilrsh.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.xml.LoadProblem.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file gets one plain line (or loads with its problems listed), never a stack trace. */
class BadInputTest {

	@TempDir
	Path tmp;

	private final String forum = read("forum-case-two-records.xml");

	@Test
	void missingFile() {
		assertRefused(tmp.resolve("nope.xml"), "nope.xml: no such file");
	}

	@Test
	void emptyFile() throws Exception {
		assertRefused(write("empty.xml", ""), "empty.xml: the file is empty");
	}

	@Test
	void folderInsteadOfFile() {
		assertRefused(tmp, "is a folder, not a file");
	}

	@Test
	void truncatedFile() throws Exception {
		Path file = write("truncated.xml", forum.substring(0, forum.indexOf("<AimSeqNumber>")));
		IlrReadException e = refuse(file);
		assertThat(e.getMessage()).contains("the file ends before its XML is complete");
		assertThat(e.line()).isGreaterThan(40);
	}

	@Test
	void mismatchedTags() throws Exception {
		Path file = write("mismatch.xml", forum.replaceFirst("</FamilyName>", "</GivenNames>"));
		IlrReadException e = refuse(file);
		assertThat(e.getMessage()).contains("tags do not match");
		assertThat(e.line()).isEqualTo(25);
	}

	@Test
	void notXml() throws Exception {
		IlrReadException e = refuse(write("learners.csv", "LearnRefNumber,ULN\nAPP001,1000000043\n"));
		assertThat(e.getMessage()).contains("learners.csv: line 1, column 1: this is not XML");
	}

	@Test
	void htmlPage() throws Exception {
		assertThat(refuse(write("page.xml", "<!DOCTYPE html>\n<html><body>Sign in</body></html>\n")).reason())
			.isEqualTo("this is an HTML page, not an ILR XML file");
		assertThat(refuse(write("page2.xml", "<html><body>Sign in</body></html>\n")).reason())
			.isEqualTo("this is an HTML page, not an ILR XML file");
	}

	@Test
	void otherXmlDocument() throws Exception {
		assertThat(refuse(write("pom.xml", "<project><name>x</name></project>")).reason())
			.isEqualTo("not an ILR file: the root element is <project>, and an ILR file's is <Message>");
	}

	@Test
	void externalEntityIsRefusedWithoutReadingTheFile() throws Exception {
		Path secret = write("secret.txt", "TOP-SECRET");
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ forum.substring(forum.indexOf("<Message")).replace("Fictional MIS Ltd", "&xxe;");
		IlrReadException e = refuse(write("xxe.xml", xxe));
		assertThat(e.reason()).contains("DOCTYPE");
		assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
	}

	@Test
	void billionLaughsIsRefused() throws Exception {
		StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Message [\n<!ENTITY lol \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			doc.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
				.append("\">\n");
		}
		doc.append("]>\n<Message xmlns=\"ESFA/ILR/2025-26\">&lol9;</Message>\n");
		assertThat(refuse(write("laughs.xml", doc.toString())).reason()).contains("DOCTYPE");
	}

	@Test
	void undeclaredEntityWithoutDoctypeIsRefused() throws Exception {
		IlrReadException e = refuse(write("entity.xml", forum.replace("Fictional MIS Ltd", "&nbsp;")));
		assertThat(e.reason()).contains("entity");
		assertThat(e.line()).isEqualTo(12);
	}

	@Test
	void invalidUtf8IsRefused() throws Exception {
		byte[] bytes = forum.replace("Example", "EXAMPLE_MARK").getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream broken = new ByteArrayOutputStream();
		String text = new String(bytes, StandardCharsets.UTF_8);
		int at = text.indexOf("EXAMPLE_MARK");
		broken.write(bytes, 0, at);
		broken.write(new byte[] { (byte) 0xC3, (byte) 0x28 });
		broken.write(bytes, at, bytes.length - at);
		Path file = tmp.resolve("latin.xml");
		Files.write(file, broken.toByteArray());
		assertThat(refuse(file).getMessage()).contains("latin.xml").contains("not valid UTF-8");
	}

	@Test
	void byteOrderMarkAndCrlfLineEndsLoad() throws Exception {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = forum.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] both = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, both, 0, bom.length);
		System.arraycopy(body, 0, both, bom.length, body.length);
		Path file = tmp.resolve("bom-crlf.xml");
		Files.write(file, both);
		LoadResult loaded = IlrReader.read(file);
		assertThat(loaded.problems()).isEmpty();
		assertThat(loaded.message().learners()).hasSize(2);
		assertThat(loaded.message().learners().get(0).familyName()).isEqualTo("Example");
	}

	@Test
	void anotherYearLoadsFlaggedWithTheYearNamed() throws Exception {
		Path file = write("old.xml", forum.replace("ESFA/ILR/2025-26", "ESFA/ILR/2024-25")
			.replace("<ProgType>25</ProgType>", "<ProgType>25</ProgType><FworkCode>420</FworkCode>"));
		LoadResult loaded = IlrReader.read(file);
		assertThat(loaded.isCurrentYear()).isFalse();
		assertThat(loaded.problems().get(0).kind()).isEqualTo(Kind.WRONG_YEAR);
		assertThat(loaded.problems().get(0).message()).startsWith("this is a 2024-25 file (namespace ESFA/ILR/2024-25)");
		assertThat(loaded.problems()).filteredOn(p -> p.kind() == Kind.UNKNOWN_ELEMENT).hasSize(2);
		assertThat(loaded.message().learners()).hasSize(2);
	}

	@Test
	void schemaProblemsAreListedWithLearnerAndLineAndTheFileStillLoads() throws Exception {
		String bad = forum.replace("<AchDate>2025-10-22</AchDate>", "<AchDate>22/10/2025</AchDate>")
			.replaceFirst("<Sex>F</Sex>", "<Sex>F</Sex><Shoe>9</Shoe>")
			.replaceFirst("<LearnRefNumber>APP002</LearnRefNumber>", "<LearnRefNumber>APP-002</LearnRefNumber>")
			.replaceFirst("<ULN>1000000043</ULN>\n    <FamilyName>Example</FamilyName>\n    <GivenNames>Alex</GivenNames>\n"
					+ "    <DateOfBirth>2000-03-14</DateOfBirth>\n    <Ethnicity>31</Ethnicity>\n    <Sex>F</Sex>\n"
					+ "    <LLDDHealthProb>2</LLDDHealthProb>\n    <PostcodePrior>ZZ99 9ZZ</PostcodePrior>\n"
					+ "    <Postcode>ZZ99 9ZZ</Postcode>\n    <LearnerEmploymentStatus>\n      <EmpStat>10</EmpStat>\n"
					+ "      <DateEmpStatApp>2025-11-01</DateEmpStatApp>",
					"<FamilyName>Example</FamilyName>\n    <GivenNames>Alex</GivenNames>\n"
							+ "    <DateOfBirth>2000-03-14</DateOfBirth>\n    <Ethnicity>31</Ethnicity>\n    <Sex>F</Sex>\n"
							+ "    <LLDDHealthProb>2</LLDDHealthProb>\n    <PostcodePrior>ZZ99 9ZZ</PostcodePrior>\n"
							+ "    <Postcode>ZZ99 9ZZ</Postcode>\n    <LearnerEmploymentStatus>\n      <EmpStat>10</EmpStat>\n"
							+ "      <DateEmpStatApp>2025-11-01</DateEmpStatApp>");
		LoadResult loaded = IlrReader.read(write("bad.xml", bad));
		assertThat(loaded.problems()).extracting(LoadProblem::describe).containsExactly(
				"line 29: learner APP001: <Shoe> is not part of Learner in the 2025-26 schema; it is kept and written back"
						+ " where it was",
				"line 58: learner APP001: AchDate '22/10/2025' is not valid: a date in the form YYYY-MM-DD was expected",
				"line 84: learner APP-002: Learner has no ULN; ULN is required",
				"line 85: learner APP-002: LearnRefNumber 'APP-002' does not have the form the schema requires");
		assertThat(loaded.problems().get(1).path()).isEqualTo("Learner/LearningDelivery[1]");
		assertThat(loaded.message().learners().get(0).learningDelivery().get(0).achDate()).isNull();
	}

	private void assertRefused(Path file, String messageEnd) {
		assertThat(refuse(file).getMessage()).endsWith(messageEnd);
	}

	private static IlrReadException refuse(Path file) {
		return (IlrReadException) org.assertj.core.api.Assertions.catchThrowable(() -> IlrReader.read(file));
	}

	private Path write(String name, String content) throws Exception {
		Path file = tmp.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private static String read(String fixture) {
		try {
			return Files.readString(Fixtures.path(fixture));
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void refusedFilesNeverThrowAnythingButIlrReadException() {
		assertThatThrownBy(() -> IlrReader.read(tmp.resolve("x"))).isExactlyInstanceOf(IlrReadException.class);
	}
}

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
	void aNonCharacterInAnAttributeOrNamespaceIsRefusedAsTheCarefulParserRefusesIt() throws Exception {
		// found by ReaderPropertyTest (seed 3381890596918311051): the fast parser let U+FFFE through in the namespace
		for (String damaged : new String[] { forum.replaceFirst("ESFA/ILR", "ESFA/\uFFFEILR"),
				forum.replaceFirst("xmlns:xsi=\"", "xmlns:xsi=\"\uFFFF") }) {
			Path file = write("nonchar.xml", damaged);
			assertThat(refuse(file).getMessage()).isEqualTo(
					org.assertj.core.api.Assertions.catchThrowableOfType(() -> IlrReader.readCarefully(file),
							IlrReadException.class).getMessage());
		}
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

	@Test
	void aSecondMessageAfterTheFirstIsRefusedWithItsPlace() throws Exception {
		String second = forum.substring(forum.indexOf("<Message"));
		IlrReadException e = refuse(write("joined.xml", forum + second));
		assertThat(e.reason()).startsWith("the file goes on after the end of its <Message> element");
		assertThat(e.line()).isEqualTo(forum.split("\n", -1).length);
		assertThat(e.column()).isEqualTo(2);
	}

	@Test
	void textAfterTheRootIsRefused() throws Exception {
		IlrReadException e = refuse(write("tail.xml", forum + "trailing words\n"));
		assertThat(e.reason()).startsWith("the file goes on after the end of its <Message> element");
		assertThat(e.line()).isGreaterThan(100);
	}

	@Test
	void commentsProcessingInstructionsAndSpaceAfterTheRootAreFine() throws Exception {
		LoadResult loaded = IlrReader.read(write("tail-ok.xml", forum + "\n<!-- exported 2025-11-20 -->\n<?mis done?>\n\n"));
		assertThat(loaded.message().learners()).hasSize(2);
		assertThat(loaded.problems()).isEmpty();
	}

	@Test
	void aControlCharacterReferenceInXml10IsCalledACharacterNotAnEntity() throws Exception {
		IlrReadException e = refuse(write("esc.xml", forum.replace("<FamilyName>Example", "<FamilyName>Ex&#x1B;ample")));
		assertThat(e.getMessage()).endsWith("esc.xml: line 25, column 24: the character reference &#x1B; stands for a "
				+ "control character (U+001B), which an XML 1.0 file may not hold; remove it from the file, or ask the "
				+ "software that made it to leave it out");
	}

	@Test
	void aRawControlCharacterIsNamedWithItsPlace() throws Exception {
		IlrReadException e = refuse(write("ctrl.xml", forum.replace("<FamilyName>Example", "<FamilyName>Ex\u0001ample")));
		assertThat(e.getMessage()).endsWith("ctrl.xml: line 25, column 19: the file holds a control character (U+0001) "
				+ "that XML does not allow; remove it, or ask the software that made the file to leave it out");
	}

	@Test
	void xml11ControlCharactersLoadAsProblemsNamingLearnerAndField() throws Exception {
		String xml11 = forum.replaceFirst("<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"")
			.replaceFirst("<FamilyName>Example", "<FamilyName>Ex&#x1B;ample")
			.replaceFirst("<Sex>F</Sex>", "<Sex>F</Sex><Note kind=\"a&#x7;b\">bell&#x7;</Note>");
		LoadResult loaded = IlrReader.read(write("xml11.xml", xml11));
		assertThat(loaded.message().learners().get(0).familyName()).isEqualTo("Ex\u001Bample");
		assertThat(loaded.problems()).filteredOn(p -> p.kind() == Kind.UNWRITABLE_CHARACTER)
			.extracting(LoadProblem::describe)
			.containsExactly(
					"line 25: learner APP001: FamilyName holds U+001B, a control character that this XML 1.1 file may "
							+ "hold but the XML 1.0 that ilrsh writes cannot; it is left out when the file is written",
					"line 29: learner APP001: the attribute kind of <Note> holds U+0007, a control character that this "
							+ "XML 1.1 file may hold but the XML 1.0 that ilrsh writes cannot; it is left out when the "
							+ "file is written",
					"line 29: learner APP001: <Note> holds U+0007, a control character that this XML 1.1 file may hold "
							+ "but the XML 1.0 that ilrsh writes cannot; it is left out when the file is written");
	}

	@Test
	void textOverAMillionCharactersIsRefusedWithItsPlace() throws Exception {
		IlrReadException e = refuse(write("huge.xml", forum.replace("<FamilyName>Example",
				"<FamilyName>" + "a".repeat(1_200_000))));
		assertThat(e.getMessage()).endsWith("huge.xml: line 25, column 17: a text value is longer than 1,000,000 "
				+ "characters (no ILR value is longer than a few hundred); the file is damaged or is not an ILR file; "
				+ "ask for a fresh copy");
	}

	@Test
	void hugeTextInAnUnknownElementIsRefusedToo() throws Exception {
		IlrReadException e = refuse(write("huge2.xml", forum.replace("<Sex>F</Sex>",
				"<Sex>F</Sex><Blob>" + "b".repeat(1_200_000) + "</Blob>")));
		assertThat(e.reason()).startsWith("a text value is longer than 1,000,000 characters");
		assertThat(e.line()).isEqualTo(29);
	}

	@Test
	void deepNestingIsRefusedWithLineAndColumn() throws Exception {
		IlrReadException e = refuse(write("deep.xml", forum.replace("<Sex>F</Sex>",
				"<Sex>F</Sex>" + "<a>".repeat(200) + "</a>".repeat(200))));
		assertThat(e.reason()).isEqualTo("elements are nested more than 100 levels deep (an ILR file needs fewer than "
				+ "10); the file is damaged or is not an ILR file; ask for a fresh copy");
		assertThat(e.line()).isEqualTo(29);
		assertThat(e.column()).isPositive();
	}

	@Test
	void tooManyAttributesAndAnOverlongAttributeAreRefusedWithLineAndColumn() throws Exception {
		StringBuilder many = new StringBuilder("<Sex");
		for (int i = 0; i < 1500; i++) {
			many.append(" a").append(i).append("=\"x\"");
		}
		IlrReadException e = refuse(write("attrs.xml", forum.replace("<Sex>F", many + ">F")));
		assertThat(e.reason()).startsWith("an element has more than 1,000 attributes");
		assertThat(e.line()).isEqualTo(29);
		assertThat(e.column()).isPositive();
		IlrReadException long_ = refuse(write("attr.xml", forum.replace("<Sex>F", "<Sex a=\"" + "x".repeat(150_000) + "\">F")));
		assertThat(long_.reason()).startsWith("an attribute value is longer than 100,000 characters");
		assertThat(long_.line()).isEqualTo(29);
	}

	@Test
	void utf16WithAByteOrderMarkLoads() throws Exception {
		String text = forum.replaceFirst("encoding=\"utf-8\"", "encoding=\"UTF-16\"").replace("Example", "Exämple");
		byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
		byte[] withBom = new byte[body.length + 2];
		withBom[0] = (byte) 0xFF;
		withBom[1] = (byte) 0xFE;
		System.arraycopy(body, 0, withBom, 2, body.length);
		Path file = tmp.resolve("utf16.xml");
		Files.write(file, withBom);
		LoadResult loaded = IlrReader.read(file);
		assertThat(loaded.problems()).isEmpty();
		assertThat(loaded.message().learners().get(0).familyName()).isEqualTo("Exämple");
	}

	@Test
	void latin1DeclaredLoads() throws Exception {
		String text = forum.replaceFirst("encoding=\"utf-8\"", "encoding=\"ISO-8859-1\"").replace("Example", "Exämple");
		Path file = tmp.resolve("latin1.xml");
		Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
		assertThat(IlrReader.read(file).message().learners().get(0).familyName()).isEqualTo("Exämple");
	}

	@Test
	void latin1BytesDeclaredAsUtf8AreRefused() throws Exception {
		Path file = tmp.resolve("undeclared.xml");
		Files.write(file, forum.replace("Example", "Exämple").getBytes(StandardCharsets.ISO_8859_1));
		IlrReadException e = refuse(file);
		assertThat(e.reason()).startsWith("the file is not valid UTF-8 text (it may have been saved in another "
				+ "encoding without saying so in its first line)");
	}

	@Test
	void archivesAndOtherBinaryFilesAreNamed() throws Exception {
		Path zip = tmp.resolve("return.zip");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new java.util.zip.ZipEntry("ILR.XML"));
			out.write(forum.getBytes(StandardCharsets.UTF_8));
		}
		assertThat(refuse(zip).getMessage()).endsWith("return.zip: not an ILR XML file: this is a zip archive (or an "
				+ "Excel .xlsx file); if the return is inside, unzip it and load the .XML file");
		Path gz = tmp.resolve("return.xml.gz");
		try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
			out.write(forum.getBytes(StandardCharsets.UTF_8));
		}
		assertThat(refuse(gz).reason()).contains("gzip-compressed");
		byte[] noise = new byte[4096];
		new java.util.Random(7).nextBytes(noise);
		Path binary = tmp.resolve("noise.bin");
		Files.write(binary, noise);
		assertThat(refuse(binary).getMessage()).startsWith(binary.toString()).doesNotContain("\n");
	}

	@Test
	void noNamespaceLoadsFlagged() throws Exception {
		LoadResult loaded = IlrReader.read(write("nons.xml", forum.replace(" xmlns=\"ESFA/ILR/2025-26\"", "")));
		assertThat(loaded.isCurrentYear()).isFalse();
		assertThat(loaded.problems().get(0).message()).startsWith("this is a file with no ILR namespace, not a 2025-26 file");
	}

	@Test
	void aNamedPipeIsCalledOneWithoutWaitingForAWriter() throws Exception {
		Path fifo = tmp.resolve("pipe.xml");
		org.junit.jupiter.api.Assumptions.assumeTrue(
				new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
		assertThat(refuse(fifo).getMessage()).endsWith("pipe.xml: is a named pipe (FIFO), not a regular file; ilrsh "
				+ "reads ILR files saved on disk: save the data to a file (for example unzip -p return.zip > return.xml) "
				+ "and load that");
	}

	@Test
	void permissionDeniedSaysWhatToDo() throws Exception {
		assertThat(IlrReader.cannotRead(new java.nio.file.AccessDeniedException("/x/ILR.XML")))
			.isEqualTo("permission denied: this account may not read the file (or a folder on its path); ask the "
					+ "file's owner for read access, or copy the file into a folder of your own");
		Path locked = write("locked.xml", forum);
		Files.setPosixFilePermissions(locked, java.util.Set.of());
		org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root: every file is readable");
		assertThat(refuse(locked).reason()).startsWith("permission denied");
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

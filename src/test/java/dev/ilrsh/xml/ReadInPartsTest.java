package dev.ilrsh.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ilrsh.cancel.Cancellation;
import dev.ilrsh.generate.Generator;
import dev.ilrsh.generate.GeneratorOptions;
import dev.ilrsh.model.Message;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big file's learners are read in parts on every core; what comes out must be what reading the file whole gives,
 * to the line of every problem, and a file whose parts cannot be trusted is read whole.
 */
class ReadInPartsTest {

	@TempDir
	Path tmp;

	@AfterEach
	void clear() {
		Cancellation.clear();
	}

	@Test
	void linesAreCountedAsXmlCountsThemWhereverTheBreaksFall() {
		java.util.Random random = new java.util.Random(7);
		byte[] alphabet = { 'a', '<', '\n', '\r', ' ', (byte) 0x8a, (byte) 0x0d };
		for (int round = 0; round < 2_000; round++) {
			byte[] bytes = new byte[random.nextInt(40)];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = alphabet[random.nextInt(alphabet.length)];
			}
			int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
			int length = random.nextInt(bytes.length - from + 1);
			int expected = 0;
			for (int i = from; i < from + length; i++) {
				expected += bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == from + length || bytes[i + 1] != '\n') ? 1 : 0;
			}
			assertThat(FileParts.newlines(bytes, from, length)).as(java.util.Arrays.toString(bytes) + " from " + from + " length " + length)
				.isEqualTo(expected);
		}
	}

	@Test
	void learnersReadInPartsAreTheLearnersReadWholeWithTheSameProblemsAndLines() throws Exception {
		String xml = generated(400);
		// problems inside learners at the start, the middle and the end, so their lines must be the file's own
		for (int n : new int[] { 1, 200, 400 }) {
			xml = atOccurrence(xml, "<Learner>", n, "<Learner>\n<Mystery>kept</Mystery>");
		}
		xml = atOccurrence(xml, "<DateOfBirth>", 300, "<DateOfBirth>31/02/2009</DateOfBirth><DateOfBirth>");
		for (String lineEnds : new String[] { "\n", "\r\n", "\r" }) {
			Path file = write("big.xml", xml.replace("\n", lineEnds));
			LoadResult whole = IlrReader.readCarefully(file);
			assertThat(whole.problems()).hasSizeGreaterThanOrEqualTo(3);
			for (int partSize : new int[] { 1, 5000, 1 << 20 }) {
				LoadResult inParts = IlrReader.readInParts(file, partSize);
				assertThat(inParts).as("parts of %d bytes", partSize).isNotNull();
				assertThat(inParts.message()).isEqualTo(whole.message());
				assertThat(inParts.problems()).isEqualTo(whole.problems());
			}
		}
	}

	@Test
	void aLearnerTagWhereLearnersCannotBeMakesTheFileReadWhole() throws Exception {
		String xml = generated(20);
		String[] misplaced = {
				xml.replaceFirst("<Header>", "<!-- <Learner> --><Header>"),
				xml.replaceFirst("</Learner>", "</Learner><!-- <Learner>x</Learner> -->"),
				xml.replaceFirst("</Learner>", "</Learner><Stray><Learner></Learner></Stray>"),
				xml.replace("</Message>", "<!-- </Learner> --></Message>"),
				xml.replaceFirst("</Learner>", "</Learner>loose text"),
				xml.replaceFirst("</Learner>", "</Learner><?ilrsh-learners?>") };
		for (String damaged : misplaced) {
			Path file = write("misplaced.xml", damaged);
			LoadResult whole = IlrReader.readCarefully(file);
			LoadResult inParts = IlrReader.readInParts(file, 2000);
			if (inParts != null) {
				assertThat(inParts.message()).isEqualTo(whole.message());
				assertThat(inParts.problems()).isEqualTo(whole.problems());
			}
			LoadResult read = IlrReader.read(file);
			assertThat(read.message()).isEqualTo(whole.message());
			assertThat(read.problems()).isEqualTo(whole.problems());
		}
	}

	@Test
	void aCutInsideACommentIsNotTrusted() throws Exception {
		String xml = generated(20).replaceFirst("</Learner>", "</Learner><!-- <Learner> -->");
		Path file = write("comment.xml", xml);
		assertThat(IlrReader.readInParts(file, 1)).isNull();
		assertThat(IlrReader.read(file).message()).isEqualTo(IlrReader.readCarefully(file).message());
	}

	@Test
	void stoppingTheReadStopsEveryPart() throws Exception {
		Path file = write("big.xml", generated(400));
		Cancellation.request(Cancellation.Reason.USER);
		assertThatThrownBy(() -> IlrReader.readInParts(file, 1000)).isInstanceOf(CancellationException.class);
		Cancellation.clear();
		long deadline = System.currentTimeMillis() + 5000;
		while (readers() > 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
		assertThat(readers()).isZero();
	}

	/** The text with its {@code n}th {@code find} (counting from 1) replaced. */
	private static String atOccurrence(String text, String find, int n, String replacement) {
		int at = -1;
		for (int i = 0; i < n; i++) {
			at = text.indexOf(find, at + 1);
		}
		assertThat(at).as("occurrence %d of %s", n, find).isNotNegative();
		return text.substring(0, at) + replacement + text.substring(at + find.length());
	}

	private static long readers() {
		return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("ilrsh-read-")).count();
	}

	private static String generated(int learners) throws IOException {
		Message message = Generator.generate(GeneratorOptions.of(learners, 7));
		StringWriter out = new StringWriter();
		IlrWriter.write(message, out);
		return out.toString();
	}

	private Path write(String name, String xml) throws IOException {
		Path file = tmp.resolve(name);
		Files.writeString(file, xml, StandardCharsets.UTF_8);
		return file;
	}
}

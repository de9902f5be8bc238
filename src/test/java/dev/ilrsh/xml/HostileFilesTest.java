package dev.ilrsh.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.testing.ShellHarness;
import dev.ilrsh.testing.Xsd;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken files, loaded as a user would: exit status 2, one plain line naming the file and (where there is
 * one) the line and column, no stack trace, the file itself unchanged, and nothing left beside it.
 */
class HostileFilesTest extends ShellHarness {

	private static final String FORUM = read();

	@TempDir
	Path tmp;

	static Stream<Arguments> refused() {
		String root = FORUM.substring(FORUM.indexOf("<Message"));
		StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Message [\n<!ENTITY a \"aaaa\">\n");
		for (int i = 1; i <= 9; i++) {
			laughs.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i == 1 ? "" : i - 1) + ";").repeat(10))
				.append("\">\n");
		}
		laughs.append("]>\n").append(root.replace("Fictional MIS Ltd", "&a9;"));
		return Stream.of(
				Arguments.of("second-root.xml", utf8(FORUM + root), "line 126, column 2: the file goes on after the end of its <Message> element"),
				Arguments.of("text-after-root.xml", utf8(FORUM + "and more\n"), "line 126, column 1: the file goes on after the end"),
				Arguments.of("truncated.xml", utf8(FORUM.substring(0, FORUM.length() / 2)), "the file ends before its XML is complete"),
				Arguments.of("escape-reference.xml", utf8(FORUM.replace("<FamilyName>Example", "<FamilyName>&#x1B;")),
						"line 25, column 22: the character reference &#x1B; stands for a control character (U+001B)"),
				Arguments.of("escape-raw.xml", utf8(FORUM.replace("<FamilyName>Example", "<FamilyName>\u001B[2J")),
						"line 25, column 17: the file holds a control character (U+001B)"),
				Arguments.of("nul.xml", utf8(FORUM.replace("<FamilyName>Example", "<FamilyName>\u0000")),
						"line 25, column 17: the file holds a control character (U+0000)"),
				Arguments.of("huge-text.xml", utf8(FORUM.replaceFirst("<FamilyName>Example", "<FamilyName>" + "x".repeat(3_000_000))),
						"line 25, column 17: a text value is longer than 1,000,000 characters"),
				Arguments.of("deep.xml", utf8(FORUM.replace("<Sex>F</Sex>", "<Sex>F</Sex>" + "<d>".repeat(150) + "</d>".repeat(150))),
						"line 29, column 311: elements are nested more than 100 levels deep"),
				Arguments.of("doctype.xml", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE Message SYSTEM \"http://example.invalid/x.dtd\">\n" + root),
						"line 2, column 1: the file has a DOCTYPE declaration"),
				Arguments.of("laughs.xml", utf8(laughs.toString()), "line 2, column 1: the file has a DOCTYPE declaration"),
				Arguments.of("entity.xml", utf8(FORUM.replace("Fictional MIS Ltd", "&copy;")), "line 12, column"),
				Arguments.of("latin1-undeclared.xml", FORUM.replace("Example", "Exämple").getBytes(StandardCharsets.ISO_8859_1),
						"the file is not valid UTF-8 text"),
				Arguments.of("binary.bin", binary(), ": "),
				Arguments.of("return.zip", zip(), ": not an ILR XML file: this is a zip archive"),
				Arguments.of("page.html", utf8("<!DOCTYPE html>\n<html><body>Sign in</body></html>"), "this is an HTML page"),
				Arguments.of("other.xml", utf8("<project><name>x</name></project>"), "the root element is <project>"),
				Arguments.of("empty.xml", new byte[0], ": the file is empty"),
				// XML 1.0 cannot unbind a prefix; the fast parser allows it, so the careful one must be asked
				// a byte that starts no UTF-8 character, in a name: the fast parser read it as the colon of xmlns:xsi
				Arguments.of("bad-byte-in-name.xml", badByteInName(), "the file is not valid UTF-8 text"),
				// the fast parser matched </StdC\0ode> to <StdCode>
				Arguments.of("nul-in-end-tag.xml", utf8(FORUM.replaceFirst("</StdCode>", "</StdC\u0000ode>")),
						"line 52, column 23: tags do not match"),
				Arguments.of("unbound-prefix.xml", utf8(FORUM.replaceFirst("<Learner>", "<Learner xmlns:p=\"\">")),
						"the XML is not well-formed"),
				Arguments.of("spaces.xml", utf8("   \n\n  "), "the file ends before its XML is complete"));
	}

	private static byte[] badByteInName() {
		byte[] bytes = utf8(FORUM);
		String text = FORUM;
		int colon = text.indexOf("xmlns:xsi") + "xmlns".length();
		bytes[text.substring(0, colon).getBytes(StandardCharsets.UTF_8).length] = (byte) 0x90;
		return bytes;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void isRefusedInOneLineAndLeftAsItWas(String name, byte[] content, String expected) throws Exception {
		Path folder = Files.createDirectory(tmp.resolve("in"));
		Path file = folder.resolve(name);
		Files.write(file, content);
		String before = sha256(file);

		Run load = run("load " + file);

		assertThat(load.exit()).as(load.err()).isEqualTo(2);
		assertThat(load.out()).isEmpty();
		assertThat(load.err()).startsWith("error: " + file + ": ").contains(expected).endsWith("\n");
		assertThat(load.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
		assertThat(sha256(file)).isEqualTo(before);
		try (Stream<Path> left = Files.list(folder)) {
			assertThat(left).containsExactly(file);
		}
	}

	@Test
	void aNamedPipeIsRefusedAtOnce() throws Exception {
		Path fifo = tmp.resolve("pipe.xml");
		org.junit.jupiter.api.Assumptions.assumeTrue(
				new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
		Run load = run("load " + fifo);
		assertThat(load.exit()).isEqualTo(2);
		assertThat(load.err()).isEqualTo("error: " + fifo + ": is a named pipe (FIFO), not a regular file; ilrsh reads "
				+ "ILR files saved on disk: save the data to a file (for example unzip -p return.zip > return.xml) and "
				+ "load that\n");
	}

	@Test
	void anXml11FileWithAControlCharacterIsWrittenAsValidXml10ThatLoadsAgain() throws Exception {
		Path input = tmp.resolve("xml11.xml");
		Files.writeString(input, FORUM.replaceFirst("<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"")
			.replaceFirst("<FamilyName>Example", "<FamilyName>Ex&#x1B;ample"));
		String before = sha256(input);
		Run load = run("load " + input);
		assertThat(load.exit()).isZero();
		assertThat(load.err()).contains("1 schema problem");

		Path out = tmp.resolve("out");
		Run write = run("write --out " + out + "/");
		assertThat(write.exit()).as(write.err()).isZero();
		List<Path> written;
		try (Stream<Path> files = Files.list(out)) {
			written = files.toList();
		}
		assertThat(written).hasSize(1);
		Xsd.assertValid(written.get(0));
		assertThat(run("load " + written.get(0)).exit()).isZero();
		assertThat(IlrReader.read(written.get(0)).message().learners().get(0).familyName()).isEqualTo("Example");
		assertThat(sha256(input)).isEqualTo(before);
	}

	@Test
	void aHeaderSerialOutOfRangeStillGivesANewReturnInAFolder() throws Exception {
		for (String serial : List.of("-1", "2147483647")) {
			Path input = tmp.resolve("serial" + serial + ".xml");
			Files.writeString(input, FORUM.replace("<SerialNo>01</SerialNo>", "<SerialNo>" + serial + "</SerialNo>"));
			assertThat(run("load " + input).exit()).isZero();
			Path out = tmp.resolve("out" + serial);
			Run write = run("write --out " + out + "/");
			assertThat(write.exit()).as(write.err()).isZero();
			String expected = serial.equals("-1") ? "01" : "99";
			assertThat(write.err()).contains("header SerialNo set to " + expected);
			try (Stream<Path> files = Files.list(out)) {
				assertThat(files.map(p -> p.getFileName().toString()))
					.singleElement()
					.satisfies(name -> assertThat(name).matches("ILR-10000001-2526-\\d{8}-\\d{6}-" + expected + "\\.XML"));
			}
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] binary() {
		byte[] bytes = new byte[8192];
		new java.util.Random(42).nextBytes(bytes);
		return bytes;
	}

	private static byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (var out = new java.util.zip.ZipOutputStream(bytes)) {
			out.putNextEntry(new java.util.zip.ZipEntry("ILR.XML"));
			out.write(utf8(FORUM));
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		return bytes.toByteArray();
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	private static String read() {
		try {
			return Files.readString(Fixtures.path("forum-case-two-records.xml"));
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}

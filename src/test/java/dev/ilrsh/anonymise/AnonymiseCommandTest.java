package dev.ilrsh.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.ShellHarness;
import dev.ilrsh.testing.Xsd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnonymiseCommandTest extends ShellHarness {

	static final Path SAMPLE = Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML");

	@TempDir
	Path tmp;

	@Test
	void writesTheFilePrintsTheProofAndRepeatsWithTheSameKey() throws Exception {
		run("load " + SAMPLE);
		String files = run("files --format csv").out();
		Path a = tmp.resolve("a.XML");
		Run r = run("anonymise --out " + a + " --key 'our secret'");
		assertThat(r.exit()).as(r.err()).isZero();
		assertThat(r.out().lines().toList()).hasSize(8).allSatisfy(l -> assertThat(l).doesNotContain("DIFFERENT"));
		assertThat(r.out()).contains("findings, rule by rule").contains("original personal values found in the new file");
		assertThat(r.err()).contains("behaves as the original does and holds none of its personal values")
			.contains("the same --key gives the same replacements");
		Xsd.assertValid(a);
		Path b = tmp.resolve("b.XML");
		assertThat(run("anonymise --out " + b + " --key 'our secret' --format csv").out())
			.startsWith("check,original,anonymised,result,note\r\n");
		assertThat(Files.mismatch(a, b)).isEqualTo(-1);
		assertThat(run("files --format csv").out()).as("the session's files are unchanged").isEqualTo(files);
	}

	@Test
	void intoAFolderItWritesANewReturnThatStillBehavesTheSame() throws Exception {
		run("load " + SAMPLE);
		Run r = run("anonymise --out " + tmp + "/");
		assertThat(r.exit()).as(r.out() + r.err()).isZero();
		List<Path> written;
		try (var files = Files.list(tmp)) {
			written = files.toList();
		}
		assertThat(written).singleElement()
			.satisfies(p -> assertThat(p.getFileName().toString()).matches("ILR-10000001-2526-\\d{8}-\\d{6}-02\\.XML"));
		assertThat(r.err()).contains("replacements are random");
	}

	@Test
	void badUseIsAUsageError() throws Exception {
		run("load " + SAMPLE);
		assertThat(run("anonymise").exit()).isEqualTo(2);
		Path existing = Files.writeString(tmp.resolve("there.XML"), "x");
		Run r = run("anonymise --out " + existing);
		assertThat(r.exit()).isEqualTo(2);
		assertThat(r.err()).contains("already exists");
		assertThat(Files.readString(existing)).isEqualTo("x");
		assertThat(run("anonymise --out " + SAMPLE + " --force").exit()).isEqualTo(2);
	}

	@Test
	void helpPrivacySaysWhatIsReplacedKeptAndStillIdentifying() {
		String help = run("help privacy").out();
		assertThat(help).contains("What is replaced\n----------------").contains("What is kept\n------------")
			.contains("What could still identify someone\n---------------------------------").contains("Small cohorts")
			.contains("Rare combinations");
		assertThat(run("help diff").out()).startsWith("Comparing two returns: diff\n====");
	}
}

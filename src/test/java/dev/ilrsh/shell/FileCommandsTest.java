package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.testing.ShellHarness;
import dev.ilrsh.testing.Xsd;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCommandsTest extends ShellHarness {

	@TempDir
	Path tmp;

	@Test
	void loadReportsOnStderrAndSummaryPrintsOnStdout() {
		Run load = run("load " + Fixtures.path("forum-case-two-records.xml"));
		assertThat(load.exit()).isZero();
		assertThat(load.out()).isEmpty();
		assertThat(load.err()).startsWith("loaded forum-case-two-records.xml: 2 learners");

		Run summary = run("summary");
		assertThat(summary.exit()).isZero();
		assertThat(summary.out()).isEqualTo("""
				File            forum-case-two-records.xml
				Year            2025-26
				UKPRN           10000001
				Prepared        2025-11-20
				Serial          01
				Software        Fictional MIS Ltd TestPack 1.0
				Learners        2
				Aims            2
				Programme aims  2
				Reference data  none loaded (LARS rules are skipped; see: help refdata)

				Aims by FundModel
				  36 apprenticeships                2

				Programme aims by ProgType
				  25 apprenticeship standard        2

				Load problems: 0
				""");
	}

	@Test
	void writeMakesANewValidFileAndNeverOverwritesTheInput() throws Exception {
		Path input = tmp.resolve("in.xml");
		Files.copy(Fixtures.path("forum-case-two-records.xml"), input);
		assertThat(run("load " + input).exit()).isZero();

		Run overwrite = run("write --out " + input + " --force");
		assertThat(overwrite.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(overwrite.err()).contains("is a file open in this session; ilrsh never writes over a file it has read");

		Path output = tmp.resolve("out.xml");
		Run write = run("write --out " + output);
		assertThat(write.exit()).isZero();
		assertThat(write.err()).startsWith("wrote " + output);
		Xsd.assertValid(output);

		Run again = run("write --out " + output);
		assertThat(again.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(again.err()).contains("already exists; use --force");
		assertThat(run("write --out " + output + " --force").exit()).isZero();
	}

	@Test
	void anotherYearsFileLoadsFlaggedAndIsNotWrittenBack() throws Exception {
		Path old = tmp.resolve("old.xml");
		Files.writeString(old, Files.readString(Fixtures.path("forum-case-two-records.xml"))
			.replace("ESFA/ILR/2025-26", "ESFA/ILR/2024-25"));
		Run load = run("load " + old);
		assertThat(load.exit()).isZero();
		assertThat(load.err()).contains("1 schema problem");
		assertThat(run("summary").out()).contains("Year            2024-25")
			.contains("this is a 2024-25 file (namespace ESFA/ILR/2024-25), not a 2025-26 file");
		Run write = run("write --out " + tmp.resolve("new.xml"));
		assertThat(write.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(write.err()).contains("is not a 2025-26 file");
	}

	@Test
	void writeToAFolderUsesTheDfeFileName() throws Exception {
		run("load " + Fixtures.path("forum-case-two-records.xml"));
		Run write = run("write --out " + tmp);
		assertThat(write.exit()).isZero();
		Path written;
		try (var files = Files.list(tmp)) {
			written = files.collect(java.util.stream.Collectors.toList()).get(0);
		}
		java.util.regex.Matcher name = java.util.regex.Pattern.compile("ILR-10000001-2526-(\\d{8})-(\\d{6})-02\\.XML")
			.matcher(written.getFileName().toString());
		assertThat(name.matches()).isTrue();
		// a new return: the header's serial and time agree with its name; the learners are untouched
		var reread = dev.ilrsh.xml.IlrReader.read(written).message();
		var source = reread.header().source();
		assertThat(source.serialNo()).isEqualTo("02");
		assertThat(source.dateTime().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")))
			.isEqualTo(name.group(1) + name.group(2));
		assertThat(write.err()).contains("header SerialNo set to 02 and DateTime to " + source.dateTime());
		var original = dev.ilrsh.xml.IlrReader.read(Fixtures.path("forum-case-two-records.xml")).message();
		assertThat(reread.learners()).hasSameSizeAs(original.learners());
		for (int i = 0; i < original.learners().size(); i++) {
			assertThat(dev.ilrsh.model.Ilr.sameContent(reread.learners().get(i), original.learners().get(i))).isTrue();
		}
		Xsd.assertValid(written);
	}

	@Test
	void writeToANamedFileKeepsTheHeaderAsRead() throws Exception {
		run("load " + Fixtures.path("forum-case-two-records.xml"));
		Path out = tmp.resolve("copy.xml");
		Run write = run("write --out " + out);
		assertThat(write.err()).doesNotContain("SerialNo");
		var original = dev.ilrsh.xml.IlrReader.read(Fixtures.path("forum-case-two-records.xml")).message();
		assertThat(dev.ilrsh.model.Ilr.sameContent(dev.ilrsh.xml.IlrReader.read(out).message().header(),
				original.header())).isTrue();
	}

	@Test
	void aBadFileLeavesTheShellWorkingOnTheFileItHad() throws Exception {
		run("load " + Fixtures.path("forum-case-two-records.xml"));
		Path broken = tmp.resolve("broken.xml");
		Files.writeString(broken, "<Message xmlns=\"ESFA/ILR/2025-26\"><Header>");
		Run bad = run("load " + broken);
		assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(bad.err()).startsWith("error: " + broken + ": line 1").hasLineCount(1);
		assertThat(run("summary").out()).startsWith("File            forum-case-two-records.xml");
	}

	@Test
	void filesListsOpenFilesAndUseSwitches() throws Exception {
		Path a = tmp.resolve("a.xml");
		Path b = tmp.resolve("b.xml");
		Files.copy(Fixtures.path("forum-case-two-records.xml"), a);
		Files.copy(Fixtures.path("forum-case-two-records.xml"), b);
		run("load " + a);
		run("load " + b);
		assertThat(run("files --format csv").out()).contains("a.xml").contains(",*,b.xml,");
		assertThat(run("use a.xml").exit()).isZero();
		assertThat(run("files --format csv").out()).contains(",*,a.xml,");
		Run missing = run("use nosuch.xml");
		assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(missing.err()).isEqualTo("error: use: no open file is called nosuch.xml (see files)\n");
	}

	@Test
	void badUsageGetsOneLineAndStatusTwo() {
		assertThat(run("nosuch")).isEqualTo(new Run(2, "", "error: unknown command: nosuch; type help\n"));
		Run unknownOption = run("summary --colour red");
		assertThat(unknownOption.exit()).isEqualTo(2);
		assertThat(unknownOption.err()).isEqualTo("error: summary: unknown option --colour (options: --format)\n");
		assertThat(run("summary --format xml").err()).isEqualTo("error: unknown format 'xml': use table, csv, json or xlsx\n");
		assertThat(run("load").err()).startsWith("error: load: name the file");
		assertThat(run("write --out").err()).isEqualTo("error: write: --out needs a value\n");
		assertThat(run("load 'unclosed").err()).isEqualTo("error: a single quote is not closed\n");
	}

	@Test
	void helpListsCommandsAndShowsTopics() {
		Run help = run("help");
		assertThat(help.exit()).isZero();
		assertThat(help.out()).contains("summary").contains("command-line");
		assertThat(run("help command-line").out()).startsWith("The command line contract\n=========================\n")
			.doesNotContain("`");
		assertThat(run("help write").out()).contains("--out OUT").contains("--force");
		assertThat(run("help nosuch").exit()).isEqualTo(2);
	}
}

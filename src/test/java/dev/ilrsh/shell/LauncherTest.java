package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script (./ilrsh), run as users run it, with a stand-in Java that writes down how it was called: the
 * options each kind of command and file gets, the class-data archive made once and used after, and Java asked its
 * version only when it changes.
 */
@EnabledOnOs({ OS.LINUX, OS.MAC }) // the launcher is a bash script
class LauncherTest {

	@TempDir
	Path home;

	Path calls;
	Path fakeJava;
	Path small;

	@BeforeEach
	void aCopyOfTheProjectWithAStandInJava() throws IOException {
		Path launcher = home.resolve("ilrsh");
		Files.copy(Path.of("ilrsh"), launcher);
		Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
		Instant old = Instant.now().minusSeconds(3600);
		for (Path source : List.of(home.resolve("src/main/Source.java"), home.resolve("pom.xml"),
				home.resolve("help-docs/help.md"))) {
			Files.createDirectories(source.getParent());
			Files.writeString(source, "x");
			Files.setLastModifiedTime(source, FileTime.from(old));
		}
		Files.createDirectories(home.resolve("target"));
		Files.writeString(home.resolve("target/ilrsh.jar"), "jar");
		small = Files.createDirectories(home.resolve("sample-data")).resolve("ILR-SAMPLE.XML");
		Files.writeString(small, "<Message/>");
		calls = home.resolve("calls.log");
		fakeJava = Files.createDirectories(home.resolve("jdk/bin")).resolve("java");
		Files.writeString(fakeJava, """
				#!/usr/bin/env bash
				echo "$*" >> "%s"
				case " $* " in
				  *" -version "*) echo 'openjdk version "17.0.15" 2025-04-15' >&2; exit 0 ;;
				  *" -Djarmode=tools "*) dest="${@: -1}"; mkdir -p "$dest"; echo jar > "$dest/ilrsh.jar"; exit 0 ;;
				esac
				for a in "$@"; do case "$a" in -XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}" ;; esac; done
				exit 0
				""".formatted(calls));
		Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void aCommandOnASmallFileGetsTheQuickCompilerTheSerialCollectorAndTheArchive() throws Exception {
		String command = launch(Map.of(), "-f", small.toString(), "summary");

		assertThat(command).contains("-Xmx700m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-XX:SharedArchiveFile=" + home.resolve("target/app/ilrsh.jsa"))
			.doesNotContain("UseParallelGC")
			.endsWith("-jar " + home.resolve("target/app/ilrsh.jar") + " -f " + small + " summary");
		assertThat(home.resolve("target/app/ilrsh.jsa")).exists();
		assertThat(hugePagesOffered()).isEqualTo(command.contains("-XX:+UseTransparentHugePages"));
	}

	@Test
	void aBigFileGetsTheParallelCollectorAndLongCommandsTheOptimisingCompiler() throws Exception {
		Path big = home.resolve("big.xml");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(21_000_000);
		}
		assertThat(launch(Map.of(), "-f", big.toString(), "validate"))
			.contains("-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0", "-XX:TieredStopAtLevel=1")
			.doesNotContain("UseSerialGC");
		assertThat(launch(Map.of(), "-f", small.toString(), "anonymise", "--key", "k"))
			.doesNotContain("TieredStopAtLevel");
	}

	@Test
	void aCollectorNamedByTheUserIsTheOnlyOne() throws Exception {
		String command = launch(Map.of("ILRSH_JAVA_OPTS", "-XX:+UseG1GC -Xmx2g"), "-f", small.toString(), "summary");

		assertThat(command).contains("-XX:+UseG1GC -Xmx2g -jar").doesNotContain("UseSerialGC", "UseParallelGC");
	}

	@Test
	void javaIsAskedItsVersionOnceAndAgainOnlyWhenItChanges() throws Exception {
		launch(Map.of(), "-f", small.toString(), "summary");
		launch(Map.of(), "-f", small.toString(), "summary");
		assertThat(count("-version")).isEqualTo(1);
		assertThat(count("ArchiveClassesAtExit")).isEqualTo(1);

		Files.setLastModifiedTime(fakeJava, FileTime.from(Instant.now().plusSeconds(60)));
		launch(Map.of(), "-f", small.toString(), "summary");
		assertThat(count("-version")).isEqualTo(2);
		assertThat(count("ArchiveClassesAtExit")).as("a new Java makes its own archive").isEqualTo(2);
	}

	/** Runs the launcher and returns the last command line it gave Java. */
	private String launch(Map<String, String> environment, String... args) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(
				java.util.stream.Stream.concat(java.util.stream.Stream.of(home.resolve("ilrsh").toString()),
						java.util.Arrays.stream(args)).toList());
		builder.environment().remove("ILRSH_JAVA_OPTS");
		builder.environment().put("JAVA_HOME", home.resolve("jdk").toString());
		builder.environment().putAll(environment);
		builder.redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile());
		Process process = builder.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(Files.readString(home.resolve("out.txt"))).isZero();
		List<String> lines = Files.readAllLines(calls, StandardCharsets.UTF_8);
		return lines.get(lines.size() - 1);
	}

	private long count(String part) throws IOException {
		return Files.readAllLines(calls, StandardCharsets.UTF_8).stream().filter(l -> l.contains(part)).count();
	}

	private static boolean hugePagesOffered() throws IOException {
		Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
		if (!Files.isReadable(setting)) {
			return false;
		}
		String mode = Files.readString(setting);
		return mode.contains("[madvise]") || mode.contains("[always]");
	}
}

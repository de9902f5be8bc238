package dev.ilrsh.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The promises every file ilrsh writes is kept to. */
class OutputFileTest {

	@TempDir
	Path tmp;

	@Test
	void aNewFileAppearsWholeAndPrivateWithNothingElseLeftBehind() throws Exception {
		Path target = tmp.resolve("out.txt");
		OutputFile.at(target).writeString("hello\n");
		assertThat(Files.readString(target)).isEqualTo("hello\n");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
		assertThat(list()).containsExactly(target);
	}

	@Test
	void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
		Path target = tmp.resolve("out.txt");
		Files.writeString(target, "old");
		assertThatThrownBy(() -> OutputFile.at(target).writeString("new")).isInstanceOf(OutputFileException.class)
			.hasMessage(target + ": already exists; use --force to replace it");
		assertThat(Files.readString(target)).isEqualTo("old");
		OutputFile.at(target).replacing(true).writeString("new");
		assertThat(Files.readString(target)).isEqualTo("new");
	}

	@Test
	void aFileOpenInTheSessionIsNeverWrittenEvenWhenReplacing() throws Exception {
		Path input = tmp.resolve("input.xml");
		Files.writeString(input, "<Message/>");
		Path link = tmp.resolve("link.xml");
		Files.createSymbolicLink(link, input);
		for (Path target : List.of(input, link, tmp.resolve("sub/../input.xml"))) {
			assertThatThrownBy(() -> OutputFile.at(target).replacing(true).protecting(List.of(input)).writeString("x"))
				.isInstanceOf(OutputFileException.class).hasMessageContaining("never writes over a file it has read");
		}
		assertThat(Files.readString(input)).isEqualTo("<Message/>");
	}

	@Test
	void somethingThatIsNotARegularFileIsNeverReplaced() throws Exception {
		Path folder = Files.createDirectory(tmp.resolve("folder"));
		assertThatThrownBy(() -> OutputFile.at(folder).replacing(true).writeString("x"))
			.hasMessageContaining("is a folder");
		assertThatThrownBy(() -> OutputFile.at(Path.of("/dev/null")).replacing(true).writeString("x"))
			.hasMessageContaining("not a regular file");
	}

	@Test
	void aMissingOrUnwritableFolderIsSaidInWords() throws Exception {
		assertThatThrownBy(() -> OutputFile.at(tmp.resolve("nodir/out.txt")).writeString("x"))
			.hasMessage(tmp.resolve("nodir/out.txt") + ": the folder " + tmp.resolve("nodir") + " does not exist");
		Path locked = Files.createDirectory(tmp.resolve("locked"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
		try {
			if (!Files.isWritable(locked)) {
				assertThatThrownBy(() -> OutputFile.at(locked.resolve("out.txt")).writeString("x"))
					.hasMessage(locked.resolve("out.txt") + ": permission denied: ilrsh cannot write in " + locked);
			}
		}
		finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
		}
	}

	@Test
	void ofTwoWritersOfOneNewNameExactlyOneWins() throws Exception {
		Path target = tmp.resolve("race.txt");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch bothWriting = new CountDownLatch(2);
		try {
			List<Future<String>> writers = List.of("a", "b").stream().map(who -> pool.submit(() -> {
				try {
					OutputFile.at(target).writeText(out -> {
						out.write(who.repeat(100_000));
						bothWriting.countDown();
						try {
							bothWriting.await(10, TimeUnit.SECONDS);
						}
						catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
					});
					return "won";
				}
				catch (OutputFileException e) {
					return e.getMessage();
				}
			})).toList();
			List<String> results = List.of(writers.get(0).get(), writers.get(1).get());
			assertThat(results).containsOnlyOnce("won");
			assertThat(results).anyMatch(r -> r.contains("already exists") && r.contains("nothing was replaced"));
			String text = Files.readString(target);
			assertThat(text).matches("a{100000}|b{100000}");
			assertThat(list()).containsExactly(target);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aWriteStoppedHalfWayLeavesNothing() throws Exception {
		Path target = tmp.resolve("stopped.txt");
		assertThatThrownBy(() -> OutputFile.at(target).writeText(out -> {
			out.write("half");
			throw new CancellationException("stopped on request");
		})).isInstanceOf(CancellationException.class);
		assertThat(list()).isEmpty();
	}

	@Test
	void aStopAskedForWhileTheBodyRanLeavesNothingEvenIfTheBodyFinished() throws Exception {
		Path target = tmp.resolve("finished.csv");
		try {
			assertThatThrownBy(() -> OutputFile.at(target).writeText(out -> {
				out.write("all of it");
				dev.ilrsh.cancel.Cancellation.request(dev.ilrsh.cancel.Cancellation.Reason.USER);
			})).isInstanceOf(CancellationException.class);
		}
		finally {
			dev.ilrsh.cancel.Cancellation.clear();
		}
		assertThat(list()).isEmpty();
	}

	@Test
	void staleTemporariesOfDeadIlrshProcessesAreRemovedAndNothingElse() throws Exception {
		long dead = deadPid();
		Path stale = Files.writeString(tmp.resolve(".ilrsh-" + dead + "-0badcafe-big.xml.tmp"), "half a file");
		Path live = Files.writeString(tmp.resolve(".ilrsh-1-0badcafe-other.xml.tmp"), "pid 1 is alive");
		Files.setLastModifiedTime(live, FileTime.from(Instant.now()));
		Path notOurs = Files.writeString(tmp.resolve(".editor-1234.tmp"), "someone else's");
		Path lookalike = Files.writeString(tmp.resolve(".ilrsh-notes.tmp"), "not our pattern");
		OutputFile.at(tmp.resolve("new.xml")).writeString("x");
		assertThat(stale).doesNotExist();
		assertThat(live).exists();
		assertThat(notOurs).exists();
		assertThat(lookalike).exists();
	}

	private static long deadPid() {
		for (long pid = 4_000_000; pid > 3_000_000; pid--) {
			if (ProcessHandle.of(pid).isEmpty()) {
				return pid;
			}
		}
		throw new IllegalStateException("no free process number");
	}

	private List<Path> list() throws Exception {
		try (var files = Files.list(tmp)) {
			return files.toList();
		}
	}
}

package dev.ilrsh.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * ilrsh as a separate process, started the way the launcher starts it (its main method, results to the real
 * standard output): for what only a whole process shows, such as a full disk, a closed pipe or a killed write.
 */
public final class IlrshProcess {

	private IlrshProcess() {
	}

	/** What a finished process printed and how it ended. */
	public record Result(int exit, String out, String err) {
	}

	/** A process builder for {@code ilrsh args…}, with no sample file and this JVM's classes. */
	public static ProcessBuilder builder(String... args) {
		return builder(List.of(), args);
	}

	/** The same, with options for the JVM. */
	public static ProcessBuilder builder(List<String> jvmOptions, String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xshare:auto");
		command.add("-XX:TieredStopAtLevel=1");
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("dev.ilrsh.shell.IlrshApplication");
		command.addAll(List.of(args));
		return new ProcessBuilder(command);
	}

	/** Runs {@code ilrsh args…} with {@code input} on stdin and waits for it. */
	public static Result run(String input, String... args) throws IOException, InterruptedException {
		return run(null, input, args);
	}

	/** Runs {@code ilrsh args…} in a working directory (null: this one) with {@code input} on stdin. */
	public static Result run(java.nio.file.Path directory, String input, String... args)
			throws IOException, InterruptedException {
		ProcessBuilder builder = builder(args);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		File out = File.createTempFile("ilrsh-out", ".txt");
		File err = File.createTempFile("ilrsh-err", ".txt");
		try {
			builder.redirectOutput(out).redirectError(err);
			Process process = builder.start();
			process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
			process.getOutputStream().close();
			if (!process.waitFor(3, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new AssertionError("ilrsh did not finish: " + String.join(" ", args));
			}
			return new Result(process.exitValue(), java.nio.file.Files.readString(out.toPath()),
					java.nio.file.Files.readString(err.toPath()));
		}
		finally {
			out.delete();
			err.delete();
		}
	}
}

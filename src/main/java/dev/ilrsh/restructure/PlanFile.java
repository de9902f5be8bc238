package dev.ilrsh.restructure;

import dev.ilrsh.files.OutputFile;
import dev.ilrsh.files.OutputFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Merge plans saved as JSON, so a reviewed plan can be applied again to the same file. */
public final class PlanFile {

	/** Raised for a plan file that cannot be read; the message names the file and the reason. */
	public static class PlanFileException extends Exception {

		public PlanFileException(String message) {
			super(message);
		}
	}

	/**
	 * What a plan file holds.
	 *
	 * @param version the format's version, 1
	 * @param source the name of the file the plans were made for
	 * @param plans the merges
	 */
	public record Saved(int version, String source, List<MergePlan> plans) {
	}

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private PlanFile() {
	}

	public static void save(OutputFile file, String source, List<MergePlan> plans) throws OutputFileException {
		file.writeString(JSON.writeValueAsString(new Saved(1, source, plans)));
	}

	public static Saved load(Path file) throws PlanFileException {
		try {
			Saved saved = JSON.readValue(Files.readString(file), Saved.class);
			if (saved.version() != 1 || saved.plans() == null) {
				throw new PlanFileException(file + ": not an ilrsh plan file (version " + saved.version() + ")");
			}
			return saved;
		}
		catch (java.nio.file.NoSuchFileException e) {
			throw new PlanFileException(file + ": no such file");
		}
		catch (IOException e) {
			throw new PlanFileException(file + ": cannot be read (" + e.getMessage() + ")");
		}
		catch (JacksonException e) {
			throw new PlanFileException(file + ": not a valid plan file (" + e.getOriginalMessage() + ")");
		}
	}
}

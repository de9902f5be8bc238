package dev.ilrsh.xml;

import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** The DfE's file name for a return: {@code ILR-<UKPRN>-2526-<yyyymmdd>-<hhmmss>-<NN>.XML}, serial never 00. */
public final class IlrFileName {

	public static final Pattern PATTERN = Pattern.compile("ILR-(\\d{8})-" + IlrSchema.YEAR + "-(\\d{8})-(\\d{6})-(\\d{2})\\.XML");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

	private IlrFileName() {
	}

	/** The name for a file of this provider made at {@code when} with serial number {@code serial} (1 to 99). */
	public static String of(int ukprn, LocalDateTime when, int serial) {
		if (serial < 1 || serial > 99) {
			throw new IllegalArgumentException("the serial number must be 01 to 99, not " + serial);
		}
		return String.format("ILR-%08d-%s-%s-%s-%02d.XML", ukprn, IlrSchema.YEAR, when.format(DATE), when.format(TIME),
				serial);
	}

	/**
	 * Where to write when the user names a folder: a correctly named file in it, with the serial after the
	 * message's own (01 when it has none, and 99 stays 99).
	 */
	public static Path in(Path folder, Message message, LocalDateTime when) {
		int ukprn = message.learningProvider() != null && message.learningProvider().ukprn() != null
				? message.learningProvider().ukprn() : 0;
		int serial = 1;
		if (message.header() != null && message.header().source() != null
				&& message.header().source().serialNo() != null) {
			try {
				serial = Math.min(99, Integer.parseInt(message.header().source().serialNo().strip()) + 1);
			}
			catch (NumberFormatException e) {
				serial = 1;
			}
		}
		return folder.resolve(of(ukprn, when, serial));
	}

	/** The target itself, or a proper name inside it when it is an existing folder. */
	public static Path resolve(Path target, Message message) {
		return Files.isDirectory(target) ? in(target, message, LocalDateTime.now().withNano(0)) : target;
	}
}

package dev.ilrsh.xml;

import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.Source;
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
	 * Where and what to write.
	 *
	 * @param path the file to write
	 * @param message what to write in it
	 * @param newReturn true when a folder was named: the file is a new return, named as the DfE expects, and the
	 *        message's header (Source SerialNo and DateTime) has been set to match its name
	 */
	public record Destination(Path path, Message message, boolean newReturn) {
	}

	/**
	 * The target itself with the message as it is; or, when the target is an existing folder, a new return in it:
	 * named with the provider's UKPRN, this moment and the serial after the message's own (01 when it has none, 99
	 * stays 99), its header's SerialNo and DateTime set to the same serial and moment.
	 */
	public static Destination resolve(Path target, Message message) {
		if (!Files.isDirectory(target)) {
			return new Destination(target, message, false);
		}
		return newReturn(target, message, LocalDateTime.now().withNano(0));
	}

	/** A new return in a folder, made at {@code when}; see {@link #resolve}. */
	public static Destination newReturn(Path folder, Message message, LocalDateTime when) {
		int ukprn = message.learningProvider() != null && message.learningProvider().ukprn() != null
				? message.learningProvider().ukprn() : 0;
		Source source = message.header() != null ? message.header().source() : null;
		int serial = 1;
		if (source != null && source.serialNo() != null) {
			try {
				serial = Math.min(99, Integer.parseInt(source.serialNo().strip()) + 1);
			}
			catch (NumberFormatException e) {
				serial = 1;
			}
		}
		Message stamped = message;
		if (source != null) {
			Source renewed = Ilr.with(Ilr.with(source, "SerialNo", String.format("%02d", serial)), "DateTime", when);
			stamped = Ilr.with(message, "Header", Ilr.with(message.header(), "Source", renewed));
		}
		return new Destination(folder.resolve(of(ukprn, when, serial)), stamped, true);
	}
}

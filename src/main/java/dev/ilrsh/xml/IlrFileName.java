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

	/**
	 * The serial after {@code serialNo}: 01 when there is none or it is not a number from 01 to 99 (a header's
	 * SerialNo is two digits), 99 when it is 99 or more, since a name has room for two digits only.
	 */
	static int nextSerial(String serialNo) {
		String digits = serialNo == null ? "" : serialNo.strip();
		if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return 1;
		}
		digits = digits.replaceFirst("^0+(?=.)", "");
		if (digits.length() > 2) {
			return 99;
		}
		int serial = Integer.parseInt(digits);
		return serial == 0 ? 1 : Math.min(99, serial + 1);
	}

	/** A new return in a folder, made at {@code when}; see {@link #resolve}. */
	public static Destination newReturn(Path folder, Message message, LocalDateTime when) {
		Integer given = message.learningProvider() != null ? message.learningProvider().ukprn() : null;
		// a UKPRN that does not fit the name's eight digits is named as none at all
		int ukprn = given != null && given >= 0 && given <= 99_999_999 ? given : 0;
		Source source = message.header() != null ? message.header().source() : null;
		int serial = nextSerial(source == null ? null : source.serialNo());
		Message stamped = message;
		if (source != null) {
			Source renewed = Ilr.with(Ilr.with(source, "SerialNo", String.format("%02d", serial)), "DateTime", when);
			stamped = Ilr.with(message, "Header", Ilr.with(message.header(), "Source", renewed));
		}
		return new Destination(folder.resolve(of(ukprn, when, serial)), stamped, true);
	}
}

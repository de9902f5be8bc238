package dev.ilrsh.xml;

import com.fasterxml.aalto.in.XmlScanner;
import com.fasterxml.aalto.stax.StreamReaderImpl;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import javax.xml.stream.XMLStreamReader;

/**
 * The line the event a StAX reader is on starts at. The reader asks it for every element, so that a problem found
 * there can name its line; Aalto answers {@code getLocation()} with a new object each time, which on a big file came
 * to a third of everything a read allocated. Aalto's scanner holds that line already (the location is made from it),
 * so for Aalto it is read from there; any other reader, or an Aalto whose scanner no longer has that field, is
 * asked the usual way. The property test compares every problem's line with the careful parser's.
 */
final class EventLine {

	/** Aalto's zero-based line of the current event's start, or null when this Aalto does not have it. */
	private static final VarHandle START_ROW = startRow();

	private final XMLStreamReader xml;
	private final XmlScanner scanner;

	EventLine(XMLStreamReader xml) {
		this.xml = xml;
		this.scanner = START_ROW != null && xml instanceof StreamReaderImpl aalto ? aalto.getScanner() : null;
	}

	/** True when the line is read from Aalto's scanner, not from a location made for the purpose. */
	boolean fromScanner() {
		return scanner != null;
	}

	/** The same as {@code xml.getLocation().getLineNumber()}. */
	int line() {
		// kept small enough for the quick compiler to inline into each caller
		return scanner != null ? (int) (long) START_ROW.get(scanner) + 1 : asked();
	}

	private int asked() {
		return xml.getLocation().getLineNumber();
	}

	private static VarHandle startRow() {
		try {
			return MethodHandles.privateLookupIn(XmlScanner.class, MethodHandles.lookup())
					.findVarHandle(XmlScanner.class, "_startRow", long.class);
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}
}

package dev.ilrsh.model;

import java.time.LocalDate;

/** An apprenticeship financial record: TNP (total negotiated price) or PMR (payment record). */
public record AppFinRecord(String aFinType, Integer aFinCode, LocalDate aFinDate, Integer aFinAmount,
		XmlExtras extras) implements IlrEntity {
}

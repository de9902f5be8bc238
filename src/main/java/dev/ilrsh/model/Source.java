package dev.ilrsh.model;

import java.time.LocalDateTime;

public record Source(String protectiveMarking, Integer ukprn, String softwareSupplier, String softwarePackage,
		String release, String serialNo, LocalDateTime dateTime, String referenceData, String componentSetVersion,
		XmlExtras extras) implements IlrEntity {
}

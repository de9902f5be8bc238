package dev.ilrsh.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

public record SourceFile(String sourceFileName, LocalDate filePreparationDate, String softwareSupplier,
		String softwarePackage, String release, String serialNo, LocalDateTime dateTime, XmlExtras extras)
		implements IlrEntity {
}

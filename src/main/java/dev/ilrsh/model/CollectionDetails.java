package dev.ilrsh.model;

import java.time.LocalDate;

public record CollectionDetails(String collection, String year, LocalDate filePreparationDate, XmlExtras extras)
		implements IlrEntity {
}

package dev.ilrsh.model;

import java.time.LocalDate;

public record LearningDeliveryWorkPlacement(LocalDate workPlaceStartDate, LocalDate workPlaceEndDate,
		Integer workPlaceHours, Integer workPlaceMode, Integer workPlaceEmpId, XmlExtras extras) implements IlrEntity {
}

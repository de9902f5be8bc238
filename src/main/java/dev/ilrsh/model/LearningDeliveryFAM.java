package dev.ilrsh.model;

import java.time.LocalDate;

public record LearningDeliveryFAM(String learnDelFAMType, String learnDelFAMCode, LocalDate learnDelFAMDateFrom,
		LocalDate learnDelFAMDateTo, XmlExtras extras) implements IlrEntity {
}

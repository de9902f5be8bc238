package dev.ilrsh.model;

import java.time.LocalDate;

public record PriorAttain(Integer priorLevel, LocalDate dateLevelApp, XmlExtras extras) implements IlrEntity {
}

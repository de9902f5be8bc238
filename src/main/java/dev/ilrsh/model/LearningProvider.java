package dev.ilrsh.model;

public record LearningProvider(Integer ukprn, XmlExtras extras) implements IlrEntity {
}

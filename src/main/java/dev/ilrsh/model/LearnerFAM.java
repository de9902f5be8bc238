package dev.ilrsh.model;

public record LearnerFAM(String learnFAMType, Integer learnFAMCode, XmlExtras extras) implements IlrEntity {
}

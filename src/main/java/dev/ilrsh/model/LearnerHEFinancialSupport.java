package dev.ilrsh.model;

public record LearnerHEFinancialSupport(Integer finType, Integer finAmount, XmlExtras extras) implements IlrEntity {
}

package dev.ilrsh.model;

public record LLDDandHealthProblem(Integer llddCat, Integer primaryLLDD, XmlExtras extras) implements IlrEntity {
}

package dev.ilrsh.model;

public record EmploymentStatusMonitoring(String esmType, Integer esmCode, XmlExtras extras) implements IlrEntity {
}

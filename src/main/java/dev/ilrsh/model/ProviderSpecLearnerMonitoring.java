package dev.ilrsh.model;

public record ProviderSpecLearnerMonitoring(String provSpecLearnMonOccur, String provSpecLearnMon, XmlExtras extras)
		implements IlrEntity {
}

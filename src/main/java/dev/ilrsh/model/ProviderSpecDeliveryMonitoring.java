package dev.ilrsh.model;

public record ProviderSpecDeliveryMonitoring(String provSpecDelMonOccur, String provSpecDelMon, XmlExtras extras)
		implements IlrEntity {
}

package dev.ilrsh.model;

public record Header(CollectionDetails collectionDetails, Source source, XmlExtras extras) implements IlrEntity {
}

package dev.ilrsh.model;

/** Every ILR entity record: its last component keeps what the XML carried beyond the typed values. */
public interface IlrEntity {

	XmlExtras extras();
}

/**
 * Searching one ILR file: learners, aims and programme episodes as documents, every ILR field searchable under its
 * element name. Each field is read from the loaded file into a column the first time a query names it; text fields
 * also get a Lucene index of their distinct values; Lucene combines, ranks and sorts. Start with
 * {@link dev.ilrsh.index.IlrIndex#build(dev.ilrsh.model.Message)}; search through {@code dev.ilrsh.query}.
 */
package dev.ilrsh.index;

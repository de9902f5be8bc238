/**
 * An in-memory Lucene index of one ILR file, one document per learner, aim and programme episode, every ILR field
 * under its element name; each kind of document is indexed the first time it is searched. Build it with {@link dev.ilrsh.index.IlrIndex#build(dev.ilrsh.model.Message)}; search it
 * through {@code dev.ilrsh.query}.
 */
package dev.ilrsh.index;

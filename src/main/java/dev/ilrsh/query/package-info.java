/**
 * What the shell's {@code find}, {@code ask}, {@code count} and completion call, over an
 * {@link dev.ilrsh.index.IlrIndex}:
 * <ul>
 * <li>{@link dev.ilrsh.query.Finder#find(String, dev.ilrsh.index.Target, int)} — query language in
 * {@link dev.ilrsh.query.QueryLanguage};</li>
 * <li>{@link dev.ilrsh.query.QuestionCatalog#ask(dev.ilrsh.index.IlrIndex, String)} — by id or free words;</li>
 * <li>{@link dev.ilrsh.query.Counter#count(String, String)};</li>
 * <li>{@link dev.ilrsh.query.Completions}.</li>
 * </ul>
 * Every user error is a {@link dev.ilrsh.query.QueryException} with a one-line message; results are
 * {@link dev.ilrsh.render.Table}s.
 */
package dev.ilrsh.query;

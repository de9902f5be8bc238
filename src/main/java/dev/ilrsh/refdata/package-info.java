/**
 * Reference data from outside the ILR file that rules and reports look things up in: today the DfE's LARS (learning
 * aims and apprenticeship standards).
 *
 * <p>Use: {@code new RefDataStore(RefDataStore.defaultHome()).importLars(zip, now)} once per download;
 * {@code store.loadLars()} in each session gives a {@link dev.ilrsh.refdata.Lars} to ask for an aim's title, a
 * standard's title and level, and the records rules need. {@link dev.ilrsh.refdata.RefData} is what a validation run
 * is given; rules that need a part it lacks are skipped and named in the report.
 */
package dev.ilrsh.refdata;

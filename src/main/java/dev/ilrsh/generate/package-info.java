/**
 * Fictional ILR returns: the hand-made sample in {@code sample-data/} ({@link dev.ilrsh.generate.SampleFile}) and the
 * synthetic generator ({@link dev.ilrsh.generate.Generator}) for demonstrations, tests and benchmarks. Both plant a few
 * typical mistakes on purpose and say which ({@link dev.ilrsh.generate.PlantedFinding}), so that a validator's output
 * can be checked against a known list.
 */
package dev.ilrsh.generate;

/**
 * Writing files safely: {@link dev.ilrsh.files.OutputFile} is the one way ilrsh writes anything to disk.
 */
package dev.ilrsh.files;

/**
 * How far long work has got: a listener the domain tells and the shell shows. No dependencies.
 */
package dev.ilrsh.progress;

/**
 * Stopping long work on request (Ctrl-C, a closed pipe) without leaving anything half-done.
 */
package dev.ilrsh.cancel;

/**
 * Anonymising a return: a new file in which the personal data is replaced while everything rules and questions
 * depend on is kept, so it can be shared to reproduce a problem.
 *
 * <p>
 * {@link dev.ilrsh.anonymise.PersonalFields} says, field by field over the whole 2025-26 model, what is replaced
 * and how; {@link dev.ilrsh.anonymise.Anonymiser} works out the replacements for a file and applies them;
 * {@link dev.ilrsh.anonymise.AnonymisationProof} shows the new file behaves as the original does and holds none of
 * its personal values. Replacements are keyed: with the same secret the same value always gets the same
 * replacement, in any file; without one they are random.
 */
package dev.ilrsh.anonymise;

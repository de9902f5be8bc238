/**
 * Programme episodes: a learner's aims grouped into programmes (a programme aim with its components) and aims
 * outside programmes, with the derived dates and status each needs, and a plain-text timeline.
 *
 * <p>
 * Entry points: {@link dev.ilrsh.programme.Programmes#of(dev.ilrsh.model.Learner, java.time.LocalDate)},
 * {@link dev.ilrsh.programme.Programmes#of(dev.ilrsh.model.Message)} and
 * {@link dev.ilrsh.programme.Timeline#render(java.util.List, java.time.LocalDate, int)}.
 */
package dev.ilrsh.programme;

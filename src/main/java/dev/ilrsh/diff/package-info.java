/**
 * Comparing two returns: which learners joined and left, which aims were added, removed or changed, and every
 * changed field with its old and new value; and, given both files' findings, which were fixed and which are new.
 *
 * <p>
 * Learners are matched by LearnRefNumber and, when a reference changed, by ULN; aims within a learner by what they
 * are (SWSupAimId, then LearnAimRef with the programme and start date), never by AimSeqNumber, which a restructure
 * changes. Text is compared with its spaces normalised, so a difference in spaces alone is no change.
 *
 * <p>
 * Entry points: {@link dev.ilrsh.diff.Differ#compare}, {@link dev.ilrsh.diff.FindingsDiff#compare} and the
 * two-file questions in {@link dev.ilrsh.diff.ReturnQuestions}.
 */
package dev.ilrsh.diff;

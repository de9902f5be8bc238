package dev.ilrsh.generate;

/**
 * A validation finding the generator put in on purpose: the rule (official name, e.g. {@code R59}) and the learner
 * record it is raised on. A rule raised once per record (R06, R59) is listed once per record.
 *
 * @param rule the rule name as the DfE spells it
 * @param learnRefNumber the learner reference of the record
 * @param aimSeqNumber the aim the finding is on, or null for a learner-level finding
 */
public record PlantedFinding(String rule, String learnRefNumber, Integer aimSeqNumber) {
}

package dev.ilrsh.diff;

/** The learner and aim a change is on; nulls for the file's header. */
record Where(String learnRefNumber, Long uln, Integer aimSeqNumber, String learnAimRef) {

	static final Where FILE = new Where(null, null, null, null);

	Where aim(Integer number, String reference) {
		return new Where(learnRefNumber, uln, number, reference);
	}
}

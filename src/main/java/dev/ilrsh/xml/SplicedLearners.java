package dev.ilrsh.xml;

/**
 * The learners of a file read in parts, to be spliced in where the rest of the file (its skeleton) carries a marker in
 * their place.
 */
interface SplicedLearners {

	/** The target of the processing instruction that stands in the skeleton where the learners were. */
	String MARKER = "ilrsh-learners";

	/** How many parts there are. */
	int parts();

	/**
	 * The learners of a part, once read.
	 *
	 * @throws Doubtful when the part could not be read as whole learners, so the file must be read whole
	 * @throws java.util.concurrent.CancellationException when the user stops the read
	 */
	LearnerPart await(int part);

	/** The line breaks in all the parts: what the skeleton's lines after the marker are short of. */
	int newlines();

	/** The bytes of all the parts less the marker's: what the skeleton's offsets after the marker are short of. */
	long bytes();
}

package dev.ilrsh.report;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The other learner records that may be the same person as a record: the same real ULN, the same learner reference,
 * or the same name and date of birth. A helpdesk needs to see them beside the record, because a person split over
 * several records is the commonest cause of R59, R06 and a merge.
 */
public final class OtherRecords {

	/** The ULN a learner has while the real one is not known; sharing it says nothing. */
	static final long UNKNOWN_ULN = 9999999999L;

	/** Another record, and what it shares with the one shown. */
	public record Other(Learner learner, String shared) {
	}

	private OtherRecords() {
	}

	/**
	 * The records of {@code message} that share something with {@code record}, in file order, leaving out those in
	 * {@code shown} (the records on screen already).
	 */
	public static List<Other> of(Message message, Learner record, Collection<Learner> shown) {
		List<Other> others = new ArrayList<>();
		for (Learner other : message.learners()) {
			if (other == record || shown.stream().anyMatch(s -> s == other)) {
				continue;
			}
			List<String> shared = new ArrayList<>();
			if (record.uln() != null && record.uln() != UNKNOWN_ULN && record.uln().equals(other.uln())) {
				shared.add("ULN " + record.uln());
			}
			if (record.learnRefNumber() != null && record.learnRefNumber().equalsIgnoreCase(other.learnRefNumber())) {
				shared.add("reference");
			}
			if (sameNameAndBirth(record, other)) {
				shared.add("name and date of birth");
			}
			if (!shared.isEmpty()) {
				others.add(new Other(other, "same " + String.join(", ", shared)));
			}
		}
		return others;
	}

	private static boolean sameNameAndBirth(Learner a, Learner b) {
		return a.dateOfBirth() != null && a.dateOfBirth().equals(b.dateOfBirth()) && !name(a).isEmpty()
				&& Objects.equals(name(a), name(b));
	}

	private static String name(Learner l) {
		return (Objects.toString(l.givenNames(), "").strip() + " " + Objects.toString(l.familyName(), "").strip())
			.strip()
			.toLowerCase(Locale.ROOT);
	}
}

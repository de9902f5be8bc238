package dev.ilrsh.shell;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import java.util.ArrayList;
import java.util.List;

/** Finding learners by what people type: a learner reference (any case) or a ULN. */
public final class LearnerKeys {

	private LearnerKeys() {
	}

	/** Every record whose learner reference (ignoring case) or ULN is {@code key}, in file order. */
	public static List<Learner> find(Message message, String key) {
		String wanted = key.strip();
		List<Learner> found = new ArrayList<>();
		for (Learner l : message.learners()) {
			if (wanted.equalsIgnoreCase(l.learnRefNumber()) || l.uln() != null && wanted.equals(l.uln().toString())) {
				found.add(l);
			}
		}
		return found;
	}
}

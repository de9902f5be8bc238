package dev.ilrsh.shell;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

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

	/** Learner references and ULNs starting with {@code prefix} (references ignoring case), sorted, at most {@code limit}. */
	public static List<String> complete(Message message, String prefix, int limit) {
		String upper = prefix.toUpperCase(Locale.ROOT);
		TreeSet<String> matches = new TreeSet<>();
		for (Learner l : message.learners()) {
			String ref = l.learnRefNumber();
			if (ref != null && ref.toUpperCase(Locale.ROOT).startsWith(upper)) {
				matches.add(ref);
			}
			if (l.uln() != null && !prefix.isEmpty() && l.uln().toString().startsWith(prefix)) {
				matches.add(l.uln().toString());
			}
			if (matches.size() > limit * 4) {
				break;
			}
		}
		return matches.stream().limit(limit).toList();
	}
}

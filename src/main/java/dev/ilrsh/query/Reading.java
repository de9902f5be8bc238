package dev.ilrsh.query;

import dev.ilrsh.index.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How {@code ask} read a question: what it is about (one of the named questions, or a plain list of learners,
 * aims or programmes), the conditions on it, the words it did not use, and, when it could not tell, the nearest
 * readings to offer instead of an answer.
 *
 * @param question the named question asked, or null for a plain list
 * @param listing what a plain list lists; null when a named question is asked or nothing was understood
 * @param conditions the conditions, in the order they were typed
 * @param ignored words that played no part, as typed
 * @param counting whether the question asks how many rather than which
 * @param offers when not sure: up to three readings, each as a command to type
 */
public record Reading(Question question, Target listing, List<Condition> conditions, List<String> ignored,
		boolean counting, List<String> offers) {

	public Reading {
		conditions = List.copyOf(conditions);
		ignored = List.copyOf(ignored);
		offers = List.copyOf(offers);
	}

	/** Whether the words were understood well enough to answer. */
	public boolean sure() {
		return question != null || listing != null;
	}

	/** The conditions only learner documents can answer, as one query; blank when there are none. */
	public String learnerQuery() {
		boolean aims = conditions.stream().anyMatch(c -> c.scope() == Condition.Scope.AIM);
		return join(conditions.stream()
			.filter(c -> c.scope() == Condition.Scope.LEARNER || !aims && c.scope() == Condition.Scope.ANY)
			.toList());
	}

	/** The conditions on one aim (with the learner's identity fields), as one query; blank when there are none. */
	public String aimQuery() {
		boolean aims = conditions.stream().anyMatch(c -> c.scope() == Condition.Scope.AIM);
		return aims ? join(conditions.stream().filter(c -> c.scope() != Condition.Scope.LEARNER).toList()) : "";
	}

	private static String join(List<Condition> cs) {
		return cs.stream().map(Condition::query).collect(Collectors.joining(" AND "));
	}

	/** The find commands that select the same learners, or blank when there are no conditions. */
	public String equivalent() {
		List<String> parts = new ArrayList<>();
		if (!aimQuery().isEmpty()) {
			parts.add("find --aims " + quoted(aimQuery()));
		}
		if (!learnerQuery().isEmpty()) {
			parts.add("find " + quoted(learnerQuery()));
		}
		return String.join(" and ", parts);
	}

	private static String quoted(String query) {
		return "'" + query.replace("'", "\\'") + "'";
	}

	/** One line saying how the question was read, with the equivalent query and the words not used. */
	public String describe() {
		StringBuilder s = new StringBuilder("Read as: ");
		if (counting) {
			s.append("how many ");
		}
		if (question != null) {
			s.append(question.id()).append(" (").append(question.title()).append(")");
		}
		else {
			s.append(switch (listing) {
				case AIMS -> "aims";
				case PROGRAMMES -> "programmes";
				case LEARNERS -> "learners";
			});
		}
		if (!conditions.isEmpty()) {
			s.append(question != null ? ", only for learners: " : ": ");
			s.append(conditions.stream().map(Condition::meaning).collect(Collectors.joining(", ")));
		}
		s.append('.');
		if (!conditions.isEmpty()) {
			s.append(" Same learners as: ").append(equivalent()).append('.');
		}
		if (!ignored.isEmpty()) {
			s.append(" Ignored: ").append(ignored.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", ")))
				.append('.');
		}
		return s.toString();
	}

	/** The canonical form of the reading, for tests and the phrasing set: "id | query" or "learners | query". */
	public String canonical() {
		if (!sure()) {
			return "? | ";
		}
		String subject = question != null ? question.id() : listing.name().toLowerCase(java.util.Locale.ROOT);
		return subject + " | " + conditions.stream().map(Condition::query).sorted().collect(Collectors.joining(" AND "));
	}
}

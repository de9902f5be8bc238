package dev.ilrsh.restructure;

import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Member;
import dev.ilrsh.rules.Finding;
import dev.ilrsh.rules.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a finding is about, in terms that stay the same when a person's records are merged: an aim by its
 * LearnAimRef, programme (ProgType and StdCode) and start date; an employment status by its date, an LLDD record by
 * its category and so on; a learner-level finding by the fields it names. Record references, AimSeqNumbers and lines
 * change in a merge, so none of them is part of the subject.
 */
final class FindingSubject {

	/** The elements that identify an entity among its siblings; entities not listed are identified by all fields. */
	private static final Map<String, List<String>> IDENTIFIED_BY = Map.of(
			"LearningDelivery", List.of("LearnAimRef", "ProgType", "StdCode", "LearnStartDate"),
			"LearnerEmploymentStatus", List.of("DateEmpStatApp"), "EmploymentStatusMonitoring", List.of("ESMType"),
			"LLDDandHealthProblem", List.of("LLDDCat"), "ProviderSpecLearnerMonitoring",
			List.of("ProvSpecLearnMonOccur"), "LearnerHE", List.of(), "LearnerHEFinancialSupport", List.of("FINTYPE"));

	private FindingSubject() {
	}

	/** An entity inside a learner, with the entities it sits in (the learner first). */
	private record Placed(IlrEntity entity, List<IlrEntity> parents) {
	}

	/**
	 * The subject of {@code finding}, raised on {@code learner} (the record it was found on, or the merged learner).
	 * Two findings of one person with the same subject are the same finding.
	 */
	static String of(Finding finding, Learner learner) {
		StringBuilder key = new StringBuilder(finding.rule());
		LearningDelivery aim = null;
		if (finding.aimSeqNumber() != null) {
			aim = aimOf(finding, learner);
			key.append(" | aim ").append(aim == null ? finding.aimSeqNumber() + " " + finding.learnAimRef()
					: identity(aim));
		}
		if (Validator.SCHEMA.equals(finding.rule())) {
			return key.append(" | ").append(finding.fields().get("Kind")).append(" | ").append(finding.message())
				.toString();
		}
		List<Placed> at = entitiesAt(learner, finding.line());
		if (at.size() > 1) {
			// a file written on one line: lines say nothing, so the values the rule names have to
			key.append(" | values ").append(new TreeMap<>(withoutNumbering(finding)));
		}
		else if (at.size() == 1 && at.get(0).entity() != learner && at.get(0).entity() != aim) {
			for (IlrEntity parent : at.get(0).parents()) {
				if (parent != learner && parent != aim) {
					key.append(" | ").append(identity(parent));
				}
			}
			key.append(" | ").append(identity(at.get(0).entity()));
		}
		else {
			key.append(" | fields ").append(finding.fields().keySet());
		}
		return key.toString();
	}

	/** The aim a finding is on: by AimSeqNumber and LearnAimRef, by line when several aims share them. */
	private static LearningDelivery aimOf(Finding finding, Learner learner) {
		List<LearningDelivery> candidates = new ArrayList<>();
		for (LearningDelivery d : learner.learningDelivery()) {
			if (finding.aimSeqNumber().equals(d.aimSeqNumber())
					&& (finding.learnAimRef() == null || finding.learnAimRef().equals(d.learnAimRef()))) {
				candidates.add(d);
			}
		}
		LearningDelivery best = candidates.isEmpty() ? null : candidates.get(0);
		for (LearningDelivery d : candidates) {
			int line = d.extras().line();
			if (line <= finding.line() && line > best.extras().line()) {
				best = d;
			}
		}
		return best;
	}

	/** True when the learner, or an entity in it, starts on {@code line}. */
	static boolean holdsLine(Learner learner, int line) {
		return !entitiesAt(learner, line).isEmpty();
	}

	/** Every entity of the learner (itself included) whose start tag is on {@code line}; none for line 0. */
	private static List<Placed> entitiesAt(Learner learner, int line) {
		List<Placed> found = new ArrayList<>();
		if (line > 0) {
			collect(learner, new ArrayList<>(), line, found);
		}
		return found;
	}

	private static void collect(IlrEntity entity, List<IlrEntity> parents, int line, List<Placed> found) {
		if (entity.extras().line() == line) {
			found.add(new Placed(entity, List.copyOf(parents)));
		}
		EntitySpec spec = Ilr.spec(entity);
		List<IlrEntity> inside = new ArrayList<>(parents);
		inside.add(entity);
		for (int i = 0; i < spec.members().size(); i++) {
			Member m = spec.members().get(i);
			if (m instanceof ChildSpec) {
				Object value = spec.get(entity, i);
				List<?> children = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
				for (Object child : children) {
					collect((IlrEntity) child, inside, line, found);
				}
			}
		}
	}

	/** An entity by the elements that tell it apart from its siblings. */
	static String identity(IlrEntity entity) {
		EntitySpec spec = Ilr.spec(entity);
		List<String> fields = IDENTIFIED_BY.get(spec.name());
		Map<String, String> all = Reconciler.flatten(entity);
		StringBuilder b = new StringBuilder(spec.name());
		if (fields == null) {
			all.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
		}
		else {
			fields.forEach(f -> b.append(' ').append(f).append('=').append(all.getOrDefault(f, "")));
		}
		return b.toString();
	}

	/** The values a finding names, without those a merge renumbers or renames. */
	private static Map<String, Object> withoutNumbering(Finding finding) {
		Map<String, Object> values = new java.util.HashMap<>();
		finding.fields().forEach((k, v) -> {
			if (!k.equals("AimSeqNumber") && !k.equals("LearnRefNumber")) {
				values.put(k, v == null ? "" : v.toString());
			}
		});
		return values;
	}
}

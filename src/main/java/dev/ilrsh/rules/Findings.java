package dev.ilrsh.rules;

import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where rules put what they find. Field values are taken from the entities the finding is about, by the element
 * names the rule lists, so every finding of a rule shows the same fields in the same order.
 */
public final class Findings {

	/** A finding with where it sits in the file, for a stable order. */
	record Placed(Finding finding, int learnerIndex, int aimIndex, long sequence) {
	}

	private final List<Placed> found = new ArrayList<>();
	private int learnerIndex = -1;
	private long sequence;
	/** How many learners the validator checked into this instance. */
	int learnersChecked;

	/**
	 * Says which learner (by position in the file) the next findings are about; -1 for the file itself. The
	 * validator sets it before each learner; a file rule sets it before reporting on a learner.
	 */
	public void at(int index) {
		learnerIndex = index;
	}

	/** A finding on a learner as a whole. */
	public void learner(RuleInfo rule, Learner learner, String message) {
		add(rule, learner, null, null, message);
	}

	/** A finding on one aim. */
	public void aim(RuleInfo rule, Learner learner, LearningDelivery aim, String message) {
		add(rule, learner, aim, null, message);
	}

	/**
	 * A finding on a child entity (a FAM, a financial record, an employment status) of an aim or learner. Fields
	 * are looked up on the child first, then the aim, then the learner.
	 */
	public void add(RuleInfo rule, Learner learner, LearningDelivery aim, IlrEntity child, String message) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (String field : rule.fields()) {
			fields.put(field, valueOf(field, child, aim, learner));
		}
		add(rule, learner, aim, fields, message, lineOf(child, aim, learner));
	}

	/** A finding with field values the rule gives itself. */
	public void add(RuleInfo rule, Learner learner, LearningDelivery aim, Map<String, Object> fields, String message,
			int line) {
		Finding finding = new Finding(rule.name(), rule.severity(), learner == null ? null : learner.learnRefNumber(),
				learner == null ? null : learner.uln(), aim == null ? null : aim.aimSeqNumber(),
				aim == null ? null : aim.learnAimRef(), aim == null ? null : aim.swSupAimId(),
				aim == null ? null : aim.fundModel(), fields, message, line);
		int aimIndex = -1;
		if (learner != null && aim != null) {
			List<LearningDelivery> aims = learner.learningDelivery();
			if (aims.size() > dev.ilrsh.derived.DerivedData.FEW_AIMS) {
				aimIndex = dev.ilrsh.derived.LearnerIndex.of(learner).positionOf(aim);
			}
			else for (int i = 0; i < aims.size(); i++) {
				if (aims.get(i) == aim) {
					aimIndex = i;
					break;
				}
			}
		}
		found.add(new Placed(finding, learner == null ? -1 : learnerIndex, aimIndex, sequence++));
	}

	/** A finding about the file, its name or its header. */
	public void file(RuleInfo rule, Map<String, Object> fields, String message, int line) {
		add(rule, null, null, fields, message, line);
	}

	void addPlaced(Finding finding, int learner, int aim) {
		found.add(new Placed(finding, learner, aim, sequence++));
	}

	/** The findings so far, in the order they were made. */
	public List<Finding> list() {
		return found.stream().map(Placed::finding).toList();
	}

	List<Placed> placed() {
		return found;
	}

	public int size() {
		return found.size();
	}

	void clear() {
		found.clear();
	}

	/** The value of a field as it appears on the first of the entities that has it; unparsed text as it was. */
	static Object valueOf(String field, IlrEntity... sources) {
		for (IlrEntity source : sources) {
			if (source == null) {
				continue;
			}
			EntitySpec spec = Ilr.spec(source);
			int i = spec.indexOf(field);
			if (i >= 0 && spec.members().get(i) instanceof FieldSpec) {
				Object value = spec.get(source, i);
				return value != null ? value : source.extras().rawValues().get(field);
			}
		}
		return null;
	}

	private static int lineOf(IlrEntity... entities) {
		for (IlrEntity e : entities) {
			if (e != null && e.extras() != null && e.extras().line() > 0) {
				return e.extras().line();
			}
		}
		return 0;
	}
}

package dev.ilrsh.index;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EmploymentStatusMonitoring;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearnerFAM;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import dev.ilrsh.model.Member;
import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.programme.Programmes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The values one field has on one document, read straight from the in-memory file: the element itself, wherever
 * it sits below the document's record (a FAM, an employment status, a price …), a FAM or monitoring code under its
 * type's name, or a derived value. What each kind of document carries is described on {@link IlrIndex}.
 */
final class FieldValues {

	private final IndexFields fields;

	FieldValues(IndexFields fields) {
		this.fields = fields;
	}

	/** Whether a learner field is read from the learner's programme episodes (which take a while to work out). */
	static boolean needsEpisodes(String field) {
		return field.equals("Status") || field.equals("AgeBand") || field.equals("AgeAtStart");
	}

	/** @param episodes the learner's programme episodes; only read for the fields that {@link #needsEpisodes} */
	void learner(String field, Learner learner, List<ProgrammeEpisode> episodes, Consumer<Object> sink) {
		switch (field) {
			case "ULNCheck" -> sink.accept(ulnCheck(learner));
			case "AimCount" -> sink.accept(learner.learningDelivery().size());
			case "ProgrammeCount" -> sink
				.accept((int) learner.learningDelivery().stream().filter(LearningDelivery::isProgrammeAim).count());
			case "Status" -> episodes.forEach(e -> sink.accept(e.status().label()));
			case "AgeBand" -> episodes.forEach(e -> sink.accept(e.ageBand()));
			case "AgeAtStart" -> episodes.forEach(e -> sink.accept(e.ageAtStart()));
			case "StartMonth" -> learner.learningDelivery().forEach(a -> sink.accept(month(a.learnStartDate())));
			default -> {
				if (IndexFields.LEARNER_SUMMARY.contains(field)) {
					for (LearningDelivery aim : learner.learningDelivery()) {
						ownOrTyped(field, aim, sink);
					}
				}
				else if (fields.codeOf(field) == IndexFields.CodeOf.LEARNER_FAM) {
					for (LearnerFAM f : learner.learnerFAM()) {
						if (field.equals(f.learnFAMType())) {
							sink.accept(f.learnFAMCode());
						}
					}
				}
				else if (fields.codeOf(field) == IndexFields.CodeOf.EMPLOYMENT_MONITORING) {
					for (LearnerEmploymentStatus s : learner.learnerEmploymentStatus()) {
						for (EmploymentStatusMonitoring m : s.employmentStatusMonitoring()) {
							if (field.equals(m.esmType())) {
								sink.accept(m.esmCode());
							}
						}
					}
				}
				else {
					schema(learner, field, sink);
				}
			}
		}
	}

	void aim(String field, Learner learner, LearningDelivery aim, Consumer<Object> sink) {
		switch (field) {
			case "ULNCheck" -> sink.accept(ulnCheck(learner));
			case "Status" -> sink.accept(Programmes.status(aim).label());
			case "AgeAtStart" -> sink.accept(ageAtStart(learner, aim));
			case "AgeBand" -> sink.accept(Programmes.ageBand(ageAtStart(learner, aim)));
			case "StartMonth" -> sink.accept(month(aim.learnStartDate()));
			default -> {
				if (IndexFields.LEARNER_IDENTITY.contains(field)) {
					schema(learner, field, sink);
				}
				else {
					ownOrTyped(field, aim, sink);
				}
			}
		}
	}

	void programme(String field, ProgrammeEpisode e, Consumer<Object> sink) {
		switch (field) {
			case "ULNCheck" -> sink.accept(ulnCheck(e.learner()));
			case "Kind" -> sink.accept(e.kind().label());
			case "Status" -> sink.accept(e.status().label());
			case "AgeAtStart" -> sink.accept(e.ageAtStart());
			case "AgeBand" -> sink.accept(e.ageBand());
			case "StartMonth" -> sink.accept(month(e.start()));
			case "ProgrammeStart" -> sink.accept(e.programmeStart());
			case "EffectiveEnd" -> sink.accept(e.effectiveEnd());
			case "TNPTotal" -> sink.accept(e.tnpTotal());
			case "DaysPastPlannedEnd" -> sink.accept((int) e.daysPastPlannedEnd());
			case "ComponentCount" -> sink.accept(e.components().size());
			case "ComponentAimRef" -> e.components().forEach(c -> sink.accept(c.learnAimRef()));
			default -> {
				if (IndexFields.LEARNER_IDENTITY.contains(field)) {
					schema(e.learner(), field, sink);
				}
				else {
					ownOrTyped(field, e.mainAim(), sink);
				}
			}
		}
	}

	/** An aim's own element (or its child records'), or the code of its FAMs of a type. */
	private void ownOrTyped(String field, LearningDelivery aim, Consumer<Object> sink) {
		if (fields.codeOf(field) == IndexFields.CodeOf.DELIVERY_FAM) {
			for (LearningDeliveryFAM f : aim.learningDeliveryFAM()) {
				if (field.equals(f.learnDelFAMType())) {
					sink.accept(f.learnDelFAMCode());
				}
			}
		}
		else {
			schema(aim, field, sink);
		}
	}

	static String ulnCheck(Learner learner) {
		return DerivedData.checkUln(learner.uln()).name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static Integer ageAtStart(Learner learner, LearningDelivery aim) {
		LocalDate start = aim.origLearnStartDate() != null ? aim.origLearnStartDate() : aim.learnStartDate();
		return DerivedData.ageOn(learner, start).orElse(null);
	}

	private static String month(LocalDate date) {
		return date == null ? null : date.toString().substring(0, 7);
	}

	// ------------------------------------------------------------ elements by schema path

	/** Where an element sits below an entity: the member positions to read, or to descend into. */
	private record Path(int[] fields, int[] children) {
	}

	private static final Map<EntitySpec, Map<String, Path>> PATHS = new ConcurrentHashMap<>();

	/**
	 * Sends every value of an element found in an entity or below it. A learner's aims are never descended into:
	 * they are documents of their own.
	 */
	static void schema(IlrEntity entity, String element, Consumer<Object> sink) {
		EntitySpec spec = Ilr.spec(entity);
		Path path = path(spec, element);
		for (int i : path.fields()) {
			Object value = spec.get(entity, i);
			if (value != null) {
				sink.accept(value);
			}
		}
		for (int i : path.children()) {
			Object value = spec.get(entity, i);
			if (value instanceof List<?> list) {
				for (Object child : list) {
					schema((IlrEntity) child, element, sink);
				}
			}
			else if (value != null) {
				schema((IlrEntity) value, element, sink);
			}
		}
	}

	private static Path path(EntitySpec spec, String element) {
		return PATHS.computeIfAbsent(spec, k -> new ConcurrentHashMap<>()).computeIfAbsent(element, k -> {
			List<Integer> own = new ArrayList<>();
			List<Integer> down = new ArrayList<>();
			List<Member> members = spec.members();
			for (int i = 0; i < members.size(); i++) {
				Member m = members.get(i);
				if (m instanceof FieldSpec f && f.name().equals(element)) {
					own.add(i);
				}
				else if (m instanceof ChildSpec c && c.entity() != IlrSchema.LEARNING_DELIVERY
						&& contains(c.entity(), element)) {
					down.add(i);
				}
			}
			return new Path(own.stream().mapToInt(Integer::intValue).toArray(),
					down.stream().mapToInt(Integer::intValue).toArray());
		});
	}

	private static boolean contains(EntitySpec spec, String element) {
		for (Member m : spec.members()) {
			if (m instanceof FieldSpec f ? f.name().equals(element)
					: m instanceof ChildSpec c && c.entity() != IlrSchema.LEARNING_DELIVERY && contains(c.entity(), element)) {
				return true;
			}
		}
		return false;
	}
}

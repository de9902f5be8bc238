package dev.ilrsh.index;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EmploymentStatusMonitoring;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
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
import java.util.function.Consumer;

/**
 * How to read one field's values from one kind of document, straight from the in-memory file: the element itself,
 * wherever it sits below the document's record (a FAM, an employment status, a price …), a FAM or monitoring code
 * under its type's name, or a derived value. Each reader is worked out once per field, so reading a column costs a
 * few member reads per document. What each kind of document carries is described on {@link IlrIndex}.
 */
final class FieldValues {

	/** Reads a field of one document into a sink. */
	@FunctionalInterface
	interface Reader<D> {

		void read(D document, Consumer<Object> sink);
	}

	/** A learner document: the learner and its programme episodes (empty unless {@link #needsEpisodes}). */
	record LearnerDocument(Learner learner, List<ProgrammeEpisode> episodes) {
	}

	/** An aim document: the aim and its learner. */
	record AimDocument(Learner learner, LearningDelivery aim) {
	}

	private final IndexFields fields;

	FieldValues(IndexFields fields) {
		this.fields = fields;
	}

	/** Whether a learner field is read from the learner's programme episodes (which take a while to work out). */
	static boolean needsEpisodes(String field) {
		return field.equals("Status") || field.equals("AgeBand") || field.equals("AgeAtStart");
	}

	Reader<LearnerDocument> learner(String field) {
		switch (field) {
			case "ULNCheck":
				return (d, sink) -> sink.accept(ulnCheck(d.learner()));
			case "AimCount":
				return (d, sink) -> sink.accept(d.learner().learningDelivery().size());
			case "ProgrammeCount":
				return (d, sink) -> sink.accept(
						(int) d.learner().learningDelivery().stream().filter(LearningDelivery::isProgrammeAim).count());
			case "Status":
				return (d, sink) -> d.episodes().forEach(e -> sink.accept(e.status().label()));
			case "AgeBand":
				return (d, sink) -> d.episodes().forEach(e -> sink.accept(e.ageBand()));
			case "AgeAtStart":
				return (d, sink) -> d.episodes().forEach(e -> sink.accept(e.ageAtStart()));
			case "StartMonth":
				return (d, sink) -> d.learner().learningDelivery().forEach(a -> sink.accept(month(a.learnStartDate())));
			default:
				break;
		}
		if (IndexFields.LEARNER_SUMMARY.contains(field)) {
			Reader<LearningDelivery> aim = ownOrTyped(field);
			return (d, sink) -> {
				for (LearningDelivery a : d.learner().learningDelivery()) {
					aim.read(a, sink);
				}
			};
		}
		if (fields.codeOf(field) == IndexFields.CodeOf.LEARNER_FAM) {
			return (d, sink) -> {
				for (LearnerFAM f : d.learner().learnerFAM()) {
					if (field.equals(f.learnFAMType())) {
						sink.accept(f.learnFAMCode());
					}
				}
			};
		}
		if (fields.codeOf(field) == IndexFields.CodeOf.EMPLOYMENT_MONITORING) {
			return (d, sink) -> {
				for (LearnerEmploymentStatus s : d.learner().learnerEmploymentStatus()) {
					for (EmploymentStatusMonitoring m : s.employmentStatusMonitoring()) {
						if (field.equals(m.esmType())) {
							sink.accept(m.esmCode());
						}
					}
				}
			};
		}
		Reader<IlrEntity> element = element(IlrSchema.LEARNER, field);
		return (d, sink) -> element.read(d.learner(), sink);
	}

	Reader<AimDocument> aim(String field) {
		switch (field) {
			case "ULNCheck":
				return (d, sink) -> sink.accept(ulnCheck(d.learner()));
			case "Status":
				return (d, sink) -> sink.accept(Programmes.status(d.aim()).label());
			case "AgeAtStart":
				return (d, sink) -> sink.accept(ageAtStart(d.learner(), d.aim()));
			case "AgeBand":
				return (d, sink) -> sink.accept(Programmes.ageBand(ageAtStart(d.learner(), d.aim())));
			case "StartMonth":
				return (d, sink) -> sink.accept(month(d.aim().learnStartDate()));
			default:
				break;
		}
		if (IndexFields.LEARNER_IDENTITY.contains(field)) {
			Reader<IlrEntity> element = element(IlrSchema.LEARNER, field);
			return (d, sink) -> element.read(d.learner(), sink);
		}
		Reader<LearningDelivery> own = ownOrTyped(field);
		return (d, sink) -> own.read(d.aim(), sink);
	}

	Reader<ProgrammeEpisode> programme(String field) {
		switch (field) {
			case "ULNCheck":
				return (e, sink) -> sink.accept(ulnCheck(e.learner()));
			case "Kind":
				return (e, sink) -> sink.accept(e.kind().label());
			case "Status":
				return (e, sink) -> sink.accept(e.status().label());
			case "AgeAtStart":
				return (e, sink) -> sink.accept(e.ageAtStart());
			case "AgeBand":
				return (e, sink) -> sink.accept(e.ageBand());
			case "StartMonth":
				return (e, sink) -> sink.accept(month(e.start()));
			case "ProgrammeStart":
				return (e, sink) -> sink.accept(e.programmeStart());
			case "EffectiveEnd":
				return (e, sink) -> sink.accept(e.effectiveEnd());
			case "TNPTotal":
				return (e, sink) -> sink.accept(e.tnpTotal());
			case "DaysPastPlannedEnd":
				return (e, sink) -> sink.accept((int) e.daysPastPlannedEnd());
			case "ComponentCount":
				return (e, sink) -> sink.accept(e.components().size());
			case "ComponentAimRef":
				return (e, sink) -> e.components().forEach(c -> sink.accept(c.learnAimRef()));
			default:
				break;
		}
		if (IndexFields.LEARNER_IDENTITY.contains(field)) {
			Reader<IlrEntity> element = element(IlrSchema.LEARNER, field);
			return (e, sink) -> element.read(e.learner(), sink);
		}
		Reader<LearningDelivery> own = ownOrTyped(field);
		return (e, sink) -> own.read(e.mainAim(), sink);
	}

	/** An aim's own element (or its child records'), or the code of its FAMs of a type. */
	private Reader<LearningDelivery> ownOrTyped(String field) {
		if (fields.codeOf(field) == IndexFields.CodeOf.DELIVERY_FAM) {
			return (aim, sink) -> {
				for (LearningDeliveryFAM f : aim.learningDeliveryFAM()) {
					if (field.equals(f.learnDelFAMType())) {
						sink.accept(f.learnDelFAMCode());
					}
				}
			};
		}
		Reader<IlrEntity> element = element(IlrSchema.LEARNING_DELIVERY, field);
		return element::read;
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

	/**
	 * Reads every value of an element in an entity of a kind or in its child records, to any depth. A learner's
	 * aims are never descended into: they are documents of their own.
	 */
	static Reader<IlrEntity> element(EntitySpec spec, String element) {
		List<Integer> own = new ArrayList<>();
		List<Integer> childMembers = new ArrayList<>();
		List<Reader<IlrEntity>> childReaders = new ArrayList<>();
		List<Member> members = spec.members();
		for (int i = 0; i < members.size(); i++) {
			Member m = members.get(i);
			if (m instanceof FieldSpec f && f.name().equals(element)) {
				own.add(i);
			}
			else if (m instanceof ChildSpec c && c.entity() != IlrSchema.LEARNING_DELIVERY && contains(c.entity(), element)) {
				childMembers.add(i);
				childReaders.add(element(c.entity(), element));
			}
		}
		int[] fieldsAt = own.stream().mapToInt(Integer::intValue).toArray();
		int[] childrenAt = childMembers.stream().mapToInt(Integer::intValue).toArray();
		@SuppressWarnings("unchecked")
		Reader<IlrEntity>[] children = childReaders.toArray(Reader[]::new);
		return (entity, sink) -> {
			for (int i : fieldsAt) {
				Object value = spec.get(entity, i);
				if (value != null) {
					sink.accept(value);
				}
			}
			for (int k = 0; k < childrenAt.length; k++) {
				Object value = spec.get(entity, childrenAt[k]);
				if (value instanceof List<?> list) {
					for (Object child : list) {
						children[k].read((IlrEntity) child, sink);
					}
				}
				else if (value != null) {
					children[k].read((IlrEntity) value, sink);
				}
			}
		};
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

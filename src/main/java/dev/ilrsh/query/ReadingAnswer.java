package dev.ilrsh.query;

import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.index.Target;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.render.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Answers a {@link Reading} on a file's index: selects the learners its conditions hold for (the aim conditions
 * on one aim, the learner conditions on the learner), then either keeps the named question's rows for those
 * learners or lists them, their aims or their programmes.
 *
 * @param table the answer (for "how many": one row per kind of record counted)
 * @param learners how many learners the conditions selected
 * @param unmatched the conditions that, on their own, hold for no learner in the file
 */
public record ReadingAnswer(Table table, int learners, List<Condition> unmatched) {

	public static ReadingAnswer of(Reading reading, IlrIndex index, QuestionCatalog catalog, dev.ilrsh.refdata.Lars lars) {
		QueryLanguage language = new QueryLanguage(index);
		List<Learner> all = index.message().learners();
		FixedBitSet learners = new FixedBitSet(all.size());
		learners.set(0, all.size());
		Set<LearningDelivery> aims = null;
		if (!reading.aimQuery().isEmpty()) {
			FixedBitSet aimDocs = index.select(language.parse(reading.aimQuery(), Target.AIMS), Target.AIMS);
			aims = Collections.newSetFromMap(new IdentityHashMap<>());
			FixedBitSet withAim = new FixedBitSet(all.size());
			for (int d : docs(aimDocs)) {
				aims.add(index.aim(d));
				withAim.set(index.learnerOf(Target.AIMS, d));
			}
			learners.and(withAim);
		}
		if (!reading.learnerQuery().isEmpty()) {
			learners.and(index.select(language.parse(reading.learnerQuery(), Target.LEARNERS), Target.LEARNERS));
		}
		Table table;
		if (reading.question() != null) {
			table = reading.conditions().isEmpty() ? catalog.answer(index, reading.question(), lars)
					: onlyFor(catalog.answer(index, reading.question(), lars), learners, all);
		}
		else {
			table = listing(reading.listing(), index, learners, aims);
		}
		if (reading.counting()) {
			table = count(reading, table, learners.cardinality());
		}
		List<Condition> unmatched = learners.cardinality() > 0 ? List.of() : unmatched(reading, index, language);
		return new ReadingAnswer(table, learners.cardinality(), unmatched);
	}

	private static Table count(Reading reading, Table answer, int learners) {
		Table.Builder t = Table.builder("counted", "how many");
		t.row("learners", learners);
		if (reading.question() != null || reading.listing() != Target.LEARNERS) {
			t.row("rows", answer.size());
		}
		return t.build();
	}

	private static Table onlyFor(Table answer, FixedBitSet learners, List<Learner> all) {
		int column = answer.columns().indexOf("LearnRefNumber");
		Set<String> refs = new HashSet<>();
		for (int l : docs(learners)) {
			refs.add(all.get(l).learnRefNumber());
		}
		List<List<Object>> rows = answer.rows().stream()
			.filter(r -> column < 0 || refs.contains(String.valueOf(r.get(column))))
			.toList();
		return new Table(answer.columns(), rows, answer.optional());
	}

	private static Table listing(Target listing, IlrIndex index, FixedBitSet learners, Set<LearningDelivery> aims) {
		List<Learner> all = index.message().learners();
		Table.Builder t = Table.builder(switch (listing) {
			case LEARNERS -> Finder.LEARNER_COLUMNS;
			case AIMS -> Finder.AIM_COLUMNS;
			case PROGRAMMES -> Finder.PROGRAMME_COLUMNS;
		});
		for (int l : docs(learners)) {
			Learner learner = all.get(l);
			switch (listing) {
				case LEARNERS -> t.row(Finder.learnerRow(learner));
				case AIMS -> learner.learningDelivery().stream()
					.filter(a -> aims == null || aims.contains(a))
					.forEach(a -> t.row(Finder.aimRow(learner, a)));
				case PROGRAMMES -> {
					for (ProgrammeEpisode e : index.episodes(learner)) {
						if (aims == null || aims.contains(e.mainAim())) {
							t.row(Finder.programmeRow(e));
						}
					}
				}
			}
		}
		return t.build();
	}

	/** The conditions that each hold for no learner on their own: the ones to name when nothing matches. */
	private static List<Condition> unmatched(Reading reading, IlrIndex index, QueryLanguage language) {
		List<Condition> none = new ArrayList<>();
		for (Condition c : reading.conditions()) {
			Target t = c.scope() == Condition.Scope.LEARNER ? Target.LEARNERS : Target.AIMS;
			if (index.select(language.parse(c.query(), t), t).cardinality() == 0) {
				none.add(c);
			}
		}
		return none;
	}

	private static List<Integer> docs(FixedBitSet bits) {
		List<Integer> docs = new ArrayList<>(bits.cardinality());
		BitSetIterator it = new BitSetIterator(bits, 0);
		for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
			docs.add(d);
		}
		return docs;
	}
}

package dev.ilrsh.query;

import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.index.Target;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.programme.ProgrammeEpisode;
import dev.ilrsh.render.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * {@code find}: searches learners, aims or programmes with the {@link QueryLanguage} and lists the hits, best
 * matches first and otherwise in file order.
 *
 * <pre>
 * Finder finder = new Finder(index);
 * FindResult r = finder.find("StdCode:94 AND CompStatus:1", Target.AIMS, 50);
 * </pre>
 */
public final class Finder {

	/** Columns of a learner listing. */
	public static final List<String> LEARNER_COLUMNS = List.of("LearnRefNumber", "ULN", "GivenNames", "FamilyName",
			"DateOfBirth", "Aims", "Programmes");
	/** Columns of an aim listing. */
	public static final List<String> AIM_COLUMNS = List.of("LearnRefNumber", "ULN", "AimSeqNumber", "LearnAimRef",
			"AimType", "FundModel", "ProgType", "StdCode", "LearnStartDate", "LearnPlanEndDate", "LearnActEndDate",
			"CompStatus", "Outcome");
	/** Columns of a programme listing. */
	public static final List<String> PROGRAMME_COLUMNS = List.of("LearnRefNumber", "ULN", "AimSeqNumbers",
			"LearnAimRef", "Kind", "ProgType", "StdCode", "LearnStartDate", "EffectiveEnd", "Status", "AgeAtStart");

	private static final Sort ORDER = new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC);

	private final IlrIndex index;
	private final QueryLanguage language;

	public Finder(IlrIndex index) {
		this.index = index;
		this.language = new QueryLanguage(index);
	}

	/** Learners matching a query; see {@link #find(String, Target, int)}. */
	public FindResult find(String query, int limit) {
		return find(query, Target.LEARNERS, limit);
	}

	/**
	 * Runs a query.
	 *
	 * @param query Lucene classic syntax over ILR element names (see {@link QueryLanguage}); blank lists all
	 * @param target learners, aims or programmes (null means learners)
	 * @param limit the most rows to return (at least 1)
	 * @throws QueryException when the query cannot be read or names an unknown field
	 */
	public FindResult find(String query, Target target, int limit) {
		Target t = target == null ? Target.LEARNERS : target;
		Query q = language.parse(query, t);
		IndexSearcher searcher = index.searcher(t);
		try {
			// one pass: the best hits and an exact total
			TopDocs top = searcher.search(q,
					new TopFieldCollectorManager(ORDER, Math.max(1, limit), null, Integer.MAX_VALUE, false));
			return new FindResult(table(t, top.scoreDocs), top.totalHits.value, t);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Table table(Target target, ScoreDoc[] hits) {
		Table.Builder table = Table.builder(switch (target) {
			case LEARNERS -> LEARNER_COLUMNS;
			case AIMS -> AIM_COLUMNS;
			case PROGRAMMES -> PROGRAMME_COLUMNS;
		});
		List<Learner> learners = index.message().learners();
		for (ScoreDoc hit : hits) {
			Learner learner = learners.get(index.learnerOf(target, hit.doc));
			switch (target) {
				case LEARNERS -> table.row(learnerRow(learner));
				case AIMS -> table.row(aimRow(learner, index.aim(hit.doc)));
				case PROGRAMMES -> table.row(programmeRow(index.episodes().get(hit.doc)));
			}
		}
		return table.build();
	}

	static Object[] learnerRow(Learner l) {
		long programmes = l.learningDelivery().stream().filter(LearningDelivery::isProgrammeAim).count();
		return new Object[] { l.learnRefNumber(), l.uln(), l.givenNames(), l.familyName(), l.dateOfBirth(),
				l.learningDelivery().size(), (int) programmes };
	}

	static Object[] aimRow(Learner l, LearningDelivery a) {
		return new Object[] { l.learnRefNumber(), l.uln(), a.aimSeqNumber(), a.learnAimRef(), a.aimType(),
				a.fundModel(), a.progType(), a.stdCode(), a.learnStartDate(), a.learnPlanEndDate(),
				a.learnActEndDate(), a.compStatus(), a.outcome() };
	}

	static Object[] programmeRow(ProgrammeEpisode e) {
		return new Object[] { e.learnRefNumber(), e.learner().uln(), e.aimSeqNumbers(), e.mainAim().learnAimRef(),
				e.kind().label(), e.progType(), e.stdCode(), e.start(), e.effectiveEnd(), e.status().label(),
				e.ageAtStart() };
	}
}

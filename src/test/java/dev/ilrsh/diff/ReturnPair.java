package dev.ilrsh.diff;

import dev.ilrsh.generate.Generator;
import dev.ilrsh.generate.GeneratorOptions;
import dev.ilrsh.model.AppFinRecord;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.XmlExtras;
import dev.ilrsh.restructure.MergePlanner;
import dev.ilrsh.restructure.Merger;
import dev.ilrsh.restructure.ProgressionFinder;
import dev.ilrsh.restructure.SplitLearner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two returns a month apart, made from one generated file with known changes planted between them: a learner who
 * left, learners who joined, a programme withdrawn, a price edited and one added, a learner whose reference
 * changed, a split learner merged by a restructure, a learner moved in the file and one whose name gained spaces.
 */
public final class ReturnPair {

	public static final GeneratorOptions OPTIONS = GeneratorOptions.of(64, 11).withMistakeRate(0.2);

	/** What was planted, by learner reference (in the new file unless said otherwise). */
	public record Planted(String left, List<String> joined, String withdrawn, String priced, String renamedFrom,
			String renamedTo, String mergedAway, String mergedInto, String moved, String spaced) {
	}

	public final Message older;
	public final Message newer;
	public final Planted planted;

	private ReturnPair(Message older, Message newer, Planted planted) {
		this.older = older;
		this.newer = newer;
		this.planted = planted;
	}

	public static ReturnPair make() {
		Message all = Generator.generate(OPTIONS);
		List<Learner> everyone = all.learners();
		Message older = all.withLearners(everyone.subList(0, 60));
		List<Learner> next = new ArrayList<>(older.learners());

		Learner leaving = next.remove(5);

		int w = firstWith(next, l -> openProgramme(l) != null, 0);
		Learner withdrawn = next.get(w);
		next.set(w, withdraw(withdrawn, all.header().collectionDetails().filePreparationDate().plusDays(10)));

		int p = firstWith(next, l -> tnp1(l) != null && openProgramme(l) != null, w + 1);
		next.set(p, reprice(next.get(p)));

		int r = firstWith(next, l -> l.learningDelivery().size() == 1, p + 1);
		String renamedFrom = next.get(r).learnRefNumber();
		next.set(r, Ilr.with(next.get(r), "LearnRefNumber", "RENAMED01"));

		int s = firstWith(next, l -> true, r + 1);
		Learner spaced = next.get(s);
		next.set(s, Ilr.with(spaced, "FamilyName", "  " + spaced.familyName() + " "));

		int m = firstWith(next, l -> true, s + 1);
		Learner moved = next.remove(m);
		next.add(moved);

		Message newer = older.withLearners(next);
		SplitLearner split = ProgressionFinder.find(newer)
			.stream()
			.filter(x -> x.reasons().equals(java.util.Set.of(SplitLearner.Reason.SAME_ULN)))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the generated file has no split learner to merge"));
		var merge = Merger.apply(newer, List.of(MergePlanner.plan(split, null, Map.of())));
		String mergedInto = merge.merged().get(0).after().learnRefNumber();
		String mergedAway = split.learnRefNumbers().stream().filter(x -> !x.equals(mergedInto)).findFirst().orElseThrow();
		List<Learner> merged = new ArrayList<>(merge.message().learners());
		List<String> joined = new ArrayList<>();
		for (Learner l : everyone.subList(60, everyone.size())) {
			merged.add(l);
			joined.add(l.learnRefNumber());
		}
		var header = all.header();
		var later = Ilr.with(header, "CollectionDetails",
				Ilr.with(header.collectionDetails(), "FilePreparationDate", LocalDate.of(2025, 12, 18)));
		later = Ilr.with(later, "Source", Ilr.with(Ilr.with(later.source(), "SerialNo", "02"), "DateTime",
				LocalDate.of(2025, 12, 18).atTime(10, 15)));
		newer = merge.message().withLearners(merged).withHeader(later);
		return new ReturnPair(older, newer, new Planted(leaving.learnRefNumber(), joined, withdrawn.learnRefNumber(),
				next.get(p).learnRefNumber(), renamedFrom, "RENAMED01", mergedAway, mergedInto,
				moved.learnRefNumber(), spaced.learnRefNumber()));
	}

	private static int firstWith(List<Learner> learners, java.util.function.Predicate<Learner> test, int from) {
		for (int i = from; i < learners.size(); i++) {
			if (test.test(learners.get(i)) && ProgressionFinder.findFor(only(learners), learners.get(i)
				.learnRefNumber()).isEmpty()) {
				return i;
			}
		}
		throw new IllegalStateException("no learner fits");
	}

	private static Message only(List<Learner> learners) {
		return new Message(null, null, null, learners, XmlExtras.NONE);
	}

	static LearningDelivery openProgramme(Learner l) {
		return l.learningDelivery()
			.stream()
			.filter(d -> d.isProgrammeAim() && d.learnActEndDate() == null && d.compStatus() == 1)
			.findFirst()
			.orElse(null);
	}

	static AppFinRecord tnp1(Learner l) {
		LearningDelivery prog = openProgramme(l);
		return prog == null ? null : prog.appFinRecord().stream()
			.filter(f -> f.aFinType().equals("TNP") && f.aFinCode() == 1)
			.findFirst()
			.orElse(null);
	}

	/** The open programme and its components withdrawn on {@code on}. */
	private static Learner withdraw(Learner l, LocalDate on) {
		List<LearningDelivery> aims = new ArrayList<>();
		for (LearningDelivery d : l.learningDelivery()) {
			if (d.learnActEndDate() == null && d.compStatus() == 1) {
				d = Ilr.with(Ilr.with(Ilr.with(d, "CompStatus", 3), "LearnActEndDate", on.minusDays(20)),
						"WithdrawReason", 44);
			}
			aims.add(d);
		}
		return l.withLearningDelivery(aims);
	}

	/** TNP1 raised by 500 and an employer payment (PMR 1) added. */
	private static Learner reprice(Learner l) {
		LearningDelivery prog = openProgramme(l);
		List<AppFinRecord> prices = new ArrayList<>();
		for (AppFinRecord f : prog.appFinRecord()) {
			prices.add(f.equals(tnp1(l)) ? Ilr.with(f, "AFinAmount", f.aFinAmount() + 500) : f);
		}
		prices.add(new AppFinRecord("PMR", 1, prog.learnStartDate().plusDays(30), 300, XmlExtras.NONE));
		List<LearningDelivery> aims = new ArrayList<>();
		for (LearningDelivery d : l.learningDelivery()) {
			aims.add(d == prog ? Ilr.with(d, "AppFinRecord", prices) : d);
		}
		return l.withLearningDelivery(aims);
	}
}

package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.restart;

import dev.ilrsh.derived.MoreDerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.refdata.Lars;
import dev.ilrsh.refdata.LarsTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether an aim may be funded the way the file says, by the dates LARS gives it for that funding stream (the
 * Validity table). For each stream there are up to five checks, each a rule of its own:
 * <ul>
 * <li>the aim started within one of its validity periods (for aims that ended in the years the rule covers);</li>
 * <li>it did not end after its validity ended;</li>
 * <li>a new start is not before the validity start nor after the last date for new starts (restarts aside);</li>
 * <li>the latest validity period has not ended before this collection year;</li>
 * <li>the aim has a validity period for the stream at all (new starts).</li>
 * </ul>
 */
final class ValidityRules {

	/** The day before the 2025-26 collection year: a validity that ended by then ended in an earlier year. */
	static final LocalDate END_OF_PREVIOUS_YEAR = RuleContext.YEAR_START.minusDays(1);

	private static final LocalDate AUG_2020 = LocalDate.of(2020, 8, 1);
	private static final LocalDate AUG_2021 = LocalDate.of(2021, 8, 1);
	private static final LocalDate AUG_2023 = LocalDate.of(2023, 8, 1);
	private static final LocalDate JUL_2024 = LocalDate.of(2024, 7, 31);
	private static final LocalDate AUG_2024 = LocalDate.of(2024, 8, 1);

	/** Which aims belong to a funding stream. */
	@FunctionalInterface
	interface Applies {

		boolean test(Learner learner, LearningDelivery aim, Lars lars);
	}

	/**
	 * A funding stream.
	 *
	 * @param label how messages name it
	 * @param categories the LARS validity categories that fund it (the first is the one whose dates are checked)
	 */
	record Stream(String label, List<String> categories, Applies applies) {

		String category() {
			return categories.get(0);
		}
	}

	private static boolean dd35(LearningDelivery d) {
		return MoreDerivedData.isCombinedAuthorityFunded(d);
	}

	static final Stream ADULT_SKILLS = new Stream("adult skills (FundModel 35)", List.of("ADULT_SKILLS"),
			(l, d, x) -> fm(d, 35) && !RuleSupport.dd07(d) && !hasFam(d, "LDM", "034") && !dd35(d) && !hasFam(d, "LDM", "378"));

	static final Stream SIXTEEN_NINETEEN = new Stream("16-19 (FundModel 25, 82)", List.of("1619_EFA"),
			(l, d, x) -> fm(d, 25, 82) && !hasFam(d, "LDM", "320", "321", "381"));

	static final Stream COMMUNITY = new Stream("community learning (FundModel 10)", List.of("COMM_LEARN"),
			(l, d, x) -> fm(d, 10));

	static final Stream LOANS = new Stream("an Advanced Learner Loan", List.of("ADV_LEARN_LOAN"),
			(l, d, x) -> fm(d, 99) && hasFam(d, "ADL"));

	static final Stream ANY = new Stream("apprenticeship, bootcamp, other adult or non-funded", List.of("ANY"),
			(l, d, x) -> ((fm(d, 36) && is(d.progType(), 25)) || fm(d, 37, 81, 99)) && !hasFam(d, "ADL"));

	static final Stream ANY_NOT_APPRENTICESHIP = new Stream("bootcamp, other adult or non-funded", List.of("ANY"),
			(l, d, x) -> fm(d, 37, 81, 99) && !hasFam(d, "ADL") && !RuleSupport.dd07(d));

	static final Stream COMBINED_AUTHORITY = new Stream("combined authority (SOF 110-123)", List.of("MCA_GLA"),
			(l, d, x) -> dd35(d) && !hasFam(d, "LDM", "378"));

	static final Stream COMBINED_AUTHORITY_ANY = new Stream("combined authority (SOF 110-123)",
			List.of("MCA_GLA", "COMM_LEARN", "Tailored_Learning"), COMBINED_AUTHORITY.applies());

	static final Stream FOURTEEN_SIXTEEN = new Stream("14-16 (FundModel 25 with LDM 320, 321 or 381)",
			List.of("1416_EFA"), (l, d, x) -> fm(d, 25) && hasFam(d, "LDM", "320", "321", "381"));

	static final Stream ADULT_SKILLS_FUND = new Stream("Adult Skills Fund (FundModel 38)", List.of("ADULT_SKILLS"),
			(l, d, x) -> fm(d, 38) && !dd35(d) && !hasFam(d, "LDM", "378", "395"));

	static final Stream FREE_COURSES = new Stream("Free Courses for Jobs (FundModel 38, LDM 378)",
			List.of("FCFJ_ADULT_SKILLS"), (l, d, x) -> fm(d, 38) && hasFam(d, "LDM", "378"));

	static final Stream TAILORED = new Stream("tailored learning (FundModel 11)", List.of("Tailored_Learning"),
			(l, d, x) -> fm(d, 11));

	private static final String[] FIELDS = { "LearnAimRef", "LearnStartDate", "LearnActEndDate", "FundModel" };

	private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
		return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
	}

	private static String period(Lars.Validity v) {
		return (v.start() == null ? "any time" : v.start().toString()) + " to " + (v.end() == null ? "open" : v.end().toString());
	}

	private static String periods(List<Lars.Validity> records) {
		return records.stream().map(ValidityRules::period).collect(Collectors.joining(", "));
	}

	private static Rule rule(String name, String summary, AimRule.Check check, LarsTable... more) {
		return NeedsLars.of(new AimRule(info(name, "E", RuleInfo.LEARNING_DELIVERY, "LearningDelivery", summary, FIELDS),
				check), LarsTable.VALIDITY, more);
	}

	private static List<Lars.Validity> records(RuleContext c, LearningDelivery d, String category) {
		return c.lars().aim(d.learnAimRef()).map(a -> a.validity(category)).orElse(List.of());
	}

	/** The aim started within a validity period of the stream, for aims ending from {@code endFrom} to {@code endTo}. */
	static Rule startWithin(String name, Stream s, LocalDate endFrom, LocalDate endTo) {
		return rule(name, "an " + s.label() + " aim ended " + range(endFrom, endTo) + " started within its "
				+ s.category() + " validity in LARS", (l, d, c) -> {
					if (!within(d.learnActEndDate(), endFrom, endTo) || d.learnStartDate() == null || !s.applies().test(l, d, c.lars())) {
						return null;
					}
					List<Lars.Validity> records = records(c, d, s.category());
					return !records.isEmpty() && records.stream().noneMatch(v -> v.covers(d.learnStartDate()))
							? "the aim started " + d.learnStartDate() + ", outside its " + s.category() + " validity in LARS ("
									+ periods(records) + ")" : null;
				});
	}

	/** The aim did not end after its validity for the stream ended. */
	static Rule endWithin(String name, Stream s, LocalDate endFrom, LocalDate endTo) {
		return rule(name, "an " + s.label() + " aim ended " + range(endFrom, endTo) + " did not end after its "
				+ s.category() + " validity in LARS", (l, d, c) -> {
					if (!within(d.learnActEndDate(), endFrom, endTo) || !s.applies().test(l, d, c.lars())) {
						return null;
					}
					List<Lars.Validity> records = records(c, d, s.category());
					return !records.isEmpty()
							&& records.stream().allMatch(v -> v.end() != null && d.learnActEndDate().isAfter(v.end()))
									? "the aim ended " + d.learnActEndDate() + ", after its " + s.category()
											+ " validity in LARS ended (" + periods(records) + ")" : null;
				});
	}

	/** A new start is within the validity, not after the last date for new starts unless it is a restart. */
	static Rule newStartWithin(String name, Stream s, LocalDate startFrom, LocalDate startTo, LarsTable... more) {
		return rule(name, "an " + s.label() + " aim started " + range(startFrom, startTo) + " started within its "
				+ s.category() + " validity and by its last date for new starts (restarts aside)", (l, d, c) -> {
					LocalDate start = d.learnStartDate();
					if (!within(start, startFrom, startTo) || !s.applies().test(l, d, c.lars())) {
						return null;
					}
					List<Lars.Validity> records = records(c, d, s.category());
					if (records.isEmpty() || records.stream().anyMatch(v -> (v.start() == null || !start.isBefore(v.start()))
							&& (v.lastNewStart() == null || !start.isAfter(v.lastNewStart()) || restart(d)))) {
						return null;
					}
					Optional<LocalDate> lastNew = records.stream().map(Lars.Validity::lastNewStart)
						.filter(java.util.Objects::nonNull).max(LocalDate::compareTo);
					return "the aim started " + start + ", " + (records.stream().allMatch(v -> v.start() != null
							&& start.isBefore(v.start())) ? "before its " + s.category() + " validity in LARS begins ("
									+ periods(records) + ")"
									: "after the last date for new starts in LARS (" + lastNew.map(LocalDate::toString).orElse("?")
											+ ") and it is not a restart");
				}, more);
	}

	/** The latest validity period of the stream has not ended before this collection year. */
	static Rule stillCurrent(String name, Stream s, LocalDate startFrom, LocalDate startTo) {
		return rule(name, "an " + s.label() + " aim" + (startFrom == null && startTo == null ? "" : " started "
				+ range(startFrom, startTo)) + " has a " + s.category() + " validity in LARS that runs into 2025-26",
				(l, d, c) -> {
					if ((startFrom != null || startTo != null) && !within(d.learnStartDate(), startFrom, startTo)
							|| !s.applies().test(l, d, c.lars())) {
						return null;
					}
					return c.lars().aim(d.learnAimRef()).flatMap(a -> a.latestValidity(s.category()))
						.filter(v -> v.end() != null && !v.end().isAfter(END_OF_PREVIOUS_YEAR))
						.map(v -> "the aim's latest " + s.category() + " validity in LARS ended " + v.end()
								+ ", before this collection year")
						.orElse(null);
				});
	}

	/** A new start has a validity for the stream at all. */
	static Rule hasCategory(String name, Stream s, LocalDate startFrom, LocalDate startTo) {
		String names = String.join(" or ", s.categories());
		return rule(name, "an " + s.label() + " aim started " + range(startFrom, startTo) + " has a " + names
				+ " validity in LARS", (l, d, c) -> {
					if (!within(d.learnStartDate(), startFrom, startTo) || !s.applies().test(l, d, c.lars())) {
						return null;
					}
					Optional<Lars.Aim> aim = c.lars().aim(d.learnAimRef());
					return aim.isPresent() && s.categories().stream().allMatch(cat -> aim.get().validity(cat).isEmpty())
							? "LARS gives " + d.learnAimRef() + " no " + names + " validity, so it cannot be funded as "
									+ s.label() : null;
				});
	}

	private static String range(LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			return "at any time";
		}
		if (from == null) {
			return "on or before " + to;
		}
		return to == null ? "from " + from : from + " to " + to;
	}

	/**
	 * The original start of a restarted aim lies within a validity period of one of the categories.
	 */
	static Rule originalStartWithin(String name, String label, Applies applies, String... categories) {
		String names = String.join(", ", categories);
		return NeedsLars.of(new AimRule(info(name, "E", RuleInfo.LEARNING_DELIVERY, "LearningDelivery",
				"the original start of " + label + " restarted aim lies within its " + names + " validity in LARS",
				"LearnAimRef", "OrigLearnStartDate", "FundModel"), (l, d, c) -> {
					LocalDate orig = d.origLearnStartDate();
					if (orig == null || !applies.test(l, d, c.lars())) {
						return null;
					}
					Optional<Lars.Aim> aim = c.lars().aim(d.learnAimRef());
					if (aim.isEmpty()) {
						return null;
					}
					List<Lars.Validity> records = new ArrayList<>();
					for (String cat : categories) {
						records.addAll(aim.get().validity(cat));
					}
					return records.stream().noneMatch(v -> v.covers(orig)) ? "the original start " + orig
							+ " is outside the aim's " + names + " validity in LARS"
							+ (records.isEmpty() ? " (it has none)" : " (" + periods(records) + ")") : null;
				}), LarsTable.VALIDITY);
	}

	static List<Rule> rules() {
		return List.of(
				startWithin("LearnAimRef_94", ADULT_SKILLS, AUG_2020, JUL_2024),
				endWithin("LearnAimRef_95", ADULT_SKILLS, AUG_2020, JUL_2024),
				newStartWithin("LearnAimRef_96", ADULT_SKILLS, AUG_2021, JUL_2024),
				stillCurrent("LearnAimRef_97", ADULT_SKILLS, null, JUL_2024),
				startWithin("LearnAimRef_102", SIXTEEN_NINETEEN, AUG_2020, null),
				endWithin("LearnAimRef_103", SIXTEEN_NINETEEN, AUG_2020, null),
				newStartWithin("LearnAimRef_104", SIXTEEN_NINETEEN, AUG_2021, null),
				stillCurrent("LearnAimRef_105", SIXTEEN_NINETEEN, null, null),
				startWithin("LearnAimRef_106", COMMUNITY, AUG_2020, null),
				endWithin("LearnAimRef_107", COMMUNITY, AUG_2020, null),
				newStartWithin("LearnAimRef_108", COMMUNITY, AUG_2021, null),
				stillCurrent("LearnAimRef_109", COMMUNITY, null, null),
				startWithin("LearnAimRef_110", LOANS, AUG_2020, null),
				endWithin("LearnAimRef_111", LOANS, AUG_2020, null),
				newStartWithin("LearnAimRef_112", LOANS, AUG_2021, null),
				stillCurrent("LearnAimRef_113", LOANS, null, null),
				startWithin("LearnAimRef_114", ANY, AUG_2020, null),
				endWithin("LearnAimRef_115", ANY, AUG_2020, null),
				newStartWithin("LearnAimRef_116", ANY, AUG_2021, null),
				stillCurrent("LearnAimRef_117", ANY_NOT_APPRENTICESHIP, null, null),
				startWithin("LearnAimRef_118", COMBINED_AUTHORITY, AUG_2020, null),
				endWithin("LearnAimRef_119", COMBINED_AUTHORITY, AUG_2020, null),
				newStartWithin("LearnAimRef_120", COMBINED_AUTHORITY, AUG_2021, null),
				stillCurrent("LearnAimRef_121", COMBINED_AUTHORITY, null, null),
				startWithin("LearnAimRef_122", FOURTEEN_SIXTEEN, AUG_2020, null),
				endWithin("LearnAimRef_123", FOURTEEN_SIXTEEN, AUG_2020, null),
				newStartWithin("LearnAimRef_124", FOURTEEN_SIXTEEN, AUG_2021, null),
				stillCurrent("LearnAimRef_125", FOURTEEN_SIXTEEN, null, null),
				hasCategory("LearnAimRef_127", ADULT_SKILLS, AUG_2023, JUL_2024),
				hasCategory("LearnAimRef_129", SIXTEEN_NINETEEN, AUG_2023, null),
				hasCategory("LearnAimRef_130", COMMUNITY, AUG_2023, null),
				hasCategory("LearnAimRef_131", LOANS, AUG_2023, null),
				hasCategory("LearnAimRef_132", ANY, AUG_2023, null),
				hasCategory("LearnAimRef_133", COMBINED_AUTHORITY_ANY, AUG_2023, null),
				hasCategory("LearnAimRef_134", FOURTEEN_SIXTEEN, AUG_2023, null),
				startWithin("LearnAimRef_138", ADULT_SKILLS_FUND, AUG_2024, null),
				endWithin("LearnAimRef_139", ADULT_SKILLS_FUND, AUG_2024, null),
				newStartWithin("LearnAimRef_140", ADULT_SKILLS_FUND, AUG_2024, null),
				stillCurrent("LearnAimRef_141", ADULT_SKILLS_FUND, AUG_2024, null),
				hasCategory("LearnAimRef_142", ADULT_SKILLS_FUND, AUG_2024, null),
				startWithin("LearnAimRef_143", FREE_COURSES, AUG_2024, null),
				endWithin("LearnAimRef_144", FREE_COURSES, AUG_2024, null),
				newStartWithin("LearnAimRef_145", new Stream(FREE_COURSES.label(), FREE_COURSES.categories(),
						(l, d, x) -> FREE_COURSES.applies().test(l, d, x) && !flexibleDelivery(x, d)), AUG_2024, null,
						LarsTable.CATEGORY),
				stillCurrent("LearnAimRef_146", FREE_COURSES, AUG_2024, null),
				NeedsLars.of(hasCategoryRule("LearnAimRef_147"), LarsTable.VALIDITY, LarsTable.CATEGORY),
				startWithin("LearnAimRef_148", TAILORED, AUG_2024, null),
				endWithin("LearnAimRef_149", TAILORED, AUG_2024, null),
				newStartWithin("LearnAimRef_150", TAILORED, AUG_2024, null),
				stillCurrent("LearnAimRef_151", TAILORED, null, null),
				hasCategory("LearnAimRef_152", TAILORED, AUG_2024, null),
				originalStartWithin("OrigLearnStartDate_06", "an adult skills (FundModel 35)",
						(l, d, x) -> fm(d, 35) && !RuleSupport.dd07(d) && !hasFam(d, "LDM", "378"), "ADULT_SKILLS",
						"UNEMPLOYED", "OLASS_ADULT"),
				originalStartWithin("OrigLearnStartDate_07", "an other adult (FundModel 81) or apprenticeship standard",
						(l, d, x) -> fm(d, 81) || (fm(d, 36) && is(d.progType(), 25)), "ANY"),
				originalStartWithin("OrigLearnStartDate_08", "an Advanced Learner Loan",
						(l, d, x) -> fm(d, 99) && hasFam(d, "ADL"), "ADV_LEARN_LOAN"),
				originalStartWithin("OrigLearnStartDate_10", "a Skills Bootcamp (FundModel 37)", (l, d, x) -> fm(d, 37), "ANY"),
				originalStartWithin("OrigLearnStartDate_11", "an Adult Skills Fund (FundModel 38)",
						(l, d, x) -> fm(d, 38) && !hasFam(d, "LDM", "378"), "ADULT_SKILLS"));
	}

	/** LARS category 56: Free Courses for Jobs flexible delivery, for combined authorities only. */
	private static boolean flexibleDelivery(Lars lars, LearningDelivery d) {
		return lars.aim(d.learnAimRef()).map(a -> a.inCategory(56)).orElse(false);
	}

	/** LearnAimRef_147 excludes category 56 (flexible delivery) and LDM 395, so it also needs the categories. */
	private static Rule.LearnerRule hasCategoryRule(String name) {
		return new AimRule(info(name, "E", RuleInfo.LEARNING_DELIVERY, "LearningDelivery",
				"a Free Courses for Jobs aim started from 2024-08-01 has a FCFJ_ADULT_SKILLS validity in LARS", FIELDS),
				(l, d, c) -> {
					if (!within(d.learnStartDate(), AUG_2024, null) || !FREE_COURSES.applies().test(l, d, c.lars())
							|| hasFam(d, "LDM", "395")) {
						return null;
					}
					Optional<Lars.Aim> aim = c.lars().aim(d.learnAimRef());
					return aim.isPresent() && !aim.get().inCategory(56) && aim.get().validity("FCFJ_ADULT_SKILLS").isEmpty()
							? "LARS gives " + d.learnAimRef() + " no FCFJ_ADULT_SKILLS validity, so it cannot be funded as "
									+ FREE_COURSES.label() : null;
				});
	}
}

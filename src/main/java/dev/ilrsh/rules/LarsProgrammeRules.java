package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.age;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.hasLearnerFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.onOrBefore;
import static dev.ilrsh.rules.RuleSupport.programmeAim;
import static dev.ilrsh.rules.RuleSupport.restart;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.derived.LarsDerivedData;
import dev.ilrsh.derived.LearnerIndex;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.refdata.Lars;
import dev.ilrsh.refdata.LarsTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Programmes as LARS describes them: a standard's dates, level and type; a trailblazer standard's price against its
 * core government contribution cap (DD17); English and maths aims taken while on an apprenticeship (DD31, DD40);
 * bootcamp subject aims (category 62); and the minimum English and maths hours of 16-19 condition-of-funding aims.
 */
final class LarsProgrammeRules {

	private static final LocalDate AUG_2024 = LocalDate.of(2024, 8, 1);

	private LarsProgrammeRules() {
	}

	private static Optional<Lars.Standard> standard(RuleContext c, LearningDelivery d) {
		return c.lars().standard(d.stdCode());
	}

	private static boolean standardProgrammeAim(LearningDelivery d) {
		return programmeAim(d) && is(d.progType(), 25);
	}

	private static Rule standardRule(String name, String summary, List<String> fields, AimRule.Check check,
			LarsTable... more) {
		return NeedsLars.of(new AimRule(info(name, "E", name.startsWith("DateOf") || name.startsWith("Dateof")
				? RuleInfo.LEARNER : RuleInfo.LEARNING_DELIVERY, "LearningDelivery", summary, fields.toArray(String[]::new)),
				check), LarsTable.STANDARD, more);
	}

	private static Rule scan(String name, String summary, List<String> fields, ScanRule.Scan scan, LarsTable first,
			LarsTable... more) {
		return NeedsLars.of(new ScanRule(info(name, "E", RuleInfo.CROSS_RECORD, "LearningDelivery", summary,
				fields.toArray(String[]::new)), scan), first, more);
	}

	static List<Rule> rules() {
		List<String> std = List.of("StdCode", "LearnStartDate", "AimType", "ProgType");
		return List.of(
				standardRule("LearnStartDate_13", "a standard's programme aim does not start after the standard's effective-to date in LARS",
						std, (l, d, c) -> standardProgrammeAim(d) && !restart(d) && d.learnStartDate() != null
								? standard(c, d).filter(s -> s.effectiveTo() != null && d.learnStartDate().isAfter(s.effectiveTo()))
									.map(s -> "the programme starts " + d.learnStartDate() + ", after standard " + s.code()
											+ " closed in LARS on " + s.effectiveTo())
									.orElse(null) : null),
				standardRule("LearnStartDate_14", "a standard's component starts within the standard's effective dates: its programme start (DD18) is not after the effective-to date",
						std, (l, d, c) -> {
							if (!RuleSupport.componentAim(d) || !is(d.progType(), 25) || restart(d)) {
								return null;
							}
							LocalDate start = DerivedData.standardProgrammeStartDate(l, d).orElse(null);
							return start == null ? null : standard(c, d)
								.filter(s -> s.effectiveTo() != null && start.isAfter(s.effectiveTo()))
								.map(s -> "the programme started " + start + ", after standard " + s.code() + " closed in LARS on "
										+ s.effectiveTo())
								.orElse(null);
						}),
				standardRule("LearnStartDate_17", "a standard's programme aim does not start before the standard's effective-from date in LARS",
						std, (l, d, c) -> standardProgrammeAim(d) && !restart(d) && d.learnStartDate() != null
								? standard(c, d).filter(s -> s.effectiveFrom() != null && d.learnStartDate().isBefore(s.effectiveFrom()))
									.map(s -> "the programme starts " + d.learnStartDate() + ", before standard " + s.code()
											+ " opened in LARS on " + s.effectiveFrom())
									.orElse(null) : null),
				standardRule("LearnStartDate_18", "a standard's programme aim started from Aug 2020 does not start after the standard's last date for starts",
						std, (l, d, c) -> standardProgrammeAim(d) && !restart(d) && onOrAfter(d.learnStartDate(), LocalDate.of(2020, 8, 1))
								? standard(c, d).filter(s -> s.lastDateStarts() != null && d.learnStartDate().isAfter(s.lastDateStarts()))
									.map(s -> "the programme starts " + d.learnStartDate() + ", after the last date for starts on "
											+ "standard " + s.code() + " (" + s.lastDateStarts() + ")")
									.orElse(null) : null),
				standardRule("DateOfBirth_59", "a foundation apprenticeship (LARS type A0001) started from Aug 2025 is not for learners 25 or over",
						List.of("DateOfBirth", "StdCode", "LearnStartDate"),
						(l, d, c) -> standardProgrammeAim(d) && fm(d, 36) && onOrAfter(d.learnStartDate(), RuleContext.YEAR_START)
								&& !restart(d) && age(l, d.learnStartDate()) >= 25
								&& standard(c, d).map(s -> "A0001".equalsIgnoreCase(s.typeCode())).orElse(false)
										? "the learner was " + age(l, d.learnStartDate()) + " at the start of foundation apprenticeship "
												+ d.stdCode() : null,
						LarsTable.STANDARD_TYPE),
				standardRule("DateofBirth_60",
						"a level 7 standard started from 1 Jan 2026 is for learners 16-21, or under 25 as a care leaver (LDM 362) or with an EHC plan",
						List.of("DateOfBirth", "StdCode", "LearnStartDate"), (l, d, c) -> {
							if (!standardProgrammeAim(d) || !fm(d, 36) || !onOrAfter(d.learnStartDate(), LocalDate.of(2026, 1, 1))
									|| restart(d) || !standard(c, d).map(s -> Objects.equals(s.level(), 7)).orElse(false)) {
								return null;
							}
							int age = age(l, d.learnStartDate());
							boolean allowed = (age >= 16 && age <= 21) || (age < 25 && (hasFam(d, "LDM", "362")
									|| hasLearnerFam(l, "EHC")));
							return allowed ? null : "the learner was " + age + " at the start of level 7 standard " + d.stdCode();
						}),
				NeedsLars.of(new AimRule(info("StdCode_02", "E", RuleInfo.LEARNING_DELIVERY, "LearningDelivery",
						"the standard code is in LARS's standard validity table", "StdCode"),
						(l, d, c) -> d.stdCode() != null && standard(c, d).map(s -> s.validities().isEmpty()).orElse(true)
								? "LARS has no validity for standard " + d.stdCode() : null),
						LarsTable.STANDARD_VALIDITY),
				scan("R72", "on a trailblazer standard priced within the core government contribution cap (DD17 = N), employer payments do not exceed a third of the price",
						List.of("StdCode", "LearnStartDate"), (l, c, r) -> trailblazer(l, c, r, false),
						LarsTable.STANDARD_FUNDING),
				scan("R73", "on a trailblazer standard priced above the core government contribution cap (DD17 = Y), employer payments do not exceed the price less the cap",
						List.of("StdCode", "LearnStartDate"), (l, c, r) -> trailblazer(l, c, r, true),
						LarsTable.STANDARD_FUNDING),
				scan("R114", "an adult skills English or maths aim (DD31) started to Jul 2024 does not start while an apprenticeship programme is open (DD32)",
						List.of("LearnAimRef", "LearnStartDate", "FundModel"),
						(l, c, r) -> englishOrMathsDuringApprenticeship(l, c, r, true), LarsTable.LEARNING_DELIVERY,
						LarsTable.ANNUAL_VALUE),
				scan("R146", "an Adult Skills Fund English or maths aim (DD40) does not start while an apprenticeship programme is open (DD32)",
						List.of("LearnAimRef", "LearnStartDate", "FundModel"),
						(l, c, r) -> englishOrMathsDuringApprenticeship(l, c, r, false), LarsTable.LEARNING_DELIVERY,
						LarsTable.ANNUAL_VALUE),
				scan("R139", "a completed bootcamp programme has a closed subject aim (category 62) on its contract",
						List.of("ProgType", "AimType", "CompStatus", "ConRefNumber"), (l, c, r) -> {
							for (LearningDelivery p : l.learningDelivery()) {
								if (programmeAim(p) && is(p.progType(), 32) && is(p.compStatus(), 2)
										&& subjectAims(l, c, p).noneMatch(d -> d.learnActEndDate() != null)) {
									r.aim(p, "the bootcamp programme is complete but no subject aim (category 62) on contract "
											+ p.conRefNumber() + " is closed");
								}
							}
						}, LarsTable.CATEGORY),
				scan("R141", "an open bootcamp programme has a subject aim (category 62) on its contract",
						List.of("ProgType", "AimType", "LearnActEndDate", "ConRefNumber"), (l, c, r) -> {
							for (LearningDelivery p : l.learningDelivery()) {
								if (programmeAim(p) && is(p.progType(), 32) && p.learnActEndDate() == null
										&& subjectAims(l, c, p).findAny().isEmpty()) {
									r.aim(p, "the open bootcamp programme has no subject aim (category 62) on contract "
											+ p.conRefNumber());
								}
							}
						}, LarsTable.CATEGORY),
				scan("R149", "a bootcamp subject aim (category 62) does not start before the contract's first programme start (from Aug 2024)",
						List.of("LearnAimRef", "LearnStartDate", "ConRefNumber"), (l, c, r) -> {
							Set<LearningDelivery> reported = new HashSet<>();
							for (LearningDelivery p : l.learningDelivery()) {
								if (!programmeAim(p) || !is(p.progType(), 32) || !onOrAfter(p.learnStartDate(), AUG_2024)) {
									continue;
								}
								LocalDate earliest = LearnerIndex.of(l).earliestProgrammeStartOfContract(p.conRefNumber());
								l.learningDelivery().stream()
									.filter(d -> is(d.aimType(), 3) && Objects.equals(d.conRefNumber(), p.conRefNumber())
											&& c.lars().aim(d.learnAimRef()).map(a -> a.inCategory(62)).orElse(false)
											&& d.learnStartDate() != null && earliest != null && d.learnStartDate().isBefore(earliest))
									.filter(reported::add)
									.forEach(d -> r.aim(d, "the subject aim starts " + d.learnStartDate()
											+ ", before the contract's first programme start " + earliest));
							}
						}, LarsTable.CATEGORY),
				minimumHours("R155", "EFAConFundEnglish", "ECF", "EngGrade", "EMH", "English"),
				minimumHours("R156", "EFAConFundMaths", "MCF", "MathGrade", "MMH", "maths"));
	}

	/** R72 (within the cap) and R73 (above it), once per trailblazer standard, on its latest programme aim. */
	private static void trailblazer(Learner l, RuleContext c, ScanRule.Report r, boolean aboveCap) {
		Set<LearnerIndex.Programme> done = new HashSet<>();
		LearningDelivery[] latest = latestProgrammeAims(l);
		for (LearningDelivery p : latest) {
			if (!fm(p, 81) || !is(p.progType(), 25) || !done.add(LearnerIndex.Programme.of(p))) {
				continue;
			}
			Optional<Boolean> exceeds = LarsDerivedData.priceExceedsCap(c.lars(), l, p);
			if (exceeds.isEmpty() || exceeds.get() != aboveCap) {
				continue;
			}
			LarsDerivedData.StandardPrice price = LarsDerivedData.standardPrice(l, p).orElseThrow();
			BigDecimal cap = LarsDerivedData.coreGovContributionCap(c.lars(), p.stdCode(), price.earliestStart()).orElseThrow();
			BigDecimal payments = BigDecimal.valueOf(price.employerPayments());
			BigDecimal limit = aboveCap ? BigDecimal.valueOf(price.total()).subtract(cap)
					: BigDecimal.valueOf(price.total()).divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP);
			if (payments.compareTo(limit) > 0) {
				r.aim(p, "employer payments (PMR1 + PMR2 - PMR3) of " + price.employerPayments() + " exceed "
						+ (aboveCap ? "the price " + price.total() + " less the cap " + cap.stripTrailingZeros().toPlainString()
								: "a third of the price " + price.total()) + " (" + limit.stripTrailingZeros().toPlainString()
						+ ") on standard " + p.stdCode());
			}
		}
	}

	/** The programme aims of the learner, the latest-starting of each ProgType and StdCode first. */
	private static LearningDelivery[] latestProgrammeAims(Learner l) {
		return l.learningDelivery().stream()
			.filter(RuleSupport::programmeAim)
			.sorted(java.util.Comparator.comparing(LearningDelivery::learnStartDate,
					java.util.Comparator.nullsFirst(java.util.Comparator.<LocalDate>naturalOrder())).reversed())
			.toArray(LearningDelivery[]::new);
	}

	/** R114 (DD31, starts to Jul 2024) and R146 (DD40): an English or maths aim started during an open apprenticeship. */
	private static void englishOrMathsDuringApprenticeship(Learner l, RuleContext c, ScanRule.Report r, boolean adultSkills) {
		LocalDate earliestOpen = l.learningDelivery().stream()
			.filter(DerivedData::isOpenApprenticeshipProgramme)
			.map(LearningDelivery::learnStartDate)
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
		if (earliestOpen == null) {
			return;
		}
		for (LearningDelivery d : l.learningDelivery()) {
			boolean englishOrMaths = adultSkills ? LarsDerivedData.isAdultSkillsEnglishOrMaths(c.lars(), d)
					: LarsDerivedData.isAdultSkillsFundEnglishOrMaths(c.lars(), d);
			if (englishOrMaths && d.learnStartDate() != null && !d.learnStartDate().isBefore(earliestOpen)
					&& (!adultSkills || onOrBefore(d.learnStartDate(), LocalDate.of(2024, 7, 31)))) {
				r.aim(d, "this " + (adultSkills ? "adult skills" : "Adult Skills Fund") + " English or maths aim starts "
						+ d.learnStartDate() + ", while an apprenticeship programme started " + earliestOpen + " is open");
			}
		}
	}

	/** The component aims on a bootcamp programme's contract that LARS gives as subject aims (category 62) on their start. */
	private static java.util.stream.Stream<LearningDelivery> subjectAims(Learner l, RuleContext c, LearningDelivery p) {
		return l.learningDelivery().stream()
			.filter(d -> is(d.aimType(), 3) && Objects.equals(d.conRefNumber(), p.conRefNumber())
					&& c.lars().aim(d.learnAimRef()).map(a -> a.inCategoryOn(62, d.learnStartDate())).orElse(false));
	}

	private static final Set<String> KINGS_TRUST_AIMS = Set.of("60023995", "60027307", "60027629", "60032121", "60033344");

	private static final Set<String> LOW_GRADES = Set.of("3", "2", "1", "U", "D", "E", "F", "G", "X", "NONE");

	private static final Set<String> LOW_GRADES_BELOW_3 = Set.of("2", "1", "U", "E", "F", "G", "X", "NONE");

	/**
	 * R155 (English) and R156 (maths): a 16-19 learner without a grade 4 or an exemption, planned for 150 hours or
	 * more, on a condition-of-funding aim, has the minimum hours recorded (LearnerFAM EMH or MMH).
	 */
	private static Rule minimumHours(String name, String category, String exemption, String gradeField, String hoursFam,
			String subject) {
		return NeedsLars.of(new AimRule(info(name, "E", RuleInfo.CROSS_RECORD, "Learner", "a 16-19 learner below grade 4 in "
				+ subject + ", planned for 150 hours or more on a condition-of-funding aim, has the " + subject
				+ " minimum hours (" + hoursFam + ") recorded", gradeField, "LearnAimRef", "FundModel"), (l, d, c) -> {
					if (l.dateOfBirth() == null || age(l, RuleContext.AUGUST_31) < 16 || !fm(d, 25) || !hasFam(d, "SOF", "107")) {
						return null;
					}
					boolean conditionAim = c.lars().aim(d.learnAimRef()).map(a -> !a.validity(category).isEmpty()).orElse(false)
							|| (d.learnAimRef() != null && KINGS_TRUST_AIMS.contains(d.learnAimRef().strip())
									&& hasFam(d, "LDM", "331"));
					String grade = "EngGrade".equals(gradeField) ? l.engGrade() : l.mathGrade();
					String g = grade == null ? "" : grade.strip().toUpperCase();
					if (!conditionAim || hasLearnerFam(l, exemption, 1, 2, 3, 4) || !LOW_GRADES.contains(g)
							|| hasLearnerFam(l, hoursFam) || (hasLearnerFam(l, exemption, 5) && LOW_GRADES_BELOW_3.contains(g))) {
						return null;
					}
					if (l.learningDelivery().stream().anyMatch(x -> is(x.progType(), 31)
							&& x.learnStartDate() != null && x.learnStartDate().isBefore(LocalDate.of(2022, 8, 1)))) {
						return null;
					}
					int hours = (l.planLearnHours() == null ? 0 : l.planLearnHours()) + (l.planEEPHours() == null ? 0 : l.planEEPHours());
					LearningDelivery tLevel = l.learningDelivery().stream()
						.filter(x -> programmeAim(x) && is(x.progType(), 31) && x.learnStartDate() != null)
						.max(java.util.Comparator.comparing(LearningDelivery::learnStartDate)).orElse(null);
					boolean long150 = hours >= 150 || (tLevel != null && tLevel.pHours() != null && tLevel.pHours() >= 150);
					return long150 ? "the learner's " + subject + " grade is " + g + ", the planned hours are 150 or more and "
							+ d.learnAimRef() + " is a condition-of-funding aim, but no " + hoursFam
							+ " (minimum hours) record is returned" : null;
				}), LarsTable.VALIDITY);
	}
}

package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.dd07;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.programmeAim;
import static dev.ilrsh.rules.RuleSupport.restart;
import static dev.ilrsh.rules.RuleSupport.standard;

import dev.ilrsh.derived.MoreDerivedData;
import dev.ilrsh.model.LearningDelivery;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an aim is: its aim type, programme type, standard code and funding model, and the fields that belong only to
 * some kinds of aim.
 */
final class AimStructureRules {

	private AimStructureRules() {
	}

	private static final LocalDate MAY_2017 = LocalDate.of(2017, 5, 1);
	private static final LocalDate AUG_2024 = LocalDate.of(2024, 8, 1);
	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
	private static final Set<String> FAIL_GRADES = Set.of("FL", "U", "N", "X", "Y");

	/** Skills Bootcamp event aims. */
	static final Set<String> EVENT_AIMS = Set.of("Z0059747", "Z0059748", "Z0059749");

	/** Work experience, supported internship and industry placement aims. */
	static final Set<String> WORK_AIMS = Set.of("Z0007834", "Z0007835", "Z0007836", "Z0007837", "Z0007838",
			"Z0002347", "ZWRKX001", "ZWRKX002", "ZWRKX003");

	/** A postcode: outward code of one or two letters and a digit (with a digit or letter), a space, inward code. */
	static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}([0-9]{1,2}|[0-9][A-Z]) [0-9][ABD-HJLNP-UW-Z]{2}");

	/** HGV Skills Bootcamp event aims. */
	static final Set<String> HGV_EVENT_AIMS = Set.of("Z0060439", "Z0009541", "Z0060440", "Z0060441", "Z0060442",
			"Z0060443");

	/** Days from start to planned end, both counted; 0 when either is missing. */
	private static long plannedDays(LearningDelivery d) {
		return d.learnStartDate() == null || d.learnPlanEndDate() == null ? 0
				: RuleSupport.days(d.learnStartDate(), d.learnPlanEndDate()) + 1;
	}

	private static String upper(String s) {
		return s == null ? "" : s.toUpperCase();
	}

	private static boolean startsWith(LearningDelivery d, String prefix) {
		return upper(d.learnAimRef()).startsWith(prefix);
	}

	private static boolean before(LocalDate date, LocalDate limit) {
		return date != null && date.isBefore(limit);
	}

	static List<Rule> rules() {
		String s = RuleInfo.LEARNING_DELIVERY;
		String e = "LearningDelivery";
		return List.of(
				new AimRule(info("LearnAimRef_30", "E", s, e, "ZPROG001 and AimType 1 go together, and only together",
						"LearnAimRef", "AimType"),
						(l, d, c) -> {
							boolean zprog = LearningDelivery.PROGRAMME_AIM_REF.equalsIgnoreCase(d.learnAimRef());
							if (zprog && d.aimType() != null && !programmeAim(d)) {
								return "aim ZPROG001 has AimType " + d.aimType() + "; a programme aim has AimType 1";
							}
							if (!zprog && programmeAim(d) && d.learnAimRef() != null) {
								return "a programme aim (AimType 1) has LearnAimRef " + d.learnAimRef() + ", not ZPROG001";
							}
							return null;
						}),
				new AimRule(info("AimType_05", "E", s, e, "core aims (AimType 5) are for 16-19 funding only",
						"AimType", "FundModel"),
						(l, d, c) -> is(d.aimType(), 5) && d.fundModel() != null && !fm(d, 25, 82)
								? "a core aim (AimType 5) with FundModel " + d.fundModel() : null),
				new AimRule(info("AimType_07", "E", s, e,
						"an aim with SOF 105 started from 1 Aug 2017 cannot be a core aim", "AimType",
						"LearnStartDate"),
						(l, d, c) -> is(d.aimType(), 5) && !before(d.learnStartDate(), LocalDate.of(2017, 8, 1))
								&& d.learnStartDate() != null && hasFam(d, "SOF", "105") && !is(d.progType(), 24)
										? "a core aim with source of funding 105" : null),
				new AimRule(info("FundModel_03", "E", s, e, "an aim with an Advanced Learner Loan is non-funded (99)",
						"FundModel"),
						(l, d, c) -> hasFam(d, "ADL") && d.fundModel() != null && !fm(d, 99)
								? "the aim has an ADL record but FundModel " + d.fundModel() : null),
				new AimRule(info("FundModel_04", "E", s, e, "apprenticeship aims are not 16-19 funded", "FundModel",
						"ProgType"),
						(l, d, c) -> dd07(d) && fm(d, 25, 82) ? "an apprenticeship aim with FundModel " + d.fundModel()
								: null),
				new AimRule(info("FundModel_05", "E", s, e, "FundModel 36 is for aims started from 1 May 2017",
						"FundModel", "LearnStartDate"),
						(l, d, c) -> fm(d, 36) && before(d.learnStartDate(), MAY_2017)
								? "FundModel 36 on an aim started " + d.learnStartDate() : null),
				new AimRule(info("FundModel_06", "E", s, e, "FundModel 36 is for apprenticeship aims (ProgType 25)",
						"FundModel", "ProgType"),
						(l, d, c) -> fm(d, 36) && !dd07(d) ? "FundModel 36 on an aim with ProgType "
								+ RuleSupport.text(d.progType()) : null),
				new AimRule(info("FundModel_07", "E", s, e,
						"funded apprenticeship programmes started from 1 May 2017 are FundModel 36", "FundModel",
						"AimType", "LearnStartDate", "ProgType"),
						(l, d, c) -> dd07(d) && programmeAim(d) && d.learnStartDate() != null
								&& !before(d.learnStartDate(), MAY_2017) && d.fundModel() != null && !fm(d, 36, 99)
								&& !restart(d) && !hasFam(d, "LDM", "353", "355")
										? "an apprenticeship programme started " + d.learnStartDate() + " with FundModel "
												+ d.fundModel() : null),
				new AimRule(info("FundModel_09", "E", s, e,
						"funded standards started before 1 May 2017 are FundModel 81", "FundModel", "AimType",
						"LearnStartDate", "ProgType"),
						(l, d, c) -> standard(d) && programmeAim(d) && before(d.learnStartDate(), MAY_2017)
								&& d.fundModel() != null && !fm(d, 81, 99)
										? "a standard started " + d.learnStartDate() + " with FundModel " + d.fundModel()
										: null),
				new AimRule(info("FundModel_11", "E", s, e, "T Level programmes are 16-19 funded (25)", "FundModel",
						"ProgType"),
						(l, d, c) -> is(d.progType(), 31) && d.fundModel() != null && !fm(d, 25)
								? "a T Level aim with FundModel " + d.fundModel() : null),
				new AimRule(info("FundModel_16", "E", s, e, "FundModel 37 is for Skills Bootcamps (ProgType 32)",
						"FundModel", "ProgType"),
						(l, d, c) -> fm(d, 37) && !is(d.progType(), 32)
								? "FundModel 37 with ProgType " + RuleSupport.text(d.progType()) : null),
				new AimRule(info("FundModel_17", "E", s, e, "FundModel 35 is closed to starts from 1 Aug 2024",
						"FundModel", "LearnStartDate"),
						(l, d, c) -> fm(d, 35) && d.learnStartDate() != null && !before(d.learnStartDate(), AUG_2024)
								&& !restart(d) ? "FundModel 35 on an aim started " + d.learnStartDate() : null),
				new AimRule(info("FundModel_19", "E", s, e, "FundModel 38 is for starts from 1 Aug 2024", "FundModel",
						"LearnStartDate"),
						(l, d, c) -> fm(d, 38) && before(d.learnStartDate(), AUG_2024)
								? "FundModel 38 on an aim started " + d.learnStartDate() : null),
				new AimRule(info("FundModel_20", "E", s, e, "FundModel 11 is for starts from 1 Aug 2024", "FundModel",
						"LearnStartDate"),
						(l, d, c) -> fm(d, 11) && before(d.learnStartDate(), AUG_2024)
								? "FundModel 11 on an aim started " + d.learnStartDate() : null),
				new AimRule(info("FundModel_21", "E", s, e, "FundModel 38 is not for aims first started before 1 Aug 2024",
						"FundModel", "OrigLearnStartDate"),
						(l, d, c) -> fm(d, 38) && d.learnStartDate() != null && !before(d.learnStartDate(), AUG_2024)
								&& before(d.origLearnStartDate(), AUG_2024)
										? "FundModel 38 on an aim first started " + d.origLearnStartDate() : null),
				new AimRule(info("ProgType_01", "E", s, e, "programme and component aims need a programme type",
						"ProgType", "AimType"),
						(l, d, c) -> is(d.aimType(), 1, 3) && d.progType() == null
								? "an aim of type " + d.aimType() + " has no programme type" : null),
				new AimRule(info("ProgType_02", "E", s, e, "aims outside a programme (AimType 4) have no programme type",
						"ProgType", "AimType"),
						(l, d, c) -> is(d.aimType(), 4) && d.progType() != null
								? "an aim not in a programme (AimType 4) has programme type " + d.progType() : null),
				new AimRule(info("ProgType_06", "E", s, e, "a standard (ProgType 25) is funded by FundModel 36 or 81",
						"ProgType", "FundModel"),
						(l, d, c) -> standard(d) && d.fundModel() != null && !fm(d, 36, 81, 99)
								? "a standard aim with FundModel " + d.fundModel() : null),
				new AimRule(info("ProgType_21", "E", s, e, "Skills Bootcamps (ProgType 32) are FundModel 37",
						"ProgType", "FundModel"),
						(l, d, c) -> is(d.progType(), 32) && d.fundModel() != null && !fm(d, 37)
								? "a bootcamp aim with FundModel " + d.fundModel() : null),
				new AimRule(info("StdCode_01", "E", s, e, "a standard aim (ProgType 25) needs a standard code",
						"StdCode", "ProgType"),
						(l, d, c) -> standard(d) && d.stdCode() == null ? "a standard aim has no standard code" : null),
				new AimRule(info("StdCode_03", "E", s, e, "only standard aims (ProgType 25) have a standard code",
						"StdCode", "ProgType"),
						(l, d, c) -> d.stdCode() != null && !standard(d) ? "standard code " + d.stdCode()
								+ " on an aim with ProgType " + RuleSupport.text(d.progType()) : null),
				new AimRule(info("PartnerUKPRN_02", "E", s, e, "programme aims have no partner UKPRN", "PartnerUKPRN",
						"AimType"),
						(l, d, c) -> programmeAim(d) && d.partnerUKPRN() != null
								? "the programme aim has partner UKPRN " + d.partnerUKPRN() : null),
				new AimRule(info("PartnerUKPRN_03", "E", s, e, "the partner UKPRN is not the provider's own",
						"PartnerUKPRN"),
						(l, d, c) -> d.partnerUKPRN() != null && d.partnerUKPRN().equals(c.providerUkprn())
								? "partner UKPRN " + d.partnerUKPRN() + " is the provider's own UKPRN" : null),
				new AimRule(info("AddHours_02", "E", s, e,
						"community, 16-19, bootcamp and non-funded aims have no additional delivery hours", "AddHours",
						"FundModel"),
						(l, d, c) -> d.addHours() != null && fm(d, 25, 82, 10, 37, 99)
								? "additional delivery hours on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("PriorLearnFundAdj_01", "E", s, e,
						"community, 16-19 and non-funded aims (loans aside) have no prior learning adjustment",
						"PriorLearnFundAdj", "FundModel"),
						(l, d, c) -> d.priorLearnFundAdj() != null && fm(d, 25, 82, 10, 99) && !hasFam(d, "ADL")
								? "a prior learning adjustment on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("OtherFundAdj_01", "E", s, e, "community and 16-19 aims have no other funding adjustment",
						"OtherFundAdj", "FundModel"),
						(l, d, c) -> d.otherFundAdj() != null && fm(d, 25, 82, 10)
								? "an other funding adjustment on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("ConRefNumber_03", "E", s, e,
						"only contract-funded aims (bootcamps) carry a contract reference", "ConRefNumber",
						"FundModel"),
						(l, d, c) -> d.conRefNumber() != null && fm(d, 10, 11, 25, 35, 36, 38, 81, 82, 99)
								? "contract reference " + d.conRefNumber() + " on a FundModel " + d.fundModel() + " aim"
								: null),
				new AimRule(info("OutGrade_04", "E", s, e, "no outcome grade while the outcome is 8 or not given",
						"OutGrade", "Outcome"),
						(l, d, c) -> d.outGrade() != null && (d.outcome() == null || is(d.outcome(), 8))
								? "outcome grade " + d.outGrade() + " with outcome " + RuleSupport.text(d.outcome()) : null),
				new AimRule(info("OutGrade_05", "E", s, e, "a failing grade does not go with an achieved outcome",
						"OutGrade", "Outcome"),
						(l, d, c) -> d.outGrade() != null && FAIL_GRADES.contains(d.outGrade()) && is(d.outcome(), 1)
								? "outcome grade " + d.outGrade() + " with outcome 1 (achieved)" : null),
				new AimRule(info("OutGrade_06", "E", s, e, "a non-achieved aim has a failing grade or none", "OutGrade",
						"Outcome"),
						(l, d, c) -> is(d.outcome(), 3) && d.outGrade() != null && !FAIL_GRADES.contains(d.outGrade())
								? "outcome grade " + d.outGrade() + " with outcome 3 (no achievement)" : null),
				new AimRule(info("SWSupAimId_01", "W", s, e, "the software supplier aim identifier should be a UUID",
						"SWSupAimId"),
						(l, d, c) -> d.swSupAimId() != null && !UUID.matcher(d.swSupAimId()).matches()
								? "SWSupAimId '" + d.swSupAimId() + "' is not a UUID" : null),
				ChildRule.ofAim(info("WorkPlaceStartDate_02", "E", s, "LearningDeliveryWorkPlacement",
						"a work placement starts on or after the aim", "WorkPlaceStartDate", "LearnStartDate"),
						LearningDelivery::learningDeliveryWorkPlacement,
						(l, d, w, c) -> w.workPlaceStartDate() != null && d.learnStartDate() != null
								&& w.workPlaceStartDate().isBefore(d.learnStartDate())
										? "the work placement starts " + w.workPlaceStartDate() + ", before the aim's start "
												+ d.learnStartDate() : null),
				ChildRule.ofAim(info("WorkPlaceEndDate_01", "E", s, "LearningDeliveryWorkPlacement",
						"a work placement ends on or after it starts", "WorkPlaceEndDate", "WorkPlaceStartDate"),
						LearningDelivery::learningDeliveryWorkPlacement,
						(l, d, w, c) -> w.workPlaceEndDate() != null && w.workPlaceStartDate() != null
								&& w.workPlaceEndDate().isBefore(w.workPlaceStartDate())
										? "the work placement ends " + w.workPlaceEndDate() + ", before it starts "
												+ w.workPlaceStartDate() : null),
				ChildRule.ofAim(info("WorkPlaceEndDate_02", "E", s, "LearningDeliveryWorkPlacement",
						"a work placement ends on or before the aim's actual end", "WorkPlaceEndDate",
						"LearnActEndDate"),
						LearningDelivery::learningDeliveryWorkPlacement,
						(l, d, w, c) -> w.workPlaceEndDate() != null && d.learnActEndDate() != null
								&& w.workPlaceEndDate().isAfter(d.learnActEndDate())
										? "the work placement ends " + w.workPlaceEndDate() + ", after the aim ended "
												+ d.learnActEndDate() : null),
				ChildRule.ofAim(info("WorkPlaceEmpId_02", "E", s, "LearningDeliveryWorkPlacement",
						"a work placement employer identifier must pass its check digit", "WorkPlaceEmpId"),
						LearningDelivery::learningDeliveryWorkPlacement,
						(l, d, w, c) -> MoreDerivedData.validEmployerId(w.workPlaceEmpId()) ? null
								: "work placement employer identifier " + w.workPlaceEmpId() + " fails its check digit"),
				ChildRule.ofAim(info("ProvSpecDelMonOccur_01", "E", s, "ProviderSpecDeliveryMonitoring",
						"provider delivery monitoring occurrence must be A, B, C or D", "ProvSpecDelMonOccur"),
						LearningDelivery::providerSpecDeliveryMonitoring,
						(l, d, m, c) -> m.provSpecDelMonOccur() != null && !Set.of("A", "B", "C", "D").contains(
								m.provSpecDelMonOccur()) ? "occurrence '" + m.provSpecDelMonOccur()
										+ "' is not A, B, C or D" : null),
				new AimRule(info("AddHours_01", "E", s, e, "additional delivery hours are for aims started from 1 Aug 2015",
						"AddHours", "LearnStartDate"),
						(l, d, c) -> d.addHours() != null && before(d.learnStartDate(), LocalDate.of(2015, 8, 1))
								? "additional delivery hours on an aim started " + d.learnStartDate() : null),
				new AimRule(info("AddHours_04", "E", s, e, "over 60 additional hours must not average above 24 a day",
						"AddHours", "LearnStartDate", "LearnPlanEndDate"),
						(l, d, c) -> {
							if (d.addHours() == null || d.addHours() <= 60 || d.learnStartDate() == null
									|| d.learnPlanEndDate() == null) {
								return null;
							}
							long days = RuleSupport.days(d.learnStartDate(), d.learnPlanEndDate()) + 1;
							return days > 0 && d.addHours() > 24 * days ? d.addHours() + " additional hours over " + days
									+ " planned days is more than 24 a day" : null;
						}),
				new AimRule(info("AimType_09", "E", s, e, "a T Level foundation year aim (ZTPR…) is the core aim",
						"LearnAimRef", "AimType"),
						(l, d, c) -> startsWith(d, "ZTPR") && !is(d.aimType(), 5)
								? "aim " + d.learnAimRef() + " has AimType " + d.aimType() + ", not 5 (core)" : null),
				new AimRule(info("ProgType_15", "E", s, e, "the T Level industry placement ZWRKX003 is in a T Level programme",
						"LearnAimRef", "ProgType"),
						(l, d, c) -> "ZWRKX003".equalsIgnoreCase(d.learnAimRef()) && !is(d.progType(), 31)
								&& !hasFam(d, "LDM", "384") && !fm(d, 99)
										? "ZWRKX003 with ProgType " + RuleSupport.text(d.progType()) : null),
				new AimRule(info("ProgType_17", "E", s, e, "an occupational specialism (ZTLOS…) is in a T Level programme",
						"LearnAimRef", "ProgType"),
						(l, d, c) -> startsWith(d, "ZTLOS") && !is(d.progType(), 31) && !hasFam(d, "LDM", "384") && !fm(d, 99)
								? d.learnAimRef() + " with ProgType " + RuleSupport.text(d.progType()) : null),
				new AimRule(info("ProgType_20", "E", s, e, "a foundation year aim (ZTPR…) is in a foundation year programme (30)",
						"LearnAimRef", "ProgType"),
						(l, d, c) -> startsWith(d, "ZTPR") && !is(d.progType(), 30) && !hasFam(d, "LDM", "384")
								? d.learnAimRef() + " with ProgType " + RuleSupport.text(d.progType()) : null),
				new ScanRule(info("ProgType_18", "E", s, e, "a foundation year programme (30) needs its ZTPR core aim",
						"ProgType"), (l, c, r) -> {
							if (l.learningDelivery().stream().noneMatch(x -> is(x.aimType(), 5) && startsWith(x, "ZTPR"))) {
								for (LearningDelivery d : l.learningDelivery()) {
									if (is(d.progType(), 30)) {
										r.aim(d, "ProgType 30 but the learner has no ZTPR core aim");
									}
								}
							}
						}),
				new AimRule(info("ProgType_23", "E", s, e, "bootcamp event aims are in a bootcamp (ProgType 32)",
						"LearnAimRef", "ProgType"),
						(l, d, c) -> EVENT_AIMS.contains(upper(d.learnAimRef())) && !is(d.progType(), 32)
								&& !hasFam(d, "LDM", "396") ? d.learnAimRef() + " with ProgType " + RuleSupport.text(d.progType())
										: null),
				new AimRule(info("LearnAimRef_90", "E", s, e,
						"T Level programmes hold no traineeship work experience, supported internship or CDF placement aims",
						"LearnAimRef", "ProgType"),
						(l, d, c) -> is(d.progType(), 31) && WORK_AIMS.contains(upper(d.learnAimRef()))
								&& !"ZWRKX003".equals(upper(d.learnAimRef())) ? d.learnAimRef() + " in a T Level programme"
										: null),
				new AimRule(info("LearnAimRef_126", "E", s, e,
						"a bootcamp event aim starts, is planned to end and ends on the same day", "LearnAimRef",
						"LearnStartDate", "LearnPlanEndDate", "LearnActEndDate"),
						(l, d, c) -> EVENT_AIMS.contains(upper(d.learnAimRef()))
								&& !(java.util.Objects.equals(d.learnStartDate(), d.learnPlanEndDate())
										&& java.util.Objects.equals(d.learnStartDate(), d.learnActEndDate()))
												? "the event aim's start, planned end and actual end differ" : null),
				new AimRule(info("WorkPlaceStartDate_01", "E", s, e,
						"work experience, supported internship and placement aims need a work placement",
						"LearnAimRef", "LearnStartDate"),
						(l, d, c) -> WORK_AIMS.contains(upper(d.learnAimRef())) && !"ZWRKX003".equals(upper(d.learnAimRef()))
								&& d.learnStartDate() != null && !before(d.learnStartDate(), LocalDate.of(2014, 8, 1))
								&& d.learningDeliveryWorkPlacement().isEmpty()
										? "aim " + d.learnAimRef() + " has no work placement record" : null),
				new AimRule(info("WorkPlaceStartDate_03", "E", s, e, "only work experience aims have work placements",
						"LearnAimRef"),
						(l, d, c) -> !d.learningDeliveryWorkPlacement().isEmpty() && !WORK_AIMS.contains(upper(d.learnAimRef()))
								? "aim " + d.learnAimRef() + " is not a work experience aim but has a work placement" : null),
				new AimRule(info("WorkPlaceStartDate_04", "E", s, e,
						"CDF and T Level placements (ZWRKX002, ZWRKX003) are 16-19 funded", "LearnAimRef", "FundModel"),
						(l, d, c) -> Set.of("ZWRKX002", "ZWRKX003").contains(upper(d.learnAimRef())) && d.fundModel() != null
								&& !fm(d, 25, 99) ? d.learnAimRef() + " with FundModel " + d.fundModel() : null),
				new AimRule(info("WorkPlacement_01", "E", s, e, "the T Level industry placement ZWRKX003 needs a work placement",
						"LearnAimRef"),
						(l, d, c) -> "ZWRKX003".equals(upper(d.learnAimRef())) && d.learningDeliveryWorkPlacement().isEmpty()
								? "ZWRKX003 has no work placement record" : null),
				new AimRule(info("Tlout_01", "E", s, e, "completed or withdrawn tailored learning needs its outcome (TLOut)",
						"TLOut", "FundModel", "CompStatus"),
						(l, d, c) -> fm(d, 11) && is(d.compStatus(), 2, 3) && d.tlOut() == null
								? "the tailored learning aim has ended but has no TLOut" : null),
				new AimRule(info("DelLocPostCode_11", "E", s, e, "the delivery postcode must have the form of a postcode",
						"DelLocPostCode"),
						(l, d, c) -> d.delLocPostCode() != null && !POSTCODE.matcher(d.delLocPostCode()).matches()
								? "delivery postcode '" + d.delLocPostCode() + "' does not have the form of a postcode" : null),
				new AimRule(info("LSDPostcode_03", "E", s, e, "the start postcode must have the form of a postcode",
						"LSDPostcode"),
						(l, d, c) -> d.lsdPostcode() != null && !POSTCODE.matcher(d.lsdPostcode()).matches()
								? "start postcode '" + d.lsdPostcode() + "' does not have the form of a postcode" : null),
				new AimRule(info("AddHours_05", "W", s, e, "over 60 additional hours should not average above 35 a week",
						"AddHours", "LearnStartDate", "LearnPlanEndDate"),
						(l, d, c) -> {
							long days = plannedDays(d);
							return d.addHours() != null && d.addHours() > 60 && days > 0 && d.addHours() * 7.0 / days > 35
									? d.addHours() + " additional hours over " + days + " planned days is more than 35 a week"
									: null;
						}),
				new AimRule(info("AddHours_06", "W", s, e, "additional hours should not average between 9 and 24 a day",
						"AddHours", "LearnStartDate", "LearnPlanEndDate"),
						(l, d, c) -> {
							long days = plannedDays(d);
							if (d.addHours() == null || days <= 0) {
								return null;
							}
							double perDay = d.addHours() / (double) days;
							return perDay > 9 && perDay < 24
									? d.addHours() + " additional hours over " + days + " planned days is more than 9 a day" : null;
						}),
				new AimRule(info("LearnAimRef_154", "E", s, e,
						"an HGV bootcamp event aim from 1 Aug 2024 starts, is planned to end and ends on the same day",
						"LearnAimRef", "LearnStartDate", "LearnPlanEndDate", "LearnActEndDate"),
						(l, d, c) -> is(d.progType(), 32) && HGV_EVENT_AIMS.contains(upper(d.learnAimRef()))
								&& !before(d.learnStartDate(), LocalDate.of(2024, 8, 1)) && d.learnStartDate() != null
								&& !(java.util.Objects.equals(d.learnStartDate(), d.learnPlanEndDate())
										&& java.util.Objects.equals(d.learnStartDate(), d.learnActEndDate()))
												? "the event aim's start, planned end and actual end differ" : null));
	}

}

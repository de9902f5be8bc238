package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.fin;
import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFin;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.programmeAim;
import static dev.ilrsh.rules.RuleSupport.standard;

import dev.ilrsh.model.AppFinRecord;
import dev.ilrsh.model.LearningDelivery;
import java.time.LocalDate;
import java.util.List;

/**
 * Apprenticeship financial records: prices (TNP) and payments (PMR), which aims carry them, and their dates; and the
 * end-point assessment organisation that goes with an assessment price.
 */
final class AppFinRecordRules {

	private AppFinRecordRules() {
	}

	private static List<AppFinRecord> records(LearningDelivery d) {
		return d.appFinRecord();
	}

	/** The first pair of records (type, code a) and (type, code b) whose dates meet {@code test}, as text, or null. */
	private static String pair(LearningDelivery d, int a, int b, java.util.function.BiPredicate<LocalDate, LocalDate> test,
			String relation) {
		for (AppFinRecord x : d.appFinRecord()) {
			if (!fin(x, "TNP", a) || x.aFinDate() == null) {
				continue;
			}
			for (AppFinRecord y : d.appFinRecord()) {
				if (fin(y, "TNP", b) && y.aFinDate() != null && test.test(x.aFinDate(), y.aFinDate())) {
					return "TNP" + a + " dated " + x.aFinDate() + " is " + relation + " TNP" + b + " dated " + y.aFinDate();
				}
			}
		}
		return null;
	}

	private static boolean assessmentPrice(LearningDelivery d) {
		return hasFin(d, "TNP", 2, 4);
	}

	static List<Rule> rules() {
		String s = RuleInfo.LEARNING_DELIVERY;
		String e = "AppFinRecord";
		return List.of(
				new AimRule(info("AFinType_01", "E", s, e, "a trailblazer standard programme (FundModel 81) needs TNP1",
						"AFinType", "AFinCode", "FundModel", "ProgType"),
						(l, d, c) -> programmeAim(d) && fm(d, 81) && standard(d) && !hasFin(d, "TNP", 1)
								? "the trailblazer standard has no TNP1 (training price) record" : null),
				new AimRule(info("AFinType_04", "E", s, e,
						"financial records go only on apprenticeship programme aims", "AFinType", "AimType",
						"FundModel", "ProgType"),
						(l, d, c) -> !d.appFinRecord().isEmpty()
								&& !(programmeAim(d) && (fm(d, 36) || (fm(d, 81) && standard(d))))
										? "the aim has " + d.appFinRecord().size()
												+ " financial records but is not an apprenticeship programme aim" : null),
				new AimRule(info("AFinType_07", "E", s, e, "an assessment payment (PMR2) needs an assessment price",
						"AFinType", "AFinCode"),
						(l, d, c) -> programmeAim(d) && standard(d) && hasFin(d, "PMR", 2) && !assessmentPrice(d)
								? "there is a PMR2 (assessment payment) but no TNP2 or TNP4" : null),
				ChildRule.ofAim(info("AFinType_08", "E", s, e, "residual prices (TNP3, TNP4) are for FundModel 36",
						"AFinType", "AFinCode", "FundModel"), AppFinRecordRules::records,
						(l, d, r, c) -> fin(r, "TNP", 3, 4) && d.fundModel() != null && !fm(d, 36)
								? "TNP" + r.aFinCode() + " on a FundModel " + d.fundModel() + " aim" : null),
				new AimRule(info("AFinType_10", "W", s, e, "a standard programme should have an assessment price",
						"AFinType", "AFinCode", "FundModel", "ProgType"),
						(l, d, c) -> programmeAim(d) && standard(d) && !fm(d, 99) && !assessmentPrice(d)
								? "the standard has no TNP2 or TNP4 (assessment price)" : null),
				new AimRule(info("AFinType_12", "E", s, e, "an apprenticeship programme aim needs a price (TNP)",
						"AFinType", "FundModel", "AimType"),
						(l, d, c) -> programmeAim(d) && fm(d, 36) && !hasFin(d, "TNP")
								? "the apprenticeship programme aim has no TNP record" : null),
				new AimRule(info("AFinType_13", "E", s, e,
						"an apprenticeship programme aim needs a price dated on its start", "AFinType", "AFinDate",
						"LearnStartDate"),
						(l, d, c) -> programmeAim(d) && fm(d, 36) && d.learnStartDate() != null
								&& d.appFinRecord().stream().noneMatch(r -> fin(r, "TNP") && d.learnStartDate().equals(r.aFinDate()))
										? "no TNP record is dated on the programme's start " + d.learnStartDate() : null),
				new AimRule(info("AFinType_14", "E", s, e, "a training payment (PMR1) needs a training price",
						"AFinType", "AFinCode"),
						(l, d, c) -> programmeAim(d) && hasFin(d, "PMR", 1) && !hasFin(d, "TNP", 1, 3)
								? "there is a PMR1 (training payment) but no TNP1 or TNP3" : null),
				new AimRule(info("AFinDate_05", "E", s, e, "TNP1 must not be dated after TNP3", "AFinDate"),
						(l, d, c) -> pair(d, 1, 3, LocalDate::isAfter, "after")),
				new AimRule(info("AFinDate_06", "E", s, e, "TNP2 must not be dated after TNP4", "AFinDate"),
						(l, d, c) -> pair(d, 2, 4, LocalDate::isAfter, "after")),
				new AimRule(info("AFinDate_07", "E", s, e, "TNP1 and TNP3 must not share a date", "AFinDate"),
						(l, d, c) -> pair(d, 1, 3, LocalDate::isEqual, "on the same day as")),
				new AimRule(info("AFinDate_08", "E", s, e, "TNP2 and TNP4 must not share a date", "AFinDate"),
						(l, d, c) -> pair(d, 2, 4, LocalDate::isEqual, "on the same day as")),
				ChildRule.ofAim(info("AFinDate_09", "E", s, e,
						"a financial record is not dated over a year before the standard's start", "AFinDate",
						"LearnStartDate"), AppFinRecordRules::records,
						(l, d, r, c) -> programmeAim(d) && standard(d) && r.aFinDate() != null && d.learnStartDate() != null
								&& r.aFinDate().isBefore(d.learnStartDate().minusYears(1))
										? r.aFinType() + r.aFinCode() + " is dated " + r.aFinDate()
												+ ", more than a year before the start " + d.learnStartDate() : null),
				ChildRule.ofAim(info("AFinDate_12", "E", s, e,
						"a financial record is not dated over two years after the standard's actual end", "AFinDate",
						"LearnActEndDate"), AppFinRecordRules::records,
						(l, d, r, c) -> programmeAim(d) && standard(d) && r.aFinDate() != null && d.learnActEndDate() != null
								&& r.aFinDate().isAfter(d.learnActEndDate().plusYears(2))
										? r.aFinType() + r.aFinCode() + " is dated " + r.aFinDate()
												+ ", more than two years after the end " + d.learnActEndDate() : null),
				ChildRule.ofAim(info("AFinDate_13", "E", s, e,
						"a price is not dated after the achievement date, or after the end of a withdrawn standard",
						"AFinDate", "AchDate", "LearnActEndDate", "WithdrawReason"), AppFinRecordRules::records,
						(l, d, r, c) -> {
							if (!standard(d) || !fin(r, "TNP") || r.aFinDate() == null) {
								return null;
							}
							if (d.achDate() != null) {
								return r.aFinDate().isAfter(d.achDate()) ? "TNP" + r.aFinCode() + " is dated " + r.aFinDate()
										+ ", after the achievement date " + d.achDate() : null;
							}
							return d.withdrawReason() != null && d.learnActEndDate() != null
									&& r.aFinDate().isAfter(d.learnActEndDate()) ? "TNP" + r.aFinCode() + " is dated "
											+ r.aFinDate() + ", after the withdrawn standard ended " + d.learnActEndDate()
											: null;
						}),
				ChildRule.ofAim(info("AFinDate_14", "E", s, e,
						"a payment (PMR) must not be dated after the file preparation date", "AFinType", "AFinDate"),
						AppFinRecordRules::records,
						(l, d, r, c) -> fin(r, "PMR") && r.aFinDate() != null && r.aFinDate().isAfter(c.referenceDate())
								? "PMR" + r.aFinCode() + " is dated " + r.aFinDate() + ", after the file preparation date "
										+ c.referenceDate() : null),
				new AimRule(info("EPAOrgID_02", "E", s, "LearningDelivery",
						"an assessment price (TNP2, TNP4) needs an end-point assessment organisation", "EPAOrgID"),
						(l, d, c) -> assessmentPrice(d) && d.epaOrgID() == null
								? "there is an assessment price but no EPAOrgID" : null),
				new AimRule(info("EPAOrgID_03", "E", s, "LearningDelivery",
						"an end-point assessment organisation needs an assessment price (TNP2, TNP4)", "EPAOrgID"),
						(l, d, c) -> d.epaOrgID() != null && !assessmentPrice(d)
								? "EPAOrgID " + d.epaOrgID() + " is given but there is no TNP2 or TNP4" : null),
				new AimRule(info("R100", "E", RuleInfo.CROSS_RECORD, "LearningDelivery",
						"a completed standard programme needs an assessment price", "CompStatus", "AFinType",
						"AFinCode"),
						(l, d, c) -> programmeAim(d) && standard(d) && is(d.compStatus(), 2) && !fm(d, 99)
								&& !assessmentPrice(d) ? "the standard is completed but has no TNP2 or TNP4" : null),
				ChildRule.ofAim(info("R119", "E", RuleInfo.CROSS_RECORD, "AppFinRecord",
						"a price (TNP) must not be dated before the aim's start", "AFinType", "AFinCode", "AFinDate",
						"LearnStartDate"), AppFinRecordRules::records,
						(l, d, r, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2019, 2, 1)) && fin(r, "TNP")
								&& r.aFinCode() != null && r.aFinDate() != null && r.aFinDate().isBefore(d.learnStartDate())
										? "TNP" + r.aFinCode() + " is dated " + r.aFinDate() + ", before the start "
												+ d.learnStartDate() : null));
	}
}

package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.fm;
import static dev.ilrsh.rules.RuleSupport.hasFam;
import static dev.ilrsh.rules.RuleSupport.info;
import static dev.ilrsh.rules.RuleSupport.is;
import static dev.ilrsh.rules.RuleSupport.onOrAfter;
import static dev.ilrsh.rules.RuleSupport.onOrBefore;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.derived.MoreDerivedData;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerHEFinancialSupport;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryHE;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The higher education data of a learner (LearnerHE) and of an aim (LearningDeliveryHE) that can be checked from the
 * file: which fields go together, fee limits, the student support number's check letter and the UCAS scheme code's
 * form. Code lists (qualification on entry, mode of study …) are the ILR's lookups, which ilrsh does not carry.
 */
final class HeRules {

	/** The British Isles country codes of a permanent address (England, Northern Ireland, Scotland, Wales, Guernsey). */
	private static final Set<String> BRITISH_ISLES = Set.of("XF", "XG", "XH", "XI", "XK");

	private static final Pattern UCAS_SCHEME = Pattern.compile("[A-Za-z]{2}[0-9]{2}");

	/** The highest tuition fee the 2025-26 rules expect, in pounds. */
	private static final int FEE_LIMIT = 9535;

	private HeRules() {
	}

	/** Decides one aim's HE record: a plain sentence, or null. */
	@FunctionalInterface
	interface Check {

		String check(Learner learner, LearningDelivery aim, LearningDeliveryHE he, RuleContext context);
	}

	/** A rule on each aim that has an HE record; findings show the HE record's fields, then the aim's. */
	static Rule.LearnerRule onHe(RuleInfo info, Check check) {
		return new Rule.LearnerRule() {
			@Override
			public RuleInfo info() {
				return info;
			}

			@Override
			public void check(Learner learner, RuleContext context, Findings out) {
				List<LearningDelivery> aims = learner.learningDelivery();
				for (int i = 0; i < aims.size(); i++) {
					LearningDelivery d = aims.get(i);
					LearningDeliveryHE he = d.learningDeliveryHE();
					if (he != null) {
						String message = check.check(learner, d, he, context);
						if (message != null) {
							out.add(info, learner, d, he, message);
						}
					}
				}
			}
		};
	}

	private static RuleInfo he(String name, String severity, String summary, String... fields) {
		return info(name, severity, RuleInfo.HE, "LearningDeliveryHE", summary, fields);
	}

	private static String country(LearningDeliveryHE he) {
		return he.permAddCountry() == null ? "" : he.permAddCountry().strip().toUpperCase();
	}

	/** Whether two dates fall in the same teaching year (1 August to 31 July). */
	static boolean sameTeachingYear(LocalDate a, LocalDate b) {
		return RuleContext.august31OfYearOf(a).equals(RuleContext.august31OfYearOf(b));
	}

	static List<Rule> rules() {
		String s = RuleInfo.HE;
		return List.of(
				new LearnerLevelRule(info("LearnerHE_02", "E", s, "LearnerHE", "a learner HE record goes with an aim HE record",
						"LearnRefNumber"), (l, c) -> l.learnerHE() != null
								&& l.learningDelivery().stream().noneMatch(d -> d.learningDeliveryHE() != null)
										? "the learner has a LearnerHE record but no aim has a LearningDeliveryHE record" : null),
				new LearnerLevelRule(info("TTACCOM_04", "E", s, "LearnerHE",
						"a full-time or sandwich HE student (MODESTUD 1) starting from Aug 2013 has term-time accommodation",
						"LearnRefNumber"), (l, c) -> {
							LocalDate first = DerivedData.earliestStartDate(l).orElse(null);
							return onOrAfter(first, LocalDate.of(2013, 8, 1))
									&& l.learningDelivery().stream().anyMatch(d -> d.learningDeliveryHE() != null
											&& is(d.learningDeliveryHE().modeStud(), 1))
									&& (l.learnerHE() == null || l.learnerHE().ttAccom() == null)
											? "a full-time or sandwich HE aim (MODESTUD 1) but no term-time accommodation (TTACCOM)"
											: null;
						}),
				new ScanRule(info("FINTYPE_02", "E", s, "LearnerHEFinancialSupport",
						"cash, near cash, accommodation discount and other support (FINTYPE 1-4) appear once each", "FINTYPE"),
						(l, c, r) -> {
							if (l.learnerHE() == null) {
								return;
							}
							Map<Integer, Integer> seen = new HashMap<>();
							for (LearnerHEFinancialSupport f : l.learnerHE().learnerHEFinancialSupport()) {
								if (is(f.finType(), 1, 2, 3, 4) && seen.merge(f.finType(), 1, Integer::sum) == 2) {
									r.record(null, f, "financial support type " + f.finType() + " is recorded more than once");
								}
							}
						}),
				onHe(he("LearningDeliveryHE_10", "E", "a programme aim started from Aug 2025 has no HE record",
						"AimType", "LearnStartDate"), (l, d, he, c) -> RuleSupport.programmeAim(d)
								&& onOrAfter(d.learnStartDate(), RuleContext.YEAR_START)
										? "a programme aim started " + d.learnStartDate() + " with a LearningDeliveryHE record" : null),
				onHe(he("SSN_02", "E", "the student support number passes its check letter", "SSN"),
						(l, d, he, c) -> he.ssn() != null && !he.ssn().isBlank() && !MoreDerivedData.validStudentSupportNumber(he.ssn())
								? "student support number '" + he.ssn() + "' fails its format or check letter" : null),
				onHe(he("SSN_03", "W",
						"an HE aim started from Aug 2021 with no student support number should have its net and gross fees",
						"SSN", "NETFEE", "GROSSFEE", "LearnStartDate"),
						(l, d, he, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2021, 8, 1)) && he.ssn() == null
								&& (he.netFee() == null || he.grossFee() == null)
										? "no student support number, and the net or gross tuition fee is missing" : null),
				onHe(he("QUALENT3_01", "E", "an HE aim started from Aug 2010 has its qualification on entry", "QUALENT3",
						"LearnStartDate"), (l, d, he, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2010, 8, 1))
								&& he.qualent3() == null ? "no qualification on entry (QUALENT3)" : null),
				onHe(he("SOC_02", "E",
						"a UCAS applicant from the British Isles starting from Aug 2013 has an occupation code (SOC)", "SOC",
						"UCASSCHEMECODE", "PERMADDCOUNTRY"), (l, d, he, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2013, 8, 1))
								&& he.ucasSchemeCode() != null && BRITISH_ISLES.contains(country(he)) && he.soc() == null
										? "a UCAS scheme code and a British Isles address, but no occupation code (SOC)" : null),
				onHe(he("SEC_02", "E",
						"a UCAS applicant from the British Isles starting from Aug 2013 has a socio-economic class (SEC)", "SEC",
						"UCASSCHEMECODE", "PERMADDCOUNTRY"), (l, d, he, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2013, 8, 1))
								&& he.ucasSchemeCode() != null && BRITISH_ISLES.contains(country(he)) && he.sec() == null
										? "a UCAS scheme code and a British Isles address, but no socio-economic class (SEC)" : null),
				onHe(he("UCASSCHEMECODE_01", "E", "a learner with a UCAS personal ID, starting from Aug 2013, has a UCAS scheme code",
						"UCASSCHEMECODE", "LearnStartDate"), (l, d, he, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2013, 8, 1))
								&& l.learnerHE() != null && l.learnerHE().ucasPerId() != null && he.ucasSchemeCode() == null
										? "the learner has a UCAS personal ID but the aim has no UCAS scheme code" : null),
				onHe(he("UCASSCHEMECODE_02", "E",
						"for starts from Aug 2025 the UCAS scheme code is two letters and two digits", "UCASSCHEMECODE",
						"LearnStartDate"), (l, d, he, c) -> onOrAfter(d.learnStartDate(), RuleContext.YEAR_START)
								&& he.ucasSchemeCode() != null && !UCAS_SCHEME.matcher(he.ucasSchemeCode().strip()).matches()
										? "UCAS scheme code '" + he.ucasSchemeCode() + "' is not two letters and two digits" : null),
				onHe(he("TYPEYR_02", "E",
						"an aim started and ended in one teaching year, completing its year (FUNDCOMP 1), has TYPEYR 1", "TYPEYR",
						"FUNDCOMP", "LearnStartDate", "LearnActEndDate"),
						(l, d, he, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2009, 8, 1)) && d.learnActEndDate() != null
								&& sameTeachingYear(d.learnStartDate(), d.learnActEndDate()) && is(he.fundComp(), 1)
								&& !is(he.typeYr(), 1) ? "the aim started and ended in one teaching year with FUNDCOMP 1, but "
										+ "TYPEYR is " + RuleSupport.text(he.typeYr()) : null),
				onHe(he("MODESTUD_03", "E", "a final year of under 24 weeks (SPECFEE 4, 5) is part-time (MODESTUD 3)", "MODESTUD",
						"SPECFEE"), (l, d, he, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2009, 8, 1))
								&& is(he.specFee(), 4, 5) && !is(he.modeStud(), 3)
										? "SPECFEE " + he.specFee() + " but MODESTUD is " + RuleSupport.text(he.modeStud()) : null),
				onHe(he("STULOAD_04", "E", "an HE aim started from Aug 2013 has its student instance FTE (STULOAD)",
						"STULOAD", "LearnStartDate"), (l, d, he, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2013, 8, 1))
								&& he.stuLoad() == null ? "no student instance FTE (STULOAD)" : null),
				onHe(he("MSTUFEE_03", "W", "a student from Scotland is not funded by an English or Welsh LEA or Northern Ireland (MSTUFEE 2, 4)",
						"MSTUFEE", "PERMADDCOUNTRY"), (l, d, he, c) -> "XH".equals(country(he)) && is(he.mStuFee(), 2, 4)
								? "permanent address in Scotland with MSTUFEE " + he.mStuFee() : null),
				onHe(he("MSTUFEE_04", "W", "a student from Northern Ireland is not funded by an English or Welsh LEA or SAAS (MSTUFEE 2, 3)",
						"MSTUFEE", "PERMADDCOUNTRY"), (l, d, he, c) -> "XG".equals(country(he)) && is(he.mStuFee(), 2, 3)
								? "permanent address in Northern Ireland with MSTUFEE " + he.mStuFee() : null),
				onHe(he("MSTUFEE_05", "W", "a student from England or Wales is not funded by SAAS or Northern Ireland (MSTUFEE 3, 4)",
						"MSTUFEE", "PERMADDCOUNTRY"), (l, d, he, c) -> Set.of("XF", "XI").contains(country(he)) && is(he.mStuFee(), 3, 4)
								? "permanent address in England or Wales with MSTUFEE " + he.mStuFee() : null),
				onHe(he("MSTUFEE_06", "W",
						"a student starting Aug 2021 to Jul 2025 funded by a student support body should have a student support number",
						"MSTUFEE", "SSN", "LearnStartDate"), (l, d, he, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2021, 8, 1))
								&& onOrBefore(d.learnStartDate(), LocalDate.of(2025, 7, 31)) && is(he.mStuFee(), 2, 3, 4, 52, 53, 54)
								&& he.ssn() == null ? "MSTUFEE " + he.mStuFee() + " but no student support number" : null),
				onHe(he("MSTUFEE_07", "W",
						"a student starting from Aug 2025 funded by SAAS or the SLC (MSTUFEE 3, 10) should have a student support number",
						"MSTUFEE", "SSN", "LearnStartDate"), (l, d, he, c) -> onOrAfter(d.learnStartDate(), RuleContext.YEAR_START)
								&& is(he.mStuFee(), 3, 10) && he.ssn() == null
										? "MSTUFEE " + he.mStuFee() + " but no student support number" : null),
				onHe(he("PCOLAB_01", "E", "a subcontracted HE aim started from Aug 2013 gives the percentage not taught (PCOLAB)",
						"PCOLAB", "PartnerUKPRN", "LearnStartDate"), (l, d, he, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2013, 8, 1))
								&& d.partnerUKPRN() != null && he.pcolab() == null
										? "a partner UKPRN but no percentage not taught by this provider (PCOLAB)" : null),
				onHe(he("SPECFEE_02", "E", "a sandwich year out (MODESTUD 2) is a sandwich placement (SPECFEE 1)", "SPECFEE",
						"MODESTUD"), (l, d, he, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2009, 8, 1))
								&& is(he.modeStud(), 2) && !is(he.specFee(), 1)
										? "MODESTUD 2 (sandwich year out) but SPECFEE is " + RuleSupport.text(he.specFee()) : null),
				onHe(he("NETFEE_01", "E", "an HE aim started from Aug 2012 with no student support number has a net fee",
						"NETFEE", "SSN", "LearnStartDate"), (l, d, he, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2012, 8, 1))
								&& he.ssn() == null && he.netFee() == null ? "no student support number and no net tuition fee" : null),
				onHe(he("NETFEE_02", "W", "the net tuition fee should not be over £9,535", "NETFEE"),
						(l, d, he, c) -> he.netFee() != null && he.netFee() > FEE_LIMIT
								? "net tuition fee £" + he.netFee() + " is over £9,535" : null),
				onHe(he("GROSSFEE_01", "E", "a net tuition fee goes with a gross tuition fee", "NETFEE", "GROSSFEE"),
						(l, d, he, c) -> he.netFee() != null && he.grossFee() == null ? "a net tuition fee but no gross fee" : null),
				onHe(he("GROSSFEE_02", "E", "the gross tuition fee is not less than the net fee", "NETFEE", "GROSSFEE"),
						(l, d, he, c) -> he.grossFee() != null && he.netFee() != null && he.grossFee() < he.netFee()
								? "gross fee £" + he.grossFee() + " is less than net fee £" + he.netFee() : null),
				onHe(he("GROSSFEE_03", "W", "the gross tuition fee should not be over £9,535", "GROSSFEE"),
						(l, d, he, c) -> he.grossFee() != null && he.grossFee() > FEE_LIMIT
								? "gross tuition fee £" + he.grossFee() + " is over £9,535" : null),
				onHe(he("PERMADDCOUNTRY_01", "E", "an HE aim started from Aug 2013 has the country of permanent address",
						"PERMADDCOUNTRY", "LearnStartDate"), (l, d, he, c) -> onOrAfter(d.learnStartDate(), LocalDate.of(2013, 8, 1))
								&& he.permAddCountry() == null ? "no country of permanent address (PERMADDCOUNTRY)" : null),
				new AimRule(info("ELQ_01", "E", s, "LearningDeliveryHE",
						"an OfS-funded aim (FundModel 99 with SOF 1) gives equivalent or lower qualification (ELQ)", "FundModel",
						"LearnAimRef"), (l, d, c) -> fm(d, 99) && hasFam(d, "SOF", "1")
								&& (d.learningDeliveryHE() == null || d.learningDeliveryHE().elq() == null)
										? "an Office for Students funded aim (SOF 1) with no ELQ" : null),
				onHe(he("HEPostCode_02", "E", "the HE centre postcode has the form of a postcode", "HEPostCode"),
						(l, d, he, c) -> he.hePostCode() != null && !AimStructureRules.POSTCODE.matcher(he.hePostCode()).matches()
								? "HE centre postcode '" + he.hePostCode() + "' does not have the form of a postcode" : null));
	}
}

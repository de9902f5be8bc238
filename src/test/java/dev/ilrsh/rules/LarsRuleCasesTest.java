package dev.ilrsh.rules;

import static dev.ilrsh.rules.TestLearners.START;
import static dev.ilrsh.rules.TestLearners.apprentice;
import static dev.ilrsh.rules.TestLearners.build;
import static dev.ilrsh.rules.TestLearners.componentAim;
import static dev.ilrsh.rules.TestLearners.esm;
import static dev.ilrsh.rules.TestLearners.fam;
import static dev.ilrsh.rules.TestLearners.fin;
import static dev.ilrsh.rules.TestLearners.programmeAim;
import static dev.ilrsh.rules.TestLearners.with;
import static dev.ilrsh.rules.TestLearners.withAim;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import dev.ilrsh.refdata.LarsFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For each rule that looks things up in LARS: a learner that breaks it and one that does not, validated with the
 * fictional LARS fixture (src/test/resources/refdata/lars) imported as the DfE's download would be. The fixture's
 * aims are made for these cases: 60000001 is valid for every funding stream from August 2020; Z9900010's validity
 * ended on 31 July 2021; Z9900011 has none; the others carry the level, category or type named in their titles.
 */
class LarsRuleCasesTest {

	record Case(String rule, String what, Learner breaks, Learner passes) {
	}

	static final List<Case> CASES = new ArrayList<>();

	private static void c(String rule, String what, Learner breaks, Learner passes) {
		CASES.add(new Case(rule, what, breaks, passes));
	}

	private static final LocalDate BORN_1990 = LocalDate.of(1990, 1, 1);
	private static final LocalDate AGED_20 = LocalDate.of(2005, 1, 1);
	private static final String VALID = "60000001";
	private static final String ENDED = "Z9900010";
	private static final String NONE = "Z9900011";

	private static <T extends IlrEntity> T set(T d, Object... namesAndValues) {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			d = Ilr.with(d, (String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return d;
	}

	/** A stand-alone aim (AimType 4). */
	private static LearningDelivery aim(String ref, int fundModel, LocalDate start, LearningDeliveryFAM... fams) {
		return build(IlrSchema.LEARNING_DELIVERY, "LearnAimRef", ref, "AimType", 4, "AimSeqNumber", 1, "LearnStartDate",
				start, "LearnPlanEndDate", start.plusMonths(6), "FundModel", fundModel, "DelLocPostCode", "ZZ99 9ZZ",
				"CompStatus", 1, "LearningDeliveryFAM", List.of(fams));
	}

	private static LearningDelivery ended(LearningDelivery d, LocalDate end) {
		return set(d, "LearnActEndDate", end, "CompStatus", 2, "Outcome", 1);
	}

	private static Learner learner(LocalDate born, LearningDelivery... aims) {
		return with(apprentice().withLearningDelivery(List.of(aims)), "DateOfBirth", born);
	}

	private static Learner adult(LearningDelivery... aims) {
		return learner(BORN_1990, aims);
	}

	private static Object prior(int level) {
		return build(IlrSchema.PRIOR_ATTAIN, "PriorLevel", level, "DateLevelApp", LocalDate.of(2010, 6, 30));
	}

	private static LearningDeliveryFAM[] fams(String... typeCodes) {
		return Stream.of(typeCodes).map(t -> fam(t.split(" ")[0], t.split(" ")[1])).toArray(LearningDeliveryFAM[]::new);
	}

	/** A funding stream as the validity rules see it: its funding model and FAMs. */
	record Stream_(int fundModel, String... monitoring) {

		LearningDelivery aim(String ref, LocalDate start) {
			return LarsRuleCasesTest.aim(ref, fundModel, start, LarsRuleCasesTest.fams(monitoring));
		}
	}

	private static final Stream_ ADULT_SKILLS = new Stream_(35, "SOF 105", "FFI 2");
	private static final Stream_ SIXTEEN_NINETEEN = new Stream_(25, "SOF 107");
	private static final Stream_ COMMUNITY = new Stream_(10, "SOF 105");
	private static final Stream_ LOANS = new Stream_(99, "ADL 1");
	private static final Stream_ ANY = new Stream_(99);
	private static final Stream_ COMBINED_AUTHORITY = new Stream_(38, "SOF 110");
	private static final Stream_ FOURTEEN_SIXTEEN = new Stream_(25, "SOF 107", "LDM 320");
	private static final Stream_ ADULT_SKILLS_FUND = new Stream_(38, "SOF 105", "FFI 2");
	private static final Stream_ FREE_COURSES = new Stream_(38, "SOF 105", "LDM 378");
	private static final Stream_ TAILORED = new Stream_(11, "SOF 105");

	/**
	 * The five validity checks of a stream. {@code early} is a start (and end) inside the rule's window for aims
	 * ending or starting in the years the rule covers.
	 */
	private static void validity(Stream_ s, String startRule, String endRule, String newStartRule, String currentRule,
			String categoryRule, LocalDate early, LocalDate late) {
		if (startRule != null) {
			c(startRule, "started after the validity ended", adult(ended(s.aim(ENDED, late), late.plusMonths(1))),
					adult(ended(s.aim(ENDED, LocalDate.of(2021, 1, 11)), late.plusMonths(1))));
		}
		if (endRule != null) {
			c(endRule, "ended after the validity ended", adult(ended(s.aim(ENDED, LocalDate.of(2021, 1, 11)), late)),
					adult(ended(s.aim(VALID, LocalDate.of(2021, 1, 11)), late)));
		}
		if (newStartRule != null) {
			LearningDelivery breaks = s.aim(ENDED, late);
			List<LearningDeliveryFAM> restarted = new ArrayList<>(breaks.learningDeliveryFAM());
			restarted.add(fam("RES", "1"));
			c(newStartRule, "a new start after the last date for new starts", adult(breaks),
					adult(set(breaks, "LearningDeliveryFAM", restarted)));
		}
		if (currentRule != null) {
			c(currentRule, "the latest validity ended before this year", adult(s.aim(ENDED, early)),
					adult(s.aim(VALID, early)));
		}
		if (categoryRule != null) {
			c(categoryRule, "no validity for the stream", adult(s.aim(NONE, late)), adult(s.aim(VALID, late)));
		}
	}

	static {
		LocalDate y2023 = LocalDate.of(2023, 9, 4);
		LocalDate y2024 = LocalDate.of(2024, 9, 2);
		LocalDate y2022 = LocalDate.of(2022, 1, 10);
		validity(ADULT_SKILLS, "LearnAimRef_94", "LearnAimRef_95", "LearnAimRef_96", "LearnAimRef_97", null,
				LocalDate.of(2021, 1, 11), y2022);
		c("LearnAimRef_127", "adult skills start with no ADULT_SKILLS validity", adult(ADULT_SKILLS.aim(NONE, y2023)),
				adult(ADULT_SKILLS.aim(VALID, y2023)));
		validity(SIXTEEN_NINETEEN, "LearnAimRef_102", "LearnAimRef_103", "LearnAimRef_104", "LearnAimRef_105",
				"LearnAimRef_129", START, y2023);
		validity(COMMUNITY, "LearnAimRef_106", "LearnAimRef_107", "LearnAimRef_108", "LearnAimRef_109", "LearnAimRef_130",
				START, y2023);
		validity(LOANS, "LearnAimRef_110", "LearnAimRef_111", "LearnAimRef_112", "LearnAimRef_113", "LearnAimRef_131",
				START, y2023);
		validity(ANY, "LearnAimRef_114", "LearnAimRef_115", "LearnAimRef_116", "LearnAimRef_117", "LearnAimRef_132",
				START, y2023);
		validity(COMBINED_AUTHORITY, "LearnAimRef_118", "LearnAimRef_119", "LearnAimRef_120", "LearnAimRef_121",
				"LearnAimRef_133", START, y2023);
		validity(FOURTEEN_SIXTEEN, "LearnAimRef_122", "LearnAimRef_123", "LearnAimRef_124", "LearnAimRef_125",
				"LearnAimRef_134", START, y2023);
		validity(ADULT_SKILLS_FUND, "LearnAimRef_138", "LearnAimRef_139", "LearnAimRef_140", "LearnAimRef_141",
				"LearnAimRef_142", y2024, y2024);
		validity(FREE_COURSES, "LearnAimRef_143", "LearnAimRef_144", "LearnAimRef_145", "LearnAimRef_146",
				"LearnAimRef_147", y2024, y2024);
		validity(TAILORED, "LearnAimRef_148", "LearnAimRef_149", "LearnAimRef_150", "LearnAimRef_151", "LearnAimRef_152",
				START, y2024);
		// restarts: the original start within the validity (Z9900010 is valid from 2015-08-01 to 2021-07-31)
		LocalDate before = LocalDate.of(2014, 1, 6);
		LocalDate within = LocalDate.of(2019, 1, 7);
		c("OrigLearnStartDate_06", "adult skills", adult(set(ADULT_SKILLS.aim(ENDED, START), "OrigLearnStartDate", before)),
				adult(set(ADULT_SKILLS.aim(ENDED, START), "OrigLearnStartDate", within)));
		c("OrigLearnStartDate_07", "other adult", adult(set(aim(ENDED, 81, START, fams("SOF 105")), "OrigLearnStartDate", before)),
				adult(set(aim(ENDED, 81, START, fams("SOF 105")), "OrigLearnStartDate", within)));
		c("OrigLearnStartDate_08", "loan", adult(set(LOANS.aim(ENDED, START), "OrigLearnStartDate", before)),
				adult(set(LOANS.aim(ENDED, START), "OrigLearnStartDate", within)));
		c("OrigLearnStartDate_10", "bootcamp", adult(set(aim(ENDED, 37, START, fams("SOF 105")), "OrigLearnStartDate", before)),
				adult(set(aim(ENDED, 37, START, fams("SOF 105")), "OrigLearnStartDate", within)));
		c("OrigLearnStartDate_11", "Adult Skills Fund", adult(set(ADULT_SKILLS_FUND.aim(ENDED, START), "OrigLearnStartDate", before)),
				adult(set(ADULT_SKILLS_FUND.aim(ENDED, START), "OrigLearnStartDate", within)));

		// ---- the aim itself
		c("LearnAimRef_01", "not in LARS", adult(ADULT_SKILLS_FUND.aim("ZNOSUCH1", START)), adult(ADULT_SKILLS_FUND.aim(VALID, START)));
		c("LearnAimRef_56", "security licence for an offender", adult(aim("Z9900022", 35, START, fams("SOF 105", "LDM 034"))),
				adult(aim("Z9900022", 35, START, fams("SOF 105"))));
		c("LearnAimRef_79", "level 4 on adult skills", adult(ADULT_SKILLS.aim("Z9900004", y2022)),
				adult(ADULT_SKILLS.aim("Z9900003", y2022)));
		c("LearnAimRef_81", "licence to practise on other benefits",
				with(adult(aim("Z9900021", 35, START, fams("SOF 105"))), "LearnerEmploymentStatus",
						List.of(status(11, LocalDate.of(2025, 8, 1), "BSI 3"))),
				with(adult(aim("Z9900002", 35, START, fams("SOF 105"))), "LearnerEmploymentStatus",
						List.of(status(11, LocalDate.of(2025, 8, 1), "BSI 3"))));
		c("LearnAimRef_84", "level 3 outside the entitlement", adult(ADULT_SKILLS.aim("Z9900003", y2022)),
				adult(ADULT_SKILLS.aim("Z9900038", y2022)));
		c("LearnAimRef_85", "level 3 for a learner with level 3", with(adult(ADULT_SKILLS.aim("Z9900038", y2022)), "PriorAttain",
				List.of(prior(6))), with(adult(ADULT_SKILLS.aim("Z9900038", y2022)), "PriorAttain", List.of(prior(5))));
		c("LearnAimRef_135", "level 4 on the Adult Skills Fund", adult(ADULT_SKILLS_FUND.aim("Z9900004", START)),
				adult(ADULT_SKILLS_FUND.aim("Z9900038", START)));
		c("LearnAimRef_136", "level 3 outside the entitlement", adult(ADULT_SKILLS_FUND.aim("Z9900003", START)),
				adult(ADULT_SKILLS_FUND.aim("Z9900038", START)));
		c("LearnAimRef_137", "level 3 for a learner with level 3", with(adult(ADULT_SKILLS_FUND.aim("Z9900038", START)),
				"PriorAttain", List.of(prior(7))),
				with(adult(aim("Z9900038", 38, START, fams("SOF 105", "LDM 391"))), "PriorAttain", List.of(prior(7))));
		c("LearnAimRef_153", "exceptional devolved bootcamp on adult skills", adult(ADULT_SKILLS.aim("Z9900067", START)),
				adult(ADULT_SKILLS_FUND.aim("Z9900067", START)));
		LearningDelivery tq = set(aim("Z9901468", 25, START, fams("SOF 107")), "ProgType", 31, "AimType", 3);
		LearningDelivery tLevel = set(aim("ZPROG001", 25, START, fams("SOF 107")), "ProgType", 31, "AimType", 1);
		c("AimType_08", "technical qualification not the core aim", learner(AGED_20, tLevel, tq),
				learner(AGED_20, tLevel, set(tq, "AimType", 5)));
		c("ProgType_16", "technical qualification outside a T Level", learner(AGED_20, set(tq, "ProgType", null, "AimType", 4)),
				learner(AGED_20, tLevel, set(tq, "AimType", 5)));
		c("ProgType_19", "a T Level with no technical qualification", learner(AGED_20, tLevel,
				set(tq, "AimType", 5, "LearnAimRef", VALID)), learner(AGED_20, tLevel, set(tq, "AimType", 5)));
		c("R129", "technical qualification with no programme aim", learner(AGED_20, set(tq, "AimType", 5)),
				learner(AGED_20, tLevel, set(tq, "AimType", 5)));
		LearningDelivery specialism = set(aim("ZTLOS001", 25, START, fams("SOF 107")), "ProgType", 31, "AimType", 3);
		c("R147", "occupational specialism of another pathway",
				learner(AGED_20, tLevel, set(tq, "AimType", 5), set(specialism, "LearnAimRef", "ZTLOS002")),
				learner(AGED_20, tLevel, set(tq, "AimType", 5), specialism));
		c("DateOfBirth_55", "level 3 adult skills at 24 or over", adult(ADULT_SKILLS.aim("Z9900038", y2022)),
				adult(ADULT_SKILLS.aim("Z990A001", y2022)));
		c("DateofBirth_56", "level 3 Adult Skills Fund at 24 or over", adult(ADULT_SKILLS_FUND.aim("Z9900038", START)),
				learner(AGED_20, ADULT_SKILLS_FUND.aim("Z9900038", START)));
		c("AddHours_03", "additional hours on an aim that is not ESOL", adult(set(ADULT_SKILLS_FUND.aim(VALID, START), "AddHours", 10)),
				adult(set(ADULT_SKILLS_FUND.aim("Z9900043", START), "AddHours", 10)));
		c("LearningDeliveryHE_06", "community learning below level 4 with HE data",
				adult(set(COMMUNITY.aim(VALID, START), "LearningDeliveryHE", he())),
				adult(set(COMMUNITY.aim("Z9900004", START), "LearningDeliveryHE", he())));
		c("LearningDeliveryHE_09", "tailored learning below level 4 with HE data",
				adult(set(TAILORED.aim(VALID, START), "LearningDeliveryHE", he())),
				adult(set(TAILORED.aim("Z9900004", START), "LearningDeliveryHE", he())));
		c("FUNDLEV_02", "undergraduate aim with a postgraduate level", adult(set(aim("Z990H001", 99, START),
				"LearningDeliveryHE", set(he(), "FUNDLEV", 20))), adult(set(aim("Z990H001", 99, START), "LearningDeliveryHE",
						set(he(), "FUNDLEV", 10))));
		c("FUNDLEV_03", "postgraduate aim with an undergraduate level", adult(set(aim("Z990H002", 99, START),
				"LearningDeliveryHE", set(he(), "FUNDLEV", 10))), adult(set(aim("Z990H002", 99, START), "LearningDeliveryHE",
						set(he(), "FUNDLEV", 20))));

		// ---- full funding and Free Courses for Jobs
		LocalDate y2018 = LocalDate.of(2018, 9, 3);
		c("LearnDelFAMType_61", "19-23, level 2 outside the entitlement, 2018", learner(LocalDate.of(1998, 1, 1),
				aim("Z9900002", 35, y2018, fams("SOF 105", "FFI 1"))), learner(LocalDate.of(1998, 1, 1),
						aim("Z9900037", 35, y2018, fams("SOF 105", "FFI 1"))));
		c("LearnDelFAMType_65", "19-23 with level 2, level 2 aim, 2018", with(learner(LocalDate.of(1998, 1, 1),
				aim("Z9900037", 35, y2018, fams("SOF 105", "FFI 1"))), "PriorAttain", List.of(prior(4))),
				with(learner(LocalDate.of(1998, 1, 1), aim("Z9900037", 35, y2018, fams("SOF 105", "FFI 1"))), "PriorAttain",
						List.of(prior(3))));
		c("LearnDelFAMType_66", "24 or over, level 2, 2018", adult(aim("Z9900002", 35, y2018, fams("SOF 105", "FFI 1"))),
				adult(aim("Z9900012", 35, y2018, fams("SOF 105", "FFI 1"))));
		c("LearnDelFAMType_79", "19-23, level 2 outside the entitlement, 2022", learner(LocalDate.of(2001, 1, 1),
				aim("Z9900002", 35, y2022, fams("SOF 105", "FFI 1"))), learner(LocalDate.of(2001, 1, 1),
						aim("Z9900037", 35, y2022, fams("SOF 105", "FFI 1"))));
		c("LearnDelFAMType_80", "19-23 with level 2, level 2 aim, 2022", with(learner(LocalDate.of(2001, 1, 1),
				aim("Z9900037", 35, y2022, fams("SOF 105", "FFI 1"))), "PriorAttain", List.of(prior(4))),
				with(learner(LocalDate.of(2001, 1, 1), aim("Z9900037", 35, y2022, fams("SOF 105", "FFI 1", "LDM 363"))),
						"PriorAttain", List.of(prior(4))));
		c("LearnDelFAMType_81", "24 or over, level 2, 2022", adult(aim("Z9900002", 35, y2022, fams("SOF 105", "FFI 1"))),
				adult(aim("Z9900002", 35, y2022, fams("SOF 105", "FFI 1", "RES 1"))));
		c("LearnDelFamType_122", "19-23, level 2 outside the entitlement", learner(AGED_20,
				aim("Z9900002", 38, START, fams("SOF 105", "FFI 1"))), learner(AGED_20,
						aim("Z9900002", 38, START, fams("SOF 105", "FFI 1", "LDM 391"))));
		c("LearnDelFamType_123", "19-23, level 2 or below, not low wage", learner(AGED_20,
				aim("Z9900002", 38, START, fams("SOF 105", "FFI 1"))), learner(AGED_20,
						aim("Z9900037", 38, START, fams("SOF 105", "FFI 1"))));
		c("LearnDelFamType_124", "24 or over, level 2, not low wage", adult(aim("Z9900002", 38, START, fams("SOF 105", "FFI 1"))),
				adult(aim("Z9900020", 38, START, fams("SOF 105", "FFI 1"))));
		c("LearnDelFamType_125", "24 or over, level 3 entitlement without the offer", adult(aim("Z9900038", 38, START,
				fams("SOF 105", "FFI 1"))), adult(aim("Z9900038", 38, START, fams("SOF 105", "FFI 1", "LDM 378"))));
		c("LearnDelFamType_130", "19-23 with level 2 on a category 37 aim", with(learner(AGED_20,
				aim("Z9900037", 38, START, fams("SOF 105", "FFI 1"))), "PriorAttain", List.of(prior(4))),
				with(learner(AGED_20, aim("Z9900037", 38, START, fams("SOF 105", "FFI 1", "LDM 391"))), "PriorAttain",
						List.of(prior(4))));
		c("LearnDelFamType_98", "the offer on an aim in no Free Courses category", adult(aim(VALID, 35, y2022,
				fams("SOF 105", "LDM 378"))), adult(aim("Z9900046", 35, y2022, fams("SOF 105", "LDM 378"))));
		c("LearnDelFamType_99", "Free Courses only aim without the offer", adult(aim("Z9900048", 35, y2022, fams("SOF 105"))),
				adult(aim("Z9900048", 35, y2022, fams("SOF 105", "LDM 378"))));
		c("LearnDelFamType_110", "combined-authority-only aim not funded by one", adult(aim("Z9900056", 38, START,
				fams("SOF 105", "LDM 378"))), adult(aim("Z9900056", 38, START, fams("SOF 110", "LDM 378"))));
		c("LearnDelFamType_114", "started after the category ended", adult(aim("Z9900045", 35, y2022.plusMonths(6),
				fams("SOF 105", "LDM 378"))), adult(aim("Z9900045", 35, y2022, fams("SOF 105", "LDM 378"))));
		c("LearnDelFamType_121", "the offer on an aim in no Free Courses category", adult(aim(VALID, 38, START,
				fams("SOF 105", "LDM 378"))), adult(aim("Z9900046", 38, START, fams("SOF 105", "LDM 378"))));
		c("LearnDelFamType_129", "combined authority start before category 56", adult(aim("Z9900057", 38, START,
				fams("SOF 110", "LDM 378"))), adult(aim("Z9900056", 38, START, fams("SOF 110", "LDM 378"))));

		// ---- components carrying ACT or LSF
		Learner app = apprentice();
		c("LearnDelFAMType_63", "ACT on a component that is not English or maths",
				withAim(app, 1, "LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("ACT", "1", START, null))),
				withAim(withAim(app, 1, "LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("ACT", "1", START, null))), 1,
						"LearnAimRef", "Z9900012"));
		c("LearnDelFAMType_67", "LSF on a component that is not English or maths",
				withAim(app, 1, "LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("LSF", "1", START, START.plusDays(30)))),
				withAim(withAim(app, 1, "LearningDeliveryFAM", List.of(fam("SOF", "105"), fam("LSF", "1", START,
						START.plusDays(30)))), 1, "LearnAimRef", "Z9900020"));

		c("LearnDelFAMType_64", "an English or maths component without ACT (told by LARS)",
				withAim(app, 1, "LearnAimRef", "Z9900012"), app);
		// ---- standards
		c("LearnStartDate_13", "a standard closed before the start", withAim(withAim(app, 0, "StdCode", 92), 1, "StdCode", 92),
				app);
		c("LearnStartDate_14", "a component of a standard closed before the start",
				withAim(withAim(app, 0, "StdCode", 92), 1, "StdCode", 92), app);
		c("LearnStartDate_17", "a standard not open yet", withAim(withAim(app, 0, "StdCode", 93), 1, "StdCode", 93), app);
		c("LearnStartDate_18", "after the last date for starts", withAim(withAim(app, 0, "StdCode", 92), 1, "StdCode", 92), app);
		c("StdCode_02", "a standard with no validity", withAim(withAim(app, 0, "StdCode", 98), 1, "StdCode", 98), app);
		Learner foundation = withAim(withAim(app, 0, "StdCode", 94), 1, "StdCode", 94);
		c("DateOfBirth_59", "a foundation apprentice aged 25", foundation, with(foundation, "DateOfBirth", LocalDate.of(2001, 1, 1)));
		LocalDate y2026 = LocalDate.of(2026, 2, 2);
		Learner level7 = apprentice().withLearningDelivery(List.of(programmeAim(1, y2026, 97), componentAim(2, y2026, 97)));
		c("DateofBirth_60", "a level 7 apprentice aged 25", level7, with(level7, "DateOfBirth", LocalDate.of(2005, 1, 1)));
		LearningDelivery trailblazer = set(programmeAim(1, START, 91), "FundModel", 81, "LearningDeliveryFAM",
				List.of(fam("SOF", "105")));
		c("R72", "employer payments above a third of a price within the cap",
				trailblazerLearner(set(trailblazer, "AppFinRecord", List.of(fin("TNP", 1, START, 9000), fin("TNP", 2, START, 1000),
						fin("PMR", 1, START, 4000)))),
				trailblazerLearner(set(trailblazer, "AppFinRecord", List.of(fin("TNP", 1, START, 9000), fin("TNP", 2, START, 1000),
						fin("PMR", 1, START, 3000)))));
		c("R73", "employer payments above the price less the cap",
				trailblazerLearner(set(trailblazer, "AppFinRecord", List.of(fin("TNP", 1, START, 28000), fin("TNP", 2, START, 2000),
						fin("PMR", 1, START, 13000)))),
				trailblazerLearner(set(trailblazer, "AppFinRecord", List.of(fin("TNP", 1, START, 28000), fin("TNP", 2, START, 2000),
						fin("PMR", 1, START, 13000), fin("PMR", 3, START, 1000)))));
		LocalDate y2021 = LocalDate.of(2021, 9, 6);
		Learner apprentice2021 = apprentice().withLearningDelivery(List.of(programmeAim(1, y2021, 91), componentAim(2, y2021, 91)));
		c("R114", "adult skills maths during an apprenticeship", addAim(apprentice2021, set(aim("Z9900012", 35, y2022,
				fams("SOF 105")), "AimSeqNumber", 3)), addAim(apprentice2021, set(aim("Z9900002", 35, y2022, fams("SOF 105")),
						"AimSeqNumber", 3)));
		c("R146", "Adult Skills Fund maths during an apprenticeship", addAim(app, set(aim("Z9900012", 38, START.plusDays(7),
				fams("SOF 105")), "AimSeqNumber", 3)), addAim(app, set(aim("Z9900002", 38, START.plusDays(7), fams("SOF 105")),
						"AimSeqNumber", 3)));
		// ---- bootcamps
		LearningDelivery bootcamp = set(aim("ZPROG001", 37, START, fams("SOF 105")), "AimType", 1, "ProgType", 32,
				"ConRefNumber", "C1");
		LearningDelivery subject = set(aim("Z9900062", 37, START, fams("SOF 105")), "AimType", 3, "ProgType", 32,
				"ConRefNumber", "C1", "AimSeqNumber", 2);
		LearningDelivery done = ended(bootcamp, START.plusMonths(3));
		c("R139", "a completed bootcamp whose subject aim is open", adult(done, subject),
				adult(done, ended(subject, START.plusMonths(3))));
		c("R141", "an open bootcamp with no subject aim", adult(bootcamp, set(subject, "LearnAimRef", VALID)),
				adult(bootcamp, subject));
		c("R149", "a subject aim before the programme", adult(bootcamp, set(subject, "LearnStartDate", START.minusDays(7))),
				adult(bootcamp, subject));
		// ---- minimum English and maths hours (16-19)
		Learner sixteen = with(with(with(learner(LocalDate.of(2008, 1, 1), aim("Z990E001", 25, START, fams("SOF 107")),
				set(aim("Z990M001", 25, START, fams("SOF 107")), "AimSeqNumber", 2)), "EngGrade", "3"), "MathGrade", "3"),
				"PlanLearnHours", 540);
		c("R155", "English minimum hours missing", sixteen, with(sixteen, "LearnerFAM", List.of(learnerFam("EMH", 1),
				learnerFam("MMH", 1))));
		c("R156", "maths minimum hours missing", sixteen, with(sixteen, "LearnerFAM", List.of(learnerFam("EMH", 1),
				learnerFam("MMH", 1))));
	}

	private static Object learnerFam(String type, int code) {
		return build(IlrSchema.LEARNER_FAM, "LearnFAMType", type, "LearnFAMCode", code);
	}

	private static Learner trailblazerLearner(LearningDelivery programme) {
		return apprentice().withLearningDelivery(List.of(programme, set(componentAim(2, START, 91), "FundModel", 81)));
	}

	private static Learner addAim(Learner l, LearningDelivery d) {
		List<LearningDelivery> aims = new ArrayList<>(l.learningDelivery());
		aims.add(d);
		return l.withLearningDelivery(aims);
	}

	private static dev.ilrsh.model.LearningDeliveryHE he() {
		return build(IlrSchema.LEARNING_DELIVERY_HE, "QUALENT3", "X06", "TYPEYR", 1, "MODESTUD", 3, "FUNDLEV", 99,
				"MSTUFEE", 1, "SPECFEE", 0, "STULOAD", new java.math.BigDecimal("50"));
	}

	private static Object status(int empStat, LocalDate date, String... monitoring) {
		List<Object> m = new ArrayList<>();
		for (String s : monitoring) {
			m.add(esm(s.split(" ")[0], Integer.parseInt(s.split(" ")[1])));
		}
		return build(IlrSchema.LEARNER_EMPLOYMENT_STATUS, "EmpStat", empStat, "DateEmpStatApp", date,
				"EmploymentStatusMonitoring", m);
	}

	@TestFactory
	Stream<DynamicTest> eachLarsRuleFiresOnTheBreakingLearnerOnly() {
		return CASES.stream().map(c -> DynamicTest.dynamicTest(c.rule() + ": " + c.what(), () -> {
			assertThat(TestLearners.rulesFired(TestLearners.validateWithLars(c.breaks()))).as("breaking learner")
				.contains(c.rule());
			assertThat(TestLearners.rulesFired(TestLearners.validateWithLars(c.passes()))).as("passing learner")
				.doesNotContain(c.rule());
		}));
	}

	@Test
	void r90TellsEnglishAndMathsByLarsWhenItIsLoaded() {
		// a completed programme with a component still open
		Learner done = TestLearners.completedApprentice();
		Learner mathsOpen = withAim(withAim(withAim(withAim(done, 1, "LearnActEndDate", null), 1, "CompStatus", 1), 1,
				"Outcome", null), 1, "LearnAimRef", "Z9900012");
		// without LARS an open component with no ACT record is taken for a vocational one: R90
		assertThat(TestLearners.rulesFired(TestLearners.validate(mathsOpen))).contains("R90");
		// LARS says Z9900012 is GCSE maths (basic skills type 12): English and maths components may stay open
		assertThat(TestLearners.rulesFired(TestLearners.validateWithLars(mathsOpen))).doesNotContain("R90");
		// a vocational component carrying an ACT record looks like English or maths to the file alone
		Learner vocationalWithAct = withAim(withAim(withAim(withAim(done, 1, "LearnActEndDate", null), 1, "CompStatus", 1), 1,
				"Outcome", null), 1, "LearningDeliveryFAM", List.of(fam("SOF", "105"),
						fam("ACT", "1", TestLearners.OLD_START, TestLearners.ACHIEVED)));
		assertThat(TestLearners.rulesFired(TestLearners.validate(vocationalWithAct))).doesNotContain("R90");
		assertThat(TestLearners.rulesFired(TestLearners.validateWithLars(vocationalWithAct))).contains("R90");

		// ask's questions about components left open tell English and maths the same way as R90
		assertThat(openComponents("components-open-after-programme", mathsOpen, null)).isEqualTo(1);
		assertThat(openComponents("components-open-after-programme", mathsOpen, LarsFixture.lars())).isZero();
		assertThat(openComponents("components-open-after-programme", vocationalWithAct, LarsFixture.lars())).isEqualTo(1);
		// the learner is 24 at the start: English and maths left open are listed, found by LARS or by the ACT sign
		assertThat(openComponents("adult-english-maths-open-after-programme", mathsOpen, LarsFixture.lars())).isEqualTo(1);
		assertThat(openComponents("adult-english-maths-open-after-programme", vocationalWithAct, null)).isEqualTo(1);
		assertThat(openComponents("adult-english-maths-open-after-programme", vocationalWithAct, LarsFixture.lars()))
			.isZero();
	}

	/** The rows a question about open components gives for one learner, with LARS or without (null). */
	private static int openComponents(String question, Learner learner, dev.ilrsh.refdata.Lars lars) {
		try (dev.ilrsh.index.IlrIndex index = dev.ilrsh.index.IlrIndex.build(TestLearners.message(learner))) {
			dev.ilrsh.query.AskResult result = dev.ilrsh.query.QuestionCatalog.standard().ask(index, question, lars);
			assertThat(result.question().id()).isEqualTo(question);
			return result.table().size();
		}
	}

	@Test
	void withoutLarsTheRulesAreSkippedAndNamed() {
		Case any = CASES.get(0);
		ValidationReport report = TestLearners.validate(any.breaks());
		assertThat(TestLearners.rulesFired(report)).doesNotContain(any.rule());
		Set<String> skipped = report.skipped().stream().map(ValidationReport.Skipped::rule).collect(Collectors.toSet());
		assertThat(skipped).containsAll(CASES.stream().map(Case::rule).filter(r -> !r.equals("LearnDelFAMType_64")).toList());
		assertThat(report.skipped()).allSatisfy(s -> assertThat(s.why())
			.isEqualTo("LARS is not loaded (refdata import)"));
	}

	@Test
	void everyRuleThatNeedsLarsHasACase() {
		Set<String> covered = CASES.stream().map(Case::rule).collect(Collectors.toCollection(TreeSet::new));
		Set<String> needing = new TreeSet<>();
		for (Rule rule : RuleRegistry.standard().rules()) {
			if (!rule.needs().isEmpty()) {
				rule.infos().forEach(i -> needing.add(i.name()));
			}
		}
		// LearnDelFAMType_64 runs without LARS too, on programme aims; with it, on English and maths components
		assertThat(covered).isEqualTo(union(needing, Set.of("LearnDelFAMType_64")));
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new TreeSet<>(a);
		all.addAll(b);
		return all;
	}

	/** Names of the rules with cases here, for {@link RuleCasesTest}'s check that every rule has one. */
	static Set<String> covered() {
		return CASES.stream().map(Case::rule).collect(Collectors.toSet());
	}
}

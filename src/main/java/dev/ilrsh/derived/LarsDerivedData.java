package dev.ilrsh.derived;

import dev.ilrsh.model.AppFinRecord;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.refdata.Lars;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The derived data items that look things up in LARS (DD17, DD29, DD31, DD40), and the tests of an aim's LARS
 * record that several rules share, as plain functions of the learner, the aim and a {@link Lars}.
 */
public final class LarsDerivedData {

	/** The basic skills types of English and maths qualifications and units (LARS BasicSkillsType). */
	public static final Set<Integer> ENGLISH_AND_MATHS = Set.of(1, 11, 13, 20, 23, 24, 29, 31, 2, 12, 14, 19, 21, 25, 30,
			32, 33, 34, 35);

	/** The LARS common component code of English and maths in a programme. */
	public static final int COMMON_COMPONENT_ENGLISH_AND_MATHS = 20;

	/** The basic skills types of ESOL qualifications and units. */
	public static final Set<Integer> ESOL = Set.of(36, 37, 38, 39, 40, 41, 42);

	private LarsDerivedData() {
	}

	/** Whether the aim is an English or maths aim in LARS on its start date (its basic skills type then). */
	public static boolean isEnglishOrMathsOnStart(Lars lars, LearningDelivery aim) {
		Integer type = basicSkillsTypeOnStart(lars, aim);
		return type != null && ENGLISH_AND_MATHS.contains(type);
	}

	/** The aim's basic skills type on its start date, or null when LARS gives none. */
	public static Integer basicSkillsTypeOnStart(Lars lars, LearningDelivery aim) {
		return lars.aim(aim.learnAimRef()).map(a -> a.basicSkillsTypeOn(aim.learnStartDate())).orElse(null);
	}

	/**
	 * Whether LARS says the aim is English or maths: a basic skills type of English or maths at any time, or the
	 * English and maths common component. Empty when LARS does not know the aim, so that a caller can fall back
	 * on another test.
	 */
	public static Optional<Boolean> isEnglishOrMaths(Lars lars, LearningDelivery aim) {
		return lars.aim(aim.learnAimRef())
			.map(a -> a.annualValues().stream().anyMatch(v -> v.basicSkillsType() != null
					&& ENGLISH_AND_MATHS.contains(v.basicSkillsType()))
					|| Objects.equals(a.frameworkCommonComponent(), COMMON_COMPONENT_ENGLISH_AND_MATHS));
	}

	/** DD31: an adult skills (FundModel 35) English or maths aim. */
	public static boolean isAdultSkillsEnglishOrMaths(Lars lars, LearningDelivery aim) {
		return Objects.equals(aim.fundModel(), 35) && isEnglishOrMathsOnStart(lars, aim);
	}

	/** DD40: an Adult Skills Fund (FundModel 38) English or maths aim. */
	public static boolean isAdultSkillsFundEnglishOrMaths(Lars lars, LearningDelivery aim) {
		return Objects.equals(aim.fundModel(), 38) && isEnglishOrMathsOnStart(lars, aim);
	}

	/** DD29: a traineeship (ProgType 24) aim in LARS category 2 or 4 (not the flexible element). */
	public static boolean isTraineeshipCoreAim(Lars lars, LearningDelivery aim) {
		return Objects.equals(aim.progType(), 24)
				&& lars.aim(aim.learnAimRef()).map(a -> a.inCategory(2) || a.inCategory(4)).orElse(false);
	}

	/** The negotiated price and payments of a trailblazer standard taken over all its programme aims. */
	public record StandardPrice(long tnp1, long tnp2, long employerPayments, LocalDate earliestStart) {

		/** TNP1 + TNP2. */
		public long total() {
			return tnp1 + tnp2;
		}
	}

	/**
	 * The price of a standard across the learner's programme aims with the aim's ProgType and StdCode: the most
	 * recent TNP1 and TNP2 among them, employer payments PMR1 + PMR2 less PMR3, and the earliest start or original
	 * start. Empty when the aim is not a programme aim of a standard.
	 */
	public static Optional<StandardPrice> standardPrice(Learner learner, LearningDelivery aim) {
		if (!aim.isProgrammeAim() || !Objects.equals(aim.progType(), DerivedData.PROG_TYPE_STANDARD)) {
			return Optional.empty();
		}
		AppFinRecord tnp1 = null;
		AppFinRecord tnp2 = null;
		long payments = 0;
		LocalDate earliest = null;
		for (LearningDelivery p : learner.learningDelivery()) {
			if (!p.isProgrammeAim() || !DerivedData.sameProgramme(p, aim)) {
				continue;
			}
			for (LocalDate d : new LocalDate[] { p.learnStartDate(), p.origLearnStartDate() }) {
				if (d != null && (earliest == null || d.isBefore(earliest))) {
					earliest = d;
				}
			}
			for (AppFinRecord f : p.appFinRecord()) {
				if (f.aFinCode() == null || f.aFinAmount() == null) {
					continue;
				}
				if ("TNP".equalsIgnoreCase(f.aFinType()) && f.aFinCode() == 1) {
					tnp1 = later(tnp1, f);
				}
				else if ("TNP".equalsIgnoreCase(f.aFinType()) && f.aFinCode() == 2) {
					tnp2 = later(tnp2, f);
				}
				else if ("PMR".equalsIgnoreCase(f.aFinType())) {
					payments += f.aFinCode() == 3 ? -f.aFinAmount() : f.aFinCode() == 1 || f.aFinCode() == 2 ? f.aFinAmount() : 0;
				}
			}
		}
		return Optional.of(new StandardPrice(tnp1 == null ? 0 : tnp1.aFinAmount(), tnp2 == null ? 0 : tnp2.aFinAmount(),
				payments, earliest));
	}

	private static AppFinRecord later(AppFinRecord a, AppFinRecord b) {
		if (a == null) {
			return b;
		}
		if (b.aFinDate() == null) {
			return a;
		}
		return a.aFinDate() == null || !b.aFinDate().isBefore(a.aFinDate()) ? b : a;
	}

	/**
	 * The core government contribution cap of a standard that applies on a date: from the trailblazer funding
	 * record covering it, else any funding record covering it. Empty when LARS has none.
	 */
	public static Optional<BigDecimal> coreGovContributionCap(Lars lars, Integer stdCode, LocalDate on) {
		if (on == null) {
			return Optional.empty();
		}
		Optional<Lars.Standard> standard = lars.standard(stdCode);
		if (standard.isEmpty()) {
			return Optional.empty();
		}
		List<Lars.Funding> covering = standard.get().fundings().stream()
			.filter(f -> f.covers(on) && f.coreGovContributionCap() != null)
			.toList();
		return covering.stream()
			.filter(f -> f.fundingCategory() != null && f.fundingCategory().toLowerCase().contains("tblazer"))
			.findFirst()
			.or(() -> covering.stream().findFirst())
			.map(Lars.Funding::coreGovContributionCap);
	}

	/**
	 * DD17: for a trailblazer standard (FundModel 81, ProgType 25), whether two thirds of the negotiated price
	 * exceeds the standard's core government contribution cap. Empty when it cannot be told (not such an aim, or
	 * LARS has no cap for the standard on its earliest start).
	 */
	public static Optional<Boolean> priceExceedsCap(Lars lars, Learner learner, LearningDelivery aim) {
		if (!Objects.equals(aim.fundModel(), 81)) {
			return Optional.empty();
		}
		return standardPrice(learner, aim).flatMap(price -> coreGovContributionCap(lars, aim.stdCode(),
				price.earliestStart())
			.map(cap -> BigDecimal.valueOf(price.total()).multiply(BigDecimal.valueOf(2))
				.compareTo(cap.multiply(BigDecimal.valueOf(3))) > 0));
	}
}

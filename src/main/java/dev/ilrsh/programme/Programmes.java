package dev.ilrsh.programme;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.derived.LarsDerivedData;
import dev.ilrsh.model.AppFinRecord;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import dev.ilrsh.refdata.Lars;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups a learner's aims into programme episodes.
 *
 * <p>
 * Each programme aim (AimType 1) starts an episode. Each component aim (AimType 3) joins a programme aim with the
 * same ProgType and StdCode: the one whose span, from its LearnStartDate to its DD36 effective end, holds the
 * component's start (the latest-starting such programme if spans overlap); failing that, the latest such programme
 * that started on or before the component; failing that, the earliest such programme. So a restart of the same
 * standard, or two standards one after the other, each keep their own components. A component with no programme
 * aim of its ProgType and StdCode at all is an {@link EpisodeKind#ORPHAN_COMPONENT} episode of its own, and every
 * other aim (AimType 4, 5, …) is a {@link EpisodeKind#STANDALONE} episode.
 */
public final class Programmes {

	/** WithdrawReason codes that mean the learner moved on rather than left: 2, 7, 40, 41, 47. */
	public static final Set<Integer> TRANSFER_REASONS = Set.of(2, 7, 40, 41, 47);

	private static final Comparator<LearningDelivery> BY_START = Comparator
		.comparing(LearningDelivery::learnStartDate, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(LearningDelivery::aimSeqNumber, Comparator.nullsLast(Comparator.naturalOrder()));

	private Programmes() {
	}

	/** The episodes of every learner in the file, relative to the file's FilePreparationDate. */
	public static List<ProgrammeEpisode> of(Message message) {
		LocalDate reference = referenceDate(message);
		List<ProgrammeEpisode> all = new ArrayList<>();
		for (Learner learner : message.learners()) {
			all.addAll(of(learner, reference));
		}
		return all;
	}

	/** The file's FilePreparationDate, or today when the header lacks one. */
	public static LocalDate referenceDate(Message message) {
		try {
			LocalDate d = message.header().collectionDetails().filePreparationDate();
			return d == null ? LocalDate.now() : d;
		}
		catch (NullPointerException e) {
			return LocalDate.now();
		}
	}

	/**
	 * A learner's episodes in order of start date (then AimSeqNumber of the main aim).
	 *
	 * @param referenceDate what "today" means for days past planned end; normally the FilePreparationDate
	 */
	public static List<ProgrammeEpisode> of(Learner learner, LocalDate referenceDate) {
		// plain loops rather than streams: this runs for every learner before the first programme search
		List<LearningDelivery> aims = new ArrayList<>(learner.learningDelivery());
		aims.sort(BY_START);
		List<LearningDelivery> programmeAims = new ArrayList<>(2);
		for (LearningDelivery aim : aims) {
			if (aim.isProgrammeAim()) {
				programmeAims.add(aim);
			}
		}
		Map<LearningDelivery, List<LearningDelivery>> components = new IdentityHashMap<>();
		for (LearningDelivery p : programmeAims) {
			components.put(p, new ArrayList<>());
		}
		List<LearningDelivery> mains = new ArrayList<>();
		for (LearningDelivery aim : aims) {
			if (aim.isProgrammeAim()) {
				mains.add(aim);
			}
			else if (aim.isComponentAim()) {
				LearningDelivery programme = programmeOf(aim, programmeAims);
				if (programme == null) {
					mains.add(aim);
				}
				else {
					components.get(programme).add(aim);
				}
			}
			else {
				mains.add(aim);
			}
		}
		List<ProgrammeEpisode> episodes = new ArrayList<>(mains.size());
		for (LearningDelivery main : mains) {
			EpisodeKind kind = main.isProgrammeAim() ? EpisodeKind.PROGRAMME
					: main.isComponentAim() ? EpisodeKind.ORPHAN_COMPONENT : EpisodeKind.STANDALONE;
			episodes.add(episode(learner, kind, main, components.getOrDefault(main, List.of()), referenceDate));
		}
		return episodes;
	}

	/** The programme aim a component belongs to, or null when the learner has none of its ProgType and StdCode. */
	static LearningDelivery programmeOf(LearningDelivery component, List<LearningDelivery> programmeAims) {
		List<LearningDelivery> candidates = new ArrayList<>(2);
		for (LearningDelivery p : programmeAims) {
			if (DerivedData.sameProgramme(p, component)) {
				candidates.add(p);
			}
		}
		if (candidates.isEmpty()) {
			return null;
		}
		LocalDate start = component.learnStartDate();
		if (start == null) {
			return candidates.get(0);
		}
		LearningDelivery holding = null;
		LearningDelivery before = null;
		for (LearningDelivery p : candidates) {
			LocalDate pStart = p.learnStartDate();
			if (pStart == null || pStart.isAfter(start)) {
				continue;
			}
			before = p;
			LocalDate end = DerivedData.effectiveEndDate(p).orElse(DerivedData.OPEN_END);
			if (!start.isAfter(end)) {
				holding = p;
			}
		}
		if (holding != null) {
			return holding;
		}
		return before != null ? before : candidates.get(0);
	}

	private static ProgrammeEpisode episode(Learner learner, EpisodeKind kind, LearningDelivery main,
			List<LearningDelivery> components, LocalDate reference) {
		LocalDate start = main.learnStartDate();
		LocalDate programmeStart = kind == EpisodeKind.PROGRAMME
				? DerivedData.programmeStartDate(learner, main).orElse(start) : start;
		LocalDate originalStart = main.origLearnStartDate() != null ? main.origLearnStartDate() : start;
		LocalDate effectiveEnd = main.isProgrammeAim() ? DerivedData.effectiveEndDate(main).orElse(DerivedData.OPEN_END)
				: main.learnActEndDate() != null ? main.learnActEndDate() : DerivedData.OPEN_END;
		Integer age = DerivedData.ageOn(learner, originalStart).orElse(null);
		Long plannedDays = days(start, main.learnPlanEndDate());
		Long actualDays = days(start, main.learnActEndDate());
		long past = 0;
		if (main.learnPlanEndDate() != null) {
			LocalDate until = main.learnActEndDate() != null ? main.learnActEndDate() : reference;
			past = Math.max(0, ChronoUnit.DAYS.between(main.learnPlanEndDate(), until));
		}
		return new ProgrammeEpisode(learner, kind, main, components, start, programmeStart, originalStart,
				main.learnPlanEndDate(), main.learnActEndDate(), main.achDate(), effectiveEnd, status(main), age,
				plannedDays, actualDays, past, priceTotal(main, 1, 2), priceTotal(main, 3, 4), main.pHours(),
				main.otjActHours(), isRestart(main), reference);
	}

	private static Long days(LocalDate from, LocalDate to) {
		return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
	}

	/**
	 * The status of an aim.
	 * <ul>
	 * <li>CompStatus 6: {@code BREAK}.</li>
	 * <li>CompStatus 3: {@code TRANSFERRED} when WithdrawReason is one of {@link #TRANSFER_REASONS}, else
	 * {@code WITHDRAWN}.</li>
	 * <li>A standard's programme aim (AimType 1, ProgType 25) with a LearnActEndDate but no AchDate, and either
	 * CompStatus 1 (as the helpdesk advises) or CompStatus 2 with Outcome 8 or none (as the PSM's wording reads):
	 * {@code GATEWAY}.</li>
	 * <li>CompStatus 2: Outcome 1 or 2 {@code ACHIEVED}; Outcome 3 {@code NOT_ACHIEVED}; otherwise
	 * {@code COMPLETED}.</li>
	 * <li>CompStatus 1: {@code CONTINUING} (also when a non-standard aim has an end date but CompStatus 1).</li>
	 * <li>anything else: {@code UNKNOWN}.</li>
	 * </ul>
	 */
	public static ProgrammeStatus status(LearningDelivery aim) {
		Integer cs = aim.compStatus();
		if (cs == null) {
			return ProgrammeStatus.UNKNOWN;
		}
		if (cs == 6) {
			return ProgrammeStatus.BREAK;
		}
		if (cs == 3) {
			return aim.withdrawReason() != null && TRANSFER_REASONS.contains(aim.withdrawReason())
					? ProgrammeStatus.TRANSFERRED : ProgrammeStatus.WITHDRAWN;
		}
		boolean standardProgramme = aim.isProgrammeAim()
				&& Objects.equals(aim.progType(), DerivedData.PROG_TYPE_STANDARD);
		if (standardProgramme && aim.learnActEndDate() != null && aim.achDate() == null
				&& (cs == 1 || (cs == 2 && (aim.outcome() == null || aim.outcome() == 8)))) {
			return ProgrammeStatus.GATEWAY;
		}
		if (cs == 2) {
			Integer outcome = aim.outcome();
			if (outcome != null && (outcome == 1 || outcome == 2)) {
				return ProgrammeStatus.ACHIEVED;
			}
			if (outcome != null && outcome == 3) {
				return ProgrammeStatus.NOT_ACHIEVED;
			}
			return ProgrammeStatus.COMPLETED;
		}
		return cs == 1 ? ProgrammeStatus.CONTINUING : ProgrammeStatus.UNKNOWN;
	}

	/** True when the aim carries a RES (restart) FAM. */
	public static boolean isRestart(LearningDelivery aim) {
		return !aim.fams("RES").isEmpty();
	}

	/**
	 * True when a component aim is taken to be English or maths, as R89 and R90 take it to leave such aims out. The
	 * rules spreadsheet tells them apart through LARS; without LARS, this takes a component (AimType 3) that carries a
	 * contract type (ACT) FAM, since the ACT rules allow ACT on a component only when it is English or maths
	 * (LearnDelFAMType_63) and require it there (LearnDelFAMType_64).
	 */
	public static boolean isEnglishOrMathsComponent(LearningDelivery aim) {
		return aim.isComponentAim()
				&& aim.learningDeliveryFAM().stream().anyMatch(f -> "ACT".equalsIgnoreCase(f.learnDelFAMType()));
	}

	/**
	 * True when a component aim is English or maths: by its LARS basic skills type when LARS (which may be null) is
	 * loaded and knows the aim, else by the sign the file gives (see {@link #isEnglishOrMathsComponent(LearningDelivery)}).
	 */
	public static boolean isEnglishOrMathsComponent(LearningDelivery aim, Lars lars) {
		if (lars != null) {
			java.util.Optional<Boolean> known = LarsDerivedData.isEnglishOrMaths(lars, aim);
			if (known.isPresent()) {
				return aim.isComponentAim() && known.get();
			}
		}
		return isEnglishOrMathsComponent(aim);
	}

	/**
	 * The latest price of each of two TNP codes added together: latest by AFinDate, the later record in the file on
	 * a tie. Null when the aim has a TNP record of neither code.
	 */
	public static Integer priceTotal(LearningDelivery aim, int code, int otherCode) {
		AppFinRecord a = latestTnp(aim, code);
		AppFinRecord b = latestTnp(aim, otherCode);
		if (a == null && b == null) {
			return null;
		}
		return amount(a) + amount(b);
	}

	/** The latest TNP record of one code (latest AFinDate; the later in the file on a tie), or null. */
	public static AppFinRecord latestTnp(LearningDelivery aim, int code) {
		AppFinRecord latest = null;
		for (AppFinRecord r : aim.appFinRecord()) {
			if (!"TNP".equals(r.aFinType()) || r.aFinCode() == null || r.aFinCode() != code) {
				continue;
			}
			if (latest == null || latest.aFinDate() == null
					|| (r.aFinDate() != null && !r.aFinDate().isBefore(latest.aFinDate()))) {
				latest = r;
			}
		}
		return latest;
	}

	private static int amount(AppFinRecord r) {
		return r == null || r.aFinAmount() == null ? 0 : r.aFinAmount();
	}

	/** The funding age band of an age at start: {@code under 16}, {@code 16-18}, {@code 19-23}, {@code 24+}, or
	 * {@code unknown}. */
	public static String ageBand(Integer age) {
		if (age == null) {
			return "unknown";
		}
		if (age < 16) {
			return "under 16";
		}
		if (age <= 18) {
			return "16-18";
		}
		return age <= 23 ? "19-23" : "24+";
	}
}

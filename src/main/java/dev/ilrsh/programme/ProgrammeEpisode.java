package dev.ilrsh.programme;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One programme of a learner — a programme aim with its components — or one aim that stands outside any programme.
 * Everything here is derived once, when the episode is built, relative to a reference date (normally the file's
 * FilePreparationDate).
 *
 * @param learner the learner the aims belong to
 * @param kind programme, standalone aim, or component without a programme aim
 * @param mainAim the programme aim, or the standalone or orphan aim itself
 * @param components the component aims (AimType 3) grouped under a programme aim, by start date; empty otherwise
 * @param start the main aim's LearnStartDate
 * @param programmeStart DD04: the earliest start of the learner's programme aims with this ProgType and StdCode
 *        (for a restart this is the first programme's start); the main aim's start when DD04 does not apply
 * @param originalStart OrigLearnStartDate when the main aim carries one (a restart), else {@code start}
 * @param plannedEnd the main aim's LearnPlanEndDate
 * @param actualEnd the main aim's LearnActEndDate, or null while in learning
 * @param achDate the main aim's AchDate, or null
 * @param effectiveEnd DD36 for a programme aim (AchDate for standards, else LearnActEndDate, else 2099-12-31);
 *        for other aims LearnActEndDate, else 2099-12-31
 * @param status where the episode stands
 * @param ageAtStart whole years on {@code originalStart} (so a restart keeps the age at its first start), or null
 *        without a date of birth
 * @param plannedDays days from start to planned end
 * @param actualDays days from start to actual end, or null while open
 * @param daysPastPlannedEnd days from the planned end to the actual end (or, while there is none, to the reference
 *        date); 0 when the planned end has not been passed
 * @param tnpTotal the total negotiated price: the latest TNP1 plus the latest TNP2 on the main aim (latest by
 *        AFinDate, the later record in the file on a tie), or null when the aim has neither. Residual prices
 *        (TNP3/TNP4) are in {@code residualTotal}.
 * @param residualTotal the latest TNP3 plus the latest TNP4, or null when the aim has neither
 * @param plannedOtjHours PHours of the main aim
 * @param actualOtjHours OTJActHours of the main aim
 * @param restart the main aim carries a RES (restart) FAM
 * @param referenceDate the date "now" means for this episode
 */
public record ProgrammeEpisode(Learner learner, EpisodeKind kind, LearningDelivery mainAim,
		List<LearningDelivery> components, LocalDate start, LocalDate programmeStart, LocalDate originalStart,
		LocalDate plannedEnd, LocalDate actualEnd, LocalDate achDate, LocalDate effectiveEnd, ProgrammeStatus status,
		Integer ageAtStart, Long plannedDays, Long actualDays, long daysPastPlannedEnd, Integer tnpTotal,
		Integer residualTotal, Integer plannedOtjHours, Integer actualOtjHours, boolean restart,
		LocalDate referenceDate) {

	public ProgrammeEpisode {
		components = List.copyOf(components);
	}

	public String learnRefNumber() {
		return learner.learnRefNumber();
	}

	public Integer progType() {
		return mainAim.progType();
	}

	public Integer stdCode() {
		return mainAim.stdCode();
	}

	public Integer fundModel() {
		return mainAim.fundModel();
	}

	public boolean isProgramme() {
		return kind == EpisodeKind.PROGRAMME;
	}

	/** The main aim followed by its components. */
	public List<LearningDelivery> aims() {
		List<LearningDelivery> all = new ArrayList<>(components.size() + 1);
		all.add(mainAim);
		all.addAll(components);
		return all;
	}

	/** AimSeqNumbers of the main aim and then the components. */
	public List<Integer> aimSeqNumbers() {
		return aims().stream().map(LearningDelivery::aimSeqNumber).toList();
	}

	/** True when the effective end is the open-ended 2099-12-31 of DD36. */
	public boolean isOpenEnded() {
		return effectiveEnd == null || effectiveEnd.equals(dev.ilrsh.derived.DerivedData.OPEN_END);
	}

	/** Age band at start as funding reports group it: 16-18, 19-23, 24+, under 16, or unknown. */
	public String ageBand() {
		return Programmes.ageBand(ageAtStart);
	}

	/** A short name: {@code ZPROG001 25/91}, or the LearnAimRef alone for aims outside programmes. */
	public String label() {
		StringBuilder b = new StringBuilder(mainAim.learnAimRef() == null ? "?" : mainAim.learnAimRef());
		if (mainAim.progType() != null) {
			b.append(' ').append(mainAim.progType());
			if (mainAim.stdCode() != null) {
				b.append('/').append(mainAim.stdCode());
			}
		}
		return b.toString();
	}
}

package dev.ilrsh.derived;

import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What rules look up across one learner's aims (the programme aims of a programme, the earliest start of a contract,
 * an aim's position), worked out in one pass so that a check made on every aim does not scan every other aim: a
 * learner with 20,000 aims costs 20,000 steps, not 400 million. Built on first use and kept for the learners
 * lately asked about on each thread, so every rule checking one learner shares it.
 */
public final class LearnerIndex {

	/** A programme: ProgType and StdCode, as DD04 and the programme rules match aims. */
	public record Programme(Integer progType, Integer stdCode) {

		public static Programme of(LearningDelivery aim) {
			return new Programme(aim.progType(), aim.stdCode());
		}
	}

	/** A programme with its funding model, as R66 matches a component to its programme aim. */
	private record FundedProgramme(Integer progType, Integer stdCode, Integer fundModel) {
	}

	/** A bootcamp contract: funding model and contract reference. */
	private record Contract(Integer fundModel, String conRefNumber) {
	}

	/** The indexes of the learners lately asked about on each thread: the validator checks 64 at a time. */
	private static final ThreadLocal<Map<Learner, LearnerIndex>> RECENT = ThreadLocal.withInitial(IdentityHashMap::new);

	private static final int RECENT_LEARNERS = 128;

	private final Map<LearningDelivery, Integer> position = new IdentityHashMap<>();
	private final Map<Programme, LocalDate> earliestProgrammeStart = new HashMap<>();
	private final Map<Programme, Integer> programmeAims = new HashMap<>();
	private final Map<Programme, Integer> componentOrCoreAims = new HashMap<>();
	private final Map<FundedProgramme, Integer> fundedProgrammeAims = new HashMap<>();
	private final Map<String, LocalDate> earliestStartOfContract = new HashMap<>();
	private final Map<Contract, LearningDelivery> latestBootcampProgramme = new HashMap<>();
	private final Map<Contract, int[]> bootcampAimTypes = new HashMap<>();

	private LearnerIndex(Learner learner) {
		List<LearningDelivery> aims = learner.learningDelivery();
		for (int i = 0; i < aims.size(); i++) {
			LearningDelivery d = aims.get(i);
			position.putIfAbsent(d, i);
			Programme programme = Programme.of(d);
			if (d.isProgrammeAim()) {
				programmeAims.merge(programme, 1, Integer::sum);
				fundedProgrammeAims.merge(new FundedProgramme(d.progType(), d.stdCode(), d.fundModel()), 1, Integer::sum);
				if (d.learnStartDate() != null) {
					earliestProgrammeStart.merge(programme, d.learnStartDate(), LearnerIndex::earlier);
					earliestStartOfContract.merge(key(d.conRefNumber()), d.learnStartDate(), LearnerIndex::earlier);
				}
			}
			if (d.aimType() != null && (d.aimType() == 3 || d.aimType() == 5)) {
				componentOrCoreAims.merge(programme, 1, Integer::sum);
			}
			if (Objects.equals(d.progType(), DerivedData.PROG_TYPE_BOOTCAMP) && d.aimType() != null) {
				Contract contract = new Contract(d.fundModel(), d.conRefNumber());
				int[] counts = bootcampAimTypes.computeIfAbsent(contract, k -> new int[2]);
				if (d.aimType() == 1) {
					counts[0]++;
					if (d.learnStartDate() != null) {
						latestBootcampProgramme.merge(contract, d,
								(a, b) -> b.learnStartDate().isAfter(a.learnStartDate()) ? b : a);
					}
				}
				else if (d.aimType() == 3) {
					counts[1]++;
				}
			}
		}
	}

	/** The index of a learner: the one made lately on this thread for the same learner, or a new one. */
	public static LearnerIndex of(Learner learner) {
		Map<Learner, LearnerIndex> recent = RECENT.get();
		LearnerIndex known = recent.get(learner);
		if (known != null) {
			return known;
		}
		if (recent.size() >= RECENT_LEARNERS) {
			recent.clear();
		}
		LearnerIndex made = new LearnerIndex(learner);
		recent.put(learner, made);
		return made;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return b.isBefore(a) ? b : a;
	}

	private static String key(String conRefNumber) {
		return conRefNumber == null ? "\u0000" : conRefNumber;
	}

	/** The position of an aim (by identity) among the learner's aims, or -1 when it is not one of them. */
	public int positionOf(LearningDelivery aim) {
		Integer i = position.get(aim);
		return i == null ? -1 : i;
	}

	/** DD04: the earliest start of the learner's programme aims of this programme, or null when there are none. */
	public LocalDate earliestProgrammeStart(Programme programme) {
		return earliestProgrammeStart.get(programme);
	}

	/** Whether the learner has a programme aim (AimType 1) of this programme. */
	public boolean hasProgrammeAim(Programme programme) {
		return programmeAims.containsKey(programme);
	}

	/** Whether the learner has a programme aim of this programme with this funding model. */
	public boolean hasProgrammeAim(Programme programme, Integer fundModel) {
		return fundedProgrammeAims.containsKey(new FundedProgramme(programme.progType(), programme.stdCode(), fundModel));
	}

	/** Whether the learner has a component (AimType 3) or core (AimType 5) aim of this programme. */
	public boolean hasComponentOrCoreAim(Programme programme) {
		return componentOrCoreAims.containsKey(programme);
	}

	/** The earliest start of the learner's programme aims with this contract reference (null matches null), or null. */
	public LocalDate earliestProgrammeStartOfContract(String conRefNumber) {
		return earliestStartOfContract.get(key(conRefNumber));
	}

	/** The latest-starting bootcamp programme aim with this funding model and contract, or null. */
	public LearningDelivery latestBootcampProgramme(Integer fundModel, String conRefNumber) {
		return latestBootcampProgramme.get(new Contract(fundModel, conRefNumber));
	}

	/** Whether the learner has a bootcamp (ProgType 32) aim of this type (1 or 3) with this funding model and contract. */
	public boolean hasBootcampAim(int aimType, Integer fundModel, String conRefNumber) {
		int[] counts = bootcampAimTypes.get(new Contract(fundModel, conRefNumber));
		return counts != null && counts[aimType == 1 ? 0 : 1] > 0;
	}
}

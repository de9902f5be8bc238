package dev.ilrsh.anonymise;

import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerHE;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryHE;
import dev.ilrsh.model.LearningDeliveryWorkPlacement;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.ProviderSpecDeliveryMonitoring;
import dev.ilrsh.model.ProviderSpecLearnerMonitoring;
import dev.ilrsh.model.XmlExtras;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A generated file with every personal field of the model filled on many learners, in the forms real files use
 * (and some malformed ones, which must stay malformed): what anonymise is tested on. Fictional throughout.
 */
final class EveryPersonalField {

	private static final String[] POSTCODES = { "B1 1AA", "M60 1NW", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB",
			"LS1 4AP", "ZZ99 9ZZ", "sw1a 1aa", "B11AA" };
	private static final String[] STREETS = { "Acacia Avenue", "Mill Lane", "Station Road", "High Street" };

	private EveryPersonalField() {
	}

	static Message fill(Message message, long seed) {
		SplittableRandom rnd = new SplittableRandom(seed);
		List<Learner> learners = new ArrayList<>();
		for (int i = 0; i < message.learners().size(); i++) {
			Learner l = message.learners().get(i);
			String postcode = POSTCODES[rnd.nextInt(POSTCODES.length)];
			l = with(l, "PrevLearnRefNumber", i % 3 == 0 ? "OLD" + i : null);
			l = with(l, "NINumber", i % 9 == 0 ? "QQ123456E" : String.format("AB%06dC", rnd.nextInt(1_000_000)));
			l = with(l, "Postcode", postcode);
			l = with(l, "PostcodePrior", i % 2 == 0 ? postcode : POSTCODES[rnd.nextInt(POSTCODES.length)]);
			l = with(l, "AddLine1", (1 + rnd.nextInt(200)) + " " + STREETS[rnd.nextInt(STREETS.length)]);
			l = with(l, "AddLine2", "Flat " + (1 + rnd.nextInt(9)));
			l = with(l, "AddLine3", "Exampleton");
			l = with(l, "AddLine4", "Sampleshire");
			l = with(l, "TelNo", String.format("07%09d", rnd.nextInt(1_000_000_000)));
			l = with(l, "Email", l.givenNames().toLowerCase() + "." + i + "@mail.example.com");
			l = with(l, "ProviderSpecLearnerMonitoring", List.of(
					new ProviderSpecLearnerMonitoring("A", "GROUP " + (i % 5), XmlExtras.NONE),
					new ProviderSpecLearnerMonitoring("B", "Tutor" + i, XmlExtras.NONE)));
			if (i % 4 == 0) {
				l = with(l, "LearnerHE", new LearnerHE(String.format("%010d", rnd.nextLong(10_000_000_000L)), null,
						List.of(), XmlExtras.NONE));
			}
			List<LearningDelivery> aims = new ArrayList<>();
			for (LearningDelivery d : l.learningDelivery()) {
				d = Ilr.with(d, "DelLocPostCode", POSTCODES[rnd.nextInt(POSTCODES.length)]);
				d = Ilr.with(d, "LSDPostcode", postcode);
				d = Ilr.with(d, "SWSupAimId", i % 11 == 0 ? "MIS-" + i + "-" + d.aimSeqNumber()
						: new UUID(rnd.nextLong(), rnd.nextLong()).toString());
				d = Ilr.with(d, "ProviderSpecDeliveryMonitoring",
						List.of(new ProviderSpecDeliveryMonitoring("A", "COHORT" + (i % 7), XmlExtras.NONE)));
				if (i % 10 == 1) {
					d = Ilr.with(d, "ConRefNumber", "AGR" + (100 + i));
				}
				if (i % 10 == 2 && d.fundModel() == 25) {
					d = Ilr.with(d, "LearningDeliveryWorkPlacement", List.of(new LearningDeliveryWorkPlacement(
							d.learnStartDate(), null, 40, 1, 300000111, XmlExtras.NONE)));
				}
				if (i % 10 == 3) {
					d = Ilr.with(d, "LearningDeliveryHE", new LearningDeliveryHE("ABCD12345678", null, null, null,
							null, 1, 1, null, null, null, 1, 1, null, 0, null, null, null, null, postcode,
							XmlExtras.NONE));
				}
				aims.add(d);
			}
			learners.add(l.withLearningDelivery(aims));
		}
		return message.withLearners(learners);
	}

	private static Learner with(Learner l, String field, Object value) {
		return Ilr.with(l, field, value);
	}
}

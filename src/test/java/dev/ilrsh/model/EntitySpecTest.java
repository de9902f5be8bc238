package dev.ilrsh.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntitySpecTest {

	@Test
	void findsAMemberFromTheLastOneSeenWhateverTheStringAndWhereverItIs() {
		EntitySpec learner = IlrSchema.LEARNER;
		int uln = learner.indexOf("ULN");
		assertThat(uln).isPositive();
		// the schema's own string, just ahead; an equal string that is not the schema's; behind; far ahead; unknown
		assertThat(learner.indexOf("ULN", uln - 2)).isEqualTo(uln);
		assertThat(learner.indexOf(new String("ULN"), uln - 2)).isEqualTo(uln);
		assertThat(learner.indexOf("ULN", uln + 3)).isEqualTo(uln);
		assertThat(learner.indexOf("LearningDelivery", 0)).isEqualTo(learner.indexOf("LearningDelivery"));
		assertThat(learner.indexOf("Mystery", 0)).isEqualTo(-1);
		assertThat(learner.indexOf("LearnRefNumber", -1)).isZero();
	}

	@Test
	void countsOnlyTheMembersWhoseNumberCanBeWrong() {
		EntitySpec aim = IlrSchema.LEARNING_DELIVERY;
		for (int k = 0; k < aim.countedMembers(); k++) {
			Member member = aim.member(aim.countedMember(k));
			assertThat(member.minOccurs() > 0 || member.repeats()).as(member.name()).isTrue();
		}
		long expected = aim.members().stream().filter(m -> m.minOccurs() > 0 || m.repeats()).count();
		assertThat(aim.countedMembers()).isEqualTo((int) expected).isLessThan(aim.size());
	}
}

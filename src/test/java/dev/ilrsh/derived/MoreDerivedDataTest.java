package dev.ilrsh.derived;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.EmploymentStatusMonitoring;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearnerEmploymentStatus;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.LearningDeliveryFAM;
import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.xml.IlrReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The derived items written for issue 14 (DD35, DD38, DD12, DD21, DD28, DD37) and the student support number. */
class MoreDerivedDataTest {

	private static Learner learner() throws Exception {
		return IlrReader.read(Fixtures.path("forum-case-two-records.xml")).message().learners().get(0);
	}

	private static LearningDelivery withFams(LearningDelivery d, String... typeCodes) {
		List<LearningDeliveryFAM> fams = new ArrayList<>();
		LearningDeliveryFAM template = d.learningDeliveryFAM().get(0);
		for (String tc : typeCodes) {
			fams.add(Ilr.with(Ilr.with(Ilr.with(Ilr.with(template, "LearnDelFAMType", tc.split(" ")[0]), "LearnDelFAMCode",
					tc.split(" ")[1]), "LearnDelFAMDateFrom", null), "LearnDelFAMDateTo", null));
		}
		return Ilr.with(d, "LearningDeliveryFAM", fams);
	}

	/** The learner with one employment status, dated before the aim's start, carrying these monitoring records. */
	private static Learner status(Learner l, int empStat, String... monitoring) {
		LearnerEmploymentStatus s = l.learnerEmploymentStatus().get(0);
		EmploymentStatusMonitoring template = s.employmentStatusMonitoring().get(0);
		List<EmploymentStatusMonitoring> m = new ArrayList<>();
		for (String tc : monitoring) {
			m.add(Ilr.with(Ilr.with(template, "ESMType", tc.split(" ")[0]), "ESMCode", Integer.parseInt(tc.split(" ")[1])));
		}
		s = Ilr.with(Ilr.with(s, "EmpStat", empStat), "EmploymentStatusMonitoring", m);
		return Ilr.with(l, "LearnerEmploymentStatus", List.of(s));
	}

	@Test
	void combinedAuthorityFundingIsSof110To123() throws Exception {
		LearningDelivery d = learner().learningDelivery().get(0);
		assertThat(MoreDerivedData.isCombinedAuthorityFunded(withFams(d, "SOF 110"))).isTrue();
		assertThat(MoreDerivedData.isCombinedAuthorityFunded(withFams(d, "SOF 123"))).isTrue();
		assertThat(MoreDerivedData.isCombinedAuthorityFunded(withFams(d, "SOF 124"))).isFalse();
		assertThat(MoreDerivedData.isCombinedAuthorityFunded(withFams(d, "SOF 105", "LDM 110"))).isFalse();
		assertThat(MoreDerivedData.isCombinedAuthorityFunded(withFams(d, "SOF X"))).isFalse();
	}

	@Test
	void unemployedWithBenefitsFollowsTheStatusOnTheStart() throws Exception {
		Learner l = learner();
		LearningDelivery adult = Ilr.with(l.learningDelivery().get(0), "FundModel", 35);
		assertThat(MoreDerivedData.isUnemployedWithBenefits(status(l, 11, "BSI 1"), adult)).isTrue();
		assertThat(MoreDerivedData.isUnemployedWithBenefits(status(l, 12, "BSI 5"), adult)).isTrue();
		assertThat(MoreDerivedData.isUnemployedWithBenefits(status(l, 10, "BSI 5"), adult)).isFalse();
		assertThat(MoreDerivedData.isUnemployedWithBenefits(status(l, 10, "BSI 5", "EII 6"), adult)).isTrue();
		// DD38 is for adult skills (FundModel 35) only
		assertThat(MoreDerivedData.isUnemployedWithBenefits(status(l, 11, "BSI 1"), l.learningDelivery().get(0))).isFalse();
		// the status must apply on the start
		Learner later = status(l, 11, "BSI 1");
		later = Ilr.with(later, "LearnerEmploymentStatus", List.of(Ilr.with(later.learnerEmploymentStatus().get(0),
				"DateEmpStatApp", adult.learnStartDate().plusDays(1))));
		assertThat(MoreDerivedData.isUnemployedWithBenefits(later, adult)).isFalse();
		// DD12, DD21, DD28, DD37
		assertThat(MoreDerivedData.isMandatedOnBenefits(status(l, 11, "BSI 2"), adult)).isTrue();
		assertThat(MoreDerivedData.isMandatedOnBenefits(status(l, 11, "BSI 4"), adult)).isFalse();
		assertThat(MoreDerivedData.isMandatedOnBenefits(status(l, 11, "BSI 4"), withFams(adult, "LDM 318"))).isTrue();
		assertThat(MoreDerivedData.isUnemployedOnOtherBenefits(status(l, 11, "BSI 3"), adult)).isTrue();
		assertThat(MoreDerivedData.isUnemployedOnOtherBenefits(status(l, 11, "BSI 4"), withFams(adult, "LDM 318"))).isFalse();
		assertThat(MoreDerivedData.isUnemployedWithBenefitsBefore2020(status(l, 10, "BSI 3", "EII 2"), adult)).isTrue();
		assertThat(MoreDerivedData.isUnemployedOnOtherStateBenefits(status(l, 12, "BSI 6"), adult)).isTrue();
	}

	@Test
	void studentSupportNumbersCarryACheckLetter() {
		// ABCD = 0,1,2,3 and 12345678, weighted 13 down to 2: 64 + 156 = 220; 220 mod 23 = 13; 23 - 13 = 10: K
		assertThat(MoreDerivedData.validStudentSupportNumber("ABCD12345678K")).isTrue();
		assertThat(MoreDerivedData.validStudentSupportNumber("abcd12345678k")).isTrue();
		assertThat(MoreDerivedData.validStudentSupportNumber("ABCD12345678J")).isFalse();
		assertThat(MoreDerivedData.validStudentSupportNumber("ABCI12345678K")).as("I is never used").isFalse();
		assertThat(MoreDerivedData.validStudentSupportNumber("ABCD1234567K")).isFalse();
	}

	@Test
	void theLearnerIndexAnswersAsAScanWould() throws Exception {
		Learner l = learner();
		LearningDelivery p = l.learningDelivery().get(0);
		LearnerIndex index = LearnerIndex.of(l);
		assertThat(LearnerIndex.of(l)).isSameAs(index);
		assertThat(index.positionOf(p)).isZero();
		assertThat(index.earliestProgrammeStart(LearnerIndex.Programme.of(p))).isEqualTo(p.learnStartDate());
		assertThat(index.hasProgrammeAim(LearnerIndex.Programme.of(p), p.fundModel())).isTrue();
		assertThat(index.hasProgrammeAim(LearnerIndex.Programme.of(p), 99)).isFalse();
		assertThat(index.hasComponentOrCoreAim(LearnerIndex.Programme.of(p))).isFalse();
		assertThat(index.earliestProgrammeStartOfContract(null)).isEqualTo(p.learnStartDate());
		Learner other = Ilr.with(l, "LearnRefNumber", "OTHER");
		assertThat(LearnerIndex.of(other)).isNotSameAs(index);
	}
}

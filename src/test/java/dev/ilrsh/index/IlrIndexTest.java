package dev.ilrsh.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Member;
import dev.ilrsh.query.Finder;
import dev.ilrsh.testing.Fixtures;
import dev.ilrsh.xml.IlrReader;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IlrIndexTest {

	static IlrIndex index;

	@BeforeAll
	static void build() throws Exception {
		index = IlrIndex.build(IlrReader.read(Fixtures.path("forum-case-two-records.xml")).message());
	}

	@AfterAll
	static void close() {
		index.close();
	}

	@Test
	void oneDocumentPerLearnerAimAndProgramme() {
		assertThat(index.count(Target.LEARNERS)).isEqualTo(2);
		assertThat(index.count(Target.AIMS)).isEqualTo(2);
		assertThat(index.count(Target.PROGRAMMES)).isEqualTo(2);
		assertThat(index.referenceDate()).isEqualTo(LocalDate.of(2025, 11, 20));
		try (IlrIndex fresh = IlrIndex.build(index.message())) {
			assertThat(fresh.sizeInBytes()).as("nothing is indexed up front").isZero();
			new Finder(fresh).find("okafor AND StdCode:[1 TO *]", Target.AIMS, 10);
			assertThat(fresh.sizeInBytes()).as("the columns and names index the search read").isPositive();
		}
	}

	@Test
	void everySchemaFieldOfLearnersAndAimsIsKnownUnderItsElementName() {
		for (var spec : java.util.List.of(IlrSchema.LEARNER, IlrSchema.LEARNING_DELIVERY,
				IlrSchema.LEARNING_DELIVERY_FAM, IlrSchema.APP_FIN_RECORD, IlrSchema.LEARNER_EMPLOYMENT_STATUS,
				IlrSchema.LEARNING_DELIVERY_HE)) {
			for (Member m : spec.members()) {
				if (m instanceof FieldSpec f) {
					assertThat(index.fields().lookup(f.name())).as(f.name()).isPresent();
					assertThat(index.fields().lookup(f.name().toLowerCase())).as(f.name()).isPresent();
				}
			}
		}
		assertThat(index.fields().lookup("LearnStartDate").orElseThrow().kind()).isEqualTo(FieldKind.DATE);
		assertThat(index.fields().lookup("StdCode").orElseThrow().kind()).isEqualTo(FieldKind.INT);
		assertThat(index.fields().lookup("LearnAimRef").orElseThrow().kind()).isEqualTo(FieldKind.KEYWORD);
		assertThat(index.fields().lookup("ULN").orElseThrow().kind()).isEqualTo(FieldKind.KEYWORD);
		assertThat(index.fields().lookup("FamilyName").orElseThrow().kind()).isEqualTo(FieldKind.TEXT);
		assertThat(index.fields().lookup("EmpStat").orElseThrow().targets()).containsExactly(Target.LEARNERS);
		assertThat(index.fields().lookup("StdCode").orElseThrow().targets()).containsExactlyInAnyOrder(Target.values());
	}

	@Test
	void fieldsAbsentFromTheFileCanStillBeQueried() {
		Finder finder = new Finder(index);
		assertThat(finder.find("WithdrawReason:40", Target.AIMS, 10).totalHits()).isZero();
		assertThat(finder.find("NINumber:*", Target.LEARNERS, 10).totalHits()).isZero();
		assertThat(finder.find("LDM:034", Target.AIMS, 10).totalHits()).isZero();
	}

	@Test
	void childRecordsAreSearchableFromTheirParents() {
		Finder finder = new Finder(index);
		assertThat(finder.find("LOE:4", Target.LEARNERS, 10).totalHits()).isEqualTo(1);
		assertThat(finder.find("ESMType:LOE", Target.LEARNERS, 10).totalHits()).isEqualTo(1);
		assertThat(finder.find("SOF:105", Target.AIMS, 10).totalHits()).isEqualTo(1);
		assertThat(finder.find("LearnDelFAMType:ACT AND LearnDelFAMCode:1", Target.AIMS, 10).totalHits()).isEqualTo(2);
		assertThat(finder.find("AFinAmount:[10000 TO *]", Target.PROGRAMMES, 10).totalHits()).isEqualTo(1);
		assertThat(finder.find("EmpId:123456789", Target.LEARNERS, 10).totalHits()).isEqualTo(2);
		assertThat(finder.find("TNPTotal:10000 AND status:achieved", Target.PROGRAMMES, 10).totalHits()).isEqualTo(1);
		assertThat(finder.find("EffectiveEnd:2025-10-22", Target.PROGRAMMES, 10).totalHits()).isEqualTo(1);
	}

	@Test
	void datesAreIndexedAsYearMonthDayNumbers() {
		assertThat(IlrIndex.dateToInt(LocalDate.of(2025, 8, 1))).isEqualTo(20250801);
	}
}

package dev.ilrsh.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.index.Target;
import dev.ilrsh.render.Format;
import dev.ilrsh.render.TableRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FinderTest {

	static IlrIndex index;
	static Finder finder;

	@BeforeAll
	static void build() {
		index = IlrIndex.build(QueryFixtures.sample());
		finder = new Finder(index);
	}

	@AfterAll
	static void close() {
		index.close();
	}

	private static java.util.List<Object> refs(String query, Target target) {
		return finder.find(query, target, 100).table().rows().stream().map(r -> r.get(0)).toList();
	}

	@Test
	void fieldNamesIgnoreCaseAndCodesIgnoreCase() {
		assertThat(refs("familyname:okafor", Target.LEARNERS)).containsExactly("A1", "B2");
		assertThat(refs("FAMILYNAME:OKAFOR AND givennames:ben", Target.LEARNERS)).containsExactly("B2");
		assertThat(refs("learnaimref:zstd0094", Target.AIMS)).containsExactly("B2", "C3");
		assertThat(refs("LearnAimRef:ZSTD00*", Target.AIMS)).containsExactly("A1", "B2", "C3");
	}

	@Test
	void bareWordsSearchNamesReferencesUlnsAndPostcodes() {
		assertThat(refs("okafor", Target.LEARNERS)).containsExactly("A1", "B2");
		assertThat(refs("Okafr~", Target.LEARNERS)).containsExactly("A1", "B2");
		assertThat(refs("c3", Target.LEARNERS)).containsExactly("C3");
		assertThat(refs("1000000019", Target.LEARNERS)).containsExactly("B2");
		assertThat(refs("\"ZZ99 9ZZ\"", Target.LEARNERS)).hasSize(3);
		assertThat(refs("Postcode:\"zz99 9zz\"", Target.LEARNERS)).hasSize(3);
	}

	@Test
	void numbersAndDatesArePointsWithRanges() {
		assertThat(refs("StdCode:94 AND CompStatus:6", Target.AIMS)).containsExactly("C3", "C3");
		assertThat(refs("LearnStartDate:[2025-08-01 TO 2025-12-31]", Target.AIMS)).containsExactly("A1", "A1", "C3");
		// inclusive and exclusive ends, a day either side
		assertThat(refs("LearnStartDate:[2025-09-01 TO 2025-11-03]", Target.AIMS)).containsExactly("A1", "A1", "C3");
		assertThat(refs("LearnStartDate:{2025-09-01 TO 2025-11-03}", Target.AIMS)).isEmpty();
		assertThat(refs("LearnStartDate:[2025-09-02 TO *]", Target.AIMS)).containsExactly("A1", "A1");
		assertThat(refs("LearnStartDate:2025-11", Target.PROGRAMMES)).containsExactly("A1");
		assertThat(refs("LearnStartDate:2024", Target.PROGRAMMES)).containsExactly("A1", "B2");
		assertThat(refs("PHours:[* TO 300]", Target.PROGRAMMES)).containsExactly("B2", "C3");
		assertThat(refs("ACT:1 AND StdCode:300", Target.AIMS)).containsExactly("A1");
	}

	@Test
	void existenceNegationAndDerivedFields() {
		assertThat(refs("AimType:1 AND NOT AchDate:*", Target.AIMS)).containsExactly("A1", "B2", "C3");
		assertThat(refs("NOT LearnActEndDate:*", Target.PROGRAMMES)).containsExactly("A1", "C3");
		assertThat(refs("status:gateway", Target.PROGRAMMES)).containsExactly("B2");
		assertThat(refs("Status:break", Target.LEARNERS)).containsExactly("C3");
		assertThat(refs("ULNCheck:not-known", Target.LEARNERS)).containsExactly("C3");
		assertThat(refs("ProgrammeCount:[2 TO *]", Target.LEARNERS)).containsExactly("A1");
		assertThat(refs("kind:standalone", Target.PROGRAMMES)).containsExactly("C3");
	}

	@Test
	void patternsOnCodesMatchWithoutRegardToCase() {
		assertThat(refs("LearnAimRef:zstd*94", Target.AIMS)).containsExactly("B2", "C3");
		assertThat(refs("LearnAimRef:ZSTD009?", Target.AIMS)).containsExactly("A1", "B2", "C3");
		assertThat(refs("LearnAimRef:/zstd0(091|300)/", Target.AIMS)).containsExactly("A1", "A1");
		assertThat(refs("LearnAimRef:ZSTD0093~1", Target.AIMS)).containsExactly("A1", "B2", "C3");
		assertThat(refs("LearnAimRef:ZSTD0093~1 AND NOT StdCode:94", Target.AIMS)).containsExactly("A1");
		assertThat(refs("LearnAimRef:[60000001 TO zprog001]", Target.AIMS)).containsExactly("A1", "A1", "B2", "C3",
				"C3");
		assertThat(refs("LearnAimRef:{60000001 TO zprog001}", Target.AIMS)).isEmpty();
		assertThatThrownBy(() -> finder.find("LearnAimRef:/zstd(/", Target.AIMS, 10))
			.hasMessageStartingWith("cannot read the pattern /zstd(/");
	}

	@Test
	void wordsReachAimsAndProgrammesThroughTheirLearner() {
		assertThat(refs("okafor", Target.AIMS)).containsExactly("A1", "A1", "A1", "A1", "B2", "B2");
		assertThat(refs("FamilyName:okafor AND StdCode:94", Target.AIMS)).containsExactly("B2", "B2");
		assertThat(refs("GivenNames:amara OR LearnRefNumber:c3", Target.PROGRAMMES)).containsExactlyInAnyOrder("A1",
				"A1", "C3", "C3");
		assertThat(refs("NOT okafor", Target.AIMS)).containsExactly("C3", "C3", "C3");
		// an exact spelling ranks before a near one
		assertThat(refs("FamilyName:Okafr~ OR FamilyName:Zed", Target.LEARNERS)).containsExactlyInAnyOrder("A1", "B2", "C3")
			.startsWith("C3");
		assertThat(refs("FamilyName:Zedd~", Target.PROGRAMMES)).containsExactly("C3", "C3");
	}

	@Test
	void bareWordsMatchOneWordOfAPostcode() {
		assertThat(refs("zz99", Target.LEARNERS)).hasSize(3);
		assertThat(refs("9zz AND ben", Target.LEARNERS)).containsExactly("B2");
		assertThat(refs("10000000*", Target.LEARNERS)).containsExactly("A1", "B2");
		assertThat(refs("c?", Target.PROGRAMMES)).containsExactly("C3", "C3");
	}

	@Test
	void addressLinesAreWordsIndexedOnFirstUse() {
		var message = dev.ilrsh.programme.Ilrs.message("2025-11-20",
				dev.ilrsh.programme.Ilrs.learner("D4").name("Dev", "Patel").set("AddLine1", "12 High Street").build(),
				dev.ilrsh.programme.Ilrs.learner("E5").name("Eve", "Hill").set("AddLine1", "3 Highfield Road").build());
		try (IlrIndex own = IlrIndex.build(message)) {
			Finder f = new Finder(own);
			assertThat(f.find("AddLine1:high", Target.LEARNERS, 10).table().rows().get(0).get(0)).isEqualTo("D4");
			assertThat(f.find("AddLine1:high*", Target.LEARNERS, 10).totalHits()).isEqualTo(2);
			assertThat(f.find("AddLine1:\"high street\"", Target.LEARNERS, 10).totalHits()).isEqualTo(1);
			assertThat(f.find("AddLine1:*", Target.LEARNERS, 10).totalHits()).isEqualTo(2);
			// bare words search names, not addresses
			assertThat(f.find("high", Target.LEARNERS, 10).totalHits()).isZero();
			assertThat(f.find("hill", Target.LEARNERS, 10).totalHits()).isEqualTo(1);
		}
	}

	@Test
	void hitsComeInFileOrder() {
		assertThat(refs("AimType:3", Target.AIMS)).containsExactly("A1", "A1", "B2", "C3");
		assertThat(finder.find("AimType:3", Target.AIMS, 10).table().rows().stream().map(r -> r.get(3)).toList())
			.containsExactly("ZSTD0091", "ZSTD0300", "ZSTD0094", "ZSTD0094");
	}

	@Test
	void aLimitShowsFewerRowsButCountsAll() {
		FindResult r = finder.find("", Target.AIMS, 2);
		assertThat(r.totalHits()).isEqualTo(9);
		assertThat(r.table().size()).isEqualTo(2);
		assertThat(r.truncated()).isTrue();
	}

	@Test
	void programmeListingIsReadable() {
		String text = TableRenderer.render(finder.find("okafor", Target.PROGRAMMES, 10).table(), Format.TABLE);
		assertThat(text).isEqualTo("""
				LearnRefNumber  ULN         AimSeqNumbers  LearnAimRef  Kind       ProgType                    StdCode  LearnStartDate  EffectiveEnd  Status      AgeAtStart
				--------------  ----------  -------------  -----------  ---------  --------------------------  -------  --------------  ------------  ----------  ----------
				A1              1000000043  1 2            ZPROG001     programme  25 apprenticeship standard  91       2024-01-08      2025-10-22    achieved    22
				A1              1000000043  3 4            ZPROG001     programme  25 apprenticeship standard  300      2025-11-03      2099-12-31    continuing  24
				B2              1000000019  1 2            ZPROG001     programme  25 apprenticeship standard  94       2024-09-02      2025-09-30    gateway     18
				""");
	}

	@Test
	void errorsAreOneLineAndPointAtTheProblem() {
		assertThatThrownBy(() -> finder.find("Famlyname:okafor", Target.LEARNERS, 10))
			.isInstanceOf(QueryException.class)
			.hasMessage("unknown field 'Famlyname'; did you mean FamilyName, AFinDate, AchDate?");
		assertThatThrownBy(() -> finder.find("Famly:okafor", Target.LEARNERS, 10))
			.hasMessageStartingWith("unknown field 'Famly'; did you mean FamilyName,");
		assertThatThrownBy(() -> finder.find("StdCode:abc", Target.AIMS, 10)).hasMessage(
				"StdCode takes a whole number, not 'abc'");
		assertThatThrownBy(() -> finder.find("LearnStartDate:[2025-13-01 TO *]", Target.AIMS, 10))
			.hasMessageStartingWith("LearnStartDate takes a date such as 22/10/2025");
		assertThatThrownBy(() -> finder.find("StdCode:9*", Target.AIMS, 10))
			.hasMessage("StdCode holds numbers, so '9*' cannot match; use StdCode:[from TO to]");
		assertThatThrownBy(() -> finder.find("okafor AND", Target.AIMS, 10)).hasMessageContaining("ends too soon");
		assertThatThrownBy(() -> finder.find("okafor AND ) x", Target.AIMS, 10))
			.hasMessage("cannot read the query at column 12: unexpected ')'");
		assertThatThrownBy(() -> finder.find("\"okafor", Target.AIMS, 10)).hasMessageContaining("not closed");
		assertThatThrownBy(() -> finder.find("$type:aim", Target.AIMS, 10)).hasMessageStartingWith("unknown field");
	}
}

package dev.ilrsh.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.derived.DerivedData;
import dev.ilrsh.diff.Differ;
import dev.ilrsh.diff.ReturnDiff;
import dev.ilrsh.diff.ReturnPair;
import dev.ilrsh.files.OutputFile;
import dev.ilrsh.generate.Generator;
import dev.ilrsh.generate.GeneratorOptions;
import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.Ilr;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Member;
import dev.ilrsh.model.Message;
import dev.ilrsh.programme.Programmes;
import dev.ilrsh.rules.ValidationOptions;
import dev.ilrsh.rules.Validator;
import dev.ilrsh.testing.Xsd;
import dev.ilrsh.xml.IlrReader;
import dev.ilrsh.xml.IlrWriter;
import dev.ilrsh.xml.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnonymiserTest {

	static final Path SAMPLE = Path.of("sample-data/ILR-10000001-2526-20251120-093000-01.XML");

	@TempDir
	Path tmp;

	@Test
	void theSampleAnonymisedIsValidBehavesTheSameAndHoldsNoneOfItsPersonalValues() throws Exception {
		LoadResult original = IlrReader.read(SAMPLE);
		Anonymiser anonymiser = Anonymiser.prepare(original.message(), Secret.fromPassphrase("sample"));
		LoadResult written = write(anonymiser, original.message(), "anonymised.XML");
		Xsd.assertValid(written.file());
		AnonymisationProof proof = proof(original, written, anonymiser);
		assertThat(proof.failed()).isEmpty();
		assertThat(proof.checks()).extracting(AnonymisationProof.Check::what).contains("findings, rule by rule",
				"original personal values found in the new file");
		everyPersonalValueChanged(original.message(), written.message());
	}

	@Test
	void aGeneratedFileWithEveryPersonalFieldFilledToo() throws Exception {
		Message filled = EveryPersonalField.fill(Generator.generate(GeneratorOptions.of(400, 5).withMistakeRate(0.1)),
				5);
		Path originalFile = tmp.resolve("ILR-10000001-2526-20251120-093000-01.XML");
		IlrWriter.write(filled, OutputFile.at(originalFile));
		Xsd.assertValid(originalFile);
		LoadResult original = IlrReader.read(originalFile);
		Anonymiser anonymiser = Anonymiser.prepare(original.message(), Secret.random());
		LoadResult written = write(anonymiser, original.message(), "anonymised.XML");
		Xsd.assertValid(written.file());
		assertThat(proof(original, written, anonymiser).failed()).isEmpty();
		everyPersonalValueChanged(original.message(), written.message());
		everythingElseKept(original.message(), written.message());
		assertThat(anonymiser.birthDatesCompromised()).isZero();
		assertThat(anonymiser.textsCompromised()).isZero();
	}

	@Test
	void textTheSchemaDoesNotDefineAndValuesThatCouldNotBeReadAreReplacedKeepingTheirProblems() throws Exception {
		String xml = Files.readString(SAMPLE)
			.replace("<DateOfBirth>2000-03-14</DateOfBirth>", "<DateOfBirth>2000-02-30</DateOfBirth>")
			.replace("<AddLine2>Exampleton</AddLine2>",
					"<AddLine2>Exampleton</AddLine2>\n    <ContactEmail kind=\"home\">alex.brightwater@mail.example.com</ContactEmail>");
		Path originalFile = Files.writeString(tmp.resolve("ILR-10000001-2526-20251120-093000-01.XML"), xml);
		LoadResult original = IlrReader.read(originalFile);
		assertThat(original.problems()).extracting(p -> p.kind().name()).contains("BAD_VALUE", "UNKNOWN_ELEMENT");
		Anonymiser anonymiser = Anonymiser.prepare(original.message(), Secret.random());
		LoadResult written = write(anonymiser, original.message(), "anonymised.XML");
		assertThat(proof(original, written, anonymiser).failed()).isEmpty();
		String text = Files.readString(written.file());
		assertThat(text).doesNotContain("2000-02-30").doesNotContain("brightwater").doesNotContain("Brightwater")
			.contains("<ContactEmail kind=\"");
	}

	@Test
	void agesAtEveryStartAndTheSchoolYearOfBirthAreKept() throws Exception {
		Message original = Generator.generate(GeneratorOptions.of(500, 9));
		Message copy = Anonymiser.prepare(original, Secret.random()).apply(original);
		for (int i = 0; i < original.learners().size(); i++) {
			Learner a = original.learners().get(i);
			Learner b = copy.learners().get(i);
			assertThat(b.dateOfBirth()).isNotEqualTo(a.dateOfBirth());
			assertThat(Math.abs(b.dateOfBirth().toEpochDay() - a.dateOfBirth().toEpochDay())).isLessThanOrEqualTo(180);
			for (LearningDelivery aim : a.learningDelivery()) {
				assertThat(DerivedData.ageOn(b, aim.learnStartDate())).isEqualTo(DerivedData.ageOn(a, aim.learnStartDate()));
			}
			assertThat(DerivedData.ageOn(b, LocalDate.of(2025, 8, 31)))
				.isEqualTo(DerivedData.ageOn(a, LocalDate.of(2025, 8, 31)));
		}
		assertThat(Programmes.of(copy)).hasSameSizeAs(Programmes.of(original));
	}

	@Test
	void aBirthdayPinnedToOneDayKeepsItsAgesBetweenTheSameLimits() throws Exception {
		Message sample = IlrReader.read(SAMPLE).message();
		Learner learner = sample.learners().stream().filter(l -> l.learningDelivery().size() == 2).findFirst()
			.orElseThrow();
		LocalDate born = LocalDate.of(2007, 9, 8);
		// started on the 17th birthday and on the day before the 18th: only 8 September keeps both ages
		var aims = List.of(
				Ilr.with(learner.learningDelivery().get(0), "LearnStartDate", born.plusYears(17)),
				Ilr.with(learner.learningDelivery().get(1), "LearnStartDate",
						born.plusYears(18).minusDays(1)));
		Learner pinned = Ilr.with(learner.withLearningDelivery(aims), "DateOfBirth", born);
		Message message = sample.withLearners(List.of(pinned));
		Anonymiser anonymiser = Anonymiser.prepare(message, Secret.random());
		Learner copy = anonymiser.apply(0, pinned);
		assertThat(anonymiser.birthDatesWithinLimits()).isOne();
		assertThat(anonymiser.birthDatesCompromised()).isZero();
		assertThat(copy.dateOfBirth()).isNotEqualTo(born);
		for (LearningDelivery aim : aims) {
			assertThat(DerivedData.ageOn(copy, aim.learnStartDate()).orElseThrow()).isBetween(16, 17);
		}
	}

	@Test
	void theSameKeyGivesTheSameFileAndNoKeyARandomOne() throws Exception {
		LoadResult original = IlrReader.read(SAMPLE);
		Message m = original.message();
		Path a = write(Anonymiser.prepare(m, Secret.fromPassphrase("key one")), m, "a.XML").file();
		Path b = write(Anonymiser.prepare(m, Secret.fromPassphrase("key one")), m, "b.XML").file();
		Path c = write(Anonymiser.prepare(m, Secret.fromPassphrase("key two")), m, "c.XML").file();
		Path d = write(Anonymiser.prepare(m, Secret.random()), m, "d.XML").file();
		Path e = write(Anonymiser.prepare(m, Secret.random()), m, "e.XML").file();
		assertThat(Files.mismatch(a, b)).isEqualTo(-1);
		assertThat(Files.mismatch(a, c)).isNotEqualTo(-1);
		assertThat(Files.mismatch(d, e)).isNotEqualTo(-1);
	}

	@Test
	void twoReturnsAnonymisedWithOneKeyCanStillBeCompared() {
		ReturnPair pair = ReturnPair.make();
		Message older = Anonymiser.prepare(pair.older, Secret.fromPassphrase("month")).apply(pair.older);
		Message newer = Anonymiser.prepare(pair.newer, Secret.fromPassphrase("month")).apply(pair.newer);

		Map<String, Learner> byRef = new HashMap<>();
		pair.newer.learners().forEach(l -> byRef.put(l.learnRefNumber(), l));
		int same = 0;
		for (int i = 0; i < pair.older.learners().size(); i++) {
			Learner before = pair.older.learners().get(i);
			Learner after = byRef.get(before.learnRefNumber());
			int j = after == null ? -1 : pair.newer.learners().indexOf(after);
			if (j >= 0 && after.equals(before)) {
				Learner x = older.learners().get(i);
				Learner y = newer.learners().get(j);
				assertThat(y.learnRefNumber()).isEqualTo(x.learnRefNumber());
				assertThat(y.uln()).isEqualTo(x.uln());
				assertThat(y.familyName()).isEqualTo(x.familyName());
				assertThat(y.dateOfBirth()).isEqualTo(x.dateOfBirth());
				same++;
			}
		}
		assertThat(same).isGreaterThan(40);

		ReturnDiff plain = Differ.compare(pair.older, pair.newer);
		ReturnDiff anonymised = Differ.compare(older, newer);
		assertThat(anonymised.joined()).isEqualTo(plain.joined());
		assertThat(anonymised.left()).isEqualTo(plain.left());
		assertThat(anonymised.matchedByUln()).isEqualTo(plain.matchedByUln());
		assertThat(anonymised.counts()).isEqualTo(plain.counts());
		assertThat(anonymised.changed()).extracting(x -> x.newIndex())
			.isEqualTo(plain.changed().stream().map(x -> x.newIndex()).toList());
	}

	/** Every personal value present in the original differs in the copy, record by record. */
	private static void everyPersonalValueChanged(Message original, Message copy) {
		assertThat(copy.learners()).hasSameSizeAs(original.learners());
		Map<String, Function<Learner, Object>> fields = Map.of("LearnRefNumber", Learner::learnRefNumber,
				"FamilyName", Learner::familyName, "GivenNames", Learner::givenNames, "DateOfBirth",
				Learner::dateOfBirth, "NINumber", Learner::niNumber, "AddLine1", Learner::addLine1, "TelNo",
				Learner::telNo, "Email", Learner::email, "ULN", Learner::uln);
		int compared = 0;
		for (int i = 0; i < original.learners().size(); i++) {
			Learner a = original.learners().get(i);
			Learner b = copy.learners().get(i);
			for (var f : fields.entrySet()) {
				Object x = f.getValue().apply(a);
				if (x != null && !Objects.equals(x, DerivedData.ULN_NOT_KNOWN)) {
					assertThat(f.getValue().apply(b)).as(f.getKey() + " of record " + i).isNotEqualTo(x);
					compared++;
				}
			}
			if (a.postcode() != null && !a.postcode().equals("ZZ99 9ZZ")) {
				assertThat(b.postcode()).isNotEqualTo(a.postcode());
			}
		}
		assertThat(compared).isGreaterThan(original.learners().size() * 4);
	}

	/** Every field PersonalFields does not list holds the same value in the copy, in every entity of the file. */
	private static void everythingElseKept(Message original, Message copy) {
		int[] compared = new int[1];
		sameExceptPersonal(IlrSchema.MESSAGE, original, copy, compared);
		assertThat(compared[0]).isGreaterThan(original.learners().size() * 20);
	}

	private static void sameExceptPersonal(EntitySpec spec, IlrEntity a, IlrEntity b, int[] compared) {
		for (int i = 0; i < spec.members().size(); i++) {
			Member m = spec.members().get(i);
			Object x = spec.get(a, i);
			Object y = spec.get(b, i);
			if (m instanceof FieldSpec f) {
				if (PersonalFields.of(spec.name(), f.name()) == null) {
					assertThat(y).as(spec.name() + "." + f.name()).isEqualTo(x);
					compared[0]++;
				}
			}
			else if (x instanceof List<?> xs) {
				assertThat((List<?>) y).hasSameSizeAs(xs);
				for (int j = 0; j < xs.size(); j++) {
					sameExceptPersonal(((ChildSpec) m).entity(), (IlrEntity) xs.get(j), (IlrEntity) ((List<?>) y).get(j),
							compared);
				}
			}
			else if (x != null) {
				sameExceptPersonal(((ChildSpec) m).entity(), (IlrEntity) x, (IlrEntity) y, compared);
			}
			else {
				assertThat(y).isNull();
			}
		}
	}

	private LoadResult write(Anonymiser anonymiser, Message original, String name) throws Exception {
		Path file = tmp.resolve(name);
		IlrWriter.write(anonymiser.apply(original), OutputFile.at(file));
		return IlrReader.read(file);
	}

	private static AnonymisationProof proof(LoadResult original, LoadResult written, Anonymiser anonymiser) {
		var report = Validator.validate(original.message(), original.problems(), original.file(),
				ValidationOptions.defaults());
		return AnonymisationProof.check(original.message(), report, written, original.file(), anonymiser,
				original.problems());
	}
}

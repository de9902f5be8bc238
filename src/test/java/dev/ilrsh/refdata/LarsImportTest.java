package dev.ilrsh.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LarsImportTest {

	@TempDir
	Path temp;

	@Test
	void theFixtureImportsWithEveryPartAndItsVersion() {
		RefDataStore store = new RefDataStore(temp);
		LarsVersion v = store.importLars(LarsFixture.folder(), LarsFixture.IMPORTED);
		assertThat(v.tables()).isEqualTo(EnumSet.allOf(LarsTable.class));
		assertThat(v.schemaVersion()).isEqualTo("7.0.0");
		assertThat(v.dataDate()).isEqualTo(LocalDate.of(2025, 11, 20));
		assertThat(v.source()).isEqualTo("lars");
		assertThat(v.aims()).isEqualTo(85);
		assertThat(v.standards()).isEqualTo(36);
		assertThat(v.describe()).isEqualTo("LARS data of 2025-11-20 (schema 7.0.0), 85 aims, 36 standards; imported 2025-11-25 from lars");
		assertThat(store.currentLars()).contains(v);

		Lars lars = store.loadLars().orElseThrow();
		assertThat(lars.title("zprog001")).contains("Apprenticeship programme aim");
		assertThat(lars.title(" 60123456 ")).contains("Level 3 Certificate in Widget Engineering (fictional)");
		assertThat(lars.title("NOSUCH01")).isEmpty();
		assertThat(lars.standard(9401)).get().extracting(Lars.Standard::title, Lars.Standard::level)
			.containsExactly("Software developer standard 9401 (fictional)", 4);
		assertThat(lars.standard(94).get().typeCode()).isEqualTo("A0001");
		assertThat(lars.standard(12345)).isEmpty();
		assertThat(lars.standards()).hasSize(36).first().extracting(Lars.Standard::code).isEqualTo(91);

		Lars.Aim ended = lars.aim("Z9900010").orElseThrow();
		assertThat(ended.validity("adult_skills")).containsExactly(new Lars.Validity("ADULT_SKILLS",
				LocalDate.of(2015, 8, 1), LocalDate.of(2021, 7, 31), LocalDate.of(2021, 7, 31)));
		Lars.Aim maths = lars.aim("Z9900012").orElseThrow();
		assertThat(maths.basicSkillsTypeOn(LocalDate.of(2025, 9, 1))).isEqualTo(12);
		assertThat(maths.level()).isEqualTo("2");
		assertThat(lars.aim("Z9900045").get().inCategoryOn(45, LocalDate.of(2022, 4, 1))).isFalse();
		assertThat(lars.aim("Z9900045").get().inCategoryOn(45, LocalDate.of(2022, 3, 31))).isTrue();
		assertThat(lars.isUnder(21, 20)).isTrue();
		assertThat(lars.isUnder(37, 20)).isFalse();
		assertThat(lars.aim("ZTLOS002").get().frameworks()).extracting(Lars.FrameworkAim::pwayCode).containsExactly(2);
		assertThat(lars.standard(91).get().fundings().get(0).coreGovContributionCap()).isEqualByComparingTo("18000");
	}

	@Test
	void aZipAsDownloadedImportsTheSameAndAReimportIsTheSameVersion() throws IOException {
		Path zip = zip(temp.resolve("LARS_CSV.zip"), LarsFixture.folder(), "published/");
		RefDataStore store = new RefDataStore(temp.resolve("home"));
		LarsVersion fromZip = store.importLars(zip, LarsFixture.IMPORTED);
		assertThat(fromZip.source()).isEqualTo("LARS_CSV.zip");
		assertThat(fromZip.aims()).isEqualTo(85);
		LarsVersion again = store.importLars(zip, LarsFixture.IMPORTED.plusDays(1));
		assertThat(again).isEqualTo(fromZip);
		assertThat(store.larsVersions()).hasSize(1);
		assertThat(store.loadLars().orElseThrow().title("Z9900012")).contains("GCSE (9-1) in Mathematics (fictional)");
	}

	@Test
	void olderVersionsAreKeptUpToThreeAndTheCurrentOneIsUsed() throws IOException {
		RefDataStore store = new RefDataStore(temp.resolve("home"));
		for (int i = 1; i <= 4; i++) {
			Path folder = Files.createDirectories(temp.resolve("v" + i));
			Files.writeString(folder.resolve("LearningDelivery.csv"), "LearnAimRef,LearnAimRefTitle,Modified_On\n"
					+ "ZAIM0001,Title " + i + ",2025-11-0" + i + "\n");
			store.importLars(folder, LarsFixture.IMPORTED.plusDays(i));
		}
		assertThat(store.larsVersions()).hasSize(RefDataStore.KEPT)
			.extracting(LarsVersion::dataDate)
			.containsExactly(LocalDate.of(2025, 11, 4), LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 2));
		assertThat(store.loadLars().orElseThrow().title("ZAIM0001")).contains("Title 4");
		assertThat(store.currentLars().orElseThrow().tables()).containsExactly(LarsTable.LEARNING_DELIVERY);
	}

	@Test
	void csvQuirksAreRead() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("quirks"));
		Files.writeString(folder.resolve("learningdelivery.CSV"), "\uFEFFLearnAimRefTitle,\"LearnAimRef\",NotionalNVQLevelv2\r\n"
				+ "\"A title, with a comma and \"\"quotes\"\"\",zaim0001,3\r\n"
				+ "\"A title over\ntwo lines\",ZAIM0002,E\r\n\r\n", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("Validity.csv"), "LearnAimRef,ValidityCategory,StartDate,EndDate,LastNewStartDate\n"
				+ "ZAIM0001,ANY,2020-08-01,31/07/2024,01 Aug 2023\n"
				+ "ZNOTANAIM,ANY,2020-08-01,,\n");
		RefDataStore store = new RefDataStore(temp.resolve("home"));
		store.importLars(folder, LarsFixture.IMPORTED);
		Lars lars = store.loadLars().orElseThrow();
		assertThat(lars.title("ZAIM0001")).contains("A title, with a comma and \"quotes\"");
		assertThat(lars.title("ZAIM0002")).contains("A title over\ntwo lines");
		assertThat(lars.aim("ZAIM0002").get().level()).isEqualTo("E");
		assertThat(lars.aim("ZAIM0001").get().validities()).containsExactly(new Lars.Validity("ANY",
				LocalDate.of(2020, 8, 1), LocalDate.of(2024, 7, 31), LocalDate.of(2023, 8, 1)));
		// a validity for an aim LearningDelivery.csv does not list is not an aim LARS knows
		assertThat(lars.aim("ZNOTANAIM")).isEmpty();
		assertThat(lars.tables()).containsExactlyInAnyOrder(LarsTable.LEARNING_DELIVERY, LarsTable.VALIDITY);
	}

	@Test
	void badDownloadsAreRefusedWithTheFileLineAndField() throws IOException {
		RefDataStore store = new RefDataStore(temp.resolve("home"));
		Path empty = Files.createDirectories(temp.resolve("empty"));
		assertThatThrownBy(() -> store.importLars(empty, LarsFixture.IMPORTED)).isInstanceOf(RefDataException.class)
			.hasMessage(empty + " is not a LARS CSV download: it has neither LearningDelivery.csv nor Standard.csv "
					+ "(see: help refdata)");
		assertThatThrownBy(() -> store.importLars(temp.resolve("nothere.zip"), LarsFixture.IMPORTED))
			.hasMessage(temp.resolve("nothere.zip") + " does not exist");
		Path text = Files.writeString(temp.resolve("notes.zip"), "not a zip");
		assertThatThrownBy(() -> store.importLars(text, LarsFixture.IMPORTED)).isInstanceOf(RefDataException.class)
			.hasMessageStartingWith(text + " is neither a folder nor a zip file");
		Path badDate = Files.createDirectories(temp.resolve("baddate"));
		Files.writeString(badDate.resolve("LearningDelivery.csv"), "LearnAimRef,EffectiveFrom\nZAIM0001,2020-08-01\n"
				+ "ZAIM0002,the first of August\n");
		assertThatThrownBy(() -> store.importLars(badDate, LarsFixture.IMPORTED))
			.hasMessage("LearningDelivery.csv line 3: EffectiveFrom 'the first of August' is not a date (expected e.g. "
					+ "01 Aug 2025 or 2025-08-01)");
		Path noColumn = Files.createDirectories(temp.resolve("nocolumn"));
		Files.writeString(noColumn.resolve("Validity.csv"), "LearnAimRef,StartDate\nZAIM0001,2020-08-01\n");
		Files.writeString(noColumn.resolve("Standard.csv"), "StandardCode\n1\n");
		assertThatThrownBy(() -> store.importLars(noColumn, LarsFixture.IMPORTED))
			.hasMessage("Validity.csv has no column ValidityCategory (its columns: LearnAimRef, StartDate)");
		Path unclosed = Files.createDirectories(temp.resolve("unclosed"));
		Files.writeString(unclosed.resolve("Standard.csv"), "StandardCode,StandardName\n1,\"Never closed\n");
		assertThatThrownBy(() -> store.importLars(unclosed, LarsFixture.IMPORTED))
			.hasMessage("Standard.csv line 2: a quoted field is never closed");
		assertThat(store.currentLars()).isEmpty();
	}

	@Test
	void aDamagedOrForeignCacheIsRefusedWithWhatToDo() throws IOException {
		RefDataStore store = new RefDataStore(temp);
		LarsVersion v = store.importLars(LarsFixture.folder(), LarsFixture.IMPORTED);
		Path cache = store.larsFolder().resolve(v.id()).resolve("lars.bin");
		byte[] bytes = Files.readAllBytes(cache);
		bytes[12] = 99;
		Files.write(cache, bytes);
		assertThatThrownBy(store::loadLars).isInstanceOf(RefDataException.class)
			.hasMessage(cache + " was written by another version of ilrsh (cache format 99, "
					+ "this version reads 1); import the LARS download again");
		Files.writeString(cache, "hello");
		assertThatThrownBy(store::loadLars).hasMessage(cache + " is not an ilrsh LARS cache; import the LARS download again");
	}

	static Path zip(Path target, Path folder, String prefix) throws IOException {
		try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out);
				var files = Files.list(folder)) {
			for (Path f : files.sorted().toList()) {
				zip.putNextEntry(new ZipEntry(prefix + f.getFileName()));
				zip.write(Files.readAllBytes(f));
				zip.closeEntry();
			}
		}
		return target;
	}
}

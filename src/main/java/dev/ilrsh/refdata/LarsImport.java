package dev.ilrsh.refdata;

import dev.ilrsh.cancel.Cancellation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the DfE's LARS CSV download (the zip from "Find a learning aim", or a folder it was unpacked into) and keeps
 * what ilrsh uses. Files are found by name anywhere in the zip or folder, columns by header name; dates may be
 * written {@code 01 Aug 2014}, {@code 2014-08-01} or {@code 01/08/2014}. The layout relied on is in
 * {@code help refdata}.
 */
public final class LarsImport {

	/** What an import produced: the cache's bytes and their description. */
	public record Result(byte[] cache, LarsVersion version) {
	}

	private static final DateTimeFormatter LARS_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("d MMM uuuu")
		.toFormatter(Locale.UK);

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("d/M/uuuu");

	/** Where the download's files are read from: a zip or a folder. */
	private interface Source extends AutoCloseable {

		/** The file of this name (any case, any folder), or null. */
		InputStream open(String name) throws IOException;

		@Override
		void close() throws IOException;
	}

	private final Map<String, AimBuilder> aims = new HashMap<>();
	private final Map<Integer, StandardBuilder> standards = new HashMap<>();
	private final Map<Integer, Integer> parents = new HashMap<>();
	private final Set<LarsTable> tables = EnumSet.noneOf(LarsTable.class);
	private LocalDate dataDate;
	private String schemaVersion = "";
	private int[] bestVersion = { -1, -1, -1 };

	private LarsImport() {
	}

	/**
	 * Reads a LARS download.
	 *
	 * @throws RefDataException when it cannot be read or is not a LARS download, saying which file and line
	 */
	public static Result read(Path path, LocalDateTime now) {
		if (!Files.exists(path)) {
			throw new RefDataException(path + " does not exist");
		}
		if (!Files.isReadable(path)) {
			throw new RefDataException(path + " cannot be read (permission denied)");
		}
		String sha;
		LarsImport imp = new LarsImport();
		try (Source source = open(path)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			imp.learningDeliveries(source, digest);
			imp.validities(source, digest);
			imp.categories(source, digest);
			imp.categoryTree(source, digest);
			imp.annualValues(source, digest);
			imp.frameworkAims(source, digest);
			imp.standards(source, digest);
			imp.standardValidities(source, digest);
			imp.standardFundings(source, digest);
			imp.version(source, digest);
			sha = HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException e) {
			throw new RefDataException(path + " cannot be read: " + e.getMessage(), e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		if (!imp.tables.contains(LarsTable.LEARNING_DELIVERY) && !imp.tables.contains(LarsTable.STANDARD)) {
			throw new RefDataException(path + " is not a LARS CSV download: it has neither LearningDelivery.csv nor "
					+ "Standard.csv (see: help refdata)");
		}
		Map<String, Lars.Aim> aims = new TreeMap<>();
		boolean listed = imp.tables.contains(LarsTable.LEARNING_DELIVERY);
		// an aim named only in another file (a dangling reference) is not a learning aim LARS knows
		imp.aims.forEach((k, b) -> {
			if (b.listed || !listed) {
				aims.put(k, b.build());
			}
		});
		Map<Integer, Lars.Standard> standards = new TreeMap<>();
		imp.standards.forEach((k, b) -> standards.put(k, b.build()));
		byte[] cache = LarsCache.encode(aims, standards, imp.parents);
		LarsVersion version = new LarsVersion(imp.schemaVersion, imp.dataDate, path.getFileName().toString(), sha,
				now, imp.tables, aims.size(), standards.size());
		return new Result(cache, version);
	}

	private static Source open(Path path) throws IOException {
		if (Files.isDirectory(path)) {
			Map<String, Path> files = new HashMap<>();
			collect(path, files, 0);
			return new Source() {
				@Override
				public InputStream open(String name) throws IOException {
					Path p = files.get(name.toLowerCase(Locale.ROOT));
					return p == null ? null : Files.newInputStream(p);
				}

				@Override
				public void close() {
				}
			};
		}
		ZipFile zip;
		try {
			zip = new ZipFile(path.toFile());
		}
		catch (ZipException e) {
			throw new RefDataException(path + " is neither a folder nor a zip file (" + e.getMessage()
					+ "); give the LARS CSV download as downloaded, or the folder it was unpacked into");
		}
		Map<String, ZipEntry> entries = new HashMap<>();
		zip.stream().filter(e -> !e.isDirectory()).forEach(e -> {
			String name = e.getName().substring(e.getName().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
			entries.putIfAbsent(name, e);
		});
		return new Source() {
			@Override
			public InputStream open(String name) throws IOException {
				ZipEntry e = entries.get(name.toLowerCase(Locale.ROOT));
				return e == null ? null : zip.getInputStream(e);
			}

			@Override
			public void close() throws IOException {
				zip.close();
			}
		};
	}

	private static void collect(Path folder, Map<String, Path> files, int depth) throws IOException {
		if (depth > 3) {
			return;
		}
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
			for (Path p : stream) {
				if (Files.isDirectory(p)) {
					collect(p, files, depth + 1);
				}
				else {
					files.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p);
				}
			}
		}
	}

	/** Reads every row of a file, if the download has it; false when it does not. */
	private boolean each(Source source, MessageDigest digest, String file, String[] required, RowHandler handler)
			throws IOException {
		InputStream in = source.open(file);
		if (in == null) {
			return false;
		}
		try (Reader reader = new InputStreamReader(new DigestInputStream(in, digest), StandardCharsets.UTF_8);
				CsvReader csv = new CsvReader(new java.io.BufferedReader(reader, 1 << 16), file)) {
			for (String column : required) {
				if (!csv.has(column)) {
					throw new RefDataException(file + " has no column " + column + " (its columns: "
							+ String.join(", ", csv.header()) + ")");
				}
			}
			CsvReader.Row row;
			int n = 0;
			while ((row = csv.next()) != null) {
				if ((++n & 0x3FFF) == 0) {
					Cancellation.check();
				}
				handler.handle(row);
				noteDate(row, "Modified_On");
				noteDate(row, "Created_On");
			}
		}
		return true;
	}

	@FunctionalInterface
	private interface RowHandler {

		void handle(CsvReader.Row row);
	}

	private void learningDeliveries(Source source, MessageDigest digest) throws IOException {
		if (each(source, digest, "LearningDelivery.csv", new String[] { "LearnAimRef" }, row -> {
			AimBuilder a = aim(row);
			if (a == null) {
				return;
			}
			a.title = row.get("LearnAimRefTitle");
			a.type = blankToNull(row.get("LearnAimRefType"));
			a.level = blankToNull(row.get("NotionalNVQLevelv2"));
			a.from = date(row, "EffectiveFrom");
			a.to = date(row, "EffectiveTo");
			a.prescribed = number(row, "EnglPrscID");
			a.commonComponent = number(row, "FrameworkCommonComponent");
			a.listed = true;
		})) {
			tables.add(LarsTable.LEARNING_DELIVERY);
		}
	}

	private void validities(Source source, MessageDigest digest) throws IOException {
		if (each(source, digest, "Validity.csv", new String[] { "LearnAimRef", "ValidityCategory", "StartDate" }, row -> {
			AimBuilder a = aim(row);
			if (a != null) {
				a.validities.add(new Lars.Validity(row.get("ValidityCategory"), date(row, "StartDate"),
						date(row, "EndDate"), date(row, "LastNewStartDate")));
			}
		})) {
			tables.add(LarsTable.VALIDITY);
		}
	}

	private void categories(Source source, MessageDigest digest) throws IOException {
		if (each(source, digest, "LearningDeliveryCategory.csv", new String[] { "LearnAimRef", "CategoryRef" }, row -> {
			AimBuilder a = aim(row);
			Integer ref = number(row, "CategoryRef");
			if (a != null && ref != null) {
				a.categories.add(new Lars.CategoryPeriod(ref, date(row, "EffectiveFrom"), date(row, "EffectiveTo")));
			}
		})) {
			tables.add(LarsTable.CATEGORY);
		}
	}

	private void categoryTree(Source source, MessageDigest digest) throws IOException {
		if (each(source, digest, "Category.csv", new String[] { "CategoryRef" }, row -> {
			Integer ref = number(row, "CategoryRef");
			Integer parent = number(row, "ParentCategoryRef");
			if (ref != null && parent != null) {
				parents.put(ref, parent);
			}
		})) {
			tables.add(LarsTable.CATEGORY_TREE);
		}
	}

	private void annualValues(Source source, MessageDigest digest) throws IOException {
		if (each(source, digest, "AnnualValue.csv", new String[] { "LearnAimRef", "BasicSkillsType" }, row -> {
			AimBuilder a = aim(row);
			if (a != null) {
				a.annualValues.add(new Lars.AnnualValue(number(row, "BasicSkillsType"), date(row, "EffectiveFrom"),
						date(row, "EffectiveTo")));
			}
		})) {
			tables.add(LarsTable.ANNUAL_VALUE);
		}
	}

	private void frameworkAims(Source source, MessageDigest digest) throws IOException {
		if (each(source, digest, "FrameworkAims.csv", new String[] { "LearnAimRef", "FworkCode", "PwayCode" }, row -> {
			AimBuilder a = aim(row);
			Integer fwork = number(row, "FworkCode");
			Integer pway = number(row, "PwayCode");
			Integer prog = number(row, "ProgType");
			if (a != null && fwork != null && pway != null) {
				a.frameworks.add(new Lars.FrameworkAim(fwork, prog == null ? 0 : prog, pway, date(row, "EffectiveFrom"),
						date(row, "EffectiveTo")));
			}
		})) {
			tables.add(LarsTable.FRAMEWORK_AIMS);
		}
	}

	private void standards(Source source, MessageDigest digest) throws IOException {
		boolean[] typed = { false };
		if (each(source, digest, "Standard.csv", new String[] { "StandardCode" }, row -> {
			StandardBuilder s = standard(row);
			if (s == null) {
				return;
			}
			s.title = row.get("StandardName");
			s.level = number(row, "NotionalEndLevel");
			s.from = date(row, "EffectiveFrom");
			s.lastStarts = date(row, "LastDateStarts");
			s.to = date(row, "EffectiveTo");
			String type = row.get("ApprenticeshipStandardTypeCode");
			s.typeCode = type.isEmpty() ? null : type;
			typed[0] |= !type.isEmpty();
		})) {
			tables.add(LarsTable.STANDARD);
			if (typed[0]) {
				tables.add(LarsTable.STANDARD_TYPE);
			}
		}
	}

	private void standardValidities(Source source, MessageDigest digest) throws IOException {
		if (each(source, digest, "StandardValidity.csv", new String[] { "StandardCode", "StartDate" }, row -> {
			StandardBuilder s = standard(row);
			if (s != null) {
				s.validities.add(new Lars.Validity(row.get("ValidityCategory"), date(row, "StartDate"),
						date(row, "EndDate"), date(row, "LastNewStartDate")));
			}
		})) {
			tables.add(LarsTable.STANDARD_VALIDITY);
		}
	}

	private void standardFundings(Source source, MessageDigest digest) throws IOException {
		if (each(source, digest, "StandardFunding.csv", new String[] { "StandardCode", "CoreGovContributionCap" },
				row -> {
					StandardBuilder s = standard(row);
					if (s != null) {
						s.fundings.add(new Lars.Funding(row.get("FundingCategory"), date(row, "EffectiveFrom"),
								date(row, "EffectiveTo"), decimal(row, "CoreGovContributionCap")));
					}
				})) {
			tables.add(LarsTable.STANDARD_FUNDING);
		}
	}

	private void version(Source source, MessageDigest digest) throws IOException {
		each(source, digest, "Version.csv", new String[] { "MajorNumber" }, row -> {
			int[] v = { intOr(number(row, "MajorNumber")), intOr(number(row, "MinorNumber")),
					intOr(number(row, "MaintenanceNumber")) };
			if (java.util.Arrays.compare(v, bestVersion) > 0) {
				bestVersion = v;
				schemaVersion = v[0] + "." + Math.max(0, v[1]) + "." + Math.max(0, v[2]);
			}
		});
	}

	private static int intOr(Integer n) {
		return n == null ? -1 : n;
	}

	private AimBuilder aim(CsvReader.Row row) {
		String ref = row.get("LearnAimRef").toUpperCase(Locale.ROOT);
		if (ref.isEmpty()) {
			return null;
		}
		return aims.computeIfAbsent(ref, AimBuilder::new);
	}

	private StandardBuilder standard(CsvReader.Row row) {
		Integer code = number(row, "StandardCode");
		return code == null ? null : standards.computeIfAbsent(code, StandardBuilder::new);
	}

	private void noteDate(CsvReader.Row row, String column) {
		String text = row.get(column);
		if (!text.isEmpty()) {
			LocalDate d = parseDate(text);
			if (d != null && (dataDate == null || d.isAfter(dataDate))) {
				dataDate = d;
			}
		}
	}

	private static String blankToNull(String s) {
		return s.isEmpty() ? null : s;
	}

	/** A date in one of the forms LARS files use, or null when the field is empty. */
	static LocalDate date(CsvReader.Row row, String column) {
		String text = row.get(column);
		if (text.isEmpty()) {
			return null;
		}
		LocalDate d = parseDate(text);
		if (d == null) {
			throw new RefDataException(row.source() + " line " + row.line() + ": " + column + " '" + text
					+ "' is not a date (expected e.g. 01 Aug 2025 or 2025-08-01)");
		}
		return d;
	}

	static LocalDate parseDate(String text) {
		String t = text.strip();
		int space = t.indexOf(' ');
		int tee = t.indexOf('T');
		if (t.length() > 10 && Character.isDigit(t.charAt(0)) && t.charAt(4) == '-' && (space == 10 || tee == 10)) {
			t = t.substring(0, 10);
		}
		else if (t.length() > 11 && t.matches("\\d{1,2} \\w{3} \\d{4} .*")) {
			t = t.substring(0, t.indexOf(' ', t.indexOf(' ', t.indexOf(' ') + 1) + 1));
		}
		else if (t.matches("\\d{1,2}/\\d{1,2}/\\d{4} .*")) {
			t = t.substring(0, t.indexOf(' '));
		}
		for (DateTimeFormatter f : new DateTimeFormatter[] { DateTimeFormatter.ISO_LOCAL_DATE, LARS_DATE, SLASHED }) {
			try {
				return LocalDate.parse(t, f);
			}
			catch (DateTimeParseException e) {
				// try the next form
			}
		}
		return null;
	}

	static Integer number(CsvReader.Row row, String column) {
		String text = row.get(column);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException e) {
			try {
				return new BigDecimal(text).intValueExact();
			}
			catch (NumberFormatException | ArithmeticException e2) {
				return null;
			}
		}
	}

	static BigDecimal decimal(CsvReader.Row row, String column) {
		String text = row.get(column);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException e) {
			throw new RefDataException(row.source() + " line " + row.line() + ": " + column + " '" + text
					+ "' is not a number");
		}
	}

	private static final class AimBuilder {

		final String ref;
		String title = "";
		String type;
		String level;
		LocalDate from;
		LocalDate to;
		Integer prescribed;
		Integer commonComponent;
		boolean listed;
		final List<Lars.Validity> validities = new ArrayList<>(2);
		final List<Lars.CategoryPeriod> categories = new ArrayList<>(2);
		final List<Lars.AnnualValue> annualValues = new ArrayList<>(2);
		final List<Lars.FrameworkAim> frameworks = new ArrayList<>(0);

		AimBuilder(String ref) {
			this.ref = ref;
		}

		Lars.Aim build() {
			return new Lars.Aim(ref, title, type, level, from, to, prescribed, commonComponent, validities, categories,
					annualValues, frameworks);
		}
	}

	private static final class StandardBuilder {

		final int code;
		String title = "";
		Integer level;
		LocalDate from;
		LocalDate lastStarts;
		LocalDate to;
		String typeCode;
		final List<Lars.Validity> validities = new ArrayList<>(1);
		final List<Lars.Funding> fundings = new ArrayList<>(2);

		StandardBuilder(int code) {
			this.code = code;
		}

		Lars.Standard build() {
			return new Lars.Standard(code, title, level, from, lastStarts, to, typeCode, validities, fundings);
		}
	}
}

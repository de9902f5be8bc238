package dev.ilrsh.refdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The part of LARS (the DfE's Learning Aim Reference Service) that ilrsh keeps: learning aims with their titles,
 * levels, validity, categories and basic skills types, and apprenticeship standards with their titles, levels and
 * funding. Read from ilrsh's cache ({@link LarsCache}); an aim or standard is decoded when first asked for, so
 * opening the cache costs one read of the file however large LARS is.
 *
 * <p>For people: {@link #title(String)}, {@link #standard(Integer)} ({@link Standard#title()}, {@link Standard#level()})
 * and {@link #standards()}; for rules, {@link #aim(String)} and the records it holds.
 */
public final class Lars {

	/** A funding stream an aim may be started in, and when (Validity.csv, StandardValidity.csv). */
	public record Validity(String category, LocalDate start, LocalDate end, LocalDate lastNewStart) {

		/** Whether a date is on or after the start and, when there is an end, on or before it. */
		public boolean covers(LocalDate date) {
			return date != null && (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
		}
	}

	/** A category an aim is in, from and to (LearningDeliveryCategory.csv). */
	public record CategoryPeriod(int categoryRef, LocalDate from, LocalDate to) {

		public boolean covers(LocalDate date) {
			return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
		}
	}

	/** An aim's basic skills type over a period (AnnualValue.csv); null when LARS gives none. */
	public record AnnualValue(Integer basicSkillsType, LocalDate from, LocalDate to) {

		public boolean covers(LocalDate date) {
			return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
		}
	}

	/** A framework or T Level pathway an aim belongs to (FrameworkAims.csv). */
	public record FrameworkAim(int fworkCode, int progType, int pwayCode, LocalDate from, LocalDate to) {
	}

	/**
	 * A learning aim (LearningDelivery.csv and the files keyed on LearnAimRef).
	 *
	 * @param learnAimRef the reference, in upper case
	 * @param title LearnAimRefTitle
	 * @param learnAimRefType the aim type code (e.g. 0001 GCSE, 1468 T Level technical qualification)
	 * @param level NotionalNVQLevelv2 as LARS writes it: E, 1 to 8, H (higher), X (not applicable)
	 * @param englPrscId whether the aim is prescribed higher education (1, 2) or not
	 * @param frameworkCommonComponent the common component code (20: English and maths in a framework)
	 */
	public record Aim(String learnAimRef, String title, String learnAimRefType, String level, LocalDate effectiveFrom,
			LocalDate effectiveTo, Integer englPrscId, Integer frameworkCommonComponent, List<Validity> validities,
			List<CategoryPeriod> categories, List<AnnualValue> annualValues, List<FrameworkAim> frameworks) {

		public Aim {
			validities = List.copyOf(validities);
			categories = List.copyOf(categories);
			annualValues = List.copyOf(annualValues);
			frameworks = List.copyOf(frameworks);
		}

		/** The validity records of one category (ADULT_SKILLS, 1619_EFA, ANY …), compared without regard to case. */
		public List<Validity> validity(String category) {
			List<Validity> out = new ArrayList<>(2);
			for (Validity v : validities) {
				if (v.category().equalsIgnoreCase(category)) {
					out.add(v);
				}
			}
			return out;
		}

		/** The validity record of a category with the latest start date, if any. */
		public Optional<Validity> latestValidity(String category) {
			Validity latest = null;
			for (Validity v : validity(category)) {
				if (latest == null || (v.start() != null && (latest.start() == null || v.start().isAfter(latest.start())))) {
					latest = v;
				}
			}
			return Optional.ofNullable(latest);
		}

		/** Whether the aim is in a category at any time. */
		public boolean inCategory(int categoryRef) {
			return categories.stream().anyMatch(c -> c.categoryRef() == categoryRef);
		}

		/** Whether the aim is in a category on a date. */
		public boolean inCategoryOn(int categoryRef, LocalDate date) {
			return categories.stream().anyMatch(c -> c.categoryRef() == categoryRef && c.covers(date));
		}

		/** The basic skills type that applies on a date (the aim's annual value then), or null. */
		public Integer basicSkillsTypeOn(LocalDate date) {
			for (AnnualValue v : annualValues) {
				if (v.covers(date) && v.basicSkillsType() != null) {
					return v.basicSkillsType();
				}
			}
			return null;
		}

		/** Whether the aim's level is one of these (E, 1 … 8, H). */
		public boolean levelIs(String... levels) {
			for (String l : levels) {
				if (l.equalsIgnoreCase(level)) {
					return true;
				}
			}
			return false;
		}

		/** Whether the aim's LearnAimRefType is one of these codes. */
		public boolean typeIs(String... types) {
			for (String t : types) {
				if (t.equalsIgnoreCase(learnAimRefType)) {
					return true;
				}
			}
			return false;
		}
	}

	/** A standard's funding over a period (StandardFunding.csv). */
	public record Funding(String fundingCategory, LocalDate from, LocalDate to, BigDecimal coreGovContributionCap) {

		public boolean covers(LocalDate date) {
			return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
		}
	}

	/**
	 * An apprenticeship standard (Standard.csv and the files keyed on StandardCode).
	 *
	 * @param title StandardName
	 * @param level NotionalEndLevel, or null
	 * @param typeCode ApprenticeshipStandardTypeCode (A0001 a foundation apprenticeship), or null when not given
	 */
	public record Standard(int code, String title, Integer level, LocalDate effectiveFrom, LocalDate lastDateStarts,
			LocalDate effectiveTo, String typeCode, List<Validity> validities, List<Funding> fundings) {

		public Standard {
			validities = List.copyOf(validities);
			fundings = List.copyOf(fundings);
		}

		/** "Software developer (level 4)", or the title alone when the level is not known. */
		public String describe() {
			return level == null ? title : title + " (level " + level + ")";
		}
	}

	private final LarsCache.Reader reader;
	private final LarsVersion version;
	private final Map<String, Optional<Aim>> aims = new ConcurrentHashMap<>();
	private final Map<Integer, Optional<Standard>> standards = new ConcurrentHashMap<>();
	private volatile List<Standard> allStandards;

	Lars(LarsCache.Reader reader, LarsVersion version) {
		this.reader = reader;
		this.version = version;
	}

	/** Which download this is: its version, date, source and the parts it held. */
	public LarsVersion version() {
		return version;
	}

	/** Whether the imported download held this part. */
	public boolean has(LarsTable table) {
		return version.tables().contains(table);
	}

	/** The parts the imported download held. */
	public Set<LarsTable> tables() {
		return version.tables().isEmpty() ? EnumSet.noneOf(LarsTable.class) : EnumSet.copyOf(version.tables());
	}

	/** A learning aim by its reference (any case, spaces ignored). */
	public Optional<Aim> aim(String learnAimRef) {
		if (learnAimRef == null || learnAimRef.isBlank()) {
			return Optional.empty();
		}
		String key = learnAimRef.strip().toUpperCase(Locale.ROOT);
		return aims.computeIfAbsent(key, k -> Optional.ofNullable(reader.aim(k)));
	}

	/** An aim's title (LearnAimRefTitle), if LARS has the aim. */
	public Optional<String> title(String learnAimRef) {
		return aim(learnAimRef).map(Aim::title).filter(t -> !t.isBlank());
	}

	/** An apprenticeship standard by its code. */
	public Optional<Standard> standard(Integer stdCode) {
		if (stdCode == null) {
			return Optional.empty();
		}
		return standards.computeIfAbsent(stdCode, k -> Optional.ofNullable(reader.standard(k)));
	}

	/** Every standard, by code: for finding standards by words in their title or by level. */
	public List<Standard> standards() {
		List<Standard> all = allStandards;
		if (all == null) {
			List<Standard> list = new ArrayList<>();
			for (int code : reader.standardCodes()) {
				standard(code).ifPresent(list::add);
			}
			all = allStandards = Collections.unmodifiableList(list);
		}
		return all;
	}

	/** The category a category belongs to, or null (Category.csv). */
	public Integer parentCategory(int categoryRef) {
		return reader.parentCategory(categoryRef);
	}

	/** Whether a category is {@code ancestor} or lies under it. */
	public boolean isUnder(int categoryRef, int ancestor) {
		Integer c = categoryRef;
		for (int depth = 0; c != null && depth < 20; depth++) {
			if (c == ancestor) {
				return true;
			}
			c = parentCategory(c);
		}
		return false;
	}

	/** How many learning aims the cache holds. */
	public int aimCount() {
		return reader.aimCount();
	}

	/** How many standards the cache holds. */
	public int standardCount() {
		return reader.standardCodes().length;
	}
}

package dev.ilrsh.rules.catalog;

import dev.ilrsh.model.Codes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words people (and the DfE's messages) use for ILR fields and for what a rule demands, mapped to one token
 * each. Text is expanded before it is indexed or searched: {@code "learner reference number"} gains the token
 * {@code LearnRefNumber}, {@code "has not been returned"} gains {@code xmissing}, so a pasted message finds the
 * rules that read that field and check that condition whatever the wording. The condition tokens matter because
 * the English analyser drops {@code not} and {@code no}: without them "must be returned" and "must not be
 * returned" would read alike.
 */
final class FieldSynonyms {

	/** One phrase found in a text: where it starts and ends and the token it stands for. */
	record Found(int start, int end, String token) {
	}

	private static final Map<String, String> PHRASES = new LinkedHashMap<>();

	static {
		// Learner
		add("LearnRefNumber", "learner reference number", "learner reference", "learner ref number", "learner ref",
				"learn ref number", "learner number", "reference number");
		add("PrevLearnRefNumber", "previous learner reference number", "previous learner reference",
				"previous reference number");
		add("PrevUKPRN", "previous ukprn", "previous uk provider reference number", "previous provider");
		add("PMUKPRN", "pre-merger ukprn", "pre merger ukprn", "premerger ukprn");
		add("CampId", "campus identifier", "campus id", "campus");
		add("ULN", "unique learner number", "unique learner no");
		add("FamilyName", "family name", "surname", "last name");
		add("GivenNames", "given names", "given name", "first name", "forename");
		add("DateOfBirth", "date of birth", "birth date", "dob", "learner's age", "learners age", "aged");
		add("Ethnicity", "ethnicity", "ethnic group", "ethnic origin");
		add("Sex", "sex", "gender");
		add("LLDDHealthProb", "lldd and health problem", "llddhealthprob", "learning difficulty and/or disability",
				"learning difficulty or disability", "health problem");
		add("NINumber", "national insurance number", "ni number", "nino");
		add("PriorAttain", "prior attainment", "prior attainment record");
		add("PriorLevel", "prior attainment level", "prior level");
		add("DateLevelApp", "prior attainment applies from date", "date level applies", "prior attainment date");
		add("Accom", "accommodation");
		add("ALSCost", "learning support cost", "als cost");
		add("PlanLearnHours", "planned learning hours");
		add("PlanEEPHours", "planned employability enrichment and pastoral hours",
				"planned employability, enrichment and pastoral hours", "eep hours", "employability hours");
		add("MathGrade", "gcse maths qualification grade", "gcse maths grade", "maths grade");
		add("EngGrade", "gcse english qualification grade", "gcse english grade", "english grade");
		add("PostcodePrior", "postcode prior to enrolment", "prior postcode", "postcode before enrolment");
		add("Postcode", "current postcode", "home postcode", "learner's postcode");
		add("AddLine1", "address line 1", "first line of the address");
		add("TelNo", "telephone number", "phone number");
		add("Email", "email address", "e-mail address");
		add("LLDDCat", "lldd and health problem category", "lldd category", "learning difficulty category",
				"health problem category");
		add("PrimaryLLDD", "primary lldd and health problem", "primary lldd", "primary difficulty");
		add("LLDDandHealthProblem", "lldd and health problem record", "lldd record");
		add("LearnerFAM", "learner fam", "learner funding and monitoring");
		add("LearnFAMType", "learner fam type", "learner funding and monitoring type");
		add("LearnFAMCode", "learner fam code", "learner funding and monitoring code");
		add("ProvSpecLearnMon", "provider specified learner monitoring");
		add("ProvSpecDelMon", "provider specified delivery monitoring");
		// employment
		add("LearnerEmploymentStatus", "learner employment status record", "employment status record");
		add("EmpStat", "employment status");
		add("DateEmpStatApp", "date employment status applies", "employment status date", "date emp stat applies");
		add("EmpId", "employer identifier", "employer id", "employer number", "edrs");
		add("ESMType", "employment status monitoring type", "esm type", "employment monitoring type");
		add("ESMCode", "employment status monitoring code", "esm code", "employment monitoring code");
		add("EmploymentStatusMonitoring", "employment status monitoring", "employment monitoring");
		// HE
		add("LearnerHE", "learner he record", "learner he", "learner higher education");
		add("LearningDeliveryHE", "learning delivery he record", "learning delivery he", "he dataset",
				"he record", "higher education record");
		add("UCASPERID", "ucas personal identifier", "ucas personal id");
		add("TTACCOM", "term time accommodation", "term-time accommodation");
		add("FINTYPE", "financial support type");
		add("FINAMOUNT", "financial support amount");
		add("NUMHUS", "student instance identifier");
		add("SSN", "student support number");
		add("QUALENT3", "qualification on entry");
		add("SOC", "occupation code", "soc 2020 code", "soc code");
		add("SEC", "socio-economic classification", "socio economic classification");
		add("UCASAPPID", "ucas application code");
		add("TYPEYR", "type of instance year");
		add("MODESTUD", "mode of study");
		add("FUNDLEV", "level applicable to funding council heses", "level applicable");
		add("FUNDCOMP", "completion of year of instance");
		add("STULOAD", "student instance fte", "student load");
		add("YEARSTU", "year of student on this instance", "year of student");
		add("MSTUFEE", "major source of tuition fees", "major source of tuition fee");
		add("PCOLAB", "percentage taught in first lead provider");
		add("SPECFEE", "special fee indicator");
		add("NETFEE", "net tuition fee");
		add("GROSSFEE", "gross tuition fee");
		add("DOMICILE", "domicile");
		add("ELQ", "equivalent or lower qualification");
		add("HEPostCode", "he centre location postcode", "he centre postcode");
		add("PERMADDCOUNTRY", "country of permanent address", "permanent address country");
		// learning delivery
		add("LearningDelivery", "learning delivery record", "learning aim record");
		add("AimSeqNumber", "aim sequence number", "aim sequence", "aim seq number", "sequence number");
		add("LearnAimRef", "learning aim reference", "learning aim ref", "aim reference", "learning aim code", "learning aim",
				"qualification reference", "validity start date", "validity end date", "validity category",
				"validity record", "last date for new starts");
		add("AimType", "aim type", "type of aim");
		add("AchDate", "achievement date", "date of achievement", "achieved date");
		add("LearnPlanEndDate", "learning planned end date", "planned end date", "planned end", "expected end date");
		add("LearnActEndDate", "learning actual end date", "actual end date", "actual end", "end date");
		add("LearnStartDate", "learning start date", "learning aim start date", "aim start date", "start date", "started", "starts");
		add("OrigLearnStartDate", "original learning start date", "original start date", "original start");
		add("CompStatus", "completion status");
		add("Outcome", "outcome");
		add("EmpOutcome", "employment outcome");
		add("OutGrade", "outcome grade");
		add("WithdrawReason", "withdrawal reason", "withdraw reason", "reason for withdrawal");
		add("FundModel", "funding model", "fund model");
		add("ProgType", "programme type", "program type");
		add("FworkCode", "framework code", "apprenticeship framework code");
		add("PwayCode", "apprenticeship pathway", "pathway code");
		add("StdCode", "apprenticeship standard code", "standard code", "apprenticeship standard");
		add("PartnerUKPRN", "partner ukprn", "subcontractor ukprn", "subcontracted or partnership ukprn");
		add("DelLocPostCode", "delivery location postcode", "delivery postcode");
		add("LSDPostcode", "learning start date postcode", "learning aim start date postcode", "aim start date postcode", "start date postcode", "start postcode");
		add("AddHours", "additional delivery hours", "additional hours");
		add("PriorLearnFundAdj", "funding adjustment for prior learning", "prior learning adjustment");
		add("OtherFundAdj", "other funding adjustment");
		add("ConRefNumber", "contract reference number", "contract reference");
		add("EPAOrgID", "end point assessment organisation", "end-point assessment organisation",
				"epa organisation", "epao", "assessment organisation");
		add("SWSupAimId", "software supplier aim identifier", "software supplier aim id");
		add("PHours", "planned off the job hours", "planned otj hours", "planned hours");
		add("OTJActHours", "actual hours for off the job training", "actual off the job hours",
				"off the job hours", "off-the-job hours", "otj hours", "off the job training");
		add("LearningDeliveryFAM", "learning delivery fam", "learning delivery funding and monitoring",
				"delivery funding and monitoring");
		add("LearnDelFAMType", "learning delivery fam type", "fam type", "learning delivery monitoring type");
		add("LearnDelFAMCode", "learning delivery fam code", "fam code", "learning delivery monitoring code");
		add("LearnDelFAMDateFrom", "date applies from", "date from");
		add("LearnDelFAMDateTo", "date applies to", "date to");
		add("LearningDeliveryWorkPlacement", "work placement record", "work placement");
		add("WorkPlaceStartDate", "work placement start date", "placement start date");
		add("WorkPlaceEndDate", "work placement end date", "placement end date");
		add("WorkPlaceHours", "work placement hours", "placement hours");
		add("WorkPlaceMode", "work placement mode", "placement mode");
		add("WorkPlaceEmpId", "work placement employer identifier", "work placement employer id",
				"placement employer");
		add("AppFinRecord", "apprenticeship financial record", "financial record", "price record",
				"payment record");
		add("AFinType", "apprenticeship financial type", "financial type", "financial code type");
		add("AFinCode", "apprenticeship financial code", "financial code");
		add("AFinDate", "apprenticeship financial record date", "financial record date", "financial date");
		add("AFinAmount", "apprenticeship financial amount", "financial amount");
		add("TNP", "total negotiated price", "negotiated price");
		add("TNP1", "total training price", "training price");
		add("TNP2", "total assessment price", "assessment price");
		add("TNP3", "residual training price");
		add("TNP4", "residual assessment price");
		add("DPOutcome", "destination and progression", "destination and progression outcome",
				"destination and progression record");
		add("TLOut", "t level outcome", "tlevel outcome");
		// header and file
		add("FilePreparationDate", "file preparation date");
		add("UKPRN", "uk provider reference number", "provider reference number", "ukprn");
		add("Filename", "file name", "filename");
		// FAM types and other codes by what they mean
		add("SOF", "source of funding", "funding source");
		add("FFI", "full or co-funding indicator", "full funding indicator", "co-funding indicator",
				"fully funded indicator", "full or co-funding", "full funding", "co-funding", "fully funded",
				"co-funded");
		add("ADL", "advanced learner loans indicator", "advanced learner loan", "advanced learner loans");
		add("ALB", "advanced learner loans bursary fund", "loans bursary", "bursary fund");
		add("LSF", "learning support funding");
		add("EEF", "eligibility for enhanced apprenticeship funding", "enhanced apprenticeship funding");
		add("RES", "restart indicator", "restart", "restarted");
		add("ACT", "apprenticeship contract type", "contract type", "levy");
		add("LDM", "learning delivery monitoring", "delivery monitoring");
		add("DAM", "devolved area monitoring");
		// learner FAM types
		add("EHC", "education health and care plan", "education, health and care plan", "education health care plan",
				"ehc plan");
		add("HNS", "high needs students", "high needs student", "high needs");
		add("DLA", "disabled students allowance", "disabled students' allowance");
		add("SEN", "special educational needs");
		add("ECF", "gcse english condition of funding", "english condition of funding");
		add("MCF", "gcse maths condition of funding", "maths condition of funding");
		add("EDF", "eligibility for 16-19 disadvantage funding", "16-19 disadvantage funding", "disadvantage funding");
		add("FME", "free meals eligibility", "free school meals", "free meals");
		add("PPE", "pupil premium funding eligibility", "pupil premium");
		add("LSR", "learner support reason", "learner support");
		add("NLM", "national learner monitoring");
		// employment status monitoring types
		add("SEI", "self employment indicator", "self-employment indicator", "self employed");
		add("EII", "employment intensity indicator", "employment intensity");
		add("LOU", "length of unemployment");
		add("LOE", "length of employment");
		add("BSI", "benefit status indicator", "benefit status");
		add("PEI", "previous education indicator");
		add("SEM", "small employer");
		add("EVI", "event indicator");
		add("HHS", "household situation");
		add("ContractAllocation", "funding relationship", "contract allocation", "contract for", "fct",
				"a contract", "current contract");
		add("FM35", "adult skills", "adult skills funding model", "adult skills funded", "adult skills funding",
				"adult skills (fm35)");
		add("FM38", "adult skills fund funding", "adult skills fund");
		add("FM36", "apprenticeship funding", "apprenticeships from 1 may 2017");
		add("FM25", "16-19 funding", "16-19 funded", "16 to 19 funding");
		add("FM10", "community learning");
		add("FM99", "non-funded", "not funded", "no funding");
		add("FM37", "skills bootcamps", "skills bootcamp");
		add("TLevel", "t level", "t-level", "tlevel");
		// what the rule demands
		add("duplicate", "duplicate", "duplicates", "more than one", "two or more", "multiple", "duplicated", "twice", "share", "shares",
				"shared", "sharing", "with the same", "have the same", "has the same", "the same one");
		add("overlap", "overlap", "overlaps", "overlapping", "at the same time", "clash", "clashes", "clashing");
		add("xmissing", "has not been returned", "have not been returned", "must be returned", "should be returned",
				"must be recorded", "must be completed", "must be present", "needs to be present", "is missing",
				"are missing", "missing", "is absent", "empty or absent", "not returned", "not recorded",
				"is not recorded", "not given", "has no", "have no", "lacks", "without", "is required",
				"must have", "must be entered", "is empty", "has none", "not filled in", "is blank");
		add("xforbidden", "must not be returned", "should not be returned", "must not be recorded",
				"must not be completed", "must not be used", "should not be used", "must not have", "is not required",
				"not allowed", "cannot be used", "can not be used", "must not be present", "must not be entered",
				"should not be recorded", "cannot be recorded", "must not be claimed", "which it must not",
				"leave it empty", "must only be used",
				"should only be used", "can only be used", "can only be recorded", "must only be returned",
				"must only be recorded");
		add("xinvalid", "is not valid", "are not valid", "not a valid", "is invalid", "not valid", "invalid",
				"is wrong", "other than", "not in the ilr code list", "not in the code list", "not one of the codes",
				"not a code", "is not allowed for", "not permitted", "unknown code", "not a known", "not in lars",
				"not in the list", "fails its check", "check digit", "check-digit", "checksum", "no longer valid",
				"stopped being valid", "the wrong", "not eligible", "does not suit", "not approved", "does not fit",
				"valid lookup", "must be a valid", "must be valid", "should be a valid", "should be valid", "must exist",
				"must be one of");
		add("xpattern", "does not match the validation pattern", "validation pattern", "pattern", "shape",
				"format");
		add("xlength", "length of the value", "characters long", "character long", "more than 1 character",
				"holds more than", "too long", "digits long");
		add("xrange", "out of range", "outside the range", "range of values");
		add("after", "more than one year", "more than one month", "more than one day", "more than 1 year",
				"more than one year after", "more than one month after", "more than one day after", "more than 1 year after",
				"cannot be started after", "cannot be started on or after", "must not be started after",
				"must not be started on or after", "cannot start after", "must not start after", "must not be after", "should not be after", "cannot be after", "must be on or before",
				"must not be later than", "later than", "beyond", "past", "exceed", "exceeds", "greater than", "more than");
		add("before", "more than one year before", "more than one month before", "more than one day before",
				"more than 1 year before", "cannot be started before", "must not be started before", "cannot start before",
				"must not start before", "must not be before", "should not be before", "cannot be before", "must be on or after",
				"must not be earlier than", "earlier than", "predates", "precedes", "prior to", "less than");
	}

	/** FM35, FundModel 36, funding model 10: the meaning of the code joins the text. */
	private static final Pattern FUND_MODEL = Pattern.compile("\\b(?:FM|FundModel|funding model)\\s?(\\d\\d)\\b",
			Pattern.CASE_INSENSITIVE);

	/** ProgType 25, programme type 31. */
	private static final Pattern PROG_TYPE = Pattern.compile("\\b(?:ProgType|programme type)\\s?(\\d\\d)\\b",
			Pattern.CASE_INSENSITIVE);

	/** LDM382, NLM 22: a FAM type glued to its code is also read apart, and apart also glued. */
	private static final Pattern FAM_CODE = Pattern.compile(
			"\\b(LDM|NLM|SOF|FFI|ACT|HHS|DAM|EEF|LSF|ALB|ADL|RES|BSI|EII|LOE|LOU|SEI|PEI|SEM|OET|EHC|ECF|HNS|SEN|MCF"
					+ "|ASL|WPP|TBS|FLN|LSR|POD|FME|PPE|EDF|DLA|HEM)\\s?(\\d{1,3})\\b");

	/** An age ("under 13", "aged 19", "24 or over", "25+"): the learner's date of birth is what it is about. */
	private static final Pattern AGE = Pattern.compile("\\b(?:aged|under|over|younger than|older than)\\s+\\d{1,2}\\b"
			+ "|(?<!level )\\b\\d{1,2}(?:\\s*\\+|\\s+or\\s+(?:over|older|under|younger))(?!\\w)", Pattern.CASE_INSENSITIVE);

	/** Every phrase in one pattern, longest first, so one pass finds them all and a longer phrase wins. */
	private static final Pattern PHRASE;

	/** The token of each capturing group of {@link #PHRASE}, by group number less one. */
	private static final List<String> GROUP_TOKENS;

	static {
		List<Map.Entry<String, String>> sorted = new ArrayList<>(PHRASES.entrySet());
		sorted.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
		StringBuilder regex = new StringBuilder("(?<![\\w'])(?:");
		List<String> tokens = new ArrayList<>();
		for (Map.Entry<String, String> e : sorted) {
			if (!tokens.isEmpty()) {
				regex.append('|');
			}
			regex.append('(').append(Pattern.quote(e.getKey()).replace(" ", "\\E[\\s\\-]+\\Q")).append(')');
			tokens.add(e.getValue());
		}
		regex.append(")(?:s|es)?(?![\\w])");
		PHRASE = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
		GROUP_TOKENS = List.copyOf(tokens);
	}

	private FieldSynonyms() {
	}

	private static void add(String element, String... phrases) {
		// the element name itself, as the field-definition messages write it ("The LearnStartDate has not …")
		if (Character.isUpperCase(element.charAt(0)) && element.length() >= 3) {
			PHRASES.putIfAbsent(element.toLowerCase(Locale.ROOT), element);
		}
		for (String phrase : phrases) {
			PHRASES.put(phrase.toLowerCase(Locale.ROOT), element);
		}
	}

	/**
	 * The text with the token added for each phrase that names a field, a code or a condition. The phrase itself
	 * is kept, so stems still match. Longer phrases win over the shorter phrases inside them.
	 */
	static String expand(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String spelled = codesSpelledOut(text);
		List<Found> found = find(spelled);
		if (found.isEmpty()) {
			return spelled;
		}
		StringBuilder out = new StringBuilder(spelled);
		for (Found f : found) {
			// an acronym written as itself ("the ULN") is already there: adding it again would count a word as common
			// as ULN twice (a camel-case element name, LearnStartDate, is rare enough to stand a second count)
			if (f.token().length() > 3 || !spelled.regionMatches(true, f.start(), f.token(), 0, f.token().length())) {
				out.append(' ').append(f.token());
			}
		}
		return out.toString();
	}

	/**
	 * The fields, codes and conditions a text names, in the order it names them, codes and ages read for what
	 * they mean ("FM35" also names the funding model, "under 19" the date of birth).
	 */
	static List<Found> findSpelledOut(String text) {
		return find(codesSpelledOut(text));
	}

	/** A demand a text makes: a condition token and the field it falls on (the holder of a code), or null. */
	record Demand(String field, String condition) {
	}

	/**
	 * The demands a text makes, each condition with the field named nearest before it ("the Outcome must be
	 * returned"), or after it when none is named before ("there must be a work placement record").
	 */
	static List<Demand> demands(String text) {
		List<Found> found = findSpelledOut(text);
		List<Demand> out = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			String condition = found.get(i).token();
			if (!CONDITIONS.contains(condition)) {
				continue;
			}
			String field = null;
			for (int j = i - 1; j >= 0 && field == null; j--) {
				field = CONDITIONS.contains(found.get(j).token()) ? null : found.get(j).token();
			}
			for (int j = i + 1; j < found.size() && field == null; j++) {
				field = CONDITIONS.contains(found.get(j).token()) ? null : found.get(j).token();
			}
			out.add(new Demand(field == null ? null : holder(field), condition));
		}
		return out;
	}

	/** The fields, codes and conditions named in a text, in the order they appear. */
	static List<Found> find(String text) {
		List<Found> found = new ArrayList<>();
		Matcher m = PHRASE.matcher(text);
		while (m.find()) {
			for (int g = 1; g <= GROUP_TOKENS.size(); g++) {
				if (m.start(g) >= 0) {
					found.add(new Found(m.start(), m.end(), GROUP_TOKENS.get(g - 1)));
					break;
				}
			}
		}
		return found;
	}

	/** The field a code token is kept in: a FAM type in LearnDelFAMType, a funding model in FundModel. */
	private static final Map<String, String> HOLDER = Map.ofEntries(Map.entry("SOF", "LearnDelFAMType"),
			Map.entry("FFI", "LearnDelFAMType"), Map.entry("ADL", "LearnDelFAMType"),
			Map.entry("ALB", "LearnDelFAMType"), Map.entry("LSF", "LearnDelFAMType"),
			Map.entry("EEF", "LearnDelFAMType"), Map.entry("RES", "LearnDelFAMType"),
			Map.entry("ACT", "LearnDelFAMType"), Map.entry("LDM", "LearnDelFAMType"),
			Map.entry("DAM", "LearnDelFAMType"), Map.entry("HHS", "LearnDelFAMType"), Map.entry("EVI", "LearnDelFAMType"),
			Map.entry("FM35", "FundModel"), Map.entry("FM38", "FundModel"), Map.entry("FM36", "FundModel"),
			Map.entry("FM25", "FundModel"), Map.entry("FM10", "FundModel"), Map.entry("FM99", "FundModel"),
			Map.entry("FM37", "FundModel"), Map.entry("TNP", "AFinType"),
			Map.entry("TNP1", "AFinType"), Map.entry("TNP2", "AFinType"), Map.entry("TNP3", "AFinType"),
			Map.entry("TNP4", "AFinType"), Map.entry("TLevel", "ProgType"),
			Map.entry("ContractAllocation", "UKPRN"), Map.entry("EHC", "LearnFAMType"), Map.entry("HNS", "LearnFAMType"),
			Map.entry("DLA", "LearnFAMType"), Map.entry("SEN", "LearnFAMType"), Map.entry("ECF", "LearnFAMType"),
			Map.entry("MCF", "LearnFAMType"), Map.entry("EDF", "LearnFAMType"), Map.entry("FME", "LearnFAMType"),
			Map.entry("PPE", "LearnFAMType"), Map.entry("LSR", "LearnFAMType"), Map.entry("NLM", "LearnFAMType"),
			Map.entry("SEI", "ESMType"), Map.entry("EII", "ESMType"), Map.entry("LOU", "ESMType"),
			Map.entry("LOE", "ESMType"), Map.entry("BSI", "ESMType"), Map.entry("PEI", "ESMType"),
			Map.entry("SEM", "ESMType"));

	/** Tokens that stand for a condition, not a field. */
	private static final java.util.Set<String> CONDITIONS = java.util.Set.of("xmissing", "xforbidden", "xinvalid",
			"xpattern", "xlength", "xrange", "duplicate", "overlap", "after", "before");

	/** Whether a token stands for a condition (a demand such as {@code xmissing}), not a field or a code. */
	static boolean isCondition(String token) {
		return CONDITIONS.contains(token);
	}

	/**
	 * The token of a condition as the catalog's demand column words it: {@code xmissing} for {@code missing},
	 * {@code before} for {@code before}.
	 */
	static String conditionToken(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		return CONDITIONS.contains(w) ? w : "x" + w;
	}

	/** The element that holds a token: {@code LearnDelFAMType} for {@code SOF}; a field's token is its own. */
	static String holder(String token) {
		return HOLDER.getOrDefault(token, token);
	}

	/**
	 * The first field the text names, which in the DfE's messages ("The Achievement date must not be before …") is
	 * the field the rule is named after; a code stands for the field that holds it.
	 */
	static java.util.Optional<String> subject(String text) {
		return findSpelledOut(text).stream().map(Found::token).filter(t -> !CONDITIONS.contains(t))
			.map(t -> HOLDER.getOrDefault(t, t)).findFirst();
	}

	/**
	 * The field a rule is named after: {@code AchDate} for {@code AchDate_03}, {@code Postcode} for
	 * {@code FD_Postcode_MA}; empty for the cross-record rules ({@code R59}), which are named by number.
	 */
	static java.util.Optional<String> subjectOfRule(String ruleName) {
		String s = ruleName.replaceFirst("^FD_(DP_)?", "").replaceFirst("_(MA|AP|AL|AR)$", "")
			.replaceFirst("_\\d+[A-Za-z]?$", "");
		if (s.matches("R\\d+") || s.contains(" ") || s.equals(ruleName)) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(s);
	}

	/** The text with each code and age followed by what it means, as {@link #findSpelledOut} reads it. */
	static String spelledOut(String text) {
		return codesSpelledOut(text);
	}

	private static String codesSpelledOut(String text) {
		StringBuilder sb = new StringBuilder();
		Matcher m = FUND_MODEL.matcher(text);
		while (m.find()) {
			String meaning = Codes.meaning("FundModel", m.group(1)).orElse("");
			m.appendReplacement(sb, Matcher.quoteReplacement(m.group() + " FundModel FM" + m.group(1) + " " + meaning));
		}
		m.appendTail(sb);
		String once = sb.toString();
		sb = new StringBuilder();
		m = PROG_TYPE.matcher(once);
		while (m.find()) {
			String meaning = Codes.meaning("ProgType", m.group(1)).orElse("");
			m.appendReplacement(sb, Matcher.quoteReplacement(m.group() + " " + meaning));
		}
		m.appendTail(sb);
		String twice = sb.toString();
		sb = new StringBuilder();
		m = FAM_CODE.matcher(twice);
		while (m.find()) {
			m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + " " + m.group(2) + " " + m.group(1)
					+ m.group(2)));
		}
		m.appendTail(sb);
		String thrice = sb.toString();
		sb = new StringBuilder();
		m = AGE.matcher(thrice);
		while (m.find()) {
			m.appendReplacement(sb, Matcher.quoteReplacement(m.group() + " (learner's age)"));
		}
		m.appendTail(sb);
		return sb.toString();
	}

	/** The element names in a text, for splitting a camel-case name such as {@code LearnRefNumber} into words. */
	static String words(String elementName) {
		return elementName.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
	}
}

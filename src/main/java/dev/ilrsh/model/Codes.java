package dev.ilrsh.model;

import java.util.Map;
import java.util.Optional;

/**
 * What the ILR's codes mean, for labels in reports. The codes are the 2025-26 specification's; the meanings are
 * short descriptions in ilrsh's own words. Fields are looked up by element name ({@code CompStatus}); coded types of
 * FAM, employment-monitoring and financial records by their type ({@code ACT}, {@code EII}, {@code TNP}).
 */
public final class Codes {

	private static final Map<String, Map<String, String>> FIELDS = Map.ofEntries(
			Map.entry("AimType", Map.of("1", "programme aim", "3", "component aim", "4", "not in a programme", "5",
					"core aim")),
			Map.entry("ProgType", Map.ofEntries(Map.entry("2", "advanced framework (historic)"),
					Map.entry("3", "intermediate framework (historic)"), Map.entry("20", "higher framework L4 (historic)"),
					Map.entry("21", "higher framework L5 (historic)"), Map.entry("22", "higher framework L6 (historic)"),
					Map.entry("23", "higher framework L7+ (historic)"), Map.entry("24", "traineeship (historic)"),
					Map.entry("25", "apprenticeship standard"), Map.entry("30", "T Level foundation year"),
					Map.entry("31", "T Level"), Map.entry("32", "skills bootcamp"),
					Map.entry("33", "combined authority programme"))),
			Map.entry("FundModel", Map.ofEntries(Map.entry("10", "community learning"),
					Map.entry("11", "tailored learning"), Map.entry("25", "16-19"), Map.entry("35", "adult skills"),
					Map.entry("36", "apprenticeships"), Map.entry("37", "skills bootcamps"),
					Map.entry("38", "adult skills fund"), Map.entry("70", "ESF"), Map.entry("81", "other adult"),
					Map.entry("82", "other 16-19"), Map.entry("99", "no funding"))),
			Map.entry("CompStatus", Map.of("1", "continuing", "2", "completed", "3", "withdrawn", "6",
					"break in learning")),
			Map.entry("Outcome", Map.of("1", "achieved", "2", "partial achievement", "3", "no achievement", "8",
					"outcome not yet known")),
			Map.entry("WithdrawReason", Map.ofEntries(Map.entry("2", "moved to another provider"),
					Map.entry("3", "injury or illness"), Map.entry("7", "moved by intervention or consent"),
					Map.entry("28", "OLASS, outside the provider's control"), Map.entry("29", "made redundant"),
					Map.entry("40", "new aim with the same provider"),
					Map.entry("41", "moved to meet government strategy"),
					Map.entry("42", "HE: may not continue"), Map.entry("43", "financial reasons"),
					Map.entry("44", "other personal reasons"), Map.entry("45", "HE: written off"),
					Map.entry("46", "excluded"), Map.entry("47", "moved because providers merged"),
					Map.entry("48", "industry placement learner left"), Map.entry("97", "other"),
					Map.entry("98", "not known"))),
			Map.entry("EmpStat", Map.of("10", "in paid employment", "11", "not employed, looking for work", "12",
					"not employed, not looking", "98", "not known")),
			Map.entry("Sex", Map.of("F", "female", "M", "male")),
			Map.entry("Ethnicity", Map.ofEntries(Map.entry("31", "White British (English, Welsh, Scottish, NI)"),
					Map.entry("32", "White Irish"), Map.entry("33", "White Gypsy or Irish Traveller"),
					Map.entry("34", "White, other"), Map.entry("35", "mixed White and Black Caribbean"),
					Map.entry("36", "mixed White and Black African"), Map.entry("37", "mixed White and Asian"),
					Map.entry("38", "mixed, other"), Map.entry("39", "Indian"), Map.entry("40", "Pakistani"),
					Map.entry("41", "Bangladeshi"), Map.entry("42", "Chinese"), Map.entry("43", "Asian, other"),
					Map.entry("44", "African"), Map.entry("45", "Caribbean"), Map.entry("46", "Black, other"),
					Map.entry("47", "Arab"), Map.entry("98", "other ethnic group"), Map.entry("99", "not given"))),
			Map.entry("LLDDHealthProb", Map.of("1", "has a difficulty, disability or health problem", "2",
					"none", "9", "not given")),
			Map.entry("Accom", Map.of("5", "lives away from home")),
			Map.entry("LLDDCat", Map.ofEntries(Map.entry("4", "visual impairment"),
					Map.entry("5", "hearing impairment"), Map.entry("6", "mobility"),
					Map.entry("7", "profound complex disabilities"),
					Map.entry("8", "social and emotional difficulties"), Map.entry("9", "mental health"),
					Map.entry("10", "moderate learning difficulty"), Map.entry("11", "severe learning difficulty"),
					Map.entry("12", "dyslexia"), Map.entry("13", "dyscalculia"), Map.entry("14", "autism spectrum"),
					Map.entry("15", "Asperger's"), Map.entry("16", "temporary, after illness or accident"),
					Map.entry("17", "speech, language and communication"), Map.entry("93", "other physical"),
					Map.entry("94", "other specific learning difficulty"), Map.entry("95", "other medical condition"),
					Map.entry("96", "other learning difficulty"), Map.entry("97", "other disability"),
					Map.entry("98", "would rather not say"), Map.entry("99", "not given"))),
			Map.entry("PrimaryLLDD", Map.of("1", "the main one")),
			Map.entry("PriorLevel", Map.ofEntries(Map.entry("1", "entry level"), Map.entry("2", "level 1"),
					Map.entry("3", "level 2"), Map.entry("4", "full level 2"), Map.entry("5", "level 3"),
					Map.entry("6", "full level 3"), Map.entry("7", "level 4"), Map.entry("8", "level 5"),
					Map.entry("9", "level 6"), Map.entry("10", "level 7 or above"),
					Map.entry("97", "other, level not known"), Map.entry("98", "not known"),
					Map.entry("99", "no qualifications"))),
			Map.entry("WorkPlaceMode", Map.of("1", "internal (simulated)", "2", "external")));

	/** Codes whose meaning depends on a type: FAMs, employment monitoring, financial records. */
	private static final Map<String, Map<String, String>> TYPED = Map.ofEntries(
			Map.entry("SEI", Map.of("1", "self-employed")),
			Map.entry("EII", Map.of("1", "working 16+ hours a week (historic)", "2",
					"working under 16 hours a week (historic)", "3", "working 16-19 hours a week (historic)", "4",
					"working 20+ hours a week (historic)", "5", "working up to 10 hours a week", "6",
					"working 11-20 hours a week", "7", "working 21-30 hours a week", "8", "working 31+ hours a week")),
			Map.entry("LOU", Map.of("1", "unemployed under 6 months", "2", "unemployed 6-11 months", "3",
					"unemployed 12-23 months", "4", "unemployed 24-35 months", "5", "unemployed 36 months or more")),
			Map.entry("LOE", Map.of("1", "employed up to 3 months", "2", "employed 4-6 months", "3",
					"employed 7-12 months", "4", "employed over 12 months")),
			Map.entry("BSI", Map.of("1", "JSA", "4", "Universal Credit", "5", "ESA", "6", "other state benefit")),
			Map.entry("PEI", Map.of("1", "in full-time education before")),
			Map.entry("SEM", Map.of("1", "small employer")),
			Map.entry("OET", Map.of("1", "made redundant", "2", "SME", "3", "employer has changed")),
			Map.entry("HNS", Map.of("1", "high needs student")),
			Map.entry("EHC", Map.of("1", "has an EHC plan")),
			Map.entry("DLA", Map.of("1", "receives disabled students allowance")),
			Map.entry("SEN", Map.of("1", "special educational needs")),
			Map.entry("FME", Map.of("1", "free meals, aged 14-15", "2", "free meals, aged 16-19")),
			Map.entry("SOF", Map.ofEntries(Map.entry("1", "OfS"), Map.entry("105", "ESFA/DfE adult"),
					Map.entry("107", "ESFA/DfE 16-19"), Map.entry("108", "local authority community learning"),
					Map.entry("110", "combined authority or GLA"), Map.entry("111", "combined authority or GLA"),
					Map.entry("112", "combined authority or GLA"), Map.entry("113", "combined authority or GLA"),
					Map.entry("114", "combined authority or GLA"), Map.entry("115", "combined authority or GLA"),
					Map.entry("116", "combined authority or GLA"), Map.entry("117", "combined authority or GLA"),
					Map.entry("118", "combined authority or GLA"), Map.entry("119", "combined authority or GLA"),
					Map.entry("120", "combined authority or GLA"), Map.entry("121", "combined authority or GLA"),
					Map.entry("122", "combined authority or GLA"), Map.entry("123", "combined authority or GLA"),
					Map.entry("998", "other"))),
			Map.entry("FFI", Map.of("1", "fully funded", "2", "co-funded")),
			Map.entry("RES", Map.of("1", "restart")),
			Map.entry("LSF", Map.of("1", "learning support funded")),
			Map.entry("ADL", Map.of("1", "advanced learner loan")),
			Map.entry("ACT", Map.of("1", "employer on the apprenticeship service", "2", "contract with the ESFA")),
			Map.entry("TNP", Map.of("1", "training price", "2", "assessment price", "3", "residual training price", "4",
					"residual assessment price")),
			Map.entry("PMR", Map.of("1", "training payment", "2", "assessment payment", "3",
					"employer payment reimbursed")));

	/** What each FAM, monitoring and financial record type is about. */
	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("SEI", "self-employment"),
			Map.entry("EII", "employment intensity"), Map.entry("LOU", "length of unemployment"),
			Map.entry("LOE", "length of employment"), Map.entry("BSI", "benefit status"),
			Map.entry("PEI", "previous education"), Map.entry("SEM", "small employer"),
			Map.entry("OET", "other employment type"), Map.entry("HNS", "high needs student"),
			Map.entry("EHC", "education, health and care plan"), Map.entry("DLA", "disabled students allowance"),
			Map.entry("SEN", "special educational needs"), Map.entry("LSR", "learner support reason"),
			Map.entry("NLM", "national learner monitoring"), Map.entry("EDF", "16-19 disadvantage"),
			Map.entry("MCF", "GCSE maths condition of funding"), Map.entry("ECF", "GCSE English condition of funding"),
			Map.entry("FME", "free meals"), Map.entry("MMH", "maths minimum hours"),
			Map.entry("EMH", "English minimum hours"), Map.entry("SOF", "source of funding"),
			Map.entry("FFI", "full or co-funding"), Map.entry("EEF", "enhanced apprenticeship funding"),
			Map.entry("RES", "restart"), Map.entry("LSF", "learning support funding"),
			Map.entry("ADL", "advanced learner loan"), Map.entry("ALB", "loans bursary"),
			Map.entry("ACL", "community learning purpose"), Map.entry("AFL", "family learning"),
			Map.entry("ASL", "community learning provision"), Map.entry("FLN", "family English, maths and language"),
			Map.entry("LDM", "delivery monitoring"), Map.entry("DAM", "devolved area monitoring"),
			Map.entry("ACT", "apprenticeship contract type"), Map.entry("EVI", "bootcamp event"),
			Map.entry("TNP", "total negotiated price"), Map.entry("PMR", "payment record"));

	private Codes() {
	}

	/**
	 * The meaning of a coded value of a field or type ({@code CompStatus} 2, {@code ACT} 1), when ilrsh knows it.
	 */
	public static Optional<String> meaning(String field, Object code) {
		if (field == null || code == null) {
			return Optional.empty();
		}
		Map<String, String> codes = FIELDS.getOrDefault(field, TYPED.get(field));
		if (codes == null) {
			return Optional.empty();
		}
		String key = code.toString().strip();
		String meaning = codes.get(key);
		if (meaning == null && key.length() > 1 && key.startsWith("0")) {
			meaning = codes.get(key.replaceFirst("^0+(?=.)", ""));
		}
		return Optional.ofNullable(meaning);
	}

	/** True when ilrsh knows meanings for the codes of this field or type. */
	public static boolean isCoded(String field) {
		return field != null && (FIELDS.containsKey(field) || TYPED.containsKey(field));
	}

	/** "36 apprenticeships": the code and its meaning, or the code alone when ilrsh knows none; blank for null. */
	public static String label(String field, Object code) {
		if (code == null) {
			return "";
		}
		return meaning(field, code).map(m -> code + " " + m).orElse(code.toString());
	}

	/** What a FAM, employment-monitoring or financial record type is about ({@code EII}: employment intensity). */
	public static Optional<String> typeName(String type) {
		return type == null ? Optional.empty() : Optional.ofNullable(TYPES.get(type.strip()));
	}

	public static String fundModel(Integer code) {
		return label("FundModel", code);
	}

	public static String progType(Integer code) {
		return label("ProgType", code);
	}

	public static String aimType(Integer code) {
		return label("AimType", code);
	}

	public static String compStatus(Integer code) {
		return label("CompStatus", code);
	}

	public static String outcome(Integer code) {
		return label("Outcome", code);
	}

	public static String empStat(Integer code) {
		return label("EmpStat", code);
	}
}

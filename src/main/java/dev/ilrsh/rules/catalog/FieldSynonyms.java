package dev.ilrsh.rules.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words people (and the DfE's messages) use for ILR fields, mapped to the element names. Text is expanded
 * before it is indexed or searched: {@code "learner reference number"} gains the token {@code LearnRefNumber}, so
 * a pasted message finds the rules that read that field whatever the wording.
 */
final class FieldSynonyms {

	private static final Map<String, String> PHRASES = new LinkedHashMap<>();

	static {
		add("LearnRefNumber", "learner reference number", "learner reference", "learner ref number", "learner ref",
				"learn ref number", "learner number", "reference number");
		add("ULN", "unique learner number", "unique learner no");
		add("AimSeqNumber", "aim sequence number", "aim sequence", "aim seq number", "sequence number");
		add("AchDate", "achievement date", "date of achievement", "achieved date");
		add("LearnPlanEndDate", "learning planned end date", "planned end date", "planned end", "expected end date");
		add("LearnActEndDate", "learning actual end date", "actual end date", "actual end", "end date");
		add("LearnStartDate", "learning start date", "start date", "started");
		add("OrigLearnStartDate", "original learning start date", "original start date", "original start");
		add("DateOfBirth", "date of birth", "birth date", "dob");
		add("CompStatus", "completion status");
		add("WithdrawReason", "withdrawal reason", "withdraw reason", "reason for withdrawal");
		add("FundModel", "funding model", "fund model");
		add("ProgType", "programme type", "program type");
		add("StdCode", "standard code", "apprenticeship standard");
		add("AimType", "aim type");
		add("LearnAimRef", "learning aim reference", "learning aim ref", "aim reference");
		add("EmpStat", "employment status");
		add("DateEmpStatApp", "date employment status applies", "employment status date");
		add("EmpId", "employer identifier", "employer id", "employer number", "edrs");
		add("PHours", "planned hours", "planned off the job hours", "planned otj hours");
		add("OTJActHours", "actual off the job hours", "off the job hours", "off-the-job hours", "otj hours",
				"off the job training");
		add("EPAOrgID", "end point assessment organisation", "end-point assessment organisation",
				"epa organisation", "epao", "assessment organisation");
		add("ACT", "apprenticeship contract type", "contract type", "levy");
		add("AppFinRecord", "apprenticeship financial record", "financial record", "price record", "payment record");
		add("TNP", "total negotiated price", "negotiated price", "training price", "assessment price");
		add("OutGrade", "outcome grade");
		add("NINumber", "national insurance number", "ni number", "nino");
		add("PostcodePrior", "postcode prior to enrolment", "prior postcode");
		add("DelLocPostCode", "delivery location postcode", "delivery postcode");
		add("LSDPostcode", "learning start date postcode", "start postcode");
		add("PlanLearnHours", "planned learning hours");
		add("PlanEEPHours", "planned employability enrichment and pastoral hours", "eep hours");
		add("FamilyName", "family name", "surname", "last name");
		add("GivenNames", "given names", "given name", "first name", "forename");
		add("FilePreparationDate", "file preparation date");
		add("SOF", "source of funding");
		add("LSF", "learning support funding");
		add("RES", "restart", "restarted");
		add("PriorAttain", "prior attainment");
		add("PartnerUKPRN", "partner ukprn", "subcontractor ukprn", "subcontracted or partnership ukprn");
		add("LLDDCat", "lldd category", "learning difficulty category");
		add("LearnDelFAMDateTo", "date applies to", "date to");
		add("LearnDelFAMDateFrom", "date applies from", "date from");
		add("ContractAllocation", "funding relationship", "contract allocation", "contract for", "fct");
		add("duplicate", "more than one", "two or more", "multiple", "duplicated", "twice", "share", "shares", "shared",
				"sharing", "with the same", "have the same", "has the same", "the same one");
		add("overlap", "at the same time", "clash", "clashes", "clashing");
	}

	private static final List<Map.Entry<Pattern, String>> PATTERNS;

	static {
		List<Map.Entry<String, String>> sorted = new ArrayList<>(PHRASES.entrySet());
		sorted.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
		List<Map.Entry<Pattern, String>> p = new ArrayList<>();
		for (Map.Entry<String, String> e : sorted) {
			String regex = "\\b" + Pattern.quote(e.getKey()).replace(" ", "\\E[\\s\\-]+\\Q") + "(?:s|es)?\\b";
			p.add(Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), e.getValue()));
		}
		PATTERNS = List.copyOf(p);
	}

	private FieldSynonyms() {
	}

	private static void add(String element, String... phrases) {
		for (String phrase : phrases) {
			PHRASES.put(phrase, element);
		}
	}

	/**
	 * The text with the element name added after each phrase that names it. The phrase itself is kept, so stems
	 * still match. Longer phrases win over the shorter phrases inside them.
	 */
	static String expand(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		StringBuilder extra = new StringBuilder();
		String rest = text;
		for (Map.Entry<Pattern, String> e : PATTERNS) {
			Matcher m = e.getKey().matcher(rest);
			if (m.find()) {
				m.reset();
				StringBuilder sb = new StringBuilder();
				while (m.find()) {
					extra.append(' ').append(e.getValue());
					m.appendReplacement(sb, " ");
				}
				m.appendTail(sb);
				rest = sb.toString();
			}
		}
		return extra.length() == 0 ? text : text + " " + extra.toString().strip();
	}

	/** The element names in a text, for splitting a camel-case name such as {@code LearnRefNumber} into words. */
	static String words(String elementName) {
		return elementName.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
	}
}

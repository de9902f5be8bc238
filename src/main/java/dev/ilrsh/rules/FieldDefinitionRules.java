package dev.ilrsh.rules;

import dev.ilrsh.model.ChildSpec;
import dev.ilrsh.model.EntitySpec;
import dev.ilrsh.model.FieldSpec;
import dev.ilrsh.model.FieldType;
import dev.ilrsh.model.IlrEntity;
import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Member;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The field definition rules ({@code FD_<Field>_<check>}), driven by the schema in {@link IlrSchema}: MA a mandatory
 * field is absent, AL a value is too long, AP a value breaks the field's character set or pattern, AR a number is out
 * of range, EO an entity occurs too often (or, for LearningDelivery, not at all). One walk over each learner decides
 * them all. Where the rules spreadsheet differs from the schema, {@link #DIFFERENCES} says so.
 */
final class FieldDefinitionRules implements Rule.LearnerRule {

	/** The FD rules of 2025-26 that concern the learner data, by their names without the {@code FD_} prefix. */
	static final List<String> NAMES = List.of("DateLevelApp_MA", "PriorLevel_MA", "Accom_AL", "AddHours_AL",
			"AddHours_AR", "AddLine1_AL", "AddLine1_AP", "AddLine2_AL", "AddLine2_AP", "AddLine3_AL", "AddLine3_AP",
			"AddLine4_AL", "AddLine4_AP", "AFinAmount_AL", "AFinAmount_AR", "AFinAmount_MA", "AFinCode_AL",
			"AFinCode_MA", "AFinDate_MA", "AFinType_AL", "AFinType_AP", "AFinType_MA", "AimSeqNumber_AL",
			"AimSeqNumber_AR", "AimSeqNumber_MA", "AimType_AL", "AimType_MA", "ALSCost_AL", "ALSCost_AR", "CampId_AL",
			"CampId_AP", "CompStatus_AL", "CompStatus_MA", "ConRefNumber_AL", "DateEmpStatApp_MA", "DelLocPostCode_AL",
			"DelLocPostCode_AP", "DelLocPostCode_MA", "PERMADDCOUNTRY_AL", "PERMADDCOUNTRY_AP", "ELQ_AL", "Email_AL",
			"Email_AP", "EmpId_AL", "EmploymentStatusMonitoring_EO", "EmpStat_AL", "EmpStat_MA", "EngGrade_AL",
			"EngGrade_AP", "EPAOrgID_AL", "EPAOrgID_AP", "ESMCode_AL", "ESMCode_MA", "ESMType_AL", "ESMType_AP",
			"ESMType_MA", "Ethnicity_AL", "Ethnicity_MA", "FamilyName_AL", "FamilyName_AP", "FINAMOUNT_AL",
			"FINAMOUNT_AR", "FINAMOUNT_MA", "FINTYPE_AL", "FINTYPE_MA", "FUNDCOMP_AL", "FUNDLEV_AL", "FundModel_AL",
			"FundModel_MA", "GivenNames_AL", "GivenNames_AP", "GROSSFEE_AL", "GROSSFEE_AR", "HEPostCode_AL",
			"HEPostCode_AP", "LearnAimRef_AL", "LearnAimRef_AP", "LearnAimRef_MA", "LearnDelFAMCode_AL",
			"LearnDelFAMCode_AP", "LearnDelFAMCode_MA", "LearnDelFAMType_AL", "LearnDelFAMType_AP",
			"LearnDelFAMType_MA", "LearnerFAM_EO", "LearnerHE_EO", "LearnerHEFinancialSupport_EO", "LearnFAMCode_AL",
			"LearnFAMCode_MA", "LearnFAMType_AL", "LearnFAMType_AP", "LearnFAMType_MA", "LearningDelivery_EO",
			"LearningDeliveryHE_EO", "LearnPlanEndDate_MA", "LearnRefNumber_AL", "LearnRefNumber_AP",
			"LearnRefNumber_MA", "LearnStartDate_MA", "LLDDandHealthProblem_EO", "LLDDCat_AL", "LLDDCat_MA",
			"LLDDHealthProb_AL", "LLDDHealthProb_MA", "LSDPostcode_AL", "LSDPostcode_AP", "MathGrade_AL",
			"MathGrade_AP", "MODESTUD_AL", "MODESTUD_MA", "MSTUFEE_AL", "MSTUFEE_MA", "NETFEE_AL", "NETFEE_AR",
			"NINumber_AL", "NINumber_AP", "OtherFundAdj_AL", "OtherFundAdj_AR", "OTJActHours_AL", "OTJActHours_AR",
			"Outcome_AL", "OutGrade_AL", "OutGrade_AP", "PartnerUKPRN_AL", "PartnerUKPRN_AR", "PCOLAB_AL", "PCOLAB_AR",
			"PHours_AL", "PHours_AR", "PlanEEPHours_AL", "PlanEEPHours_AR", "PlanLearnHours_AL", "PlanLearnHours_AR",
			"PMUKPRN_AL", "PMUKPRN_AR", "Postcode_AL", "Postcode_AP", "Postcode_MA", "PostcodePrior_AL",
			"PostcodePrior_AP", "PostcodePrior_MA", "PrevLearnRefNumber_AL", "PrevLearnRefNumber_AP", "PrevUKPRN_AL",
			"PrevUKPRN_AR", "PrimaryLLDD_AL", "PriorLearnFundAdj_AL", "PriorLearnFundAdj_AR", "ProgType_AL",
			"ProviderSpecDeliveryMonitoring_EO", "ProviderSpecLearnerMonitoring_EO", "ProvSpecDelMon_AL",
			"ProvSpecDelMon_AP", "ProvSpecDelMon_MA", "ProvSpecDelMonOccur_AL", "ProvSpecDelMonOccur_AP",
			"ProvSpecDelMonOccur_MA", "ProvSpecLearnMon_AL", "ProvSpecLearnMon_AP", "ProvSpecLearnMon_MA",
			"ProvSpecLearnMonOccur_AL", "ProvSpecLearnMonOccur_AP", "ProvSpecLearnMonOccur_MA", "QUALENT3_AL",
			"QUALENT3_AP", "SEC_AL", "Sex_AL", "Sex_AP", "Sex_MA", "SOC2000_AL", "SPECFEE_AL", "SPECFEE_MA", "SSN_AL",
			"SSN_AP", "StdCode_AL", "STULOAD_AL", "STULOAD_AR", "SWSupAimId_AL", "SWSupAimId_AP", "TelNo_AL",
			"TelNo_AP", "TTACCOM_AL", "TYPEYR_AL", "TYPEYR_MA", "UCASSCHEMECODE_AL", "UCASSCHEMECODE_AP",
			"UCASPERID_AL", "UCASPERID_AP", "UCASPERID_AR", "ULN_AL", "ULN_AR", "ULN_MA", "WithdrawReason_AL", "WorkPlaceEmpId_AL",
			"WorkPlaceHours_AL", "WorkPlaceHours_AR", "WorkPlaceHours_MA", "WorkPlaceMode_AL", "WorkPlaceMode_MA",
			"WorkPlaceStartDate_MA", "YEARSTU_AL", "YEARSTU_AR", "YEARSTU_MA", "Tlout_AL");

	/**
	 * Where an FD rule names a field by an older name, or sets a limit other than the schema's: the rule's own
	 * field or occurrence limit.
	 */
	static final Map<String, String> FIELD_RENAMED = Map.of("SOC2000", "SOC", "Tlout", "TLOut");

	/** Maximum occurrences the FD rules set where they differ from the schema. */
	static final Map<String, Integer> DIFFERENCES = Map.of("ProviderSpecDeliveryMonitoring", 2);

	private enum Kind {
		MA, AL, AP, AR, EO
	}

	/** One FD rule bound to a member of an entity. */
	/** One FD rule on one member; {@code maxLength} is worked out once, as reading it may take a regular expression. */
	private record Check(RuleInfo info, Kind kind, String member, int maxOccurs, int maxLength) {
	}

	private final List<RuleInfo> infos = new ArrayList<>();
	private final List<String> notApplicable = new ArrayList<>();
	private final Map<EntitySpec, Map<String, List<Check>>> checks = new HashMap<>();
	/** The same checks by entity and member position, for the walk (no name lookups per value). */
	// read by the validator's parallel slices; EntitySpec has identity equality, so a concurrent map is enough
	private final Map<EntitySpec, Check[][]> byPosition = new java.util.concurrent.ConcurrentHashMap<>();

	FieldDefinitionRules() {
		Map<String, EntitySpec> entityOfField = new HashMap<>();
		Map<String, EntitySpec> parentOfChild = new HashMap<>();
		List<EntitySpec> learnerSpecs = new ArrayList<>();
		collect(IlrSchema.LEARNER, learnerSpecs);
		for (EntitySpec spec : learnerSpecs) {
			for (Member m : spec.members()) {
				if (m instanceof FieldSpec f) {
					entityOfField.putIfAbsent(f.name().toLowerCase(Locale.ROOT), spec);
				}
				else {
					parentOfChild.put(m.name().toLowerCase(Locale.ROOT), spec);
				}
			}
		}
		for (String name : NAMES) {
			int cut = name.lastIndexOf('_');
			String field = name.substring(0, cut);
			Kind kind = Kind.valueOf(name.substring(cut + 1));
			String element = FIELD_RENAMED.getOrDefault(field, field);
			EntitySpec owner = (kind == Kind.EO ? parentOfChild : entityOfField).get(element.toLowerCase(Locale.ROOT));
			if (owner == null) {
				notApplicable.add("FD_" + name);
				continue;
			}
			Member member = owner.members()
				.stream()
				.filter(m -> m.name().equalsIgnoreCase(element))
				.findFirst()
				.orElseThrow();
			if (!applies(kind, member)) {
				notApplicable.add("FD_" + name);
				continue;
			}
			int max = kind == Kind.EO ? DIFFERENCES.getOrDefault(member.name(), member.maxOccurs()) : 0;
			RuleInfo info = new RuleInfo("FD_" + name, Severity.ERROR, RuleInfo.FIELD_DEFINITION,
					kind == Kind.EO ? owner.name() : owner.name(), List.of(member.name()), summary(kind, member, max));
			infos.add(info);
			checks.computeIfAbsent(owner, k -> new HashMap<>())
				.computeIfAbsent(member.name(), k -> new ArrayList<>())
				.add(new Check(info, kind, member.name(), max,
						kind == Kind.AL ? maxLength((FieldSpec) member) : 0));
		}
		for (EntitySpec spec : learnerSpecs) {
			positions(spec);
		}
	}

	private Check[][] positions(EntitySpec spec) {
		return byPosition.computeIfAbsent(spec, k -> {
			Map<String, List<Check>> mine = checks.getOrDefault(k, Map.of());
			Check[][] array = new Check[k.members().size()][];
			for (int i = 0; i < array.length; i++) {
				List<Check> list = mine.get(k.members().get(i).name());
				array[i] = list == null ? new Check[0] : list.toArray(new Check[0]);
			}
			return array;
		});
	}

	private static void collect(EntitySpec spec, List<EntitySpec> into) {
		into.add(spec);
		for (Member m : spec.members()) {
			if (m instanceof ChildSpec c) {
				collect(c.entity(), into);
			}
		}
	}

	/** Whether the schema gives the member the limit the FD rule checks (an FD rule with nothing to check is left out). */
	private static boolean applies(Kind kind, Member member) {
		if (kind == Kind.EO) {
			return member instanceof ChildSpec;
		}
		if (!(member instanceof FieldSpec f)) {
			return false;
		}
		return switch (kind) {
			case MA -> f.required();
			case AL -> maxLength(f) > 0;
			case AP -> f.type().isText();
			case AR -> f.min() != null || f.max() != null;
			default -> false;
		};
	}

	private static String summary(Kind kind, Member member, int max) {
		String n = member.name();
		return switch (kind) {
			case MA -> n + " must be present";
			case AL -> n + " must not be longer than " + maxLength((FieldSpec) member) + " characters";
			case AP -> n + " must use only the characters" + (((FieldSpec) member).pattern() != null
					? " and form the ILR specification allows" : " the ILR allows");
			case AR -> n + " must lie between " + ((FieldSpec) member).min().toPlainString() + " and "
					+ ((FieldSpec) member).max().toPlainString();
			case EO -> member.minOccurs() > 0 && max == Member.UNBOUNDED ? "a learner must have at least one " + n
					: "at most " + max + " " + n + " record" + (max == 1 ? "" : "s") + " are allowed";
		};
	}

	private static final Pattern TRAILING_QUANTIFIER = Pattern.compile(".*\\{(?:\\d+,)?(\\d+)}");

	/**
	 * The most characters a field's text may have: its maxLength (or, for fields whose length the schema sets in a
	 * pattern such as {@code [A-Za-z0-9 ]{1,12}}, the pattern's upper bound), its digits, or the width of its
	 * largest value.
	 */
	private static int maxLength(FieldSpec f) {
		if (f.type().isText()) {
			if (f.maxLength() == 0 && f.pattern() != null) {
				java.util.regex.Matcher m = TRAILING_QUANTIFIER.matcher(f.pattern().expression());
				if (m.matches()) {
					return Integer.parseInt(m.group(1));
				}
			}
			return f.maxLength();
		}
		if (f.totalDigits() > 0) {
			return f.totalDigits();
		}
		if (f.max() != null) {
			return f.max().toPlainString().length();
		}
		return 0;
	}

	/** FD rules of 2025-26 left out because the schema gives nothing for them to check (or no such field). */
	List<String> notApplicable() {
		return List.copyOf(notApplicable);
	}

	@Override
	public RuleInfo info() {
		return new RuleInfo("FD", Severity.ERROR, RuleInfo.FIELD_DEFINITION, "Learner", List.of(),
				"field definition rules");
	}

	@Override
	public List<RuleInfo> infos() {
		return List.copyOf(infos);
	}

	@Override
	public void check(Learner learner, RuleContext context, Findings out) {
		walk(IlrSchema.LEARNER, learner, learner, null, out);
	}

	private void walk(EntitySpec spec, IlrEntity entity, Learner learner, LearningDelivery aim, Findings out) {
		Check[][] mine = positions(spec);
		List<Member> members = spec.members();
		for (int i = 0; i < members.size(); i++) {
			Member member = members.get(i);
			Check[] list = mine[i];
			if (member instanceof FieldSpec f) {
				if (list.length > 0) {
					Object value = spec.get(entity, i);
					String raw = value == null ? entity.extras().rawValues().get(f.name()) : null;
					for (Check c : list) {
						String problem = problem(c.kind(), f, value, raw, c.maxLength());
						if (problem != null) {
							Map<String, Object> fields = new LinkedHashMap<>();
							fields.put(f.name(), value != null ? value : raw);
							out.add(c.info(), learner, aim, fields, problem, entity.extras().line());
						}
					}
				}
				continue;
			}
			ChildSpec child = (ChildSpec) member;
			Object value = spec.get(entity, i);
			List<?> many = value instanceof List<?> l ? l : null;
			int count = value == null ? 0 : many != null ? many.size() : 1;
			if (list.length > 0) {
				for (Check c : list) {
					if (count > c.maxOccurs() || count < child.minOccurs()) {
						Map<String, Object> fields = new LinkedHashMap<>();
						fields.put(child.name(), count);
						String where = spec.name().equals("Learner") ? "this learner" : "this " + spec.name();
						String message = count < child.minOccurs()
								? where + " has no " + child.name() + " record"
								: where + " has " + count + " " + child.name() + " records; at most "
										+ c.maxOccurs() + " are allowed";
						out.add(c.info(), learner, aim, fields, message, entity.extras().line());
					}
				}
			}
			// indexed, not for-each: this runs on every record of every learner
			for (int k = 0; k < count; k++) {
				IlrEntity e = (IlrEntity) (many != null ? many.get(k) : value);
				walk(child.entity(), e, learner, e instanceof LearningDelivery d ? d : aim, out);
			}
		}
	}


	/** Whether a text is empty or only the white space of a regular expression's \s (no matcher made each time). */
	private static boolean blank(String s) {
		if (!s.isEmpty() && s.charAt(0) > ' ') {
			return false; // nearly every value: its first character is not white space
		}
		for (int i = 0; i < s.length(); i++) {
			if (" \t\n\u000B\f\r".indexOf(s.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	/** What is wrong with one value for one kind of check, or null. */
	private static String problem(Kind kind, FieldSpec f, Object value, String raw, int maxLength) {
		String n = f.name();
		switch (kind) {
			case MA:
				if (raw == null && (value == null || value instanceof String s && blank(s))) {
					return n + " is missing";
				}
				return null;
			case AL: {
				if ((value instanceof Integer || value instanceof Long)) {
					long v = Math.abs(((Number) value).longValue());
					if (FieldSpec.fitsDigits(v, maxLength)) {
						return null;
					}
				}
				String text = value instanceof String s ? s : value != null ? f.type().format(value) : raw;
				if (text == null || (value instanceof String s && s.isEmpty())) {
					return null;
				}
				int length = value instanceof Number num && !(value instanceof BigDecimal)
						? Long.toString(Math.abs(num.longValue())).length() : text.codePointCount(0, text.length());
				int max = maxLength;
				if (value instanceof BigDecimal d) {
					length = d.abs().toPlainString().length();
					max = f.max().toPlainString().length();
				}
				return length > max ? n + " '" + text + "' is " + length + " characters long; at most " + max
						+ " are allowed" : null;
			}
			case AP: {
				if (!(value instanceof String s) || s.isEmpty()) {
					return null;
				}
				if (f.type() == FieldType.RESTRICTED_STRING && !FieldSpec.isRestrictedString(s)) {
					return n + " '" + s + "' contains a character the ILR does not allow";
				}
				if (f.pattern() != null && !f.pattern().matches(s)) {
					return n + " '" + s + "' does not have the form the ILR specification gives";
				}
				return null;
			}
			case AR: {
				BigDecimal number = value instanceof Integer i ? BigDecimal.valueOf(i)
						: value instanceof Long l ? BigDecimal.valueOf(l) : value instanceof BigDecimal d ? d : null;
				if (number == null) {
					return null;
				}
				if ((f.min() != null && number.compareTo(f.min()) < 0)
						|| (f.max() != null && number.compareTo(f.max()) > 0)) {
					return n + " " + number.toPlainString() + " is outside the allowed range " + f.min().toPlainString()
							+ " to " + f.max().toPlainString();
				}
				return null;
			}
			default:
				return null;
		}
	}
}

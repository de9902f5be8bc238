package dev.ilrsh.rules;

import java.util.List;

/**
 * What the catalog needs to know about an implemented rule.
 *
 * @param name the official name as the DfE rules spreadsheet writes it ({@code R59}, {@code ULN_04})
 * @param severity error or warning, as the 2025-26 rules give it
 * @param sheet the spreadsheet sheet the rule is listed on (Learner, Learning Delivery, Cross Record, …)
 * @param entity the ILR entity the rule is raised on
 * @param fields the ILR element names a finding of this rule shows, in order
 * @param summary one line, in ilrsh's own words, of what the rule checks
 */
public record RuleInfo(String name, Severity severity, String sheet, String entity, List<String> fields,
		String summary) {

	public RuleInfo {
		fields = List.copyOf(fields);
	}

	public static final String FILE = "File Level";
	public static final String FIELD_DEFINITION = "Field Definition";
	public static final String LEARNER = "Learner";
	public static final String EMPLOYMENT_STATUS = "Employment Status";
	public static final String LEARNING_DELIVERY = "Learning Delivery";
	public static final String CROSS_RECORD = "Cross Record";
	public static final String HE = "HE";
}

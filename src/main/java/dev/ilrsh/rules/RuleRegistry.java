package dev.ilrsh.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every implemented rule, in a fixed order: file rules, field definitions, learner, employment status, learning
 * delivery, cross record. The rule catalog joins its full list of rules to this one by name
 * ({@link RuleNames#normalise}).
 */
public final class RuleRegistry {

	private static final RuleRegistry STANDARD = new RuleRegistry(defaultRules());

	private final List<Rule> rules;
	private final List<RuleInfo> infos;
	private final Map<String, RuleInfo> byKey = new HashMap<>();
	private final Map<String, Integer> order = new HashMap<>();

	public RuleRegistry(List<Rule> rules) {
		this.rules = List.copyOf(rules);
		List<RuleInfo> all = new ArrayList<>();
		for (Rule rule : this.rules) {
			for (RuleInfo info : rule.infos()) {
				if (byKey.putIfAbsent(RuleNames.normalise(info.name()), info) != null) {
					throw new IllegalStateException("rule " + info.name() + " is registered twice");
				}
				order.put(info.name(), all.size());
				all.add(info);
			}
		}
		this.infos = Collections.unmodifiableList(all);
	}

	/** The registry of every rule ilrsh implements. */
	public static RuleRegistry standard() {
		return STANDARD;
	}

	private static List<Rule> defaultRules() {
		List<Rule> rules = new ArrayList<>();
		rules.addAll(FileRules.rules());
		rules.add(new FieldDefinitionRules());
		rules.addAll(UlnRules.rules());
		rules.addAll(DateOfBirthRules.rules());
		rules.addAll(LearnerRecordRules.rules());
		rules.addAll(EmploymentStatusRules.rules());
		rules.addAll(AimStructureRules.rules());
		rules.addAll(LearnDateRules.rules());
		rules.addAll(CompletionRules.rules());
		rules.addAll(AchDateRules.rules());
		rules.addAll(HoursRules.rules());
		rules.addAll(AppFinRecordRules.rules());
		rules.addAll(LearningDeliveryFamRules.rules());
		rules.addAll(FundingSourceRules.rules());
		rules.add(new R06());
		rules.add(new R59());
		rules.addAll(CrossRecordRules.rules());
		rules.addAll(FreeCoursesRules.rules());
		rules.addAll(ProgrammeRules.rules());
		rules.addAll(ContractTypeRules.rules());
		rules.addAll(HeRules.rules());
		rules.addAll(LarsAimRules.rules());
		rules.addAll(ValidityRules.rules());
		rules.addAll(LarsFundingRules.rules());
		rules.addAll(LarsProgrammeRules.rules());
		return rules;
	}

	/** The rule objects, in running order. */
	public List<Rule> rules() {
		return rules;
	}

	/** Every implemented rule, in registry order. */
	public List<RuleInfo> infos() {
		return infos;
	}

	public int size() {
		return infos.size();
	}

	/** A rule by any spelling of its name ({@code R_59}, {@code r59}, {@code uln_04}). */
	public Optional<RuleInfo> find(String name) {
		return Optional.ofNullable(byKey.get(RuleNames.normalise(name)));
	}

	public boolean has(String name) {
		return byKey.containsKey(RuleNames.normalise(name));
	}

	/** The rules that look things up in LARS, by name, with the parts of LARS each needs. */
	public Map<String, java.util.Set<dev.ilrsh.refdata.LarsTable>> larsNeeds() {
		Map<String, java.util.Set<dev.ilrsh.refdata.LarsTable>> needs = new LinkedHashMap<>();
		for (Rule rule : rules) {
			if (!rule.needs().isEmpty()) {
				rule.infos().forEach(i -> needs.put(i.name(), rule.needs()));
			}
		}
		return needs;
	}

	/** How many rules are implemented on each sheet, in registry order. */
	public Map<String, Integer> countBySheet() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (RuleInfo info : infos) {
			counts.merge(info.sheet(), 1, Integer::sum);
		}
		return counts;
	}

	/** The implemented rules as a table: rule, severity, sheet, entity, fields, summary. */
	public dev.ilrsh.render.Table table() {
		dev.ilrsh.render.Table.Builder table = dev.ilrsh.render.Table.builder("rule", "severity", "sheet", "entity",
				"fields", "summary");
		for (RuleInfo i : infos) {
			table.row(i.name(), i.severity().label(), i.sheet(), i.entity(), i.fields(), i.summary());
		}
		return table.build();
	}

	Map<String, Integer> order() {
		return order;
	}
}

package dev.ilrsh.rules.catalog;

import java.util.List;
import java.util.Map;

/**
 * The text users read for an {@link Explanation}: the rule, what ilrsh says about it, the DfE's message when
 * imported, the values from a pasted report line, and the next candidates. Plain text (the explanation itself is
 * markdown, which reads as plain text); lines end with {@code \n}.
 */
public final class ExplanationRenderer {

	private ExplanationRenderer() {
	}

	/** Renders an explanation. */
	public static String render(Explanation x) {
		StringBuilder b = new StringBuilder();
		if (x.best().isEmpty()) {
			b.append("No rule matches \"").append(oneLine(x.input())).append("\".\n");
			b.append("Give a rule name (R59, ULN_04), paste the message, or paste the line from the rule-violation report.\n");
			return b.toString();
		}
		RuleMatch best = x.best().get();
		RuleEntry r = best.rule();
		b.append(r.name()).append("  ").append(r.severity().label()).append(" | ").append(r.category()).append(" | ")
			.append(r.entity().replace("+", ", ")).append("\n\n"); // a paragraph of its own: never run into the summary
		b.append(r.summary()).append('\n');
		b.append('\n');
		row(b, "Found by", switch (best.how()) {
			case NAME -> "rule name";
			case MESSAGE -> "the DfE message";
			case SEARCH -> "search (closest match to your text)";
		});
		if (!r.aliases().isEmpty()) {
			row(b, "Also written", String.join(", ", r.aliases()));
		}
		if (!r.fields().isEmpty()) {
			row(b, "Fields", String.join(", ", r.fields()));
		}
		row(b, "Status " + RuleCatalog.YEAR, r.status());
		row(b, "ilrsh", r.needs().equals(java.util.List.of("LARS")) && r.availability() == Availability.REFERENCE_DATA
				? "runs it once LARS is imported (refdata import)"
				: r.whyNotRunnable().map(w -> "cannot run it: " + w).orElse("can run it offline"));
		row(b, "DfE message", r.officialMessage().orElse("(not imported; `rules import FILE` adds the DfE's wording)"));
		Map<String, String> values = x.fieldValues();
		if (!values.isEmpty()) {
			b.append('\n').append("Values on the report line:\n");
			int w = values.keySet().stream().mapToInt(String::length).max().orElse(0);
			for (Map.Entry<String, String> v : values.entrySet()) {
				b.append("  ").append(pad(v.getKey(), w)).append(" = ")
					.append(v.getValue().isEmpty() ? "(empty)" : v.getValue()).append('\n');
			}
		}
		Map<String, String> where = x.reportLine().map(ReportLine::context).orElse(Map.of());
		if (!where.isEmpty()) {
			b.append("Where:").append(' ');
			b.append(String.join(", ", where.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
			b.append('\n');
		}
		x.reportLine().map(ReportLine::message).filter(m -> !m.isBlank())
			.ifPresent(m -> b.append("Message on the line: ").append(m).append('\n'));
		b.append('\n');
		if (r.explanation().isPresent()) {
			b.append(r.explanation().get().strip()).append('\n');
		}
		else if (r.runsOffline()) {
			b.append("Where it fails in the loaded file: validate --rule ").append(r.name()).append('\n');
		}
		List<RuleMatch> others = x.candidates();
		if (!others.isEmpty()) {
			b.append('\n').append(best.how() == RuleMatch.How.SEARCH ? "Other candidates:\n" : "Related rules:\n");
			int w = others.stream().mapToInt(m -> m.rule().name().length()).max().orElse(0);
			for (RuleMatch m : others) {
				b.append("  ").append(pad(m.rule().name(), w)).append("  ");
				if (best.how() == RuleMatch.How.SEARCH) {
					b.append(String.format("%3d%%", m.percent())).append("  ");
				}
				b.append(m.rule().summary()).append('\n');
			}
		}
		return b.toString();
	}

	private static void row(StringBuilder b, String label, String value) {
		b.append(pad(label + ":", 16)).append(value).append('\n');
	}

	private static String pad(String s, int width) {
		return s.length() >= width ? s + (s.endsWith(":") ? " " : "") : s + " ".repeat(width - s.length());
	}

	private static String oneLine(String s) {
		String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
		return t.length() > 80 ? t.substring(0, 77) + "..." : t;
	}
}

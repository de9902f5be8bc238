package dev.ilrsh.rules.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * What a rule asks of one field, read from its logic: {@code LearnActEndDate missing} for a rule that wants the
 * actual end date returned, {@code AchDate before} for one that finds the achievement date too early.
 *
 * @param field the ILR element the condition falls on; empty when the logic names none
 * @param condition {@code missing}, {@code forbidden}, {@code invalid}, {@code before}, {@code after},
 *     {@code duplicate}, {@code overlap}, {@code pattern}, {@code length} or {@code range}
 */
public record RuleDemand(Optional<String> field, String condition) {

	public RuleDemand {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(condition, "condition");
	}

	/** Reads the catalog's form, {@code "LearnActEndDate missing"} or {@code "overlap"}; empty for blank text. */
	public static Optional<RuleDemand> parse(String text) {
		String s = text == null ? "" : text.strip();
		if (s.isEmpty()) {
			return Optional.empty();
		}
		int space = s.lastIndexOf(' ');
		if (space < 0) {
			return Optional.of(new RuleDemand(Optional.empty(), s));
		}
		return Optional.of(new RuleDemand(Optional.of(s.substring(0, space).strip()), s.substring(space + 1)));
	}
}

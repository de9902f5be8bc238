package dev.ilrsh.diff;

import dev.ilrsh.render.Table;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The questions {@code ask} answers from two returns, this one and the last: what changed in prices, in statuses,
 * and who joined or left. A question is recognised by its words ("prices changed since the last return", "who
 * joined since last month").
 */
public enum ReturnQuestion {

	PRICE_CHANGES("prices changed since the last return", "(?:price|tnp|afin|appfin|cost)s?",
			ReturnQuestions::priceChanges),
	STATUS_CHANGES("statuses changed since the last return",
			"(?:status(?:es)?|compstatus|outcomes?|completion|withdrawals?|achievements?|end dates?)",
			ReturnQuestions::statusChanges),
	JOINERS_AND_LEAVERS("learners who joined or left since the last return",
			"(?:joined|joiners?|new learners|left the file|leavers?|added|removed|dropped|disappeared|missing learners)",
			ReturnQuestions::joinersAndLeavers);

	/** Words that say the question is about the last return. */
	private static final Pattern SINCE_LAST = Pattern.compile(
			"\\b(?:since|from|compared (?:to|with)|against|vs\\.?|versus|between)\\b.*\\b(?:last|previous|earlier|prior|"
					+ "other)\\b.*\\b(?:return|file|submission|month|export|one)\\b|\\bsince last (?:month|time)\\b");

	private final String title;
	private final Pattern subject;
	private final Function<ReturnDiff, Table> answer;

	ReturnQuestion(String title, String subject, Function<ReturnDiff, Table> answer) {
		this.title = title;
		this.subject = Pattern.compile("\\b" + subject + "\\b");
		this.answer = answer;
	}

	/** The question some words ask, when they ask about changes since the last return. */
	public static Optional<ReturnQuestion> of(String words) {
		String w = words.toLowerCase(Locale.ROOT);
		if (!SINCE_LAST.matcher(w).find()) {
			return Optional.empty();
		}
		for (ReturnQuestion q : values()) {
			if (q.subject.matcher(w).find()) {
				return Optional.of(q);
			}
		}
		return Optional.empty();
	}

	public String title() {
		return title;
	}

	public Table answer(ReturnDiff diff) {
		return answer.apply(diff);
	}
}

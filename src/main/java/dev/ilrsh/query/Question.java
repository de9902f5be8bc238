package dev.ilrsh.query;

import dev.ilrsh.index.IlrIndex;
import dev.ilrsh.refdata.Lars;
import dev.ilrsh.render.Table;
import java.util.List;
import java.util.function.Function;

/**
 * One named question a data officer asks of a file.
 *
 * @param id a short stable name, such as {@code multiple-programmes}
 * @param title one line, as a question
 * @param description what is checked, exactly, and on what authority
 * @param synonyms other ways people put it; used only to find the question from free words
 * @param answer works out the answer: the learners (and aims or programmes) concerned, with the fields that matter
 */
public record Question(String id, String title, String description, List<String> synonyms, Answer answer) {

	/** Works out a question's answer on a file's index, with LARS when it is loaded (else null). */
	@FunctionalInterface
	public interface Answer {

		Table of(IlrIndex index, Lars lars);
	}

	public Question {
		synonyms = List.copyOf(synonyms);
	}

	/** A question whose answer comes from the file alone. */
	public Question(String id, String title, String description, List<String> synonyms,
			Function<IlrIndex, Table> answer) {
		this(id, title, description, synonyms, (index, lars) -> answer.apply(index));
	}

	public Table answer(IlrIndex index) {
		return answer(index, null);
	}

	public Table answer(IlrIndex index, Lars lars) {
		return answer.of(index, lars);
	}
}

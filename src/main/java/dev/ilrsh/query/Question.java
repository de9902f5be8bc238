package dev.ilrsh.query;

import dev.ilrsh.index.IlrIndex;
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
public record Question(String id, String title, String description, List<String> synonyms,
		Function<IlrIndex, Table> answer) {

	public Question {
		synonyms = List.copyOf(synonyms);
	}

	public Table answer(IlrIndex index) {
		return answer.apply(index);
	}
}

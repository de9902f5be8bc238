package dev.ilrsh.query;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How the words of questions and of what users type are cut into terms: English stemming as Lucene's English
 * analyzer does it, then two steps of its own. A word whose stem is a filler word's stem is filler too ("recorded"
 * says no more than "record"), and words people use for the same thing become one term ("ended", "closed" and
 * "finished" of a programme), so a question written with one of them is found with another.
 */
final class QuestionWords extends Analyzer {

	/** Stems that mean the same here, each to the one term they are counted as. */
	private static final Map<String, String> SAME = Map.of("close", "end", "finish", "end");

	private final CharArraySet stop;
	private final Set<String> fillerStems;

	QuestionWords(Set<String> filler) {
		stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
		stop.addAll(filler);
		try (Analyzer plain = new EnglishAnalyzer(CharArraySet.EMPTY_SET)) {
			fillerStems = filler.stream().map(word -> stem(plain, word)).collect(Collectors.toUnmodifiableSet());
		}
	}

	@Override
	protected TokenStreamComponents createComponents(String field) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream words = new PorterStemFilter(new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)), stop));
		words = new FilteringTokenFilter(words) {
			private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

			@Override
			protected boolean accept() {
				return !fillerStems.contains(term.toString());
			}
		};
		return new TokenStreamComponents(source, new TokenFilter(words) {
			private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

			@Override
			public boolean incrementToken() throws IOException {
				if (!input.incrementToken()) {
					return false;
				}
				String same = SAME.get(term.toString());
				if (same != null) {
					term.setEmpty().append(same);
				}
				return true;
			}
		});
	}

	@Override
	protected TokenStream normalize(String field, TokenStream in) {
		return new LowerCaseFilter(in);
	}

	private static String stem(Analyzer plain, String word) {
		try (TokenStream ts = plain.tokenStream("", word)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			String out = ts.incrementToken() ? term.toString() : word;
			ts.end();
			return out;
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}

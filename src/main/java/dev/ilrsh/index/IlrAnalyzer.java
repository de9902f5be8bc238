package dev.ilrsh.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text fields (names, address lines) are split into words, for indexing and for queries alike: Unicode word
 * boundaries, lower-cased, folded to ASCII (so {@code Zoë} matches {@code zoe}). Codes and identifiers are never
 * analysed: they are matched whole, without regard to case, through their columns.
 */
final class IlrAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer t = new StandardTokenizer();
		return new TokenStreamComponents(t, new ASCIIFoldingFilter(new LowerCaseFilter(t)));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}
}

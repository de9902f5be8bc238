package dev.ilrsh.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Keyword fields become one lower-cased token (so {@code LearnAimRef:zprog001} matches ZPROG001); text fields
 * (names, address lines, the bare-word field) are split into words, lower-cased and folded to ASCII.
 */
final class IlrAnalyzer extends Analyzer {

	private final FieldCatalog catalog;

	IlrAnalyzer(FieldCatalog catalog) {
		super(PER_FIELD_REUSE_STRATEGY);
		this.catalog = catalog;
	}

	private boolean keyword(String field) {
		return catalog.lookup(field).map(f -> f.kind() != FieldKind.TEXT).orElse(false);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		if (keyword(fieldName)) {
			Tokenizer t = new KeywordTokenizer();
			return new TokenStreamComponents(t, new LowerCaseFilter(t));
		}
		Tokenizer t = new StandardTokenizer();
		return new TokenStreamComponents(t, new ASCIIFoldingFilter(new LowerCaseFilter(t)));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return keyword(fieldName) ? new LowerCaseFilter(in) : new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}
}

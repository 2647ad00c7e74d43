package cn.gov.baoji.portal.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The three ways a text is cut up for the Lucene index: words by the smartcn segmenter (宝鸡市, 义务, 教育),
 * overlapping CJK bigrams (宝鸡 鸡市), and single characters. Phrases of bigrams match any substring of two
 * characters or more exactly; single characters catch a lone Han character beside Latin letters or digits
 * (the 年 of 2024年), which bigrams keep only as a unigram; words only rank.
 */
final class SearchAnalyzers {

    /** A token and its position, as a phrase query needs it. */
    record Token(String text, int position) {
    }

    static final Analyzer WORDS = new SmartChineseAnalyzer();
    // No stop words: "and", "的" and the like are literal text a citizen may look for.
    static final Analyzer GRAMS = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    static final Analyzer CHARS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(new CJKWidthFilter(source));
            return new TokenStreamComponents(source, result);
        }
    };

    private SearchAnalyzers() {
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Whether bigrams left a single Han character alone (next to digits or letters): then match characters. */
    static boolean hasLoneHan(List<Token> gramTokens) {
        for (Token t : gramTokens) {
            if (t.text().length() == 1 && Character.UnicodeScript.of(t.text().codePointAt(0)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}

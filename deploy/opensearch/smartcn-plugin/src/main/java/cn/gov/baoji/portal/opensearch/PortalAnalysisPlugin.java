package cn.gov.baoji.portal.opensearch;

import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.AbstractTokenizerFactory;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The analyzers of the portal's embedded Lucene search, for OpenSearch (whose minimal distribution has neither
 * smartcn nor analysis-common's {@code cjk}): {@code smartcn} (words), {@code portal_cjk_bigram} (overlapping CJK
 * bigrams, no stop words) and {@code portal_cjk_chars} (single characters); plus the {@code smartcn_tokenizer}
 * and the {@code portal_cjk_width}/{@code portal_cjk_bigram} token filters for custom analyzers.
 */
public class PortalAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
                "smartcn", analyzer(SmartChineseAnalyzer::new),
                "portal_cjk_bigram", analyzer(() -> new CJKAnalyzer(CharArraySet.EMPTY_SET)),
                "portal_cjk_chars", analyzer(() -> new Analyzer() {
                    @Override
                    protected TokenStreamComponents createComponents(String fieldName) {
                        Tokenizer source = new StandardTokenizer();
                        return new TokenStreamComponents(source, new LowerCaseFilter(new CJKWidthFilter(source)));
                    }
                }));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("smartcn_tokenizer", (indexSettings, env, name, settings) -> new AbstractTokenizerFactory(indexSettings,
                settings, name) {
            @Override
            public Tokenizer create() {
                return new HMMChineseTokenizer();
            }
        });
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "portal_cjk_bigram", (indexSettings, env, name, settings) -> new AbstractTokenFilterFactory(indexSettings, name,
                        settings) {
                    @Override
                    public TokenStream create(TokenStream input) {
                        return new CJKBigramFilter(input);
                    }
                },
                "portal_cjk_width", (indexSettings, env, name, settings) -> new AbstractTokenFilterFactory(indexSettings, name,
                        settings) {
                    @Override
                    public TokenStream create(TokenStream input) {
                        return new CJKWidthFilter(input);
                    }
                });
    }

    private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> analyzer(Supplier<Analyzer> make) {
        return (indexSettings, env, name, settings) -> new AbstractIndexAnalyzerProvider<Analyzer>(indexSettings, name, settings) {
            private final Analyzer analyzer = make.get();

            @Override
            public Analyzer get() {
                return analyzer;
            }
        };
    }
}

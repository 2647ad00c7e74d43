package cn.gov.baoji.portal.web.search;

import java.nio.file.Files;

import cn.gov.baoji.portal.core.search.LuceneSearchIndex;
import cn.gov.baoji.portal.core.search.SearchIndex;
import io.quarkus.test.junit.QuarkusTest;

/** The engine contract against the embedded Lucene index, in a directory of its own. */
@QuarkusTest
class LuceneSearchContractTest extends SearchEngineContract {

    @Override
    protected SearchIndex newEngine() throws Exception {
        return new LuceneSearchIndex(Files.createTempDirectory("search-contract"));
    }
}

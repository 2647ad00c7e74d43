package cn.gov.baoji.portal.web.search;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;

import cn.gov.baoji.portal.core.search.OpenSearchIndex;
import cn.gov.baoji.portal.core.search.SearchConfig;
import cn.gov.baoji.portal.core.search.SearchIndex;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The engine contract against OpenSearch: the node deploy/test.sh starts once per run (with the portal's analysis
 * plugin), at {@code portal.search.opensearch.url} of the test profile; indices of their own, removed at the end.
 */
@QuarkusTest
class OpenSearchContractTest extends SearchEngineContract {

    @Inject
    SearchConfig config;

    private SearchIndex index;

    @Override
    protected SearchIndex newEngine() {
        index = new OpenSearchIndex(config.opensearch().url(), "contract-" + UUID.randomUUID().toString().substring(0, 8));
        return index;
    }

    @AfterAll
    void removeIndices() {
        index.deleteTenant(WEIBIN);
        index.deleteTenant(JINTAI);
    }
}

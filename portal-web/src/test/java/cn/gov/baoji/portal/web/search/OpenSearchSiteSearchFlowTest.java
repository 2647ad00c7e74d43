package cn.gov.baoji.portal.web.search;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;

import cn.gov.baoji.portal.core.search.SearchIndexer;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * The whole site search flow (publish on another instance → found, withdraw → gone, within 2 s; isolation; the
 * city search; refusals; the console) with the app on OpenSearch: the node deploy/test.sh starts, indices of its own.
 */
@QuarkusTest
@TestProfile(OpenSearchSiteSearchFlowTest.OnOpenSearch.class)
class OpenSearchSiteSearchFlowTest extends SiteSearchFlowTest {

    @Inject
    SearchIndexer indexer;

    @Inject
    TenantDirectory directory;

    /**
     * The profile restarts the app on a new random port, which RestAssured learns only before each test: the
     * set-up's searches need it now. A first start on empty indices copies every county of the test database into
     * OpenSearch (an index each); the 2-second flow is measured once that is done, as on a running platform.
     */
    @Override
    @BeforeAll
    void counties() {
        RestAssured.port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        directory.all().forEach(t -> indexer.sync(t.code().value()));
        super.counties();
    }

    @Override
    protected String countyPrefix() {
        return "ossousuo";
    }

    public static class OnOpenSearch implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.search.engine", "opensearch", "portal.search.opensearch.index-prefix",
                    "flow-" + UUID.randomUUID().toString().substring(0, 8));
        }
    }
}

package cn.gov.baoji.portal.core.search;

import java.nio.file.Path;

import cn.gov.baoji.portal.core.guard.GuardConfig;
import io.smallrye.config.ConfigMapping;
import cn.gov.baoji.portal.core.guard.GuardConfig;
import io.smallrye.config.WithDefault;

/** Site search settings: {@code portal.search.*}. */
@ConfigMapping(prefix = "portal.search")
public interface SearchConfig {

    /** {@code lucene} (embedded, the default) or {@code opensearch} (see {@link #opensearch()}). */
    @WithDefault("lucene")
    String engine();

    /** Where the embedded index lives; rebuilt from PostgreSQL when missing or behind. */
    @WithDefault(".data/search-index")
    Path indexDir();

    /** The OpenSearch engine ({@code engine=opensearch}). */
    OpenSearch opensearch();

    interface OpenSearch {

        /** The cluster's HTTP address. */
        @WithDefault("http://127.0.0.1:9200")
        java.net.URI url();

        /** Prefix of the portal's index and alias names, so several portals (or test runs) can share a cluster. */
        @WithDefault("portal-search")
        String indexPrefix();
    }

    /** Anonymous searches per client address (a citizen pages and refines: more than other lookups). */
    GuardConfig.Limit anonymous();
}

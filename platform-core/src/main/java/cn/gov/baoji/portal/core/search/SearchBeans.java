package cn.gov.baoji.portal.core.search;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.tenant.TenantChangeListener;

/** The engine chosen by {@code portal.search.engine}, and the index following change notices. */
@ApplicationScoped
public class SearchBeans {

    private static final Logger LOG = Logger.getLogger(SearchBeans.class);

    @Produces
    @Singleton
    SearchIndex searchIndex(SearchConfig config) {
        String engine = config.engine().strip().toLowerCase(Locale.ROOT);
        if (engine.equals("lucene")) {
            LOG.infof("Site search uses the embedded Lucene index in %s", config.indexDir().toAbsolutePath());
            return new LuceneSearchIndex(config.indexDir());
        }
        if (engine.equals("opensearch")) {
            LOG.infof("Site search uses OpenSearch at %s (indices %s-*)", config.opensearch().url(),
                    config.opensearch().indexPrefix());
            return new OpenSearchIndex(config.opensearch().url(), config.opensearch().indexPrefix());
        }
        throw new IllegalStateException("portal.search.engine must be 'lucene' or 'opensearch', not '" + config.engine() + "'");
    }

    void closeIndex(@Disposes SearchIndex index) {
        index.close();
    }

    /**
     * Every county's change notices, from any instance; every minute and after a reconnect, every county is
     * compared (that is also how a missing or stale index is repaired at start).
     */
    @Produces
    @Singleton
    static TenantChangeListener.Subscription searchSubscription(SearchIndexer indexer) {
        return new TenantChangeListener.Subscription(PublicContentVersion.CHANNEL, indexer::noticed, indexer::scheduleAll, true);
    }
}

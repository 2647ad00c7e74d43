package cn.gov.baoji.portal.core.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The seam between the portal and a search engine (embedded Lucene, or OpenSearch), chosen by
 * {@code portal.search.engine}. Implementations hold every county in one index with a county field;
 * they never parse user text: {@link EngineQuery} arrives already reduced to literal phrases.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces {@code upserts} (by id) and removes {@code deletedIds}, visible to searches together. */
    void apply(String tenantCode, Collection<SearchDocument> upserts, Collection<String> deletedIds);

    /** Replaces everything of a county with {@code documents} in one step (a rebuild): searches see old or new, never half. */
    void replaceTenant(String tenantCode, Stream<SearchDocument> documents);

    /** Removes a county entirely. */
    void deleteTenant(String tenantCode);

    /** The counties the index holds entries of (a county removed from the platform may linger until compared). */
    Set<String> tenants();

    /** Id → stamp of every indexed item of a county, to compare with PostgreSQL. */
    Map<String, String> stamps(String tenantCode);

    /** Runs a reduced query. */
    EngineHits search(EngineQuery query);

    @Override
    default void close() {
    }

    /**
     * A query as engines see it: every clause must match; a clause matches when any of its
     * alternatives (the typed text and its synonyms) occurs as an exact phrase in title or text.
     *
     * @param counties the counties whose entries may match: one for a county's search, those served for the city
     *        search (never every county indexed: a suspended county's entries stay in the index, unseen); empty
     *        finds nothing
     * @param types empty: every type
     * @param offset zero-based first hit
     */
    record EngineQuery(List<List<String>> clauses, Set<String> counties, Collection<DocType> types, String channelCode,
            String departmentCode, java.time.LocalDate from, java.time.LocalDate to, SearchSort sort, int offset,
            int limit) {

        public EngineQuery {
            counties = Set.copyOf(counties);
        }
    }

    /** A page of matching documents, the total, and counts per type ignoring the type filter. */
    record EngineHits(List<SearchDocument> documents, long total, Map<DocType, Long> countsByType) {
    }
}

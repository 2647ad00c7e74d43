package cn.gov.baoji.portal.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The distributed engine: an OpenSearch cluster (with the portal's analysis plugin, deploy/opensearch/smartcn-plugin)
 * shared by every instance, over its REST API (JDK HttpClient and Jackson, no client library).
 *
 * <p>Each county has an index of its own behind two aliases, {@code <prefix>-t-<county>} (county search and writes)
 * and {@code <prefix>-all} (city search). A rebuild fills a new index and moves both aliases in one request, so
 * searches see the old or the new entries, never half. Texts are indexed three ways as in {@link LuceneSearchIndex}
 * ({@code title} bigrams, {@code title.w} smartcn words, {@code title.c} characters; the same for {@code text}) and
 * queried with the same phrase rules and boosts.
 *
 * <p>Writers: every instance follows the change notices and applies what differs from PostgreSQL, so several
 * instances write the same entries. Writes are idempotent by document id, and carry an external version (this
 * instance's write time, strictly increasing) with {@code external_gte}: an older write arriving late is refused
 * by OpenSearch (a version conflict, which is ignored here). A write that read PostgreSQL before another instance's
 * newer read can still land last across instances; it is replaced again because every instance re-applies after
 * every notice, so the last write of every instance carries the newest state.
 */
public class OpenSearchIndex implements SearchIndex {

    private static final Logger LOG = Logger.getLogger(OpenSearchIndex.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int BULK = 500;
    private static final int PAGE = 5_000;

    private final URI base;
    private final String prefix;
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Set<String> knownTenants = ConcurrentHashMap.newKeySet();
    private final Map<String, Object> rebuildLocks = new ConcurrentHashMap<>();
    private final AtomicLong lastVersion = new AtomicLong();

    /**
     * @param url the cluster, e.g. {@code http://127.0.0.1:9200}
     * @param indexPrefix prefix of every index and alias name (several portals or test runs can share a cluster)
     */
    public OpenSearchIndex(URI url, String indexPrefix) {
        String u = url.toString();
        this.base = URI.create(u.endsWith("/") ? u : u + "/");
        this.prefix = indexPrefix.strip().toLowerCase(Locale.ROOT);
        if (!prefix.matches("[a-z0-9][a-z0-9_-]{0,60}")) {
            throw new IllegalArgumentException("OpenSearch index prefix must be lowercase letters, digits, '-' or '_': " + indexPrefix);
        }
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    @Override
    public void apply(String tenantCode, Collection<SearchDocument> upserts, Collection<String> deletedIds) {
        ensureTenant(tenantCode);
        long version = nextVersion();
        StringBuilder bulk = new StringBuilder();
        String alias = tenantAlias(tenantCode);
        for (String id : deletedIds) {
            bulk.append(action("delete", alias, id, version)).append('\n');
        }
        for (SearchDocument d : upserts) {
            bulk.append(action("index", alias, d.id(), version)).append('\n').append(source(d)).append('\n');
        }
        if (!bulk.isEmpty()) {
            try {
                bulk(bulk, true);
            } catch (RuntimeException e) {
                // The county's index may have been deleted meanwhile: look again next time.
                knownTenants.remove(tenantCode);
                throw e;
            }
        }
    }

    @Override
    public void replaceTenant(String tenantCode, Stream<SearchDocument> documents) {
        // Two rebuilds of one county on this instance (the start-up comparison and a console rebuild)
        // would both add their index to an alias that had none: they take turns.
        synchronized (rebuildLock(tenantCode)) {
            rebuild(tenantCode, documents);
        }
    }

    private Object rebuildLock(String tenantCode) {
        return rebuildLocks.computeIfAbsent(tenantCode, t -> new Object());
    }

    private void rebuild(String tenantCode, Stream<SearchDocument> documents) {
        String alias = tenantAlias(tenantCode);
        List<String> old = indicesOf(alias);
        long freshVersion = nextVersion();
        String fresh = alias + "-" + freshVersion;
        createIndex(fresh, false);
        try {
            long version = nextVersion();
            StringBuilder bulk = new StringBuilder();
            int n = 0;
            for (Iterator<SearchDocument> it = documents.iterator(); it.hasNext();) {
                SearchDocument d = it.next();
                bulk.append(action("index", fresh, d.id(), version)).append('\n').append(source(d)).append('\n');
                if (++n % BULK == 0) {
                    bulk(bulk, false);
                    bulk.setLength(0);
                }
            }
            if (!bulk.isEmpty()) {
                bulk(bulk, false);
            }
            send("POST", fresh + "/_refresh", null, 200);
            ArrayNode actions = JSON.arrayNode();
            for (String index : old) {
                actions.addObject().putObject("remove").put("index", index).put("alias", alias);
                actions.addObject().putObject("remove").put("index", index).put("alias", cityAlias());
            }
            actions.addObject().putObject("add").put("index", fresh).put("alias", alias);
            actions.addObject().putObject("add").put("index", fresh).put("alias", cityAlias());
            ObjectNode body = JSON.objectNode();
            body.set("actions", actions);
            send("POST", "_aliases", body, 200);
        } catch (RuntimeException e) {
            deleteQuietly(fresh);
            throw e;
        }
        knownTenants.add(tenantCode);
        // Searches now read the new index; the old one goes (with any left by a rebuild that stopped half way),
        // and so does any older index another instance's rebuild added meanwhile: the newest rebuild wins.
        for (String index : old) {
            deleteQuietly(index);
        }
        for (String index : indicesOf(alias)) {
            if (!index.equals(fresh) && versionOf(alias, index) < freshVersion) {
                deleteQuietly(index);
            }
        }
    }

    private static long versionOf(String alias, String index) {
        try {
            return Long.parseLong(index.substring(alias.length() + 1));
        } catch (RuntimeException e) {
            return Long.MIN_VALUE;
        }
    }

    @Override
    public void deleteTenant(String tenantCode) {
        for (String index : indicesOf(tenantAlias(tenantCode))) {
            deleteQuietly(index);
        }
        knownTenants.remove(tenantCode);
    }

    @Override
    public Set<String> tenants() {
        String aliasPrefix = prefix + "-t-";
        JsonNode r = send("GET", "_alias/" + aliasPrefix + "*", null, 200, 404);
        Set<String> tenants = new java.util.HashSet<>();
        r.fields().forEachRemaining(index -> index.getValue().path("aliases").fieldNames().forEachRemaining(alias -> {
            if (alias.startsWith(aliasPrefix)) {
                tenants.add(alias.substring(aliasPrefix.length()));
            }
        }));
        return tenants;
    }

    @Override
    public Map<String, String> stamps(String tenantCode) {
        Map<String, String> stamps = new HashMap<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = JSON.objectNode();
            body.put("size", PAGE);
            body.putArray("_source").add("id").add("stamp");
            body.putArray("sort").addObject().put("id", "asc");
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode r = send("POST", tenantAlias(tenantCode) + "/_search", body, 200, 404);
            JsonNode hits = r.path("hits").path("hits");
            if (r.has("error") || hits.isEmpty()) {
                return stamps;
            }
            for (JsonNode h : hits) {
                stamps.put(h.path("_source").path("id").asText(), h.path("_source").path("stamp").asText());
            }
            if (hits.size() < PAGE) {
                return stamps;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    @Override
    public EngineHits search(EngineQuery q) {
        Map<DocType, Long> counts = new EnumMap<>(DocType.class);
        for (DocType t : DocType.values()) {
            counts.put(t, 0L);
        }
        ObjectNode text = textQuery(q.clauses());
        if (text == null || q.counties().isEmpty()) {
            return new EngineHits(List.of(), 0, counts);
        }
        String county = q.counties().size() == 1 ? q.counties().iterator().next() : null;
        ObjectNode body = JSON.objectNode();
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("must").add(text);
        ArrayNode filter = bool.putArray("filter");
        if (county == null) {
            // The city alias spans every county indexed, suspended ones too: only those asked for may match.
            ArrayNode tenants = filter.addObject().putObject("terms").putArray("tenant");
            q.counties().stream().sorted().forEach(tenants::add);
        }
        if (q.channelCode() != null) {
            filter.addObject().putObject("term").put("channel", q.channelCode());
        }
        if (q.departmentCode() != null) {
            filter.addObject().putObject("term").put("department", q.departmentCode());
        }
        if (q.from() != null || q.to() != null) {
            ObjectNode range = filter.addObject().putObject("range").putObject("day");
            if (q.from() != null) {
                range.put("gte", q.from().toEpochDay());
            }
            if (q.to() != null) {
                range.put("lte", q.to().toEpochDay());
            }
        }
        if (!q.types().isEmpty()) {
            // After the facets: they count every type.
            ArrayNode types = body.putObject("post_filter").putObject("terms").putArray("type");
            q.types().forEach(t -> types.add(t.name()));
        }
        body.putObject("aggs").putObject("types").putObject("terms").put("field", "type").put("size", DocType.values().length);
        ArrayNode sort = body.putArray("sort");
        if (q.sort() == SearchSort.DATE) {
            sort.addObject().put("day", "desc");
            sort.add("_score");
        } else {
            sort.add("_score");
            sort.addObject().put("day", "desc");
        }
        body.put("from", q.offset());
        body.put("size", Math.max(0, q.limit()));
        body.put("track_total_hits", true);
        // The city search spans an index per county: score with the statistics of all of them, as one index would.
        String path = (county == null ? cityAlias() + "/_search?search_type=dfs_query_then_fetch&"
                : tenantAlias(county) + "/_search?") + "ignore_unavailable=true&allow_no_indices=true";
        JsonNode r = send("POST", path, body, 200, 404);
        if (r.has("error")) {
            return new EngineHits(List.of(), 0, counts);
        }
        for (JsonNode b : r.path("aggregations").path("types").path("buckets")) {
            counts.put(DocType.valueOf(b.path("key").asText()), b.path("doc_count").asLong());
        }
        List<SearchDocument> page = new ArrayList<>();
        for (JsonNode h : r.path("hits").path("hits")) {
            page.add(fromSource(h.path("_source")));
        }
        return new EngineHits(page, r.path("hits").path("total").path("value").asLong(), counts);
    }

    /** The same rules as {@link LuceneSearchIndex#textQuery}: null when nothing in it is searchable. */
    static ObjectNode textQuery(List<List<String>> clauses) {
        ArrayNode all = JSON.arrayNode();
        for (List<String> alternatives : clauses) {
            ArrayNode any = JSON.arrayNode();
            for (String alternative : alternatives) {
                ObjectNode q = alternative(alternative);
                if (q != null) {
                    any.add(q);
                }
            }
            if (!any.isEmpty()) {
                ObjectNode clause = JSON.objectNode();
                clause.putObject("bool").put("minimum_should_match", 1).set("should", any);
                all.add(clause);
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        ObjectNode q = JSON.objectNode();
        q.putObject("bool").set("must", all);
        return q;
    }

    private static ObjectNode alternative(String text) {
        List<SearchAnalyzers.Token> grams = SearchAnalyzers.tokens(SearchAnalyzers.GRAMS, text);
        if (grams.isEmpty()) {
            return null;
        }
        // Bigrams are the main fields; characters where bigrams leave a lone Han character (2024年).
        String kind = SearchAnalyzers.hasLoneHan(grams) ? ".c" : "";
        ObjectNode match = JSON.objectNode();
        ArrayNode either = match.putObject("bool").put("minimum_should_match", 1).putArray("should");
        either.add(phrase("title" + kind, text, 3f));
        either.add(phrase("text" + kind, text, 1f));
        ObjectNode q = JSON.objectNode();
        ObjectNode bool = q.putObject("bool");
        bool.putArray("must").add(match);
        if (!SearchAnalyzers.tokens(SearchAnalyzers.WORDS, text).isEmpty()) {
            // Whole words only raise the score.
            bool.putArray("should").add(phrase("title.w", text, 2f)).add(phrase("text.w", text, 1f));
        }
        return q;
    }

    private static ObjectNode phrase(String field, String text, float boost) {
        ObjectNode q = JSON.objectNode();
        ObjectNode f = q.putObject("match_phrase").putObject(field);
        f.put("query", text);
        if (boost != 1f) {
            f.put("boost", boost);
        }
        return q;
    }

    private void ensureTenant(String tenantCode) {
        if (knownTenants.contains(tenantCode)) {
            return;
        }
        String alias = tenantAlias(tenantCode);
        if (indicesOf(alias).isEmpty()) {
            // A fixed first name: two instances creating it at once create one index.
            createIndex(alias + "-0", true);
        }
        knownTenants.add(tenantCode);
    }

    private void createIndex(String index, boolean withAliases) {
        ObjectNode body = JSON.objectNode();
        ObjectNode settings = body.putObject("settings").putObject("index");
        settings.put("number_of_shards", 1).put("number_of_replicas", 0);
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        ObjectNode p = mappings.putObject("properties");
        for (String keyword : new String[] {"id", "tenant", "type", "channel", "department"}) {
            p.putObject(keyword).put("type", "keyword");
        }
        p.putObject("day").put("type", "long");
        for (String stored : new String[] {"channelName", "departmentName", "date", "url", "stamp"}) {
            p.putObject(stored).put("type", "keyword").put("index", false).put("doc_values", false);
        }
        for (String field : new String[] {"title", "text"}) {
            ObjectNode f = p.putObject(field).put("type", "text").put("analyzer", "portal_cjk_bigram");
            ObjectNode sub = f.putObject("fields");
            sub.putObject("w").put("type", "text").put("analyzer", "smartcn");
            sub.putObject("c").put("type", "text").put("analyzer", "portal_cjk_chars");
        }
        if (withAliases) {
            String alias = index.substring(0, index.lastIndexOf('-'));
            body.putObject("aliases").putObject(alias);
            ((ObjectNode) body.get("aliases")).putObject(cityAlias());
        }
        JsonNode r = send("PUT", index, body, 200, 400);
        if (r.has("error") && !r.path("error").path("type").asText().equals("resource_already_exists_exception")) {
            throw new IllegalStateException("OpenSearch refused to create index " + index + ": " + r.path("error"));
        }
    }

    private List<String> indicesOf(String alias) {
        JsonNode r = send("GET", "_alias/" + alias, null, 200, 404);
        List<String> indices = new ArrayList<>();
        r.fieldNames().forEachRemaining(name -> {
            if (!name.equals("error") && !name.equals("status")) {
                indices.add(name);
            }
        });
        return indices;
    }

    private void deleteQuietly(String index) {
        try {
            send("DELETE", index, null, 200, 404);
        } catch (RuntimeException e) {
            LOG.warnf("OpenSearch index %s could not be deleted (%s); it is unused and can be deleted by hand", index,
                    e.getMessage());
        }
    }

    private void bulk(CharSequence ndjson, boolean refresh) {
        JsonNode r = sendRaw("POST", "_bulk" + (refresh ? "?refresh=true" : ""), ndjson.toString(), "application/x-ndjson",
                Duration.ofSeconds(120), 200);
        if (r.path("errors").asBoolean()) {
            for (JsonNode item : r.path("items")) {
                JsonNode result = item.elements().next();
                int status = result.path("status").asInt();
                // 409: a newer version is there already; 404: deleting what is not indexed.
                if (status >= 300 && status != 409 && status != 404) {
                    throw new IllegalStateException("OpenSearch refused a search document: " + result.path("error"));
                }
            }
        }
    }

    private String action(String kind, String index, String id, long version) {
        ObjectNode a = JSON.objectNode();
        a.putObject(kind).put("_index", index).put("_id", id).put("version", version).put("version_type", "external_gte");
        return a.toString();
    }

    private static String source(SearchDocument d) {
        ObjectNode s = JSON.objectNode();
        s.put("id", d.id());
        s.put("tenant", d.tenantCode());
        s.put("type", d.type().name());
        s.put("title", d.title());
        s.put("text", d.text() == null ? "" : d.text());
        putIfPresent(s, "channel", d.channelCode());
        putIfPresent(s, "channelName", d.channelName());
        putIfPresent(s, "department", d.departmentCode());
        putIfPresent(s, "departmentName", d.departmentName());
        s.put("day", d.date() == null ? 0 : d.date().toEpochDay());
        putIfPresent(s, "date", d.date() == null ? null : d.date().toString());
        s.put("url", d.url());
        s.put("stamp", d.stamp());
        return s.toString();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static SearchDocument fromSource(JsonNode s) {
        String date = text(s, "date");
        return new SearchDocument(text(s, "id"), text(s, "tenant"), DocType.valueOf(text(s, "type")), text(s, "title"),
                text(s, "text"), text(s, "channel"), text(s, "channelName"), text(s, "department"),
                text(s, "departmentName"), date == null ? null : LocalDate.parse(date), text(s, "url"), text(s, "stamp"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private long nextVersion() {
        long now = System.currentTimeMillis();
        return lastVersion.updateAndGet(last -> Math.max(last + 1, now));
    }

    private String tenantAlias(String tenantCode) {
        return prefix + "-t-" + URLEncoder.encode(tenantCode.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8);
    }

    private String cityAlias() {
        return prefix + "-all";
    }

    private JsonNode send(String method, String path, JsonNode body, int... accepted) {
        return sendRaw(method, path, body == null ? null : body.toString(), "application/json", Duration.ofSeconds(30),
                accepted);
    }

    private JsonNode sendRaw(String method, String path, String body, String contentType, Duration timeout, int... accepted) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", "application/json");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch at " + base + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for OpenSearch", e);
        }
        for (int status : accepted) {
            if (response.statusCode() == status) {
                try {
                    return response.body().isEmpty() ? JSON.objectNode() : mapper.readTree(response.body());
                } catch (IOException e) {
                    throw new UncheckedIOException("OpenSearch answered " + path + " with something that is not JSON", e);
                }
            }
        }
        String text = response.body();
        throw new IllegalStateException("OpenSearch answered " + method + " " + path + " with " + response.statusCode() + ": "
                + (text.length() > 500 ? text.substring(0, 500) : text));
    }
}

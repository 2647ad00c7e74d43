package cn.gov.baoji.portal.core.search;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jsoup.Jsoup;

import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceItem;
import cn.gov.baoji.portal.core.tenant.SiteOrigins;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * What a county shows citizens, read from its schema as search documents: published articles (文章 and
 * 政府信息公开) in visible channels, published service guides of items the county offers, and published
 * messages that have a reply. Never personal data: a message contributes its title, content and reply only.
 */
@ApplicationScoped
public class SearchDocuments {

    private static final int CHUNK = 500;

    private static final String ARTICLE_FROM = " FROM published_article pa JOIN channel c ON c.id = pa.channel_id"
            + " JOIN department d ON d.id = pa.department_id WHERE c.visible";
    private static final String ARTICLE_STAMP = "concat_ws('|', pa.revision_no, pa.updated_at, c.code, c.name, d.code, d.name)";
    private static final String ARTICLES = "SELECT pa.article_id, pa.disclosure, pa.title, pa.summary, pa.body_html, c.code, c.name,"
            + " d.code, d.name, pa.published_at, " + ARTICLE_STAMP + ARTICLE_FROM;
    private static final String ARTICLE_STAMPS = "SELECT pa.article_id, pa.disclosure, " + ARTICLE_STAMP + ARTICLE_FROM;
    private static final String GUIDES = "SELECT g.id, g.item_code, g.conditions, g.materials, g.process, g.place, g.basis,"
            + " g.department_code, d.name, g.published_at, concat_ws('|', g.lock_version, g.updated_at, d.name)"
            + " FROM service_guide g LEFT JOIN department d ON d.code = g.department_code WHERE g.published";
    private static final String MESSAGES = "SELECT m.id, m.title, m.content, m.reply, m.replied_at, d.code, d.name,"
            + " concat_ws('|', m.version, m.replied_at, d.name)"
            + " FROM message m LEFT JOIN department d ON d.id = m.department_id WHERE m.published AND m.state = 'REPLIED'"
            + " AND m.reply IS NOT NULL";

    private final TenantScope scope;
    private final EntityManager em;
    private final ServiceCatalogue catalogue;
    private final SiteOrigins origins;

    SearchDocuments(TenantScope scope, EntityManager em, ServiceCatalogue catalogue, SiteOrigins origins) {
        this.scope = scope;
        this.em = em;
        this.catalogue = catalogue;
        this.origins = origins;
    }

    /** Id → stamp of every public item of the county, without loading texts. */
    public Map<String, String> stamps(String tenantCode) {
        String origin = origin(tenantCode);
        int release = catalogue.current().version();
        return scope.call(TenantCode.of(tenantCode), () -> {
            Map<String, String> stamps = new HashMap<>();
            for (Object[] r : rows(ARTICLE_STAMPS, null)) {
                stamps.put(SearchDocument.idOf(tenantCode, articleType(r[1]), r[0]), origin + "|" + r[2]);
            }
            for (Object[] r : rows(GUIDES, null)) {
                if (catalogue.offered(tenantCode, (String) r[1]).isPresent()) {
                    stamps.put(SearchDocument.idOf(tenantCode, DocType.SERVICE, r[1]), origin + "|" + release + "|" + r[10]);
                }
            }
            for (Object[] r : rows(MESSAGES, null)) {
                stamps.put(SearchDocument.idOf(tenantCode, DocType.MESSAGE, r[0]), origin + "|" + r[7]);
            }
            return stamps;
        });
    }

    /** The documents with these ids that are (still) public; ids no longer public are simply absent. */
    public List<SearchDocument> load(String tenantCode, Collection<String> ids) {
        Map<DocType, List<String>> byType = ids.stream().collect(Collectors.groupingBy(
                id -> DocType.valueOf(id.split(":")[1]), Collectors.mapping(id -> id.split(":", 3)[2], Collectors.toList())));
        List<SearchDocument> docs = new ArrayList<>();
        List<String> articles = new ArrayList<>(byType.getOrDefault(DocType.ARTICLE, List.of()));
        articles.addAll(byType.getOrDefault(DocType.DISCLOSURE, List.of()));
        for (List<String> chunk : chunks(articles)) {
            docs.addAll(read(tenantCode, DocType.ARTICLE, chunk));
        }
        for (List<String> chunk : chunks(byType.getOrDefault(DocType.SERVICE, List.of()))) {
            docs.addAll(read(tenantCode, DocType.SERVICE, chunk));
        }
        for (List<String> chunk : chunks(byType.getOrDefault(DocType.MESSAGE, List.of()))) {
            docs.addAll(read(tenantCode, DocType.MESSAGE, chunk));
        }
        return docs;
    }

    /** Every public item of the county, read a chunk at a time as the stream is consumed. */
    public Stream<SearchDocument> all(String tenantCode) {
        List<String> ids = new ArrayList<>(stamps(tenantCode).keySet());
        return chunks(ids).stream().flatMap(chunk -> load(tenantCode, chunk).stream());
    }

    private List<SearchDocument> read(String tenantCode, DocType kind, List<String> ids) {
        String origin = origin(tenantCode);
        int release = catalogue.current().version();
        return scope.call(TenantCode.of(tenantCode), () -> {
            List<SearchDocument> docs = new ArrayList<>();
            if (kind == DocType.ARTICLE) {
                List<Long> numbers = ids.stream().map(Long::valueOf).toList();
                for (Object[] r : rows(ARTICLES + " AND pa.article_id IN (:ids)", numbers)) {
                    String text = join(str(r[3]), Jsoup.parse(str(r[4])).text());
                    docs.add(new SearchDocument(SearchDocument.idOf(tenantCode, articleType(r[1]), r[0]), tenantCode,
                            articleType(r[1]), str(r[2]), text, str(r[5]), str(r[6]), str(r[7]), str(r[8]), day(r[9]),
                            origin + "/articles/" + r[0], origin + "|" + r[10]));
                }
            } else if (kind == DocType.SERVICE) {
                for (Object[] r : rows(GUIDES + " AND g.item_code IN (:ids)", ids)) {
                    Optional<ServiceItem> item = catalogue.offered(tenantCode, (String) r[1]);
                    if (item.isEmpty()) {
                        continue;
                    }
                    String text = join(str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                            r[6] == null ? item.get().legalBasis() : str(r[6]));
                    docs.add(new SearchDocument(SearchDocument.idOf(tenantCode, DocType.SERVICE, r[1]), tenantCode,
                            DocType.SERVICE, item.get().name(), text, null, DocType.SERVICE.label(), str(r[7]), str(r[8]),
                            day(r[9]), origin + "/services/" + r[1], origin + "|" + release + "|" + r[10]));
                }
            } else {
                List<Long> numbers = ids.stream().map(Long::valueOf).toList();
                for (Object[] r : rows(MESSAGES + " AND m.id IN (:ids)", numbers)) {
                    String text = join(str(r[2]), "答复：" + str(r[3]));
                    docs.add(new SearchDocument(SearchDocument.idOf(tenantCode, DocType.MESSAGE, r[0]), tenantCode,
                            DocType.MESSAGE, str(r[1]), text, null, DocType.MESSAGE.label(), str(r[5]), str(r[6]), day(r[4]),
                            origin + "/messages/" + r[0], origin + "|" + r[7]));
                }
            }
            return docs;
        });
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<?> ids) {
        var query = em.createNativeQuery(sql);
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        return query.getResultList();
    }

    private String origin(String tenantCode) {
        return origins.of(TenantCode.of(tenantCode));
    }

    private static DocType articleType(Object disclosure) {
        return Boolean.TRUE.equals(disclosure) ? DocType.DISCLOSURE : DocType.ARTICLE;
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atZone(ChinaTime.ZONE).toLocalDate();
        }
        if (value instanceof java.time.Instant i) {
            return i.atZone(ChinaTime.ZONE).toLocalDate();
        }
        return LocalDate.from((TemporalAccessor) value);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}

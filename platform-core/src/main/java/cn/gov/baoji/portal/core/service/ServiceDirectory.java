package cn.gov.baoji.portal.core.service;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.content.PublicDataCache;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * What citizens see of the county's services: items it offers whose guide is published, found by life
 * event, audience, department or a words in the name. The list is small (a county offers hundreds of
 * items at most) and kept in memory per county until something public changes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ServiceDirectory {

    public static final int MAX_QUERY = 40;
    private static final long CACHE_MILLIS = 60_000;

    private final EntityManager em;
    private final ServiceCatalogue catalogue;
    private final TenantContext tenant;
    private final ServiceViews views;
    private final PublicDataCache<List<Entry>> entries;

    ServiceDirectory(EntityManager em, ServiceCatalogue catalogue, TenantContext tenant, ServiceViews views,
            PublicContentVersion publicVersion) {
        this.em = em;
        this.catalogue = catalogue;
        this.tenant = tenant;
        this.views = views;
        this.entries = new PublicDataCache<>(publicVersion, CACHE_MILLIS);
    }

    /** A public item: the city's fields and the few county fields lists show. */
    public record Entry(ServiceItem item, String departmentCode, Integer timeLimitDays, boolean online, long views) {
    }

    /** What a citizen filters by; null for no filter. {@code q} is matched as written within item names. */
    public record Filter(String event, Audience audience, String department, String q) {
    }

    /** A page of entries. */
    public record Page(List<Entry> items, long total, int page, int size) {
    }

    public List<Entry> all() {
        return entries.get(tenant.require().code().value(), this::load);
    }

    public Page browse(Filter filter, int page, int size) {
        String q = filter.q() == null ? null : filter.q().strip().toLowerCase(Locale.ROOT);
        List<Entry> matching = all().stream()
                .filter(e -> filter.event() == null || e.item().events().contains(filter.event()))
                .filter(e -> filter.audience() == null || e.item().audiences().contains(filter.audience()))
                .filter(e -> filter.department() == null || filter.department().equals(e.departmentCode()))
                .filter(e -> q == null || q.isEmpty() || e.item().name().toLowerCase(Locale.ROOT).contains(q))
                .toList();
        int from = (int) Math.min((long) (page - 1) * size, matching.size());
        int to = Math.min(from + size, matching.size());
        return new Page(matching.subList(from, to), matching.size(), page, size);
    }

    /** The most viewed items, most viewed first (catalogue order among equals). */
    public List<Entry> popular(int limit) {
        List<Entry> all = all();
        return all.stream().sorted(Comparator.comparingLong(Entry::views).reversed()).limit(limit).toList();
    }

    /** How many public items each life event has, by event code. */
    public Map<String, Long> countsByEvent() {
        return all().stream().flatMap(e -> e.item().events().stream())
                .collect(Collectors.groupingBy(e -> e, Collectors.counting()));
    }

    /** The published guide of an offered item. */
    public Optional<ServiceGuide> guide(String code) {
        if (!ServiceCatalogue.isItemCode(code)
                || catalogue.offered(tenant.require().code().value(), code).isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("FROM ServiceGuide WHERE itemCode = :c AND published = true", ServiceGuide.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** Whether {@code code} has a public guide here; cheap (from memory), for counting views. */
    public boolean isPublic(String code) {
        return all().stream().anyMatch(e -> e.item().code().equals(code));
    }

    public void countView(String code) {
        views.count(tenant.require().code(), code);
    }

    /** The guide's views, those not yet written included. */
    public long views(ServiceGuide guide) {
        return guide.getViewCount() + views.pending(tenant.require().code(), guide.getItemCode());
    }

    public List<ServiceForm> forms(ServiceGuide guide) {
        return em.createQuery("FROM ServiceForm WHERE guideId = :g ORDER BY kind, id", ServiceForm.class)
                .setParameter("g", guide.getId()).getResultList();
    }

    /** A form of a published guide. */
    public Optional<ServiceGuides.FormFile> form(String code, long formId) {
        return guide(code).flatMap(g -> ServiceGuides.formFile(em, g, formId));
    }

    private List<Entry> load() {
        Map<String, ServiceGuide> published = em
                .createQuery("FROM ServiceGuide WHERE published = true", ServiceGuide.class).getResultStream()
                .collect(Collectors.toMap(ServiceGuide::getItemCode, g -> g));
        return catalogue.current().offeredBy(tenant.require().code().value()).stream()
                .filter(i -> published.containsKey(i.code()))
                .map(i -> {
                    ServiceGuide g = published.get(i.code());
                    return new Entry(i, g.getDepartmentCode(), g.getTimeLimitDays(), g.isOnlineApply(), g.getViewCount());
                }).toList();
    }
}

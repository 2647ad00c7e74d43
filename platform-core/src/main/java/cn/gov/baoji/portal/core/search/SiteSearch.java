package cn.gov.baoji.portal.core.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;

/**
 * Site search of one county and the city-wide search (全市搜索). Refused queries (empty, longer than
 * 100 characters, nothing searchable, too many words, bad paging or dates) throw
 * {@link InvalidInputException} with a Chinese message; everything typed is literal text (see {@link QueryText}).
 * Only counties served to citizens are searched and suggested: not one suspended or still being provisioned.
 */
@ApplicationScoped
public class SiteSearch {

    public static final int MAX_SIZE = 50;
    public static final int MAX_PAGE = 50;
    private static final int MAX_ALTERNATIVES = 6;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final SearchIndex index;
    private final Synonyms synonyms;
    private final TenantDirectory directory;

    public SiteSearch(SearchIndex index, Synonyms synonyms, TenantDirectory directory) {
        this.index = index;
        this.synonyms = synonyms;
        this.directory = directory;
    }

    public SearchResult search(SearchQuery q) {
        String text = QueryText.clean(q.text());
        List<String> clauses = QueryText.clauses(text);
        if (clauses.stream().noneMatch(c -> c.codePoints().anyMatch(Character::isLetterOrDigit))) {
            throw new InvalidInputException("q", "搜索内容中没有可查找的文字或数字");
        }
        if (q.page() < 1 || q.page() > MAX_PAGE) {
            throw new InvalidInputException("page", "页码须在 1 至 " + MAX_PAGE + " 之间");
        }
        if (q.size() < 1 || q.size() > MAX_SIZE) {
            throw new InvalidInputException("size", "每页条数须在 1 至 " + MAX_SIZE + " 之间");
        }
        if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        checkCode("channel", q.channel(), "栏目");
        checkCode("department", q.department(), "部门");
        if (q.scope() == SearchScope.COUNTY && (q.tenantCode() == null || !TenantCode.isValid(q.tenantCode()))) {
            throw new InvalidInputException("scope", "请指定要搜索的站点");
        }
        // Read at every search, not at indexing: suspending a county hides it from the city search at once,
        // and reinstating it shows it again, with no reindexing.
        List<TenantInfo> served = directory.all().stream().filter(TenantInfo::isServed).toList();
        Set<String> counties = served.stream().map(t -> t.code().value())
                .filter(c -> q.scope() == SearchScope.CITY || c.equals(q.tenantCode()))
                .collect(Collectors.toUnmodifiableSet());
        List<Synonym> list = synonyms.all();
        List<List<String>> expanded = clauses.stream().map(c -> expand(c, list)).toList();
        SearchIndex.EngineHits hits = index.search(new SearchIndex.EngineQuery(expanded, counties, q.types(), q.channel(),
                q.department(), q.from(), q.to(), q.sort(), (q.page() - 1) * q.size(), q.size()));
        Set<String> phrases = new LinkedHashSet<>();
        expanded.forEach(phrases::addAll);
        Highlights marks = new Highlights(phrases);
        List<SearchHit> results = hits.documents().stream().map(d -> new SearchHit(d.tenantCode(), countyName(d.tenantCode()),
                d.type(), d.title(), marks.title(d.title()), marks.snippet(d.text()), d.url(), d.date(), d.channelName(),
                d.departmentName())).toList();
        List<Facet> facets = new ArrayList<>();
        for (Map.Entry<DocType, Long> e : hits.countsByType().entrySet()) {
            facets.add(new Facet(e.getKey(), e.getValue()));
        }
        String didYouMean = DidYouMean.corrected(text, list);
        if (didYouMean == null && hits.total() == 0) {
            didYouMean = DidYouMean.nearMiss(text, DidYouMean.dictionary(
                    served.stream().map(TenantInfo::name).toList(), list));
        }
        return new SearchResult(results, hits.total(), facets, didYouMean, q.page(), q.size());
    }

    /** The clause and what the synonym list makes of it (both ways for synonyms, forward for corrections). */
    static List<String> expand(String clause, List<Synonym> synonyms) {
        Set<String> alternatives = new LinkedHashSet<>();
        alternatives.add(clause);
        for (Synonym s : synonyms) {
            if (alternatives.size() >= MAX_ALTERNATIVES) {
                break;
            }
            if (clause.contains(s.term())) {
                alternatives.add(clause.replace(s.term(), s.alternative()));
            } else if (!s.oneWay() && clause.contains(s.alternative())) {
                alternatives.add(clause.replace(s.alternative(), s.term()));
            }
        }
        return List.copyOf(alternatives);
    }

    private String countyName(String code) {
        return TenantCode.isValid(code) ? directory.findByCode(TenantCode.of(code)).map(TenantInfo::name).orElse(code) : code;
    }

    private static void checkCode(String field, String value, String what) {
        if (value != null && !CODE.matcher(value).matches()) {
            throw new InvalidInputException(field, what + "代码无效");
        }
    }
}

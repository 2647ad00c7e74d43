package cn.gov.baoji.portal.admin.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.gov.baoji.portal.core.content.ArticleQuery;
import cn.gov.baoji.portal.core.content.ArticleRow;
import cn.gov.baoji.portal.core.content.PublicArticles;

/**
 * A back-office article list as the page shows it: the rows, the filters as chosen (to fill the form
 * again) and the links to other pages and orders, which keep every other parameter.
 */
public record ListView(String path, Integer level, PublicArticles.Page<ArticleRow> result, ArticleQuery query) {

    public String stateValue() {
        return query.state() == null ? "" : query.state().name();
    }

    public String channelValue() {
        return query.channel() == null ? "" : query.channel();
    }

    public String departmentValue() {
        return query.department() == null ? "" : query.department();
    }

    public String titleValue() {
        return query.title() == null ? "" : query.title();
    }

    public String sortValue() {
        return query.sort().value();
    }

    public List<ArticleQuery.Sort> sorts() {
        return List.of(ArticleQuery.Sort.values());
    }

    /** This list at another page. */
    public String pageLink(int page) {
        return link(page, query.sort().value());
    }

    /** This list in another order, from its first page. */
    public String sortLink(String sort) {
        return link(1, sort);
    }

    private String link(int page, String sort) {
        List<String> params = new ArrayList<>();
        if (level != null) {
            params.add("level=" + level);
        }
        add(params, "state", stateValue());
        add(params, "channel", channelValue());
        add(params, "department", departmentValue());
        add(params, "q", titleValue());
        if (!sort.equals(ArticleQuery.Sort.UPDATED.value())) {
            params.add("sort=" + sort);
        }
        if (query.size() != ArticleQuery.DEFAULT_SIZE) {
            params.add("size=" + query.size());
        }
        if (page > 1) {
            params.add("page=" + page);
        }
        return params.isEmpty() ? path : path + "?" + String.join("&", params);
    }

    private static void add(List<String> params, String name, String value) {
        if (!value.isEmpty()) {
            params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}

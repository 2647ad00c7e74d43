package cn.gov.baoji.portal.web.search;

import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import cn.gov.baoji.portal.core.search.form.SearchForm;

/** The search page's query parameters as sent. */
public class SearchParams {

    @RestQuery
    public String q;
    @RestQuery
    public List<String> type;
    @RestQuery
    public String channel;
    @RestQuery
    public String department;
    @RestQuery
    public String from;
    @RestQuery
    public String to;
    @RestQuery
    public String sort;
    @RestQuery
    public String page;
    @RestQuery
    public String scope;

    SearchForm form() {
        return SearchForm.parse(q, type, channel, department, from, to, sort, page, scope);
    }

    /** The words alone, for showing the form again when another parameter is wrong. */
    SearchForm wordsOnly() {
        String words = q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q;
        return new SearchForm(words, null, null, null, null, null, null, 1, "city".equalsIgnoreCase(scope)
                ? cn.gov.baoji.portal.core.search.SearchScope.CITY : null);
    }
}

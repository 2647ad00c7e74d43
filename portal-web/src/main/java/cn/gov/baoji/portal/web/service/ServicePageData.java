package cn.gov.baoji.portal.web.service;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.site.SiteService.ChannelView;
import cn.gov.baoji.portal.web.content.PublicContent;
import cn.gov.baoji.portal.web.site.PageData;

/** What each service page gives its template, for the pages themselves and for trial renders of a look. */
@ApplicationScoped
public class ServicePageData {

    /** Popular items on the home page's 办事服务 block, and on the channel page. */
    static final int HOME_POPULAR = 6;
    static final int CHANNEL_POPULAR = 10;
    static final int PAGE_SIZE = 20;

    private final PublicServices services;
    private final PublicContent content;

    ServicePageData(PublicServices services, PublicContent content) {
        this.services = services;
        this.content = content;
    }

    public Map<String, Object> browse(ServiceFilter filter, int page) {
        return Map.of("filter", filter, "listing", services.list(filter, page, PAGE_SIZE), "events",
                services.events(filter.event()), "audiences", services.audiences(filter.audience()), "departments",
                services.departments(filter.department()));
    }

    public Map<String, Object> guide(ServiceGuideDetail guide) {
        return Map.of("guide", guide);
    }

    /** The 办事服务 channel: the service block, then the channel's own articles (notices about services). */
    public Map<String, Object> channel(ChannelView channel, int page) {
        return Map.of("channel", channel, "services", services.highlights(CHANNEL_POPULAR), "listing",
                content.channelPage(channel, page, PageData.PAGE_SIZE));
    }

    /**
     * One page of each service template with the county's real data (the browse page, the most viewed
     * guide, the channel page), for checking a look's template overrides before they go live.
     */
    public Map<String, Map<String, Object>> samples() {
        Map<String, Map<String, Object>> pages = new LinkedHashMap<>();
        pages.put("services", browse(services.filter(null, null, null, null), 1));
        services.highlights(1).popular().stream().findFirst()
                .ifPresent(card -> pages.put("service", guide(services.guide(card.code()))));
        try {
            pages.put("service-channel", channel(content.channel(ServicePageResource.CHANNEL), 1));
        } catch (NotFoundException e) {
            // The county hid its 办事服务 channel: there is no such page to check.
        }
        return pages;
    }

    /** The home page's 办事服务 block. */
    public ServiceHighlights home() {
        return services.highlights(HOME_POPULAR);
    }
}

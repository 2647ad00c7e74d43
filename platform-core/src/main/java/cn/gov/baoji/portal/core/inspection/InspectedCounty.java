package cn.gov.baoji.portal.core.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.baoji.portal.core.tenant.TenantInfo;

/**
 * What one run knows about a county, read once at its start: the published articles with their
 * channels and departments, and which public addresses exist. Rules read it instead of querying
 * each on their own.
 */
public record InspectedCounty(TenantInfo tenant, OffsetDateTime now, LocalDate today, List<ChannelFacts> channels,
        List<PublishedDoc> published, Map<Long, String> departmentNames, PublicAddresses addresses) {

    /** A visible channel and the dates rules need. */
    public record ChannelFacts(long id, Long parentId, String code, String name, Integer ownUpdateEveryDays,
            boolean hasChildren) {
    }

    /** A published article: what citizens read. */
    public record PublishedDoc(long articleId, long channelId, long departmentId, String title, String bodyHtml,
            OffsetDateTime publishedAt, OffsetDateTime updatedAt) {

        /** When the article last changed for citizens. */
        public OffsetDateTime lastChange() {
            return updatedAt != null && updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
        }
    }

    /** The county's own public addresses that exist right now, to resolve internal links against. */
    public record PublicAddresses(Set<String> hosts, Set<Long> articles, Set<Long> attachments, Set<String> channels,
            Set<String> guides, Set<String> departments) {
    }

    public String departmentName(long id) {
        return departmentNames.get(id);
    }

    public Optional<ChannelFacts> channel(long id) {
        return channels.stream().filter(c -> c.id() == id).findFirst();
    }

    public static String articleAdminUrl(long id) {
        return "/admin/articles/" + id;
    }

    public static String articlePublicUrl(long id) {
        return "/articles/" + id;
    }
}

package cn.gov.baoji.portal.core.catalogue;

import java.time.OffsetDateTime;
import java.util.List;

/** One released version of the city's catalogue. */
public record CatalogueRelease(int version, String note, String releasedBy, OffsetDateTime releasedAt,
        List<CatalogueNode> nodes) {
}

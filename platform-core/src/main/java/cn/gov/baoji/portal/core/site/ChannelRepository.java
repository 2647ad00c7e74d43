package cn.gov.baoji.portal.core.site;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Channels of the current tenant; the schema comes from the request's tenant, never from a parameter. */
@ApplicationScoped
public class ChannelRepository implements PanacheRepository<Channel> {

    public List<Channel> listVisible() {
        return list("visible = true", Sort.by("sortOrder").and("id"));
    }

    public boolean codeExists(String code) {
        return count("code", code) > 0;
    }
}

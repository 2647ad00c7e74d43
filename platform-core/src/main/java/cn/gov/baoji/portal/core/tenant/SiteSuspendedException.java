package cn.gov.baoji.portal.core.tenant;

import cn.gov.baoji.portal.core.error.PortalException;

/** The site exists but the city office has taken it offline. */
public class SiteSuspendedException extends PortalException {

    public SiteSuspendedException() {
        super("site-suspended", "网站正在维护，暂停访问，请稍后再试。");
    }

    @Override
    public int status() {
        return 503;
    }
}

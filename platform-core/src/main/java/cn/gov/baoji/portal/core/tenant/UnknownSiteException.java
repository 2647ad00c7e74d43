package cn.gov.baoji.portal.core.tenant;

import cn.gov.baoji.portal.core.error.PortalException;

/** The request's host belongs to no site of the platform. */
public class UnknownSiteException extends PortalException {

    public UnknownSiteException() {
        super("site-not-found", "您访问的站点不存在，请核对网址。");
    }

    @Override
    public int status() {
        return 404;
    }
}

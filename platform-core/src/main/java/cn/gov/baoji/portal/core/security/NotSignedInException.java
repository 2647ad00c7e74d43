package cn.gov.baoji.portal.core.security;

import cn.gov.baoji.portal.core.error.PortalException;

/** The request carries no valid credentials. */
public class NotSignedInException extends PortalException {

    public NotSignedInException() {
        super("unauthorized", "请先登录。");
    }

    @Override
    public int status() {
        return 401;
    }
}

package cn.gov.baoji.portal.core.security;

import cn.gov.baoji.portal.core.error.PortalException;

/** The caller is signed in but may not do this here. */
public class AccessDeniedException extends PortalException {

    public AccessDeniedException(String userMessage) {
        super("forbidden", userMessage);
    }

    @Override
    public int status() {
        return 403;
    }
}

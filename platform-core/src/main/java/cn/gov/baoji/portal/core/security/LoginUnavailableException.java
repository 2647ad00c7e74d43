package cn.gov.baoji.portal.core.security;

import cn.gov.baoji.portal.core.error.PortalException;

/** The identity provider cannot be reached: signing in is impossible for now, public pages are fine. */
public class LoginUnavailableException extends PortalException {

    public LoginUnavailableException() {
        super("login-unavailable", "统一身份认证服务暂时无法访问，暂不能登录，请稍后再试。网站公开内容和办事服务不受影响。");
    }

    @Override
    public int status() {
        return 503;
    }
}

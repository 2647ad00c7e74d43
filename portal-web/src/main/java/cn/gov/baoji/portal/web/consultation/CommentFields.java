package cn.gov.baoji.portal.web.consultation;

import org.jboss.resteasy.reactive.RestForm;

/** The comment form as a browser posts it; {@code website} is the honeypot people never see. */
public class CommentFields {

    @RestForm
    public String content;
    @RestForm
    public String name;
    @RestForm
    public String phone;
    @RestForm
    public String altcha;
    @RestForm
    public String website;
}

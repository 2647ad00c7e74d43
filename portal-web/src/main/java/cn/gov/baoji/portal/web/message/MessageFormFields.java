package cn.gov.baoji.portal.web.message;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.core.message.MessageInput;

/** The write form as posted; {@code website} is the honeypot, {@code altcha} the solved challenge. */
public class MessageFormFields {

    @RestForm
    public String kind;
    @RestForm
    public String department;
    @RestForm
    public String title;
    @RestForm
    public String content;
    @RestForm
    public String name;
    @RestForm
    public String phone;
    @RestForm
    public String email;
    /** A checkbox: present (any value) when ticked. */
    @RestForm
    public String publish;
    @RestForm
    public String altcha;
    @RestForm
    public String website;

    MessageInput input() {
        return new MessageInput(kind, department, title, content, name, phone, email, publish != null && !publish.isEmpty());
    }
}

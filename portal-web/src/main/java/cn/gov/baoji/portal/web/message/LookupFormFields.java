package cn.gov.baoji.portal.web.message;

import org.jboss.resteasy.reactive.RestForm;

/** The lookup form as posted. */
public class LookupFormFields {

    @RestForm
    public String queryCode;
    @RestForm
    public String phone;
}

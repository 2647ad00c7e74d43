package cn.gov.baoji.portal.web.application;

import org.jboss.resteasy.reactive.RestForm;

/** The lookup and rating forms as posted: tracking number and phone, and for a rating the grade and comment. */
public class LookupFormFields {

    @RestForm
    public String trackingNumber;
    @RestForm
    public String phone;
    @RestForm
    public String score;
    @RestForm
    public String comment;
}

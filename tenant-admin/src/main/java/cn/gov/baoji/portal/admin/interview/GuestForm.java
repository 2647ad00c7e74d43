package cn.gov.baoji.portal.admin.interview;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.gov.baoji.portal.core.interview.GuestInput;

/** A guest as posted: name, title or post, and optionally a photo (PNG, JPEG or GIF). */
public class GuestForm {

    @RestForm
    public String name;
    @RestForm
    public String position;
    @RestForm("photo")
    public FileUpload photo;

    GuestInput input() {
        return new GuestInput(name, position);
    }
}

package cn.gov.baoji.portal.admin.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Console templates that pages of several features share. */
@CheckedTemplate(basePath = "ConsolePages")
public class ConsoleTemplates {

    private ConsoleTemplates() {
    }

    public static native TemplateInstance confirm(String userName, Confirmation confirmation);
}

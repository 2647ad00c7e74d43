package cn.gov.baoji.portal.web.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import cn.gov.baoji.portal.core.application.ApplicationLookup;
import cn.gov.baoji.portal.core.application.GuideTerms;

/**
 * Complaints (投诉/监督) about a service item or an application's handling go to the message board
 * as messages of kind 投诉 to the department that handles the item, with the item in the title:
 * routed, answered, kept to a deadline and counted in the department's figures like every message,
 * with no second workflow. These are the addresses of the message form filled in in advance. The
 * tracking number goes in the text, never the title: titles stand in public lists, feeds and search
 * when the citizen lets the message be published, and the number is half of the lookup credential.
 */
final class Complaints {

    private Complaints() {
    }

    /** A complaint about how an application was handled. */
    static String about(ApplicationLookup application) {
        return form(application.departmentCode(), "关于“" + application.serviceName() + "”办件的投诉")
                + "&content=" + encode("办件编号：" + application.trackingNumber() + "。");
    }

    /** A complaint about a service item. */
    static String about(GuideTerms item) {
        return form(item.departmentCode(), "关于“" + item.name() + "”事项的投诉");
    }

    private static String form(String department, String title) {
        return "/messages/new?kind=complain&department=" + encode(department == null ? "" : department) + "&title="
                + encode(title.length() > 100 ? title.substring(0, 100) : title);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

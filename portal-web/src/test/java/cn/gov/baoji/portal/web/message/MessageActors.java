package cn.gov.baoji.portal.web.message;

import java.util.List;
import java.util.UUID;

import cn.gov.baoji.portal.core.message.MessageInput;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.Actor;

/** The people who handle messages in a county, as the services see them, and a typical citizen's message. */
final class MessageActors {

    private MessageActors() {
    }

    static Actor editor(String county) {
        return new Actor(county + "-editor", "区县审核员", AccessBindings.fromClaims(List.of("/tenants/" + county + "/editor"), List.of()));
    }

    static Actor webmaster(String county) {
        return new Actor(county + "-webmaster", "站点管理员",
                AccessBindings.fromClaims(List.of("/tenants/" + county + "/webmaster"), List.of()));
    }

    static Actor officer(String county, String department) {
        return new Actor(county + "-" + department + "-officer", department + "信息员",
                AccessBindings.fromClaims(List.of("/tenants/" + county + "/contributor"), List.of(county + ":" + department)));
    }

    static Actor departmentReviewer(String county, String department) {
        return new Actor(county + "-" + department + "-reviewer", department + "部门审核员",
                AccessBindings.fromClaims(List.of("/tenants/" + county + "/editor"), List.of(county + ":" + department)));
    }

    static MessageInput message(String addressee, String title, String phone, boolean publish) {
        return new MessageInput("consult", addressee, title, "我家孩子今年秋季入学，请问需要准备哪些材料？户口不在本区怎么办？", "王建国",
                phone, "wang@example.com", publish);
    }

    static String key() {
        return "test-" + UUID.randomUUID();
    }
}

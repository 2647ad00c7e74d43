package cn.gov.baoji.portal.web.message;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestAccounts;

/**
 * Counties of the back-office message tests' own, with the people who handle their messages, and
 * the sign-in that brings those people back to the test application.
 */
@ApplicationScoped
class MessageCounties {

    /** Someone who handles a county's messages: signs in as {@code <county>-<suffix>} with the demo password. */
    enum Person {
        EDITOR("editor", "审核员", "editor", null),
        WEBMASTER("webmaster", "站点管理员", "webmaster", null),
        ZFB("zfb", "政府办信息员", "contributor", "zfb"),
        JYJ("jyj", "教育局信息员", "contributor", "jyj");

        private final String suffix;
        private final String title;
        private final String role;
        private final String department;

        Person(String suffix, String title, String role, String department) {
            this.suffix = suffix;
            this.title = title;
            this.role = role;
            this.department = department;
        }

        /** Editors and webmasters are named after their county (办理区审核员); officers after their department. */
        private String displayName(String countyName) {
            return department == null ? countyName + title : title;
        }
    }

    private final TenantProvisioner provisioner;
    private final Keycloak keycloak;
    private final Set<String> prepared = ConcurrentHashMap.newKeySet();

    MessageCounties(TenantProvisioner provisioner, Keycloak keycloak) {
        this.provisioner = provisioner;
        this.keycloak = keycloak;
    }

    /** The county {@code code}, named {@code name}, with an account for each of {@code people}; made once. */
    void prepare(String code, String name, Person... people) {
        if (prepared.contains(code)) {
            return;
        }
        Counties.provision(provisioner, code, name, null, "classic");
        for (Person person : people) {
            TestAccounts.account(keycloak, code + "-" + person.suffix, person.displayName(name), code, person.role,
                    person.department);
        }
        prepared.add(code);
    }

    /** Lets a sign-in on these hosts ({@code console} or a county's code) return to the test application's port. */
    void allowSignIn(int port, String... hosts) {
        RedirectUris.allow(keycloak, port, hosts);
    }
}

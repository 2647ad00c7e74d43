package cn.gov.baoji.portal.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.GroupRepresentation;

import cn.gov.baoji.portal.core.site.SiteFooter;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantKind;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantSpec;
import io.quarkus.test.junit.QuarkusTest;

/** Provisioning gives a tenant its role groups in Keycloak, once. */
@QuarkusTest
class TenantGroupsTest {

    @Inject
    TenantProvisioner provisioner;

    @Inject
    Keycloak keycloak;

    @Test
    void provisioningCreatesRoleGroupsAndRedirectUrisWithoutDuplicates() {
        TenantSpec spec = new TenantSpec(TenantCode.of("kcgroups"), "组测区", "组测区人民政府", TenantKind.DISTRICT, "619907",
                "6199070001", "base", List.of("kcgroups.localhost", "www.kcgroups.gov.cn"),
                new SiteFooter("组测区人民政府办公室", null, null, null, null, null, null));
        provisioner.provision(spec);
        provisioner.provision(spec);

        GroupRepresentation tenants = keycloak.realm("baoji").getGroupByPath("/tenants");
        List<GroupRepresentation> named = keycloak.realm("baoji").groups().group(tenants.getId())
                .getSubGroups("kcgroups", true, 0, 10, true);
        assertThat(named).hasSize(1);
        List<String> roles = keycloak.realm("baoji").groups().group(named.get(0).getId())
                .getSubGroups(0, 10, true).stream().map(GroupRepresentation::getName).toList();
        assertThat(roles).containsExactlyInAnyOrder("webmaster", "editor", "contributor");

        List<String> redirects = keycloak.realm("baoji").clients()
                .findByClientId("portal-web").get(0).getRedirectUris();
        assertThat(redirects).contains("http://kcgroups.localhost:8080/*", "https://www.kcgroups.gov.cn/*");
        assertThat(redirects.stream().filter(u -> u.contains("kcgroups")).count()).isEqualTo(2);
    }
}

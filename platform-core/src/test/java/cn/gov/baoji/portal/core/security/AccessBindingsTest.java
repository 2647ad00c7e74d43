package cn.gov.baoji.portal.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.tenant.TenantCode;

/** The one mapping from token claims to permissions: anything unexpected grants nothing. */
class AccessBindingsTest {

    private static final TenantCode WEIBIN = TenantCode.of("weibin");
    private static final TenantCode TAIBAI = TenantCode.of("taibai");

    @Test
    void webmasterHoldsLowerRolesInTheirCountyOnly() {
        AccessBindings bindings = AccessBindings.fromClaims(List.of("/tenants/weibin/webmaster"), List.of());
        assertThat(bindings.allows(WEIBIN, Role.WEBMASTER)).isTrue();
        assertThat(bindings.allows(WEIBIN, Role.EDITOR)).isTrue();
        assertThat(bindings.allows(WEIBIN, Role.CONTRIBUTOR)).isTrue();
        assertThat(bindings.allows(TAIBAI, Role.CONTRIBUTOR)).isFalse();
        assertThat(bindings.allows(WEIBIN, Role.CITY_ADMIN)).isFalse();
        assertThat(bindings.isCityAdmin()).isFalse();
    }

    @Test
    void contributorIsNotAnEditorAndCarriesTheirDepartment() {
        AccessBindings bindings = AccessBindings.fromClaims(List.of("/tenants/weibin/contributor"),
                List.of("weibin:区财政局", "taibai:咀头镇"));
        assertThat(bindings.allows(WEIBIN, Role.CONTRIBUTOR)).isTrue();
        assertThat(bindings.allows(WEIBIN, Role.EDITOR)).isFalse();
        assertThat(bindings.departmentIn(WEIBIN)).contains("区财政局");
        assertThat(bindings.departmentIn(TAIBAI)).isEmpty();
    }

    @Test
    void cityAdminMayDoEverythingEverywhere() {
        AccessBindings bindings = AccessBindings.fromClaims(List.of("/city-admin"), null);
        assertThat(bindings.isCityAdmin()).isTrue();
        assertThat(bindings.allows(TAIBAI, Role.WEBMASTER)).isTrue();
        assertThat(bindings.highestRoleIn(WEIBIN)).contains(Role.CITY_ADMIN);
    }

    @Test
    void onePersonMayHoldRolesInSeveralCounties() {
        AccessBindings bindings = AccessBindings.fromClaims(
                List.of("/tenants/weibin/editor", "/tenants/taibai/webmaster"), List.of());
        assertThat(bindings.highestRoleIn(WEIBIN)).contains(Role.EDITOR);
        assertThat(bindings.highestRoleIn(TAIBAI)).contains(Role.WEBMASTER);
        assertThat(bindings.allows(WEIBIN, Role.WEBMASTER)).isFalse();
    }

    @Test
    void malformedOrForeignGroupsGrantNothing() {
        AccessBindings bindings = AccessBindings.fromClaims(List.of(
                "/tenants/weibin/city-admin", "/tenants/Weibin/webmaster", "/tenants/weibin/webmaster/extra",
                "/tenants/../webmaster", "tenants/weibin/webmaster", "/city-admin/sub", "/CITY-ADMIN",
                "/other/weibin/webmaster", "/tenants/weibin/", "/tenants//webmaster", "webmaster", ""), List.of());
        assertThat(bindings.isEmpty()).isTrue();
        assertThat(bindings.allows(WEIBIN, Role.CONTRIBUTOR)).isFalse();
        assertThat(bindings.isCityAdmin()).isFalse();
    }

    @Test
    void noClaimsMeansNoBindings() {
        assertThat(AccessBindings.fromClaims(null, null).isEmpty()).isTrue();
        assertThat(AccessBindings.fromClaims(List.of(), List.of("weibin:x")).isEmpty()).isTrue();
    }

    @Test
    void bindingsMapBackToTheirGroupPaths() {
        assertThat(new RoleBinding("weibin", Role.EDITOR, null).groupPath()).isEqualTo("/tenants/weibin/editor");
        assertThat(new RoleBinding(null, Role.CITY_ADMIN, null).groupPath()).isEqualTo("/city-admin");
    }
}

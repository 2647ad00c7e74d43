package cn.gov.baoji.portal.web.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.portal.core.site.SiteFooter;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantKind;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantSpec;

/** The twelve seeded counties: code to site name, as citizens see it. */
public final class Counties {

    public static final Map<String, String> SITE_NAMES = new LinkedHashMap<>();

    static {
        SITE_NAMES.put("weibin", "渭滨区人民政府");
        SITE_NAMES.put("jintai", "金台区人民政府");
        SITE_NAMES.put("chencang", "陈仓区人民政府");
        SITE_NAMES.put("fengxiang", "凤翔区人民政府");
        SITE_NAMES.put("qishan", "岐山县人民政府");
        SITE_NAMES.put("fufeng", "扶风县人民政府");
        SITE_NAMES.put("meixian", "眉县人民政府");
        SITE_NAMES.put("longxian", "陇县人民政府");
        SITE_NAMES.put("qianyang", "千阳县人民政府");
        SITE_NAMES.put("linyou", "麟游县人民政府");
        SITE_NAMES.put("fengxian", "凤县人民政府");
        SITE_NAMES.put("taibai", "太白县人民政府");
    }

    private Counties() {
    }

    /** The 网站标识码 a county of {@link #provision} was given. */
    public static String siteIdentifier(String code) {
        return System.getProperty(DIVISION_OF + code) + "0001";
    }

    public static String host(String code) {
        return code + ".localhost";
    }

    /**
     * Division codes of the test counties, one per county code, so that no two test classes can pick the same.
     * Kept in system properties, not static fields: a test profile restarts the application in a new class
     * loader, and a counter starting again would hand out codes the database already holds.
     */
    private static final String DIVISION_OF = "portal.test.division.";
    private static final String NEXT_DIVISION = "portal.test.division-next";

    private static synchronized String divisionOf(String code) {
        String known = System.getProperty(DIVISION_OF + code);
        if (known != null) {
            return known;
        }
        int next = Integer.getInteger(NEXT_DIVISION, 680_001);
        System.setProperty(NEXT_DIVISION, String.valueOf(next + 1));
        System.setProperty(DIVISION_OF + code, String.valueOf(next));
        return String.valueOf(next);
    }

    /**
     * A county of a test's own (idempotent), so that changing it disturbs no other test. Its
     * division code (which must be unique on the platform) is handed out here per county code, from
     * a range no seed county or explicit test spec uses; {@code ignoredDivision} is what callers
     * used to choose themselves, and two of them once chose the same.
     */
    public static void provision(TenantProvisioner provisioner, String code, String name, String ignoredDivision,
            String theme) {
        String division = divisionOf(code);
        provisioner.provision(new TenantSpec(TenantCode.of(code), name, name + "人民政府", TenantKind.DISTRICT, division,
                division + "0001", theme, List.of(host(code)),
                new SiteFooter(name + "人民政府办公室", null, null, null, null, null, null)));
    }
}

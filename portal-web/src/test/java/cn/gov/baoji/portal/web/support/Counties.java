package cn.gov.baoji.portal.web.support;

import java.util.LinkedHashMap;
import java.util.Map;

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

    public static String host(String code) {
        return code + ".localhost";
    }
}

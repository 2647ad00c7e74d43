package cn.gov.baoji.portal.admin.interview;

import java.util.Map;

/** What a back-office page says after a change it redirected to (POST-redirect-GET): fixed texts only. */
final class Notices {

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("created", "访谈已创建。请添加嘉宾，然后发布。"),
            Map.entry("saved", "访谈信息已保存。"),
            Map.entry("announced", "访谈已发布，网友现在可以看到访谈页面并提问。"),
            Map.entry("withdrawn", "访谈已撤回为草稿，网站上不再显示。"),
            Map.entry("guest-added", "嘉宾已添加。"),
            Map.entry("guest-saved", "嘉宾信息已保存。"),
            Map.entry("guest-removed", "嘉宾已移除。"),
            Map.entry("picked", "提问已选用，已实时显示在访谈页面。"),
            Map.entry("rejected", "提问已设为不选用。"),
            Map.entry("posted", "发言已发布，已实时显示在访谈页面。"));

    private Notices() {
    }

    static String of(String key) {
        return key == null ? null : TEXTS.get(key);
    }
}

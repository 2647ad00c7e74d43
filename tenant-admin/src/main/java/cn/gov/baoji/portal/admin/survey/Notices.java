package cn.gov.baoji.portal.admin.survey;

import java.util.Map;

/** The confirmation shown after a change, named in the redirect's query so a page can be reloaded safely. */
final class Notices {

    private static final Map<String, String> TEXTS = Map.of(
            "created", "调查已创建，请添加题目。",
            "saved", "调查设置已保存。",
            "question-added", "题目已添加。",
            "question-saved", "题目已保存。",
            "question-up", "题目已上移。",
            "question-down", "题目已下移。",
            "question-remove", "题目已删除。",
            "published", "调查已发布，公众现在可以在网站上看到它。");

    private Notices() {
    }

    /** The text of a known notice; null for anything else (nobody can put words on the page through the query). */
    static String text(String key) {
        return TEXTS.get(key);
    }
}

package cn.gov.baoji.portal.core.inspection;

/**
 * One problem a rule found in a county, as the rule reports it.
 *
 * @param itemKey what the problem is about (an article, a channel, a message…), stable across runs so a
 *        later run recognises it
 * @param title the place, as people name it (e.g. 栏目“新闻动态”)
 * @param publicUrl where citizens see the place, may be null
 * @param adminUrl where the back office fixes it, may be null
 * @param department who is responsible, may be null
 * @param advice what to do, in Chinese
 */
public record Finding(String itemKey, Severity severity, String title, String detail, String publicUrl,
        String adminUrl, String department, String advice) {
}

package cn.gov.baoji.portal.admin.console;

/**
 * A console page asking before a destructive action; its form posts {@code action} (with one optional
 * hidden field), so it works without script.
 */
public record Confirmation(String title, String question, String consequence, String action, String fieldName,
        String fieldValue, String button, String back) {
}

package cn.gov.baoji.portal.themes;

import java.util.List;
import java.util.Map;

/**
 * A theme as read from its {@code theme.properties}.
 *
 * @param chain this theme's name followed by its ancestors, ending with {@code base}
 * @param variables colours and other values, the child's overriding its parents'
 * @param messages the fixed texts pages show ({@code messages.properties}), the child's overriding its parents'
 */
public record Theme(String name, String label, List<String> chain, Map<String, String> variables,
        Map<String, String> messages) {
}

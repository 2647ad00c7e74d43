package cn.gov.baoji.portal.web.service;

/**
 * A service item in a public list, as pages show it and {@code GET /api/v1/services} returns it.
 *
 * @param timeLimit the promised time limit in words, e.g. "10 个工作日" or "即办"
 * @param online whether it can be applied for online ({@code url}/apply)
 */
public record ServiceCard(String code, String name, String kind, String audiences, String department,
        String departmentCode, Integer timeLimitDays, String timeLimit, boolean online, long views, String url) {
}

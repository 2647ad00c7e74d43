package cn.gov.baoji.portal.core.application;

/**
 * What an application takes from the county's service guide when it is sent: the item, the
 * department that handles it, the promised time limit and whether citizens may apply online now.
 *
 * @param timeLimitDays the promised time limit in working days (0: decided on the spot)
 * @param open the guide is published and online application is switched on
 */
public record GuideTerms(String code, String name, String departmentCode, int timeLimitDays, boolean open) {
}

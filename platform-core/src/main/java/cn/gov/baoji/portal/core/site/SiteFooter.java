package cn.gov.baoji.portal.core.site;

/**
 * The facts the national rules require in every page footer of a government site.
 *
 * @param organizer 主办单位
 * @param undertaker 承办单位, may be empty
 * @param icpNumber ICP备案号
 * @param policeRecordNumber 公安机关备案号 (公网安备)
 * @param address contact address
 * @param phone contact phone
 * @param email contact e-mail, may be empty
 */
public record SiteFooter(
        String organizer,
        String undertaker,
        String icpNumber,
        String policeRecordNumber,
        String address,
        String phone,
        String email) {
}

package cn.gov.baoji.portal.core.look;

import java.util.Objects;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.site.SiteFooter;

/**
 * The facts every footer of a government site must carry (国办发〔2017〕47号): 主办单位, 网站标识码,
 * ICP备案号, 公安机关备案号 and how to reach the site's organizer; 承办单位 and e-mail when there are.
 *
 * @param siteIdentifier 网站标识码, ten digits; blank keeps the one the city registered
 */
public record FooterFacts(String organizer, String undertaker, String siteIdentifier, String icpNumber,
        String policeRecordNumber, String address, String phone, String email) {

    private static final Pattern SITE_ID = Pattern.compile("\\d{10}");
    // Lenient on purpose: the number must be there; a remark after it (e.g. （演示）) is allowed.
    private static final Pattern ICP = Pattern.compile("\\p{IsHan}{1,2}ICP备\\d{6,12}号(-\\d{1,3})?.*");
    private static final Pattern POLICE = Pattern.compile("\\p{IsHan}{1,2}公网安备\\s?\\d{10,16}号.*");
    private static final Pattern PHONE = Pattern.compile("[0-9(（+][0-9 ()（）+\\-、，,\\p{IsHan}]{4,29}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,185}\\.[A-Za-z]{2,}");

    public FooterFacts {
        organizer = TextRules.line("footer.organizer", "主办单位", organizer, 60);
        if (organizer == null) {
            throw new InvalidInputException("footer.organizer", "请填写主办单位");
        }
        undertaker = TextRules.line("footer.undertaker", "承办单位", undertaker, 60);
        siteIdentifier = TextRules.matching("footer.siteIdentifier", "网站标识码", siteIdentifier, 10, SITE_ID, "6103020001");
        icpNumber = TextRules.matching("footer.icpNumber", "ICP备案号", icpNumber, 30, ICP, "陕ICP备05004567号");
        policeRecordNumber = TextRules.matching("footer.policeRecordNumber", "公安机关备案号", policeRecordNumber, 40,
                POLICE, "陕公网安备 61030202000123号");
        address = TextRules.line("footer.address", "地址", address, 100);
        phone = TextRules.matching("footer.phone", "联系电话", phone, 30, PHONE, "0917-3212345");
        email = TextRules.matching("footer.email", "电子邮箱", email, 100, EMAIL, "zfb@weibin.gov.cn");
    }

    public static FooterFacts of(SiteFooter footer, String siteIdentifier) {
        return new FooterFacts(footer.organizer(), footer.undertaker(), siteIdentifier, footer.icpNumber(),
                footer.policeRecordNumber(), footer.address(), footer.phone(), footer.email());
    }

    /**
     * These facts as the county's own: null when they are the registered ones, and without the
     * 网站标识码 when it is the registered one, so that later changes made by the city still show.
     */
    public FooterFacts unlessRegistered(FooterFacts registered) {
        if (registered == null) {
            return this;
        }
        String ownIdentifier = Objects.equals(siteIdentifier, registered.siteIdentifier()) ? null : siteIdentifier;
        FooterFacts own = new FooterFacts(organizer, undertaker, ownIdentifier, icpNumber, policeRecordNumber, address,
                phone, email);
        FooterFacts sameAsRegistered = new FooterFacts(registered.organizer(), registered.undertaker(), null,
                registered.icpNumber(), registered.policeRecordNumber(), registered.address(), registered.phone(),
                registered.email());
        return own.equals(sameAsRegistered) ? null : own;
    }

    public SiteFooter siteFooter() {
        return new SiteFooter(organizer, undertaker, icpNumber, policeRecordNumber, address, phone, email);
    }
}

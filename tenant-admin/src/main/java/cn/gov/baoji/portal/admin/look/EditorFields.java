package cn.gov.baoji.portal.admin.look;

import java.util.Objects;
import java.util.Optional;

import cn.gov.baoji.portal.core.look.FooterFacts;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.look.SiteNames;

/**
 * What the look editor's inputs show: the current look's values, or, after a refused save, exactly
 * what the webmaster typed, so that one wrong field does not cost them the others.
 *
 * @param basedOn the looks as the page first showed them (kept across a refused save, so that a
 *        second try cannot overwrite a change made meanwhile)
 * @param homeAsShown the channel table as the page first showed it
 */
public record EditorFields(String theme, String primaryColor, String secondaryColor, String siteTitle,
        String siteSubtitle, String homeLayout, String organizer, String undertaker, String siteIdentifier,
        String icpNumber, String policeRecordNumber, String address, String phone, String email, String customCss,
        String overrideName, String overrideText, String basedOn, String homeAsShown) {

    static EditorFields of(LookSettings look, String basedOn, String homeAsShown) {
        Optional<SiteNames> names = Optional.ofNullable(look.names());
        Optional<FooterFacts> footer = Optional.ofNullable(look.footer());
        return new EditorFields(look.theme(), text(look.primaryColor()), text(look.secondaryColor()),
                text(names.map(SiteNames::title)), text(names.map(SiteNames::subtitle)), look.home().layout(),
                text(footer.map(FooterFacts::organizer)), text(footer.map(FooterFacts::undertaker)),
                text(footer.map(FooterFacts::siteIdentifier)), text(footer.map(FooterFacts::icpNumber)),
                text(footer.map(FooterFacts::policeRecordNumber)), text(footer.map(FooterFacts::address)),
                text(footer.map(FooterFacts::phone)), text(footer.map(FooterFacts::email)), text(look.customCss()), "", "",
                basedOn, homeAsShown);
    }

    static EditorFields typed(LookForm form) {
        return new EditorFields(text(form.theme), text(form.primaryColor), text(form.secondaryColor),
                text(form.siteTitle), text(form.siteSubtitle), text(form.homeLayout), text(form.organizer),
                text(form.undertaker), text(form.siteIdentifier), text(form.icpNumber), text(form.policeRecordNumber),
                text(form.address), text(form.phone), text(form.email), text(form.customCss), text(form.overrideName),
                text(form.overrideText), text(form.basedOn), text(form.homeAsShown));
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }
}

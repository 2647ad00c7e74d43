package cn.gov.baoji.portal.admin.look;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.core.look.FooterFacts;
import cn.gov.baoji.portal.core.look.HomePage;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.look.SiteNames;

/**
 * The look editor's main form as posted. Theme, colours and custom CSS are always the form's; the
 * site names, channel table and footer facts, when a form (of an older page) did not send them,
 * stay as they were; an untouched channel table keeps the home page as it was, even when that
 * was the default of every visible channel.
 */
public class LookForm {

    @RestForm
    public String theme;
    @RestForm
    public String primaryColor;
    @RestForm
    public String secondaryColor;
    @RestForm
    public String siteTitle;
    @RestForm
    public String siteSubtitle;
    @RestForm
    public String homeLayout;
    /** One entry per row of the channel table, with the three lists below in the same order. */
    @RestForm
    public List<String> channel;
    @RestForm
    public List<String> homeItems;
    @RestForm
    public List<String> homeOrder;
    @RestForm
    public List<String> navOrder;
    @RestForm
    public String organizer;
    @RestForm
    public String undertaker;
    @RestForm
    public String siteIdentifier;
    @RestForm
    public String icpNumber;
    @RestForm
    public String policeRecordNumber;
    @RestForm
    public String address;
    @RestForm
    public String phone;
    @RestForm
    public String email;
    @RestForm
    public String customCss;
    @RestForm
    public String overrideName;
    @RestForm
    public String overrideText;
    /** The looks as the page showed them ({@code LookStore.currentToken()}): a change made since is a conflict. */
    @RestForm
    public String basedOn;
    /** The channel table as the page showed it ({@link ChannelChoices#signature}). */
    @RestForm
    public String homeAsShown;

    /**
     * The look this form makes of the current one: images stay; an override replaces (or, left
     * empty, removes) only the template it names; footer facts equal to the registered ones are not
     * kept as the county's own.
     */
    LookSettings applyTo(LookSettings current, FooterFacts registeredFooter) {
        Map<String, String> templates = new HashMap<>(current.templates());
        if (overrideName != null && !overrideName.isBlank()) {
            templates.put(overrideName.strip(), overrideText == null ? "" : overrideText);
        }
        SiteNames names = siteTitle == null && siteSubtitle == null ? current.names() : new SiteNames(siteTitle, siteSubtitle);
        HomePage home = current.home();
        List<String> nav = current.navOrder();
        boolean untouched = homeAsShown != null && homeAsShown.equals(ChannelChoices.signature(channel, homeItems, homeOrder));
        if (channel != null && !channel.isEmpty()) {
            ChannelChoices choices = ChannelChoices.of(channel, homeItems, homeOrder, navOrder);
            home = new HomePage(homeLayout == null ? home.layout() : homeLayout,
                    untouched ? home.blocks() : choices.blocks());
            nav = choices.navOrder();
        } else if (homeLayout != null) {
            home = new HomePage(homeLayout, home.blocks());
        }
        FooterFacts footer = organizer == null ? current.footer()
                : new FooterFacts(organizer, undertaker, siteIdentifier, icpNumber, policeRecordNumber, address, phone,
                        email).unlessRegistered(registeredFooter);
        return new LookSettings(theme, primaryColor, secondaryColor, customCss, templates, names, current.logoId(),
                current.bannerId(), home, nav, footer);
    }
}

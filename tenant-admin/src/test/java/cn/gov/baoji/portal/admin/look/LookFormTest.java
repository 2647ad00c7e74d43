package cn.gov.baoji.portal.admin.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.look.FooterFacts;
import cn.gov.baoji.portal.core.look.HomePage;
import cn.gov.baoji.portal.core.look.LookSettings;

/** The look editor's form read back into a look: the channel table, overrides, footer facts. */
class LookFormTest {

    private static final FooterFacts REGISTERED = new FooterFacts("某区人民政府办公室", null, "6103020001", null, null,
            "某区政务大楼", "0917-1000000", null);
    private static final LookSettings CURRENT = new LookSettings("classic", null, null, null,
            Map.of("footer", "<footer>{footer.organizer}</footer>"), null, 7L, null, null, null, null);

    @Test
    void channelTableGivesBlocksInHomeOrderAndNavigationInItsOwnOrder() {
        ChannelChoices choices = ChannelChoices.of(List.of("xwdt", "tzgg", "zcwj", "bsfw"), List.of("6", "0", "3", "2"),
                List.of("3", "1", "1", ""), List.of("", "2", "1", ""));

        assertThat(choices.blocks()).containsExactly(new HomePage.Block("zcwj", 3), new HomePage.Block("xwdt", 6),
                new HomePage.Block("bsfw", 2));
        assertThat(choices.navOrder()).containsExactly("zcwj", "tzgg");
    }

    @Test
    void allRowsAtZeroMeansNoBlocksNotTheDefault() {
        LookForm form = form();
        form.channel = List.of("xwdt", "tzgg");
        form.homeItems = List.of("0", "0");
        form.homeOrder = List.of("1", "2");
        form.navOrder = List.of("", "");

        HomePage home = form.applyTo(CURRENT, REGISTERED).home();

        assertThat(home.chosen()).isTrue();
        assertThat(home.blocks()).isEmpty();
        assertThat(HomePage.standard().chosen()).isFalse();
    }

    @Test
    void anUntouchedTableKeepsTheDefaultOfEveryVisibleChannel() {
        LookForm form = form();
        form.channel = List.of("xwdt", "tzgg");
        form.homeItems = List.of("6", "6");
        form.homeOrder = List.of("1", "2");
        form.navOrder = List.of("", "");
        form.homeAsShown = ChannelChoices.signature(form.channel, form.homeItems, form.homeOrder);
        form.primaryColor = "#123456";
        assertThat(form.applyTo(CURRENT, REGISTERED).home().chosen()).as("a colour change keeps the default").isFalse();

        form.homeItems = List.of("6", "3");
        assertThat(form.applyTo(CURRENT, REGISTERED).home().blocks()).containsExactly(new HomePage.Block("xwdt", 6),
                new HomePage.Block("tzgg", 3));
    }

    @Test
    void brokenChannelTablesAreRefused() {
        assertThatThrownBy(() -> ChannelChoices.of(List.of("xwdt", "tzgg"), List.of("6"), List.of("1", "2"),
                List.of("", ""))).isInstanceOf(InvalidInputException.class).hasMessageContaining("不完整");
        assertThatThrownBy(() -> ChannelChoices.of(List.of("xwdt"), List.of("six"), List.of("1"), List.of("")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("整数");
        assertThatThrownBy(() -> ChannelChoices.of(List.of("xwdt"), List.of("6"), List.of("-1"), List.of("")))
                .isInstanceOf(InvalidInputException.class);
        List<String> thirteen = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            thirteen.add("c" + i);
        }
        LookForm tooMany = form();
        tooMany.channel = thirteen;
        tooMany.homeItems = Collections.nCopies(13, "3");
        tooMany.homeOrder = Collections.nCopies(13, "1");
        tooMany.navOrder = Collections.nCopies(13, "");
        assertThatThrownBy(() -> tooMany.applyTo(CURRENT, REGISTERED)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("12");
    }

    @Test
    void anOverrideReplacesOrRemovesOnlyTheTemplateItNamesAndImagesStay() {
        LookForm form = form();
        form.overrideName = "nav-items";
        form.overrideText = "<li>首页</li>";
        LookSettings both = form.applyTo(CURRENT, REGISTERED);
        assertThat(both.templates()).containsOnlyKeys("footer", "nav-items");
        assertThat(both.logoId()).isEqualTo(7L);

        form.overrideName = "footer";
        form.overrideText = "  ";
        assertThat(form.applyTo(both, REGISTERED).templates()).containsOnlyKeys("nav-items");
    }

    @Test
    void footerFactsEqualToTheRegisteredOnesStayTheCitysAndTheIdentifierIsKeptApart() {
        LookForm form = form();
        form.organizer = REGISTERED.organizer();
        form.siteIdentifier = REGISTERED.siteIdentifier();
        form.address = REGISTERED.address();
        form.phone = REGISTERED.phone();
        assertThat(form.applyTo(CURRENT, REGISTERED).footer()).isNull();

        form.phone = "0917-2000000";
        FooterFacts own = form.applyTo(CURRENT, REGISTERED).footer();
        assertThat(own.phone()).isEqualTo("0917-2000000");
        assertThat(own.siteIdentifier()).as("the city's identifier is not copied").isNull();
    }

    private static LookForm form() {
        LookForm form = new LookForm();
        form.theme = "classic";
        return form;
    }
}

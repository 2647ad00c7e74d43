package cn.gov.baoji.portal.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.inspection.ContentLinks.Problem;
import cn.gov.baoji.portal.core.inspection.InspectedCounty.PublicAddresses;

/** Internal links resolve against the county's own routes and ids, without a request. */
class ContentLinksTest {

    private final PublicAddresses addresses = new PublicAddresses(Set.of("www.weibin.gov.cn", "weibin.localhost"),
            Set.of(12L), Set.of(7L), Set.of("xwdt"), Set.of("BJ-GG-0602"), Set.of("jyj"));

    @Test
    void ownLinksAreInternalOthersAreNot() {
        assertThat(ContentLinks.internal("/articles/12", addresses)).isTrue();
        assertThat(ContentLinks.internal("https://www.weibin.gov.cn/articles/12", addresses)).isTrue();
        assertThat(ContentLinks.internal("//www.weibin.gov.cn/channels/xwdt", addresses)).isTrue();
        assertThat(ContentLinks.internal("https://www.gov.cn/", addresses)).isFalse();
        assertThat(ContentLinks.internal("mailto:zfb@weibin.gov.cn", addresses)).isFalse();
    }

    @Test
    void existingPlacesResolveMissingOnesAreNamed() {
        assertThat(ContentLinks.check("/articles/12", addresses)).isEmpty();
        assertThat(ContentLinks.check("/articles/13", addresses)).contains(Problem.BROKEN_LINK);
        assertThat(ContentLinks.check("/attachments/7/通知.pdf", addresses)).isEmpty();
        assertThat(ContentLinks.check("/attachments/8/通知.pdf", addresses)).contains(Problem.MISSING_ATTACHMENT);
        assertThat(ContentLinks.check("/channels/xwdt?page=2", addresses)).isEmpty();
        assertThat(ContentLinks.check("/channels/gone", addresses)).contains(Problem.BROKEN_LINK);
        assertThat(ContentLinks.check("/services/BJ-GG-0602/forms/3", addresses)).isEmpty();
        assertThat(ContentLinks.check("/services/BJ-XX-9999", addresses)).contains(Problem.BROKEN_LINK);
        assertThat(ContentLinks.check("/departments/jyj", addresses)).isEmpty();
        assertThat(ContentLinks.check("/messages/new", addresses)).isEmpty();
        assertThat(ContentLinks.check("/", addresses)).isEmpty();
        assertThat(ContentLinks.check("/wp-admin/old.php", addresses)).isEqualTo(Optional.of(Problem.BROKEN_LINK));
    }

    @Test
    void idsTooLongForAnyRecordAreBrokenNotErrors() {
        assertThat(ContentLinks.check("/articles/99999999999999999999", addresses)).contains(Problem.BROKEN_LINK);
        assertThat(ContentLinks.check("/articles/" + "1".repeat(400), addresses)).contains(Problem.BROKEN_LINK);
        assertThat(ContentLinks.check("/attachments/99999999999999999999/通知.pdf", addresses))
                .contains(Problem.MISSING_ATTACHMENT);
    }

    @Test
    void aLongKeyIsStoredCutButStillUnique() {
        String a = "article:1:" + "x".repeat(400) + "a";
        String b = "article:1:" + "x".repeat(400) + "b";
        assertThat(InspectionFinding.storedKey(a)).hasSize(300).isNotEqualTo(InspectionFinding.storedKey(b))
                .isEqualTo(InspectionFinding.storedKey(a));
        assertThat(InspectionFinding.storedKey("article:1:links")).isEqualTo("article:1:links");
    }

    @Test
    void anIntervalBecomesADuration() {
        assertThat(InspectionJobs.every("1h")).hasHours(1);
        assertThat(InspectionJobs.every("30m")).hasMinutes(30);
        assertThat(InspectionJobs.every("1d")).hasDays(1);
    }
}

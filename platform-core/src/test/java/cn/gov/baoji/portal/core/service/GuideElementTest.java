package cn.gov.baoji.portal.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GuideElementTest {

    private static final ServiceItem ITEM = new ServiceItem("BJ-GG-0101", "生育登记", ServiceKind.PUBLIC_SERVICE,
            "《陕西省人口与计划生育条例》", List.of(Audience.PERSONAL), List.of("syxy"), true, List.of());

    @Test
    void aGuideNotStartedLacksEverythingTheCountyWrites() {
        assertThat(GuideElement.labels(GuideElement.missing(ITEM, null)))
                .isEqualTo("申请条件、办理材料、办理地点、办理时间、联系电话、办理流程、收费标准、承诺时限、责任部门");
    }

    @Test
    void theBasisDefaultsToTheCityLegalBasisAndBlanksCountAsMissing() {
        ServiceGuide g = new ServiceGuide("BJ-GG-0101");
        g.conditions = "户籍在本县";
        g.materials = "  ";
        g.place = "政务服务中心";
        g.hours = "工作日";
        g.phone = "0917-6210301";
        g.process = "受理\n办结";
        g.fees = "不收费";
        g.timeLimitDays = 0;
        assertThat(GuideElement.missing(ITEM, g)).containsExactly(GuideElement.MATERIALS, GuideElement.DEPARTMENT);
        g.materials = "身份证";
        g.departmentCode = "wjj";
        assertThat(GuideElement.missing(ITEM, g)).isEmpty();
    }
}

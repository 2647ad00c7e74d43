package cn.gov.baoji.portal.web.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.service.CatalogueInput;
import cn.gov.baoji.portal.core.service.CatalogueInput.ItemInput;
import cn.gov.baoji.portal.core.service.GuideInput;
import cn.gov.baoji.portal.core.service.GuideView;
import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceDirectory;
import cn.gov.baoji.portal.core.service.ServiceGuides;
import cn.gov.baoji.portal.core.service.ServiceRelease;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The service model against the real database: the city's catalogue reaches counties by release, a
 * county's guide is published only when complete, and guides stay in their county.
 */
@QuarkusTest
class ServiceDomainTest {

    static final TenantCode TAIBAI = TenantCode.of("taibai");
    static final TenantCode WEIBIN = TenantCode.of("weibin");

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServiceGuides guides;

    @Inject
    ServiceDirectory directory;

    @Inject
    TenantScope scope;

    static Actor webmaster(String county) {
        return new Actor(county + "-webmaster", county + "站点管理员",
                AccessBindings.fromClaims(List.of("/tenants/" + county + "/webmaster"), List.of()));
    }

    @Test
    void theDemoCatalogueIsPublishedInEveryDemoCounty() {
        assertThat(catalogue.current().items()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(catalogue.current().events()).extracting("name").contains("生育收养", "就业创业", "开办企业");
        for (TenantCode county : List.of(WEIBIN, TAIBAI)) {
            assertThat(scope.call(county, () -> directory.all().size())).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void anItemOfferedByOneCountyGetsAGuideOnlyWhenComplete() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ServiceRelease released = releaseWith(new ItemInput(code, "林木采伐许可", "LICENSING", "《中华人民共和国森林法》第五十六条",
                List.of("PERSONAL", "CORPORATE"), List.of("nync"), false, List.of("taibai")));
        assertThat(released.item(code)).isPresent();
        assertThat(catalogue.offered("taibai", code)).isPresent();
        assertThat(catalogue.offered("weibin", code)).isEmpty();

        Actor taibai = webmaster("taibai");
        GuideView draft = scope.call(TAIBAI, () -> guides.save(taibai, code, new GuideInput(null, "持有林权证", null, null,
                null, null, null, null, null, null, null, false), null));
        assertThat(draft.state()).isEqualTo("DRAFT");
        assertThat(draft.basis()).isNull();
        assertThat(draft.missing()).containsExactly("办理材料", "办理地点", "办理时间", "联系电话", "办理流程", "收费标准", "承诺时限",
                "责任部门");
        assertThatThrownBy(() -> scope.call(TAIBAI, () -> guides.publish(taibai, code, draft.version())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("办事指南缺少以下要素，不能发布：办理材料、办理地点、办理时间、联系电话、办理流程、收费标准、承诺时限、责任部门。");
        assertThat(scope.call(TAIBAI, () -> guides.incomplete(taibai))).extracting(GuideView::code).contains(code);

        GuideView complete = scope.call(TAIBAI, () -> guides.save(taibai, code, new GuideInput(null, "持有林权证",
                "林木采伐申请书\n林权证", "太白县政务服务中心", "工作日 9:00—17:30", "0917-4621234", "受理\n审查\n发证", "不收费", 10,
                "nyj", "3 号窗口", false), draft.version()));
        GuideView published = scope.call(TAIBAI, () -> guides.publish(taibai, code, complete.version()));
        assertThat(published.state()).isEqualTo("PUBLISHED");
        assertThat(scope.call(TAIBAI, () -> directory.guide(code))).isPresent();
        assertThat(scope.call(TAIBAI, () -> guides.incomplete(taibai))).extracting(GuideView::code).doesNotContain(code);

        // A published guide stays complete; the webmaster of another county cannot touch it.
        assertThatThrownBy(() -> scope.call(TAIBAI, () -> guides.save(taibai, code, new GuideInput(null, "", "", "太白县",
                "工作日", "0917-4621234", "受理", "不收费", 10, "nyj", null, false), published.version())))
                .hasMessageStartingWith("已发布的办事指南不能缺少要素：申请条件、办理材料");
        assertThatThrownBy(() -> scope.call(TAIBAI, () -> guides.guide(webmaster("weibin"), code)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(scope.call(WEIBIN, () -> directory.guide(code))).isEmpty();
    }

    /** The current release plus one item: other tests' items stay. */
    ServiceRelease releaseWith(ItemInput item) {
        ServiceRelease current = catalogue.current();
        List<ItemInput> items = new ArrayList<>(current.items().stream().map(i -> new ItemInput(i.code(), i.name(),
                i.kind().name(), i.legalBasis(), i.audiences().stream().map(Enum::name).toList(), i.events(),
                i.allCounties(), i.counties())).toList());
        items.add(item);
        return catalogue.release(new CatalogueInput(current.events().stream()
                .map(e -> new CatalogueInput.EventInput(e.code(), e.name())).toList(), items), "测试：增加事项", "测试");
    }
}

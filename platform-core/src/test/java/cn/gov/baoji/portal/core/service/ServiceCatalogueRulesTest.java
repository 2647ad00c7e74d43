package cn.gov.baoji.portal.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.service.CatalogueInput.EventInput;
import cn.gov.baoji.portal.core.service.CatalogueInput.ItemInput;

class ServiceCatalogueRulesTest {

    private static final Set<String> COUNTIES = Set.of("weibin", "taibai");
    private static final List<EventInput> EVENTS = List.of(new EventInput("syxy", "生育收养"), new EventInput("jycy", "就业创业"));

    private static ItemInput item(String code, String kind, List<String> audiences, List<String> events, Boolean all,
            List<String> counties) {
        return new ItemInput(code, " 生育登记 ", kind, "《陕西省人口与计划生育条例》", audiences, events, all, counties);
    }

    @Test
    void aValidReleaseIsTrimmedAndKeepsItsOrder() {
        ServiceCatalogueRules.Checked checked = ServiceCatalogueRules.release(new CatalogueInput(EVENTS, List.of(
                item("BJ-GG-0101", "PUBLIC_SERVICE", List.of("PERSONAL", "PERSONAL"), List.of("syxy"), true, null),
                item("BJ-XK-0001", "LICENSING", List.of("CORPORATE"), List.of(), false, List.of("taibai")))), COUNTIES);
        assertThat(checked.items()).extracting(ServiceItem::code).containsExactly("BJ-GG-0101", "BJ-XK-0001");
        assertThat(checked.items().get(0).name()).isEqualTo("生育登记");
        assertThat(checked.items().get(0).audiences()).containsExactly(Audience.PERSONAL);
        assertThat(checked.items().get(1).offeredBy("taibai")).isTrue();
        assertThat(checked.items().get(1).offeredBy("weibin")).isFalse();
        assertThat(checked.items().get(0).offeredBy("any-later-county")).isTrue();
    }

    @Test
    void refusalsNameTheProblemInChinese() {
        assertRefused(item("bad code", "LICENSING", List.of("PERSONAL"), List.of(), true, null), "code", "事项编码");
        assertRefused(item("BJ-1", "PERMIT", List.of("PERSONAL"), List.of(), true, null), "kind", "行政许可");
        assertRefused(item("BJ-1", "LICENSING", List.of(), List.of(), true, null), "audiences", "服务对象");
        assertRefused(item("BJ-1", "LICENSING", List.of("PERSONAL"), List.of("kbqy"), true, null), "events", "kbqy");
        assertRefused(item("BJ-1", "LICENSING", List.of("PERSONAL"), List.of(), false, List.of("beijing")), "counties",
                "beijing");
        assertRefused(new ItemInput("BJ-1", "生育登记", "LICENSING", " ", List.of("PERSONAL"), List.of(), true, null),
                "legalBasis", "设定依据");
        assertThatThrownBy(() -> ServiceCatalogueRules.release(new CatalogueInput(EVENTS, List.of(
                item("BJ-1", "LICENSING", List.of("PERSONAL"), List.of(), true, null),
                item("BJ-1", "LICENSING", List.of("PERSONAL"), List.of(), true, null))), COUNTIES))
                .hasMessageContaining("事项编码重复");
        assertThatThrownBy(() -> ServiceCatalogueRules.release(new CatalogueInput(List.of(), List.of()), COUNTIES))
                .hasMessageContaining("生命事件");
    }

    private static void assertRefused(ItemInput item, String field, String message) {
        assertThatThrownBy(() -> ServiceCatalogueRules.release(new CatalogueInput(EVENTS, List.of(item)), COUNTIES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}

package cn.gov.baoji.portal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.baoji.portal.core.error.InvalidInputException;

class TenantCodeTest {

    @ParameterizedTest
    @ValueSource(strings = { "weibin", "taibai", "a1", "fengxiang2021" })
    void acceptsCountyCodes(String code) {
        assertThat(TenantCode.of(code).schema()).isEqualTo("tenant_" + code);
    }

    @ParameterizedTest
    @ValueSource(strings = { "../x", "Weibin", "a;drop", "a", "1abc", "wei bin", "wei_bin", "weibin\"", "",
            "abcdefghijklmnopqrstuvwxyz0123456789", "渭滨" })
    void refusesAnythingElse(String code) {
        assertThatThrownBy(() -> TenantCode.of(code)).isInstanceOf(InvalidInputException.class);
        assertThat(TenantCode.isValid(code)).isFalse();
    }
}

package cn.gov.baoji.portal.core.look;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A look saved under older CSS rules still reads; CSS today's rules refuse is left out, the rest kept. */
class StoredLookTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void storedCssThatTodaysRulesRefuseIsLeftOutAndTheRestOfTheLookKept() {
        String stored = "{\"theme\":\"classic\",\"primaryColor\":\"#b0121b\","
                + "\"customCss\":\"body { background: image-set(\\\"http://evil.example/x.png\\\" 1x); }\"}";

        LookSettings look = LookStore.read(json, stored, 12L);

        assertThat(look.customCss()).isNull();
        assertThat(look.theme()).isEqualTo("classic");
        assertThat(look.primaryColor()).isEqualTo("#b0121b");
    }

    @Test
    void storedCssThatPassesIsReadAsSaved() {
        String stored = "{\"theme\":\"modern\",\"customCss\":\".site-title { letter-spacing: 0; }\"}";

        assertThat(LookStore.read(json, stored, 13L).customCss()).isEqualTo(".site-title { letter-spacing: 0; }");
    }
}

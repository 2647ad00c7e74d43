package cn.gov.baoji.portal.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** The plain rules of consultations: the phase in time, field lengths as people count them, local times. */
class ConsultationRulesTest {

    private static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-12-31T09:00:00Z");

    @Test
    void aConsultationIsOpenFromItsOpeningUntilJustBeforeItsDeadline() {
        assertThat(Phase.of(OPENS, DEADLINE, OPENS.minusSeconds(1))).isEqualTo(Phase.UPCOMING);
        assertThat(Phase.of(OPENS, DEADLINE, OPENS)).isEqualTo(Phase.OPEN);
        assertThat(Phase.of(OPENS, DEADLINE, DEADLINE.minusSeconds(1))).isEqualTo(Phase.OPEN);
        assertThat(Phase.of(OPENS, DEADLINE, DEADLINE)).isEqualTo(Phase.ENDED);
        assertThat(Phase.ENDED.label()).isEqualTo("已结束");
    }

    @Test
    void lengthsCountCharactersAsPeopleSeeThem() {
        // 2000 characters outside the basic plane are 4000 UTF-16 units, and still 2000 characters.
        String rare = "𠀀".repeat(2000);
        assertThat(Texts.text("content", rare, 2000, true, "意见内容")).isEqualTo(rare);
        assertThatThrownBy(() -> Texts.text("content", rare + "𠀀", 2000, true, "意见内容"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能超过 2000 个字");
        assertThat(Texts.text("content", " 建议\u0000增设\r\n车位 ", 20, true, "意见内容")).isEqualTo("建议增设\n车位");
        assertThat(Texts.text("name", "  ", 40, false, "姓名")).isNull();
        assertThatThrownBy(() -> Texts.text("content", "\n \t", 10, true, "意见内容"))
                .isInstanceOf(InvalidInputException.class).hasMessage("请填写意见内容。");
    }

    @Test
    void timesAreTheCountysLocalTimes() {
        assertThat(Texts.time("deadline", "2026-12-31T17:00", "截止时间").toInstant()).isEqualTo(DEADLINE);
        assertThat(Texts.show(Texts.time("deadline", "2026-12-31T17:00", "截止时间"))).isEqualTo("2026-12-31 17:00");
        assertThat(Texts.input(Texts.time("opensAt", "2026-12-01T09:00", "开始时间"))).isEqualTo("2026-12-01T09:00");
        assertThatThrownBy(() -> Texts.time("deadline", "31/12/2026", "截止时间")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2026-12-31T17:00");
    }

    @Test
    void phonesAreComparedWithoutSpaces() {
        assertThat(ConsultationComments.normalize(" 139 1234\u30005678 ")).isEqualTo("13912345678");
    }
}

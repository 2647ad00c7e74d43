package cn.gov.baoji.portal.themes.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The time bound of one render: its own processor time, with the wall clock only as the outer limit. */
class RenderBudgetTest {

    private static final RenderLimits LIMITS = new RenderLimits(Duration.ofMillis(500), 2_000_000, 200_000, 12);
    private static final long MS = 1_000_000;

    /** A render's clocks, moved by hand. */
    private static final class Clocks implements RenderBudget.Timer {
        long wall;
        long cpu;

        @Override
        public long wallNanos() {
            return wall;
        }

        @Override
        public long cpuNanos() {
            return cpu;
        }

        void pass(long wallMs, long cpuMs) {
            wall += wallMs * MS;
            cpu += cpuMs * MS;
        }
    }

    private final Clocks clocks = new Clocks();
    private RenderBudget budget;

    @AfterEach
    void close() {
        if (budget != null) {
            budget.close();
        }
    }

    @Test
    void aRenderThatWaitedForAProcessorGoesOn() {
        budget = RenderBudget.open(LIMITS, clocks);
        // Two seconds on the wall, but only 100 ms of its own: a busy machine, not a runaway template.
        clocks.pass(2_000, 100);
        assertThatCode(() -> RenderBudget.charge(1)).doesNotThrowAnyException();
        clocks.pass(300, 300);
        assertThatCode(() -> RenderBudget.charge(1)).doesNotThrowAnyException();
    }

    @Test
    void aRenderThatSpendsItsOwnTimeIsStopped() {
        budget = RenderBudget.open(LIMITS, clocks);
        clocks.pass(400, 100);
        RenderBudget.charge(1);
        clocks.pass(800, 401);
        assertThatThrownBy(() -> RenderBudget.charge(1)).isInstanceOf(RenderRefusedException.class)
                .hasMessage("页面模板渲染超过 500 毫秒，已被终止");
    }

    @Test
    void evenAWaitingRenderStopsAtTenTimesTheBoundOnTheWall() {
        budget = RenderBudget.open(LIMITS, clocks);
        clocks.pass(4_999, 10);
        RenderBudget.charge(1);
        clocks.pass(1, 0);
        assertThatThrownBy(() -> RenderBudget.charge(1)).isInstanceOf(RenderRefusedException.class);
    }

    @Test
    void withoutProcessorTimeTheWallClockDecides() {
        RenderBudget.Timer wallOnly = new RenderBudget.Timer() {
            @Override
            public long wallNanos() {
                return clocks.wall;
            }

            @Override
            public long cpuNanos() {
                return -1;
            }
        };
        budget = RenderBudget.open(LIMITS, wallOnly);
        clocks.pass(499, 0);
        RenderBudget.charge(1);
        clocks.pass(2, 0);
        assertThatThrownBy(() -> RenderBudget.charge(1)).isInstanceOf(RenderRefusedException.class);
    }
}

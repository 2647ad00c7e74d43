package cn.gov.baoji.portal.themes.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What one render may still spend. Bound to the rendering thread for the length of one render:
 * Qute resolves a page synchronously on the caller's thread when every resolver answers at once,
 * as ours do, so every charge of that render lands here. Each charge also checks the clock, so a
 * render stops within one loop iteration or property read of its deadline.
 * <p>
 * The time bound is the processor time the render itself spent, not the time on the wall: on a busy
 * machine (other requests, the garbage collector) an honest page may wait longer for a processor than
 * the bound, and must not fail for it, while a template that loops still spends its own time and is
 * stopped. Reading a thread's processor time costs a system call, so each charge only reads the wall
 * clock, which can never run slower than the thread's processor time; the processor time is read when
 * the wall clock passes the deadline, and the deadline then moves by what is left. A render may wait
 * at most {@link #WALL_FACTOR} times the bound on the wall in all.
 */
final class RenderBudget {

    /** Where a render's time comes from; a test gives its own. */
    interface Timer {
        long wallNanos();

        /** Processor time of the current thread, or -1 when the platform cannot tell (the wall clock decides then). */
        long cpuNanos();

        Timer SYSTEM = new Timer() {
            private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            private final boolean cpu = threads.isCurrentThreadCpuTimeSupported();

            @Override
            public long wallNanos() {
                return System.nanoTime();
            }

            @Override
            public long cpuNanos() {
                return cpu ? threads.getCurrentThreadCpuTime() : -1;
            }
        };
    }

    static final int WALL_FACTOR = 10;

    private static final ThreadLocal<RenderBudget> CURRENT = new ThreadLocal<>();

    private final RenderLimits limits;
    private final RenderBudget outer;
    private final Timer timer;
    private final long wallStart;
    private final long cpuStart;
    private long deadlineNanos;
    private long units;
    private long outputChars;
    private int includeDepth;

    private RenderBudget(RenderLimits limits, RenderBudget outer, Timer timer) {
        this.limits = limits;
        this.outer = outer;
        this.timer = timer;
        this.wallStart = timer.wallNanos();
        this.cpuStart = timer.cpuNanos();
        this.deadlineNanos = wallStart + limits.timeout().toNanos();
    }

    /** Opens a budget for a render on this thread; close it in a finally block. */
    static RenderBudget open(RenderLimits limits) {
        return open(limits, Timer.SYSTEM);
    }

    static RenderBudget open(RenderLimits limits, Timer timer) {
        RenderBudget budget = new RenderBudget(limits, CURRENT.get(), timer);
        CURRENT.set(budget);
        return budget;
    }

    /** Ends this render's budget; a render it interrupted (an error page, say) continues with its own. */
    void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    /**
     * Charges work to the render running on this thread. Rendering outside {@link #open} is refused:
     * every template of this engine is rendered under a budget.
     */
    static void charge(long work) {
        RenderBudget budget = CURRENT.get();
        if (budget == null) {
            throw new RenderRefusedException("页面只能在受限的渲染中显示");
        }
        budget.spend(work);
    }

    static void enterInclude(int weight) {
        RenderBudget budget = CURRENT.get();
        if (budget == null) {
            throw new RenderRefusedException("页面只能在受限的渲染中显示");
        }
        if (++budget.includeDepth > budget.limits.maxIncludeDepth()) {
            throw new RenderRefusedException("模板相互包含的层数超过 " + budget.limits.maxIncludeDepth()
                    + " 层（可能是模板包含了自己）");
        }
        budget.spend(weight);
    }

    static void leaveInclude() {
        RenderBudget budget = CURRENT.get();
        if (budget != null) {
            budget.includeDepth--;
        }
    }

    long units() {
        return units;
    }

    long outputChars() {
        return outputChars;
    }

    private void spend(long work) {
        units += work;
        if (units > limits.maxWorkUnits()) {
            throw new RenderRefusedException("页面模板的计算量超过上限（" + limits.maxWorkUnits()
                    + " 个单位），请减少循环嵌套");
        }
        checkClock();
    }

    void output(int chars) {
        outputChars += chars;
        if (outputChars > limits.maxOutputChars()) {
            throw new RenderRefusedException("页面内容超过 " + limits.maxOutputChars() + " 个字符的上限");
        }
        checkClock();
    }

    private void checkClock() {
        long now = timer.wallNanos();
        if (now - deadlineNanos < 0) {
            return;
        }
        long bound = limits.timeout().toNanos();
        long cpuNow = cpuStart < 0 ? -1 : timer.cpuNanos();
        long spent = cpuNow < 0 ? now - wallStart : cpuNow - cpuStart;
        if (spent >= bound || now - wallStart >= bound * WALL_FACTOR) {
            throw new RenderRefusedException("页面模板渲染超过 " + limits.timeout().toMillis() + " 毫秒，已被终止");
        }
        // The render waited for a processor: it may go on for what is left of its own time, within the wall limit.
        deadlineNanos = Math.min(now + (bound - spent), wallStart + bound * WALL_FACTOR);
    }
}

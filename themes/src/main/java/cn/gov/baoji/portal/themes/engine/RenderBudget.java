package cn.gov.baoji.portal.themes.engine;

/**
 * What one render may still spend. Bound to the rendering thread for the length of one render:
 * Qute resolves a page synchronously on the caller's thread when every resolver answers at once,
 * as ours do, so every charge of that render lands here. Each charge also checks the clock, so a
 * render stops within one loop iteration or property read of its deadline.
 */
final class RenderBudget {

    private static final ThreadLocal<RenderBudget> CURRENT = new ThreadLocal<>();

    private final RenderLimits limits;
    private final RenderBudget outer;
    private final long deadlineNanos;
    private long units;
    private long outputChars;
    private int includeDepth;

    private RenderBudget(RenderLimits limits, RenderBudget outer) {
        this.limits = limits;
        this.outer = outer;
        this.deadlineNanos = System.nanoTime() + limits.timeout().toNanos();
    }

    /** Opens a budget for a render on this thread; close it in a finally block. */
    static RenderBudget open(RenderLimits limits) {
        RenderBudget budget = new RenderBudget(limits, CURRENT.get());
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
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new RenderRefusedException("页面模板渲染超过 " + limits.timeout().toMillis() + " 毫秒，已被终止");
        }
    }
}

package cn.gov.baoji.portal.admin.tenant;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.baoji.portal.core.tenant.ProvisioningStep;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantSpec;
import cn.gov.baoji.portal.core.tenant.TenantStatus;

/** One console provisioning run: what was asked, each step's state, and how it ended. */
public final class ProvisioningJob {

    /** A step's state. */
    public enum State {
        PENDING("等待中"), RUNNING("进行中"), DONE("已完成"), FAILED("失败");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A step as the progress page and its status JSON show it. */
    public record StepView(String key, String label, String state, String stateLabel) {
    }

    /**
     * The job as shown: {@code state} is RUNNING, DONE or FAILED; {@code failure} the Chinese reason.
     * The one-time password is never part of it (it is shown once, by the page, see {@link #takePassword()}).
     */
    public record Status(String code, String siteName, String state, String stateLabel, List<StepView> steps,
            String failure, String webmaster, boolean webmasterPasswordKept, Instant startedAt, Instant finishedAt) {
    }

    private final TenantSpec spec;
    private final Clock clock;
    private final Instant startedAt;
    private final Map<ProvisioningStep, State> steps = new EnumMap<>(ProvisioningStep.class);
    private State state = State.RUNNING;
    private String failure;
    private Instant finishedAt;
    private String webmaster;
    private String password;
    private boolean passwordKept;

    ProvisioningJob(TenantSpec spec, Clock clock) {
        this.spec = spec;
        this.clock = clock;
        this.startedAt = clock.instant();
        for (ProvisioningStep step : ProvisioningStep.values()) {
            steps.put(step, State.PENDING);
        }
    }

    /** A county without a job of this instance: done if it was opened, else interrupted. */
    static Status fromRegistry(TenantInfo tenant) {
        boolean open = tenant.status() != TenantStatus.PROVISIONING;
        State stepState = open ? State.DONE : State.PENDING;
        List<StepView> views = new ArrayList<>();
        for (ProvisioningStep step : ProvisioningStep.values()) {
            views.add(new StepView(key(step), label(step), stepState.name(), stepState.label()));
        }
        return new Status(tenant.code().value(), tenant.siteName(), open ? "DONE" : "FAILED", open ? "开通完成" : "开通未完成",
                List.copyOf(views), open ? null : "开通任务已中断（例如服务重启）。请重新提交开通表单，已完成的步骤不会重复执行。",
                null, false, null, null);
    }

    private static String key(ProvisioningStep step) {
        return step.name().toLowerCase(Locale.ROOT);
    }

    static String label(ProvisioningStep step) {
        return switch (step) {
            case SCHEMA -> "登记站点";
            case MIGRATIONS -> "建立数据库并迁移";
            case DEFAULTS -> "写入默认设置、栏目和部门";
            case ACCOUNTS -> "创建角色组和站点管理员账号";
            case DOMAINS -> "绑定域名并开通网站";
        };
    }

    TenantSpec spec() {
        return spec;
    }

    synchronized void started(ProvisioningStep step) {
        steps.put(step, State.RUNNING);
    }

    synchronized void finished(ProvisioningStep step) {
        steps.put(step, State.DONE);
    }

    synchronized void stepFailed(ProvisioningStep step) {
        steps.put(step, State.FAILED);
    }

    synchronized void webmaster(String username, String oneTimePassword) {
        this.webmaster = username;
        this.password = oneTimePassword;
    }

    /** The webmaster existed and has signed in: their own password stays, there is none to show. */
    synchronized void webmasterKept(String username) {
        this.webmaster = username;
        this.password = null;
        this.passwordKept = true;
    }

    synchronized void succeeded() {
        state = State.DONE;
        finishedAt = clock.instant();
    }

    synchronized void failed(String reason) {
        state = State.FAILED;
        failure = reason;
        finishedAt = clock.instant();
        // Never shown: a retry gives the still unused account a new one.
        password = null;
    }

    /** Finished (either way) before {@code limit}. */
    synchronized boolean finishedBefore(Instant limit) {
        return finishedAt != null && finishedAt.isBefore(limit);
    }

    synchronized boolean running() {
        return state == State.RUNNING;
    }

    synchronized boolean failed() {
        return state == State.FAILED;
    }

    /** The webmaster's one-time password, once: later calls get null. */
    public synchronized String takePassword() {
        String p = password;
        password = null;
        return p;
    }

    public synchronized Status status() {
        List<StepView> views = new ArrayList<>();
        steps.forEach((step, s) -> views.add(new StepView(key(step), label(step),
                s.name(), s.label())));
        String overall = switch (state) {
            case RUNNING, PENDING -> "正在开通";
            case DONE -> "开通完成";
            case FAILED -> "开通失败";
        };
        return new Status(spec.code().value(), spec.siteName(), state.name(), overall, List.copyOf(views), failure,
                webmaster, passwordKept, startedAt, finishedAt);
    }
}

package cn.gov.baoji.portal.admin.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.admin.account.AccountRequest;
import cn.gov.baoji.portal.admin.account.AccountService;
import cn.gov.baoji.portal.admin.account.AccountView;
import cn.gov.baoji.portal.admin.account.KeycloakTenantGroups;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.PlatformLock;
import cn.gov.baoji.portal.core.tenant.ProvisioningStep;
import cn.gov.baoji.portal.core.tenant.TenancyConfig;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantSpec;
import cn.gov.baoji.portal.core.tenant.TenantStatus;
import cn.gov.baoji.portal.core.tenant.TenantStore;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.scheduler.Scheduled;

/**
 * Provisions counties for the console in the background, one at a time, and keeps each job's
 * progress for the progress page. The county's webmaster account is created in the accounts step;
 * its one-time password is kept until the progress page has shown it once, the job fails, or the
 * job is forgotten ({@link #KEPT_FOR} after it ended).
 * <p>
 * Progress lives in this instance's memory: the page that started a job polls this instance (the
 * console is one host). A job lost with its instance leaves the county in PROVISIONING, and "重试"
 * finishes it, because every step is idempotent.
 */
@ApplicationScoped
public class ProvisioningJobs {

    private static final Logger LOG = Logger.getLogger(ProvisioningJobs.class);
    /** How long a finished or failed job (and a password nobody looked at) is kept for its page. */
    static final Duration KEPT_FOR = Duration.ofMinutes(30);

    private final TenantProvisioner provisioner;
    private final TenantStore store;
    private final TenantDirectory directory;
    private final AccountService accounts;
    private final KeycloakTenantGroups groups;
    private final Clock clock;
    private final TenancyConfig config;
    private final PlatformLock lock;
    private final Map<String, ProvisioningJob> jobs = new ConcurrentHashMap<>();
    // One at a time: provisioning holds the platform lock anyway.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "console-provisioning");
        t.setDaemon(true);
        return t;
    });

    ProvisioningJobs(TenantProvisioner provisioner, TenantStore store, TenantDirectory directory,
            AccountService accounts, KeycloakTenantGroups groups, Clock clock, TenancyConfig config,
            PlatformLock lock) {
        this.config = config;
        this.lock = lock;
        this.provisioner = provisioner;
        this.store = store;
        this.directory = directory;
        this.accounts = accounts;
        this.groups = groups;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Checks what can be checked before anything is written (a taken code, division code, site
     * identifier or domain), then starts the job. Refusals name the form field.
     */
    public ProvisioningJob start(TenantSpec spec) {
        String code = spec.code().value();
        for (TenantStore.Registration r : store.findAll()) {
            boolean same = r.tenant().code().equals(spec.code());
            if (same && r.tenant().status() != TenantStatus.PROVISIONING) {
                throw new InvalidInputException("code", "站点代码已被使用：" + code);
            }
            if (!same && r.tenant().divisionCode().equals(spec.divisionCode())) {
                throw new InvalidInputException("divisionCode",
                        "行政区划代码已被" + r.tenant().name() + "使用：" + spec.divisionCode());
            }
            if (!same && r.tenant().siteIdentifier().equals(spec.siteIdentifier())) {
                throw new InvalidInputException("siteIdentifier",
                        "网站标识码已被" + r.tenant().name() + "使用：" + spec.siteIdentifier());
            }
        }
        List<String> console = config.consoleHostsAmong(spec.domains());
        if (!console.isEmpty()) {
            throw new InvalidInputException("domains", "域名保留给市级管理控制台：" + String.join("、", console));
        }
        List<String> taken = store.domainsTakenByOthers(spec.code(), spec.domains());
        if (!taken.isEmpty()) {
            throw new InvalidInputException("domains", "域名已被其他站点使用：" + String.join("、", taken));
        }
        return lock.call("checking provisioning of tenant '" + code + "'", () -> {
            requireProvisionable(spec);
            return submit(spec);
        });
    }

    /** Runs a failed (or lost) job again with what was submitted; the steps already done are no-ops. */
    public ProvisioningJob retry(TenantCode code) {
        ProvisioningJob job = find(code).orElseThrow(
                () -> new ConflictException("没有可重试的开通任务：" + code + "。请重新填写开通表单。"));
        if (!job.failed()) {
            throw new ConflictException("该站点的开通任务未失败，无需重试。");
        }
        return lock.call("checking retry of tenant '" + code + "'", () -> {
            requireProvisionable(job.spec());
            return submit(job.spec());
        });
    }

    /**
     * Only a county that is not registered yet, or still PROVISIONING with the same facts, may be
     * provisioned from the console: running the steps again on an open county would touch its live
     * webmaster, and a second form with other facts would silently keep the first one's. Callers hold
     * the platform lock, so the answer stays true while they act on it.
     */
    private void requireProvisionable(TenantSpec spec) {
        Optional<TenantStore.Registration> found = store.find(spec.code());
        if (found.isEmpty()) {
            return;
        }
        TenantInfo registered = found.get().tenant();
        if (registered.status() != TenantStatus.PROVISIONING) {
            throw new ConflictException("站点“" + registered.siteName() + "”（" + spec.code() + "）已开通"
                    + (registered.status() == TenantStatus.SUSPENDED ? "（已暂停）" : "") + "，不能再次开通或重试。"
                    + "如需修改域名或暂停站点，请在该站点的管理页面操作。");
        }
        List<String> differs = new ArrayList<>();
        differ(differs, "站点所属区县名称", registered.name(), spec.name());
        differ(differs, "网站名称", registered.siteName(), spec.siteName());
        differ(differs, "区县类型", registered.kind().name(), spec.kind().name());
        differ(differs, "行政区划代码", registered.divisionCode(), spec.divisionCode());
        differ(differs, "网站标识码", registered.siteIdentifier(), spec.siteIdentifier());
        differ(differs, "主题", registered.theme(), spec.theme());
        List<String> dropped = found.get().domains().stream().filter(d -> !spec.domains().contains(d)).toList();
        if (!dropped.isEmpty()) {
            differs.add("域名（已登记的 " + String.join("、", dropped) + " 不在本次提交中）");
        }
        if (!differs.isEmpty()) {
            throw new ConflictException("站点 " + spec.code() + " 正在开通中，已登记的信息与本次提交不同："
                    + String.join("；", differs) + "。请按已登记的信息重新提交以完成开通。");
        }
    }

    private static void differ(List<String> differs, String label, String registered, String submitted) {
        if (!Objects.equals(registered, submitted)) {
            differs.add(label + "（已登记“" + registered + "”，本次“" + submitted + "”）");
        }
    }

    /**
     * The job's status, or for a county provisioned otherwise (seed, API, another instance) what the
     * registry says: opened means every step done; still PROVISIONING without a job here means interrupted.
     */
    public Optional<ProvisioningJob.Status> status(TenantCode code) {
        Optional<ProvisioningJob> job = find(code);
        if (job.isPresent()) {
            return Optional.of(job.get().status());
        }
        return store.find(code).map(r -> ProvisioningJob.fromRegistry(r.tenant()));
    }

    public Optional<ProvisioningJob> find(TenantCode code) {
        forgetExpired();
        return Optional.ofNullable(jobs.get(code.value()));
    }

    /**
     * Drops jobs finished more than {@link #KEPT_FOR} ago, with any one-time password never shown;
     * their pages then show what the registry says.
     */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpired() {
        Instant limit = clock.instant().minus(KEPT_FOR);
        jobs.values().removeIf(job -> {
            boolean expired = job.finishedBefore(limit);
            if (expired) {
                job.takePassword();
            }
            return expired;
        });
    }

    private synchronized ProvisioningJob submit(TenantSpec spec) {
        ProvisioningJob running = jobs.get(spec.code().value());
        if (running != null && running.running()) {
            return running;
        }
        ProvisioningJob job = new ProvisioningJob(spec, clock);
        jobs.put(spec.code().value(), job);
        worker.submit(() -> run(job));
        return job;
    }

    private void run(ProvisioningJob job) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            // Checked again under the lock the steps run in: another instance may have opened it meanwhile.
            lock.run("provisioning of tenant '" + job.spec().code() + "'", () -> {
                requireProvisionable(job.spec());
                provisioner.provision(job.spec(), (step, code, work) -> step(job, step, code, work));
            });
            job.succeeded();
        } catch (RuntimeException e) {
            job.failed(e instanceof PortalException p ? p.getMessage() : "操作失败，原因已记入服务器日志。请稍后重试。");
            LOG.warnf(e, "Provisioning of tenant '%s' failed; the console offers a retry", job.spec().code());
        } finally {
            context.terminate();
        }
    }

    private void step(ProvisioningJob job, ProvisioningStep step, TenantCode code, Runnable work) {
        job.started(step);
        try {
            if (step == ProvisioningStep.DOMAINS) {
                // Before the step binds the hosts and opens the county: never open it without a working login.
                groups.ensure(code, job.spec().domains());
            }
            work.run();
            if (step == ProvisioningStep.ACCOUNTS) {
                createAccounts(job, code);
            }
        } catch (PortalException e) {
            job.stepFailed(step);
            throw e;
        } catch (RuntimeException e) {
            job.stepFailed(step);
            throw new StepFailed(step, e);
        }
        job.finished(step);
    }

    /**
     * Groups first; then the webmaster. If a failed run made the account, it gets a new one-time
     * password only while nobody has signed in with it (Keycloak still requires UPDATE_PASSWORD);
     * a password someone chose is never replaced.
     */
    private void createAccounts(ProvisioningJob job, TenantCode code) {
        directory.refresh();
        groups.ensure(code);
        String username = code.value() + "-webmaster";
        AccountView.WithPassword account;
        try {
            account = accounts.create(new AccountRequest(username, job.spec().name() + "站点管理员", null, null,
                    code.value(), Role.WEBMASTER.key(), null));
        } catch (ConflictException e) {
            AccountView existing = accounts.search(username, code.value(), Role.WEBMASTER.key(), 5).stream()
                    .filter(a -> a.username().equals(username)).findFirst().orElseThrow(() -> e);
            if (!existing.mustChangePassword()) {
                LOG.infof("Webmaster '%s' of tenant '%s' has signed in already; provisioning keeps their password",
                        username, code);
                job.webmasterKept(username);
                return;
            }
            account = accounts.resetPassword(existing.id());
        }
        job.webmaster(account.account().username(), account.oneTimePassword());
    }

    /** A step failed for a reason that is not the user's; the Chinese reason names the step. */
    static final class StepFailed extends PortalException {

        StepFailed(ProvisioningStep step, Throwable cause) {
            super("provisioning-failed", ProvisioningJob.label(step) + "失败：" + reason(step));
            initCause(cause);
        }

        private static String reason(ProvisioningStep step) {
            return switch (step) {
                case ACCOUNTS -> "统一身份认证服务暂时无法访问或拒绝了请求";
                case DOMAINS -> "统一身份认证服务或数据库暂时无法访问，站点尚未开通";
                case MIGRATIONS, SCHEMA -> "数据库操作未完成";
                default -> "服务器处理出错";
            } + "。原因已记入服务器日志，排除后请点击“重试”。";
        }

        @Override
        public int status() {
            return 500;
        }
    }
}

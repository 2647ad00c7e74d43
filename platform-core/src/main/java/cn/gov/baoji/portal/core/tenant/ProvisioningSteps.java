package cn.gov.baoji.portal.core.tenant;

/**
 * Runs each step of a provisioning: a caller that shows progress records when a step starts, ends or
 * fails, and may add its own work to a step (the console creates the county's accounts in
 * {@link ProvisioningStep#ACCOUNTS}). Whatever it adds must be idempotent, like the steps themselves.
 */
@FunctionalInterface
public interface ProvisioningSteps {

    /** Just runs the work. */
    ProvisioningSteps DIRECT = (step, code, work) -> work.run();

    void run(ProvisioningStep step, TenantCode code, Runnable work);
}

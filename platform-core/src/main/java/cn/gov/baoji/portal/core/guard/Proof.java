package cn.gov.baoji.portal.core.guard;

/**
 * A verified ALTCHA solution. {@code key} names the solved challenge: one challenge is issued per
 * form shown, so it also serves as the submission's idempotency key (a double click or a retried
 * request carries the same one).
 */
public record Proof(String key) {
}

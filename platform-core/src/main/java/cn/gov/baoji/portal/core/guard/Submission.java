package cn.gov.baoji.portal.core.guard;

/**
 * What a public form or API call tells the guard about itself: which form ({@code message},
 * {@code comment}, {@code question}...), the honeypot field's value (empty for people), the client's
 * address and, where the form asks for one, the phone number (both only ever stored hashed).
 */
public record Submission(String form, String honeypot, String address, String phone) {
}

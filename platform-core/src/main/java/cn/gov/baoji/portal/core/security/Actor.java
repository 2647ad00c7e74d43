package cn.gov.baoji.portal.core.security;

/**
 * Who does something, as services need to know it: for permissions and for the record.
 *
 * @param subject the account id in the identity provider ("system" for jobs)
 */
public record Actor(String subject, String name, AccessBindings bindings) {

    public static final Actor SYSTEM = new Actor("system", "系统", AccessBindings.none());
}

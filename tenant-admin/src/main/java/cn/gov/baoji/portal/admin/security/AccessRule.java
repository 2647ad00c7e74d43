package cn.gov.baoji.portal.admin.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.gov.baoji.portal.core.security.Role;

/**
 * The least role a caller needs for an endpoint. {@link Role#CITY_ADMIN} means the city console;
 * any other role means that role (or a higher one) in the tenant of the request's host.
 * Every endpoint under {@code /admin}, {@code /console}, {@code /api/admin} and {@code /api/console}
 * needs this or {@link SignedIn}; {@link AccessRuleFilter} refuses endpoints that have neither.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface AccessRule {
    Role value();
}

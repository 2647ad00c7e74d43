package cn.gov.baoji.portal.admin.tenant;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.admin.account.KeycloakTenantGroups;
import cn.gov.baoji.portal.core.tenant.HostNames;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDomains;

/**
 * Adds and removes a county's hosts for the console's page and API alike: the registry first
 * ({@link TenantDomains}), then the login's redirect URIs in Keycloak. Keycloak failing does not undo
 * the registry change; it is logged and returned as a warning for the city admin, since an added
 * host cannot be used to sign in until the next start repairs it, and a removed host stays a redirect
 * URI until someone removes it in Keycloak.
 */
@ApplicationScoped
public class CountyDomains {

    private static final Logger LOG = Logger.getLogger(CountyDomains.class);

    private final TenantDomains domains;
    private final KeycloakTenantGroups groups;

    CountyDomains(TenantDomains domains, KeycloakTenantGroups groups) {
        this.domains = domains;
        this.groups = groups;
    }

    /** The county's hosts after a change, and in Chinese what did not reach Keycloak (null if all did). */
    public record Change(List<String> domains, String warning) {
    }

    public Change add(TenantCode code, String domain) {
        List<String> hosts = domains.add(code, domain);
        try {
            groups.ensure(code);
            return new Change(hosts, null);
        } catch (RuntimeException e) {
            LOG.errorf("Domain '%s' of tenant '%s' is bound, but Keycloak did not register it as a redirect URI (%s);"
                    + " signing in on it fails until the next start registers it", domain, code, e.getMessage());
            return new Change(hosts, "域名已添加，但统一身份认证服务暂时无法访问，尚未登记该域名的登录回调地址："
                    + "通过该域名暂时无法登录后台。服务恢复后重启平台即可自动补登。");
        }
    }

    public Change remove(TenantCode code, String domain) {
        List<String> hosts = domains.remove(code, domain);
        String host = HostNames.normalize(domain).orElse(domain);
        try {
            groups.removeRedirectUris(host);
            return new Change(hosts, null);
        } catch (RuntimeException e) {
            LOG.errorf("Domain '%s' was removed from tenant '%s', but Keycloak still lists it as a redirect URI (%s);"
                    + " remove it from the web client by hand", host, code, e.getMessage());
            return new Change(hosts, "域名已删除，但统一身份认证服务暂时无法访问，该域名的登录回调地址仍然有效。"
                    + "请在服务恢复后由管理员在统一身份认证服务中删除 " + host + " 的回调地址。");
        }
    }
}

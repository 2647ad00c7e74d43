package cn.gov.baoji.portal.admin.account;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;

import cn.gov.baoji.portal.admin.security.IdentityConfig;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner.TenantProvisioned;
import cn.gov.baoji.portal.core.tenant.TenantStore;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.StartupEvent;

/**
 * Gives every tenant its role groups in Keycloak ({@code /tenants/<code>/webmaster|editor|contributor})
 * and registers its hosts as redirect URIs of the web client (and takes a removed host off them).
 * Idempotent: existing groups and URIs are left alone. Console provisioning registers the hosts
 * before it opens the county; other callers log Keycloak being down, and the next start catches up.
 */
@ApplicationScoped
public class KeycloakTenantGroups {

    private static final Logger LOG = Logger.getLogger(KeycloakTenantGroups.class);
    private static final List<Role> TENANT_ROLES = List.of(Role.WEBMASTER, Role.EDITOR, Role.CONTRIBUTOR);

    private final Keycloak keycloak;
    private final IdentityConfig config;
    private final TenantStore store;
    private final TenantDirectory directory;

    KeycloakTenantGroups(Keycloak keycloak, IdentityConfig config, TenantStore store, TenantDirectory directory) {
        this.keycloak = keycloak;
        this.config = config;
        this.store = store;
        this.directory = directory;
    }

    void onProvisioned(@Observes TenantProvisioned event) {
        try {
            inRequestContext(() -> ensure(event.code()));
        } catch (RuntimeException e) {
            LOG.warnf("Keycloak groups of tenant '%s' could not be created (%s); they are created at the next start",
                    event.code(), e.getMessage());
        }
    }

    void catchUpAtStart(@Observes StartupEvent event) {
        CompletableFuture.runAsync(() -> {
            try {
                inRequestContext(() -> List.copyOf(directory.all()).forEach(tenant -> ensure(tenant.code())));
            } catch (RuntimeException e) {
                LOG.warnf("Keycloak is not reachable at start (%s); tenant groups are checked again at the next start",
                        e.getMessage());
            }
        });
    }

    /** The admin client is request-scoped; provisioning and start-up work run outside requests. */
    private static void inRequestContext(Runnable work) {
        ManagedContext context = Arc.container().requestContext();
        if (context.isActive()) {
            work.run();
            return;
        }
        context.activate();
        try {
            work.run();
        } finally {
            context.terminate();
        }
    }

    /** Creates what is missing for one tenant. */
    public void ensure(TenantCode code) {
        ensure(code, List.of());
    }

    /**
     * Creates what is missing for one tenant, registering {@code comingHosts} as redirect URIs too:
     * provisioning calls it before the hosts are bound, so a county is never opened without its login.
     */
    public void ensure(TenantCode code, List<String> comingHosts) {
        RealmResource realm = keycloak.realm(config.realm());
        GroupRepresentation tenants = topLevel(realm, AccessBindings.TENANTS_GROUP.substring(1));
        GroupRepresentation county = child(realm, tenants, code.value());
        for (Role role : TENANT_ROLES) {
            child(realm, county, role.key());
        }
        if (config.registerRedirectUris()) {
            registerRedirectUris(realm, code, comingHosts);
        }
    }

    /**
     * Takes a host that no longer belongs to a county off the web client's redirect URIs (every
     * scheme and port of it), so the login no longer sends anyone back to it.
     */
    public void removeRedirectUris(String host) {
        if (!config.registerRedirectUris()) {
            return;
        }
        webClient(keycloak.realm(config.realm())).ifPresent(client -> removeRedirectUris(client, host));
    }

    private void registerRedirectUris(RealmResource realm, TenantCode code, List<String> comingHosts) {
        Set<String> hosts = new LinkedHashSet<>(
                store.find(code).map(TenantStore.Registration::domains).orElse(List.of()));
        hosts.addAll(comingHosts);
        webClient(realm).ifPresent(client -> addRedirectUris(client, hosts.stream()
                .map(host -> host.endsWith(".localhost") ? "http://" + host + ":" + config.redirectPort() + "/*"
                        : "https://" + host + "/*")
                .toList()));
    }

    private Optional<ClientResource> webClient(RealmResource realm) {
        List<ClientRepresentation> clients = realm.clients().findByClientId(config.webClientId());
        if (clients.isEmpty()) {
            LOG.warnf("Keycloak client '%s' does not exist; county hosts are not registered as redirect URIs",
                    config.webClientId());
            return Optional.empty();
        }
        return Optional.of(realm.clients().get(clients.get(0).getId()));
    }

    /** Removes every redirect URI of {@code host} (any scheme, any port), in one update (none if it has none). */
    public static void removeRedirectUris(ClientResource client, String host) {
        Pattern ofHost = Pattern.compile("https?://" + Pattern.quote(host) + "(:\\d+)?(/.*)?");
        ClientRepresentation rep = client.toRepresentation();
        List<String> uris = new ArrayList<>(rep.getRedirectUris() == null ? List.of() : rep.getRedirectUris());
        if (uris.removeIf(uri -> ofHost.matcher(uri).matches())) {
            rep.setRedirectUris(uris);
            client.update(rep);
        }
    }

    /** Adds the redirect URIs a client lacks, in one update (and none when it has them all). */
    public static void addRedirectUris(ClientResource client, List<String> wanted) {
        ClientRepresentation rep = client.toRepresentation();
        List<String> uris = new ArrayList<>(rep.getRedirectUris() == null ? List.of() : rep.getRedirectUris());
        List<String> missing = wanted.stream().filter(uri -> !uris.contains(uri)).toList();
        if (!missing.isEmpty()) {
            uris.addAll(missing);
            rep.setRedirectUris(uris);
            client.update(rep);
        }
    }

    private static GroupRepresentation topLevel(RealmResource realm, String name) {
        try {
            return realm.getGroupByPath("/" + name);
        } catch (jakarta.ws.rs.WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                throw e;
            }
            GroupRepresentation group = new GroupRepresentation();
            group.setName(name);
            try (Response response = realm.groups().add(group)) {
                if (response.getStatus() != 201 && response.getStatus() != 409) {
                    throw new IllegalStateException("Keycloak refused group /" + name + ": " + response.getStatus());
                }
            }
            return realm.getGroupByPath("/" + name);
        }
    }

    private static GroupRepresentation child(RealmResource realm, GroupRepresentation parent, String name) {
        List<GroupRepresentation> existing = realm.groups().group(parent.getId()).getSubGroups(name, true, 0, 5, true);
        for (GroupRepresentation group : existing) {
            if (name.equals(group.getName())) {
                return group;
            }
        }
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        try (Response response = realm.groups().group(parent.getId()).subGroup(group)) {
            if (response.getStatus() != 201 && response.getStatus() != 409) {
                throw new IllegalStateException("Keycloak refused group " + name + ": " + response.getStatus());
            }
        }
        return realm.getGroupByPath(parent.getPath() + "/" + name);
    }
}

package cn.gov.baoji.portal.admin.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.MappingsRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import cn.gov.baoji.portal.admin.security.IdentityConfig;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.LoginUnavailableException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.security.RoleBinding;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;

/**
 * Accounts of the whole platform, kept in Keycloak only: roles are group memberships
 * ({@code /city-admin}, {@code /tenants/<code>/<role>}), phone and department are user attributes.
 * Input is validated before the first call to Keycloak, so a refused request changes nothing.
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    private static final int PAGE_LIMIT = 200;
    private static final int QUERY_LIMIT = 100;
    /** Keycloak's own administration client: any role of it makes an account a Keycloak administrator. */
    private static final String REALM_MANAGEMENT = "realm-management";

    private final Keycloak keycloak;
    private final IdentityConfig config;
    private final TenantDirectory directory;

    AccountService(Keycloak keycloak, IdentityConfig config, TenantDirectory directory) {
        this.keycloak = keycloak;
        this.config = config;
        this.directory = directory;
    }

    /** Accounts matching a free-text query, optionally only those of one county and/or role. */
    public List<AccountView> search(String query, String county, String role, int max) {
        int limit = Math.max(1, Math.min(max, PAGE_LIMIT));
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.length() > QUERY_LIMIT) {
            // Keycloak refuses some long searches; that is the caller's input, not Keycloak failing.
            throw new cn.gov.baoji.portal.core.error.InvalidInputException("q", "搜索词不能超过 " + QUERY_LIMIT + " 个字");
        }
        return call(() -> {
            Map<String, UserRepresentation> found = new LinkedHashMap<>();
            if ((county != null && !county.isBlank()) || (role != null && !role.isBlank())) {
                for (String path : groupPaths(county, role)) {
                    GroupRepresentation group = findGroup(path);
                    if (group != null) {
                        realm().groups().group(group.getId()).members(0, PAGE_LIMIT)
                                .forEach(u -> found.putIfAbsent(u.getId(), u));
                    }
                }
            } else {
                realm().users().search(q.isEmpty() ? null : q, 0, limit, false).forEach(u -> found.put(u.getId(), u));
            }
            return found.values().stream()
                    .filter(u -> !u.getUsername().startsWith("service-account-"))
                    .filter(u -> q.isEmpty() || matches(u, q))
                    .limit(limit)
                    .map(this::view)
                    .toList();
        });
    }

    public AccountView get(String id) {
        return call(() -> view(user(id).toRepresentation()));
    }

    /** Creates an account with one role; the one-time password must be changed at first login. */
    public AccountView.WithPassword create(AccountRequest request) {
        AccountRules.validateProfile(request);
        RoleBinding binding = AccountRules.binding(request.county(), request.role(), request.department(), directory);
        return call(() -> createInKeycloak(request, List.of(binding)));
    }

    /** What a webmaster may do: create contributors of their own county. */
    public AccountView.WithPassword createContributor(TenantCode county, AccountRequest request) {
        AccountRequest forced = new AccountRequest(request.username(), request.name(), request.phone(), request.email(),
                county.value(), Role.CONTRIBUTOR.key(), request.department());
        return create(forced);
    }

    public AccountView setEnabled(String id, boolean enabled) {
        return call(() -> {
            UserResource user = user(id);
            requireNoKeycloakAdministrator(user);
            UserRepresentation rep = user.toRepresentation();
            rep.setEnabled(enabled);
            user.update(rep);
            return view(user.toRepresentation());
        });
    }

    public AccountView.WithPassword resetPassword(String id) {
        return call(() -> {
            UserResource user = user(id);
            requireNoKeycloakAdministrator(user);
            String password = OneTimePasswords.generate();
            user.resetPassword(OneTimePasswords.temporary(password));
            return new AccountView.WithPassword(view(user.toRepresentation()), password);
        });
    }

    /** Replaces the account's platform roles (other groups it may have are left alone). */
    public AccountView changeBindings(String id, List<AccountRequest.BindingRequest> requested) {
        List<RoleBinding> wanted = AccountRules.bindings(requested, directory);
        return call(() -> {
            UserResource user = user(id);
            requireNoKeycloakAdministrator(user);
            Map<String, String> wantedPaths = new HashMap<>();
            for (RoleBinding b : wanted) {
                GroupRepresentation group = findGroup(b.groupPath());
                if (group == null) {
                    throw new NotFoundException("角色组不存在：" + b.groupPath());
                }
                wantedPaths.put(b.groupPath(), group.getId());
            }
            List<GroupRepresentation> before = user.groups();
            // Join before leaving: a failure half-way leaves the account with more roles, never with fewer.
            wantedPaths.values().forEach(user::joinGroup);
            for (GroupRepresentation current : before) {
                if (isPlatformGroup(current.getPath()) && !wantedPaths.containsKey(current.getPath())) {
                    user.leaveGroup(current.getId());
                }
            }
            UserRepresentation rep = user.toRepresentation();
            Map<String, List<String>> attributes = rep.getAttributes() == null ? new HashMap<>()
                    : new HashMap<>(rep.getAttributes());
            attributes.put("department", departments(wanted));
            rep.setAttributes(attributes);
            user.update(rep);
            return view(user.toRepresentation());
        });
    }

    /**
     * Refuses unless the account holds nothing but roles among {@code roles} of {@code county}. Besides the
     * platform bindings, its Keycloak groups and roles are checked, because groups outside the platform's
     * and roles given directly grant powers the bindings do not show.
     */
    public void requireOnlyRolesIn(String id, TenantCode county, Set<Role> roles) {
        Set<String> allowedGroups = roles.stream().map(r -> new RoleBinding(county.value(), r, null).groupPath())
                .collect(java.util.stream.Collectors.toSet());
        boolean onlyThoseHere = call(() -> {
            UserResource user = user(id);
            AccountView account = view(user.toRepresentation());
            boolean bindingsHere = !account.bindings().isEmpty() && account.bindings().stream()
                    .allMatch(b -> county.value().equals(b.county()) && Role.fromKey(b.role()).map(roles::contains)
                            .orElse(false));
            List<String> groups = user.groups().stream().map(GroupRepresentation::getPath).toList();
            MappingsRepresentation mappings = user.roles().getAll();
            return bindingsHere && !groups.isEmpty() && allowedGroups.containsAll(groups)
                    && !holdsRealmManagementRoles(mappings) && onlyDefaultRealmRoles(mappings);
        });
        if (!onlyThoseHere) {
            throw new AccessDeniedException("站点管理员只能管理本区县的信息员和审核员账号。");
        }
    }

    /**
     * The members of one role group with their profile, in one call to Keycloak (not one per user).
     * Service accounts are left out.
     */
    public List<Member> members(RoleBinding group, int max) {
        return call(() -> {
            GroupRepresentation found = findGroup(group.groupPath());
            if (found == null) {
                return List.of();
            }
            return realm().groups().group(found.getId()).members(0, max, false).stream()
                    .filter(u -> !u.getUsername().startsWith("service-account-"))
                    .map(u -> new Member(u.getId(), u.getUsername(), u.getFirstName(), first(attribute(u, "phone")),
                            u.getEmail(), Boolean.TRUE.equals(u.isEnabled()),
                            u.getRequiredActions() != null && u.getRequiredActions().contains("UPDATE_PASSWORD"),
                            attribute(u, "department")))
                    .toList();
        });
    }

    /** A member of a role group as Keycloak lists it; {@code departments} as stored ({@code <county>:<code>}). */
    public record Member(String id, String username, String name, String phone, String email, boolean enabled,
            boolean mustChangePassword, List<String> departments) {
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    /** The platform's consoles manage the platform's accounts, never Keycloak's own administrators. */
    private static void requireNoKeycloakAdministrator(UserResource user) {
        if (holdsRealmManagementRoles(user.roles().getAll())) {
            throw new AccessDeniedException("不能在此管理平台外的管理员账号。");
        }
    }

    private static boolean holdsRealmManagementRoles(MappingsRepresentation roles) {
        if (roles == null || roles.getClientMappings() == null) {
            return false;
        }
        // Keyed by clientId; the client field is checked too in case a Keycloak version keys otherwise.
        return roles.getClientMappings().entrySet().stream()
                .filter(e -> REALM_MANAGEMENT.equals(e.getKey())
                        || (e.getValue() != null && REALM_MANAGEMENT.equals(e.getValue().getClient())))
                .map(Map.Entry::getValue)
                .anyMatch(m -> m != null && m.getMappings() != null && !m.getMappings().isEmpty());
    }

    private boolean onlyDefaultRealmRoles(MappingsRepresentation roles) {
        if (roles == null || roles.getRealmMappings() == null) {
            return true;
        }
        Set<String> defaults = Set.of("default-roles-" + config.realm().toLowerCase(Locale.ROOT), "offline_access",
                "uma_authorization");
        return roles.getRealmMappings().stream().map(RoleRepresentation::getName).allMatch(defaults::contains);
    }

    private AccountView.WithPassword createInKeycloak(AccountRequest request, List<RoleBinding> bindings) {
        RealmResource realm = realm();
        if (!realm.users().searchByUsername(request.username(), true).isEmpty()) {
            throw new ConflictException("用户名已存在：" + request.username());
        }
        List<String> groupIds = new ArrayList<>();
        for (RoleBinding b : bindings) {
            GroupRepresentation group = findGroup(b.groupPath());
            if (group == null) {
                throw new NotFoundException("角色组不存在：" + b.groupPath());
            }
            groupIds.add(group.getId());
        }
        String password = OneTimePasswords.generate();
        UserRepresentation rep = new UserRepresentation();
        rep.setUsername(request.username());
        rep.setFirstName(request.name().strip());
        if (request.email() != null && !request.email().isBlank()) {
            rep.setEmail(request.email().strip());
        }
        rep.setEnabled(true);
        Map<String, List<String>> attributes = new HashMap<>();
        if (request.phone() != null && !request.phone().isBlank()) {
            attributes.put("phone", List.of(request.phone().strip()));
        }
        List<String> departments = departments(bindings);
        if (!departments.isEmpty()) {
            attributes.put("department", departments);
        }
        rep.setAttributes(attributes);
        rep.setCredentials(List.of(OneTimePasswords.temporary(password)));
        rep.setRequiredActions(List.of("UPDATE_PASSWORD"));
        String id;
        try (Response response = realm.users().create(rep)) {
            if (response.getStatus() == 409) {
                throw new ConflictException("用户名或电子邮箱已被其他账号使用");
            }
            if (response.getStatus() == 400) {
                throw new cn.gov.baoji.portal.core.error.InvalidInputException("account", "账号信息不符合要求");
            }
            id = CreatedResponseUtil.getCreatedId(response);
        }
        try {
            groupIds.forEach(realm.users().get(id)::joinGroup);
        } catch (RuntimeException e) {
            // Do not leave an account without its roles behind.
            realm.users().get(id).remove();
            throw e;
        }
        LOG.infof("Account '%s' created with roles %s", request.username(),
                bindings.stream().map(RoleBinding::groupPath).toList());
        return new AccountView.WithPassword(view(realm.users().get(id).toRepresentation()), password);
    }

    private AccountView view(UserRepresentation user) {
        List<String> paths = realm().users().get(user.getId()).groups().stream().map(GroupRepresentation::getPath).toList();
        List<String> departments = attribute(user, "department");
        AccessBindings bindings = AccessBindings.fromClaims(paths, departments);
        List<AccountView.BindingView> views = bindings.all().stream().map(b -> new AccountView.BindingView(
                b.tenant(),
                b.tenant() == null ? "宝鸡市" : directory.findByCode(TenantCode.of(b.tenant()))
                        .map(TenantInfo::name).orElse(b.tenant()),
                b.role().key(), b.role().label(), b.department())).toList();
        List<String> phone = attribute(user, "phone");
        boolean mustChange = user.getRequiredActions() != null && user.getRequiredActions().contains("UPDATE_PASSWORD");
        return new AccountView(user.getId(), user.getUsername(), user.getFirstName(), phone.isEmpty() ? null : phone.get(0),
                user.getEmail(), Boolean.TRUE.equals(user.isEnabled()), mustChange, views);
    }

    private static List<String> attribute(UserRepresentation user, String name) {
        if (user.getAttributes() == null || user.getAttributes().get(name) == null) {
            return List.of();
        }
        return user.getAttributes().get(name);
    }

    private static boolean matches(UserRepresentation u, String q) {
        return contains(u.getUsername(), q) || contains(u.getFirstName(), q) || contains(u.getLastName(), q)
                || contains(u.getEmail(), q);
    }

    private static boolean contains(String value, String q) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(q);
    }

    private List<String> groupPaths(String county, String role) {
        boolean anyCounty = county == null || county.isBlank();
        boolean anyRole = role == null || role.isBlank();
        if (!anyRole && Role.fromKey(role).isEmpty()) {
            throw new cn.gov.baoji.portal.core.error.InvalidInputException("role", "角色无效");
        }
        if (!anyRole && Role.CITY_ADMIN.key().equals(role)) {
            return List.of(AccessBindings.CITY_ADMIN_GROUP);
        }
        List<String> counties = anyCounty ? directory.all().stream().map(t -> t.code().value()).toList()
                : List.of(county);
        if (!anyCounty) {
            AccountRules.requireCounty(county, directory);
        }
        List<String> roles = anyRole ? List.of("webmaster", "editor", "contributor") : List.of(role);
        List<String> paths = new ArrayList<>();
        for (String c : counties) {
            for (String r : roles) {
                paths.add(AccessBindings.TENANTS_GROUP + "/" + c + "/" + r);
            }
        }
        return paths;
    }

    private static List<String> departments(List<RoleBinding> bindings) {
        return bindings.stream().filter(b -> b.department() != null).map(b -> b.tenant() + ":" + b.department()).toList();
    }

    private static boolean isPlatformGroup(String path) {
        return AccessBindings.CITY_ADMIN_GROUP.equals(path) || (path != null && path.startsWith(AccessBindings.TENANTS_GROUP + "/"));
    }

    private GroupRepresentation findGroup(String path) {
        try {
            return realm().getGroupByPath(path);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null;
            }
            throw e;
        }
    }

    private UserResource user(String id) {
        if (id == null || !id.matches("[0-9a-fA-F-]{36}")) {
            throw new NotFoundException("账号不存在");
        }
        UserResource user = realm().users().get(id);
        // A 404 from Keycloak becomes our NotFoundException in call().
        if (user.toRepresentation().getUsername().startsWith("service-account-")) {
            throw new NotFoundException("账号不存在");
        }
        return user;
    }

    private RealmResource realm() {
        return keycloak.realm(config.realm());
    }

    /**
     * Runs a Keycloak call, turning "Keycloak is down" into a clear 503 for the caller. Any other refusal
     * by Keycloak is our failure, not the caller's, so its status is never passed through.
     */
    private <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessingException e) {
            LOG.warnf("Keycloak admin call failed: %s", e.getMessage());
            throw new LoginUnavailableException();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException("账号不存在");
            }
            LOG.errorf("Keycloak admin call answered %d: %s", e.getResponse().getStatus(), e.getMessage());
            throw new IdentityServiceException();
        }
    }

    /** Keycloak refused or failed a call it should have accepted: a bad gateway, not bad input. */
    public static final class IdentityServiceException extends PortalException {

        public IdentityServiceException() {
            super("identity-service-error", "统一身份认证服务处理失败，请稍后再试。");
        }

        @Override
        public int status() {
            return 502;
        }
    }
}

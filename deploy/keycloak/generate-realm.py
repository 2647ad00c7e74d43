#!/usr/bin/env python3
"""Writes the local Keycloak realms (baoji-realm.json, other-realm.json).

Local use only: the demo passwords and client secrets below are public. A production realm is
created by the city's Keycloak administrators; see the README's "Identity in production".
Re-run after changing the county list: python3 deploy/keycloak/generate-realm.py
"""
import json
import os

COUNTIES = [
    ("weibin", "渭滨区"), ("jintai", "金台区"), ("chencang", "陈仓区"), ("fengxiang", "凤翔区"),
    ("qishan", "岐山县"), ("fufeng", "扶风县"), ("meixian", "眉县"), ("longxian", "陇县"),
    ("qianyang", "千阳县"), ("linyou", "麟游县"), ("fengxian", "凤县"), ("taibai", "太白县"),
]
ROLES = [("webmaster", "站点管理员"), ("editor", "审核员"), ("contributor", "信息员")]
# Department codes as in the county's department list; zfb = 人民政府办公室.
DEMO_DEPARTMENT = "zfb"
DEMO_PASSWORD = "demo-local-only"
PORTS = [8080]

BINDINGS_MAPPERS = [
    {
        "name": "groups", "protocol": "openid-connect", "protocolMapper": "oidc-group-membership-mapper",
        "config": {"full.path": "true", "id.token.claim": "true", "access.token.claim": "true",
                   "userinfo.token.claim": "true", "claim.name": "groups"},
    },
    {
        "name": "departments", "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-attribute-mapper",
        "config": {"user.attribute": "department", "claim.name": "departments", "multivalued": "true",
                   "id.token.claim": "true", "access.token.claim": "true", "userinfo.token.claim": "true",
                   "jsonType.label": "String"},
    },
    # Bearer tokens from any of our clients name the portal as audience, so the portal can insist on it.
    {
        "name": "portal-audience", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
        "config": {"included.client.audience": "portal-web", "access.token.claim": "true",
                   "id.token.claim": "false"},
    },
]

USER_PROFILE = {
    "attributes": [
        {"name": "username", "displayName": "${username}",
         "validations": {"length": {"min": 3, "max": 255}, "username-prohibited-characters": {},
                         "up-username-not-idn-homograph": {}},
         "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
        {"name": "email", "displayName": "${email}", "validations": {"email": {}, "length": {"max": 255}},
         "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
        {"name": "firstName", "displayName": "${firstName}", "validations": {"length": {"max": 255}},
         "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
        {"name": "lastName", "displayName": "${lastName}", "validations": {"length": {"max": 255}},
         "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
    ],
    "groups": [{"name": "user-metadata", "displayHeader": "User metadata",
                "displayDescription": "Attributes, which refer to user metadata"}],
    # phone and department are set by the platform only (admin-edited, not self-service).
    "unmanagedAttributePolicy": "ADMIN_EDIT",
}


def redirect_uris():
    hosts = ["console.localhost"] + [code + ".localhost" for code, _ in COUNTIES]
    return [f"http://{h}:{p}/*" for h in hosts for p in PORTS]


def user(username, name, groups, department=None):
    u = {
        "username": username, "enabled": True, "firstName": name, "email": f"{username}@example.invalid",
        "emailVerified": True,
        "credentials": [{"type": "password", "value": DEMO_PASSWORD, "temporary": False}],
        "groups": groups,
    }
    if department:
        u["attributes"] = {"department": [department]}
    return u


def baoji_realm():
    users = [user("city-admin", "市电子政务办管理员", ["/city-admin"])]
    for code, name in COUNTIES:
        for role, label in ROLES:
            dept = f"{code}:{DEMO_DEPARTMENT}" if role == "contributor" else None
            users.append(user(f"{code}-{role}", f"{name}{label}", [f"/tenants/{code}/{role}"], dept))
        # An editor bound to a department reviews that department's articles only (部门审核员).
        users.append(user(f"{code}-reviewer", f"{name}部门审核员", [f"/tenants/{code}/editor"],
                          f"{code}:{DEMO_DEPARTMENT}"))
    users.append({
        "username": "service-account-portal-admin", "enabled": True, "serviceAccountClientId": "portal-admin",
        "clientRoles": {"realm-management": ["manage-users", "view-users", "query-users", "query-groups",
                                             "view-clients", "manage-clients"]},
    })
    return {
        "realm": "baoji", "enabled": True, "displayName": "宝鸡市政府网站集约化平台",
        "internationalizationEnabled": True, "supportedLocales": ["zh-CN", "en"], "defaultLocale": "zh-CN",
        "sslRequired": "none", "accessTokenLifespan": 300, "ssoSessionIdleTimeout": 1800,
        "ssoSessionMaxLifespan": 36000, "bruteForceProtected": True, "failureFactor": 10,
        "groups": [
            {"name": "city-admin"},
            {"name": "tenants", "subGroups": [
                {"name": code, "subGroups": [{"name": r} for r, _ in ROLES]} for code, _ in COUNTIES]},
        ],
        "users": users,
        "clients": [
            {"clientId": "portal-web", "name": "区县门户网站后台", "enabled": True, "publicClient": False,
             "secret": "local-portal-web-secret", "standardFlowEnabled": True, "directAccessGrantsEnabled": False,
             "redirectUris": redirect_uris(), "webOrigins": ["+"],
             "attributes": {"post.logout.redirect.uris": "+", "pkce.code.challenge.method": "S256"},
             "protocolMappers": BINDINGS_MAPPERS},
            # Password grant for tests and scripts: exists in this local realm only.
            {"clientId": "portal-cli", "name": "本地测试与脚本", "enabled": True, "publicClient": True,
             "standardFlowEnabled": False, "directAccessGrantsEnabled": True, "protocolMappers": BINDINGS_MAPPERS},
            {"clientId": "portal-cli-short", "name": "本地测试（短时令牌）", "enabled": True, "publicClient": True,
             "standardFlowEnabled": False, "directAccessGrantsEnabled": True,
             "attributes": {"access.token.lifespan": "2"}, "protocolMappers": BINDINGS_MAPPERS},
            {"clientId": "portal-admin", "name": "平台账号管理", "enabled": True, "publicClient": False,
             "secret": "local-portal-admin-secret", "standardFlowEnabled": False, "serviceAccountsEnabled": True,
             "directAccessGrantsEnabled": False},
        ],
        "components": {
            "org.keycloak.userprofile.UserProfileProvider": [{
                "providerId": "declarative-user-profile", "subComponents": {},
                "config": {"kc.user.profile.config": [json.dumps(USER_PROFILE, ensure_ascii=False)]},
            }],
        },
    }


def other_realm():
    """A foreign realm, so tests can show its tokens are refused."""
    return {
        "realm": "other", "enabled": True, "sslRequired": "none",
        "groups": [{"name": "city-admin"}],
        # Keycloak's default user profile there requires a last name.
        "users": [dict(user("intruder", "外部用户", ["/city-admin"]), lastName="用户")],
        "clients": [{"clientId": "portal-cli", "enabled": True, "publicClient": True, "standardFlowEnabled": False,
                     "directAccessGrantsEnabled": True, "protocolMappers": BINDINGS_MAPPERS}],
    }


here = os.path.dirname(os.path.abspath(__file__))
for name, realm in (("baoji-realm.json", baoji_realm()), ("other-realm.json", other_realm())):
    with open(os.path.join(here, name), "w", encoding="utf-8") as f:
        json.dump(realm, f, ensure_ascii=False, indent=2)
        f.write("\n")

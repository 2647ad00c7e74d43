package cn.gov.baoji.portal.web.tenancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.site.SiteFooter;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantKind;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantSpec;
import cn.gov.baoji.portal.core.tenant.TenantStatus;
import cn.gov.baoji.portal.core.tenant.TenantStore;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** New counties come online at run time, provisioning is idempotent, bad requests create nothing. */
@QuarkusTest
class ProvisioningTest {

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantStore store;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void newTenantAnswersOnItsHostWithoutRestart() throws SQLException {
        given().header("Host", "gaoxin.localhost").get("/").then().statusCode(404);

        provisioner.provision(spec("gaoxin", "高新区", "619901", "gaoxin.localhost"));

        given().header("Host", "gaoxin.localhost")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<title>高新区人民政府</title>"))
                .body(containsString("新闻动态"));
        assertThat(tableCount("tenant_gaoxin")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void provisioningTwiceIsHarmless() throws SQLException {
        TenantSpec spec = spec("twice", "重复区", "619902", "twice.localhost");
        provisioner.provision(spec);
        long channels = count("SELECT count(*) FROM tenant_twice.channel");

        provisioner.provision(spec);

        assertThat(count("SELECT count(*) FROM tenant_twice.channel")).isEqualTo(channels);
        assertThat(count("SELECT count(*) FROM tenant_twice.site_settings")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM platform.tenant_domain WHERE tenant_code = 'twice'")).isEqualTo(1);
        given().header("Host", "twice.localhost").get("/api/v1/site").then().statusCode(200).body("code", equalTo("twice"));
    }

    @Test
    void twoConcurrentProvisioningsOfTheSameNewCountyEndWithOneConsistentCounty() throws Exception {
        TenantSpec spec = spec("bingfa", "并发区", "619908", "bingfa.localhost");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<TenantInfo>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                calls.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return provisioner.provision(spec);
                }));
            }
            for (Future<TenantInfo> call : calls) {
                assertThat(call.get(120, TimeUnit.SECONDS).status()).isEqualTo(TenantStatus.ACTIVE);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(count("SELECT count(*) FROM platform.tenant WHERE code = 'bingfa'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM pg_namespace WHERE nspname = 'tenant_bingfa'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM platform.tenant_domain WHERE tenant_code = 'bingfa'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM tenant_bingfa.site_settings")).isEqualTo(1);
        // The seven default channels once, the standard departments, the demo articles once.
        assertThat(count("SELECT count(*) FROM tenant_bingfa.channel")).isEqualTo(7);
        assertThat(count("SELECT count(*) FROM tenant_bingfa.department")).isGreaterThan(0);
        assertThat(count("SELECT count(*) FROM tenant_bingfa.article")).isGreaterThan(0);
        assertThat(count("SELECT count(*) - count(DISTINCT title) FROM tenant_bingfa.article")).isZero();
        given().header("Host", "bingfa.localhost").get("/api/v1/site").then().statusCode(200)
                .body("siteName", equalTo("并发区人民政府"));
    }

    @Test
    void provisioningInterruptedHalfWayIsFinishedByTheNextRun() throws SQLException {
        TenantSpec spec = spec("halfway", "中断区", "619903", "halfway.localhost");
        // The first attempt died right after registering: no schema, no domains.
        store.insertIfAbsent(spec);
        given().header("Host", "halfway.localhost").get("/").then().statusCode(404);

        provisioner.provision(spec);

        given().header("Host", "halfway.localhost").get("/api/v1/site").then().statusCode(200)
                .body("siteName", equalTo("中断区人民政府"));
        assertThat(count("SELECT count(*) FROM tenant_halfway.channel")).isGreaterThan(0);
    }

    @Test
    void invalidCodesAreRefusedAndCreateNothing() throws SQLException {
        long tenantsBefore = count("SELECT count(*) FROM platform.tenant");
        long schemasBefore = count("SELECT count(*) FROM pg_namespace");
        for (String code : List.of("../x", "Weibin", "a;drop", "x", "tenant_x; DROP SCHEMA platform")) {
            assertThatThrownBy(() -> provisioner.provision(spec(code, "坏区", "619904", "bad.localhost")))
                    .as(code).isInstanceOf(InvalidInputException.class);
        }
        assertThat(count("SELECT count(*) FROM platform.tenant")).isEqualTo(tenantsBefore);
        assertThat(count("SELECT count(*) FROM pg_namespace")).isEqualTo(schemasBefore);
    }

    @Test
    void domainOfAnotherCountyIsRefusedAndCreatesNothing() throws SQLException {
        long schemasBefore = count("SELECT count(*) FROM pg_namespace");
        assertThatThrownBy(() -> provisioner.provision(spec("thief", "冒用区", "619905", "weibin.localhost")))
                .isInstanceOf(ConflictException.class);
        assertThat(count("SELECT count(*) FROM platform.tenant WHERE code = 'thief'")).isZero();
        assertThat(count("SELECT count(*) FROM pg_namespace")).isEqualTo(schemasBefore);
        given().header("Host", "weibin.localhost").get("/api/v1/site").then().body("code", equalTo("weibin"));
    }

    @Test
    void suspendedSiteShowsMaintenancePageAndComesBack() {
        provisioner.provision(spec("pause", "暂停区", "619906", "pause.localhost"));
        provisioner.setSuspended(TenantCode.of("pause"), true);
        try {
            given().header("Host", "pause.localhost")
                    .when().get("/")
                    .then().statusCode(503)
                    .contentType(containsString("text/html"))
                    .body(containsString("网站维护中"));
            given().header("Host", "pause.localhost")
                    .when().get("/api/v1/site")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/site-suspended"));
        } finally {
            provisioner.setSuspended(TenantCode.of("pause"), false);
        }
        given().header("Host", "pause.localhost").get("/").then().statusCode(200);
    }

    private static TenantSpec spec(String code, String name, String division, String host) {
        return new TenantSpec(TenantCode.of(code), name, name + "人民政府", TenantKind.DISTRICT, division, division + "0001",
                "base", List.of(host), new SiteFooter("宝鸡市" + name + "人民政府办公室", null, "陕ICP备00000000号", null,
                        "宝鸡市" + name, "0917-0000000", null));
    }

    private long tableCount(String schema) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

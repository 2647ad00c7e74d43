package cn.gov.baoji.portal.web.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.calendar.WorkingCalendar;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** 节假日安排 in the console: listed days change the working-day count every county uses; bad input changes nothing. */
@QuarkusTest
class ConsoleCalendarPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    WorkingCalendar workingDays;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> dbPassword;

    @BeforeEach
    void allowConsoleLogin() {
        RedirectUris.allow(keycloak, root.getPort(), "console");
    }

    @Test
    void aListedHolidayAndAWorkedSaturdayChangeTheWorkingDayCount() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        // 2033-10-03 is a Monday, 2033-10-08 a Saturday.
        assertThat(console.post("/console/calendar", Map.of("day", "2033-10-03", "kind", "HOLIDAY", "name", "国庆节"))
                .statusCode()).isEqualTo(303);
        assertThat(console.post("/console/calendar", Map.of("day", "2033-10-08", "kind", "WORKDAY", "name", "国庆节调休"))
                .statusCode()).isEqualTo(303);

        String page = console.open("/console/calendar?year=2033").asString();
        assertThat(page).contains("2033-10-03").contains("放假").contains("国庆节调休").contains("调休上班");
        // From Friday 09-30: Tue 10-04 .. Fri 10-07 and Sat 10-08 make five.
        assertThat(workingDays.addWorkingDays(LocalDate.of(2033, 9, 30), 5)).isEqualTo(LocalDate.of(2033, 10, 8));

        assertThat(console.post("/console/calendar/2033-10-03/remove", Map.of("day", "2033-10-03")).statusCode())
                .isEqualTo(303);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2033, 10, 3))).isTrue();
        console.post("/console/calendar/2033-10-08/remove", Map.of("day", "2033-10-08"));
    }

    /** What another instance does when the city office lists a day there: the change and its notice in one transaction. */
    @Test
    void aDayListedOnAnotherInstanceCountsHereToo() throws Exception {
        LocalDate monday = LocalDate.of(2036, 6, 2);
        assertThat(workingDays.isWorkingDay(monday)).isTrue();
        Properties properties = new Properties();
        properties.setProperty("user", dbUser);
        dbPassword.ifPresent(p -> properties.setProperty("password", p));
        try (Connection c = DriverManager.getConnection(jdbcUrl, properties)) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO platform.city_calendar_day (day, kind, name) VALUES (?, 'HOLIDAY', '端午节')");
                    Statement notice = c.createStatement()) {
                insert.setDate(1, java.sql.Date.valueOf(monday));
                insert.executeUpdate();
                notice.execute("NOTIFY portal_calendar_changed");
            }
            c.commit();
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !workingDays.isWorkingDay(monday));
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .delete("/api/console/calendar/" + monday).then().statusCode(204);
    }

    @Test
    void badDaysAreRefusedInChineseAndChangeNothing() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        Response badDate = console.post("/console/calendar", Map.of("day", "2033-02-30", "kind", "HOLIDAY", "name", "春节"));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.asString()).contains("日期格式应为").contains("value=\"春节\"");
        Response longName = console.post("/console/calendar", Map.of("day", "2033-02-01", "kind", "HOLIDAY", "name",
                "很".repeat(21)));
        assertThat(longName.statusCode()).isEqualTo(400);
        assertThat(longName.asString()).contains("请填写节日名称");
        Response badKind = console.post("/console/calendar", Map.of("day", "2033-02-01", "kind", "SUNDAY", "name", "春节"));
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(console.open("/console/calendar?year=2033").asString()).doesNotContain("2033-02-01");
        assertThat(console.open("/console/calendar/2033-02-01/remove").statusCode()).isEqualTo(404);
        assertThat(console.open("/console/calendar?year=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void countyStaffCannotChangeTheCityCalendar() {
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("weibin-webmaster"))
                .contentType("application/json").body(Map.of("kind", "HOLIDAY", "name", "私自放假"))
                .put("/api/console/calendar/2034-01-02").then().statusCode(403);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2034, 1, 2))).isTrue();
    }

    @Test
    void theApiListsAYear() {
        String admin = KeycloakTokens.of("city-admin");
        given().header("Host", "console.localhost").auth().oauth2(admin).contentType("application/json")
                .body(Map.of("kind", "HOLIDAY", "name", "元旦")).put("/api/console/calendar/2035-01-01").then().statusCode(200);
        given().header("Host", "console.localhost").auth().oauth2(admin).get("/api/console/calendar?year=2035")
                .then().statusCode(200).body("[0].day", org.hamcrest.Matchers.equalTo("2035-01-01"))
                .body("[0].kind", org.hamcrest.Matchers.equalTo("HOLIDAY"));
        given().header("Host", "console.localhost").auth().oauth2(admin).delete("/api/console/calendar/2035-01-01")
                .then().statusCode(204);
        given().header("Host", "console.localhost").auth().oauth2(admin).delete("/api/console/calendar/2035-01-01")
                .then().statusCode(404).contentType("application/problem+json");
    }
}

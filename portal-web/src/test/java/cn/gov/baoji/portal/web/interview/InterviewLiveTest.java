package cn.gov.baoji.portal.web.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.interview.InterviewService;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Altcha;
import cn.gov.baoji.portal.web.support.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code GET /api/v1/interviews/{id}/events}, read by a hand-made EventSource on a socket: what is
 * posted reaches it whichever way it was posted (another instance's transaction on a connection of
 * its own, or the moderation service on another thread), a reconnect with Last-Event-ID gets what
 * it missed, the stream is never cached, and another county's or a draft's id has no stream.
 */
@QuarkusTest
class InterviewLiveTest {

    private static final String COUNTY = "weibin";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Interviews interviews;

    @Inject
    TenantScope scope;

    @Inject
    InterviewService service;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> dbPassword;

    @Test
    void anEntryCommittedByAnotherInstanceReachesAViewerConnectedHere() throws Exception {
        long id = interviews.announced(COUNTY, "全域旅游发展", Duration.ofMinutes(-15));
        try (EventStream stream = open(id, null)) {
            awaitConnected(stream);
            long seq = postAsAnotherInstance(id, "嘉宾：今年将新增三条精品旅游线路。");
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.dataEvents().isEmpty());
            EventStream.Event event = stream.dataEvents().get(0);
            assertThat(event.id()).isEqualTo(Long.toString(seq));
            assertThat(event.name()).isEqualTo("entry");
            JsonPath data = JsonPath.from(event.data());
            assertThat(data.getString("text")).isEqualTo("嘉宾：今年将新增三条精品旅游线路。");
            assertThat(data.getString("speaker")).isEqualTo("李明");
            assertThat(data.getString("role")).isEqualTo("guest");
        }
    }

    @Test
    void anAnswerAndAPickedQuestionPostedOnAnotherThreadReachEveryViewer() throws Exception {
        long id = interviews.announced(COUNTY, "医保政策解读", Duration.ofMinutes(-15));
        given().header("Host", COUNTY + ".localhost").header("X-Forwarded-For", Interviews.address())
                .contentType("application/json")
                .body(Map.of("content", "异地就医怎么备案？", "nickname", "老张", "altcha", Altcha.solve(COUNTY + ".localhost")))
                .post("/api/v1/interviews/" + id + "/questions").then().statusCode(201);
        try (EventStream one = open(id, null); EventStream two = open(id, null)) {
            awaitConnected(one);
            awaitConnected(two);
            CompletableFuture.runAsync(() -> {
                interviews.pickOldest(COUNTY, id);
                interviews.answer(COUNTY, id, "在国家医保服务平台就能办理备案。\n备案后直接结算。");
            }).get();
            for (EventStream stream : List.of(one, two)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> stream.dataEvents().size() == 2);
                List<EventStream.Event> events = stream.dataEvents();
                assertThat(events).extracting(EventStream.Event::name).containsExactly("question", "entry");
                JsonPath question = JsonPath.from(events.get(0).data());
                assertThat(question.getString("speaker")).isEqualTo("网友“老张”");
                assertThat(question.getString("text")).isEqualTo("异地就医怎么备案？");
                assertThat(JsonPath.from(events.get(1).data()).getString("text"))
                        .isEqualTo("在国家医保服务平台就能办理备案。\n备案后直接结算。");
                assertThat(Long.parseLong(events.get(1).id())).isGreaterThan(Long.parseLong(events.get(0).id()));
            }
        }
    }

    @Test
    void aViewerThatReconnectsWithItsLastEventIdGetsWhatItMissedInOrder() throws Exception {
        long id = interviews.announced(COUNTY, "优化营商环境", Duration.ofMinutes(-15));
        long first = interviews.answer(COUNTY, id, "第一条");
        interviews.answer(COUNTY, id, "第二条");
        long third = interviews.answer(COUNTY, id, "第三条");

        // The browser reconnects with its last event id; the page's own start (after=0) does not count then.
        try (EventStream stream = open(id, "?after=0", Long.toString(first))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.dataEvents().size() == 2);
            assertThat(stream.dataEvents()).extracting(e -> JsonPath.from(e.data()).getString("text"))
                    .containsExactly("第二条", "第三条");
            assertThat(stream.dataEvents().get(1).id()).isEqualTo(Long.toString(third));
        }
        // A new viewer of the page that shows everything up to the first entry.
        try (EventStream stream = open(id, "?after=" + first, null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.dataEvents().size() == 2);
        }
        // Nothing named: only what comes next.
        try (EventStream stream = open(id, null)) {
            awaitConnected(stream);
            long fourth = interviews.answer(COUNTY, id, "第四条");
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.dataEvents().isEmpty());
            assertThat(stream.dataEvents()).extracting(EventStream.Event::id).containsExactly(Long.toString(fourth));
        }
    }

    @Test
    void theStreamIsEventStreamNeverCachedAndUnderThePagesPolicy() throws Exception {
        long id = interviews.announced(COUNTY, "城市更新", Duration.ofMinutes(-15));
        for (int i = 0; i < 2; i++) {
            try (EventStream stream = open(id, null)) {
                awaitConnected(stream);
                assertThat(stream.status()).isEqualTo(200);
                assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
                assertThat(stream.header("Cache-Control")).isEqualTo("no-store");
                assertThat(stream.header("X-Page-Cache")).isNull();
                assertThat(stream.header("Content-Security-Policy")).contains("default-src 'self'");
                assertThat(stream.events().get(0).comment()).isEqualTo("connected");
            }
        }
        // The page and the API are not kept by the page cache either: they change as the interview goes.
        for (String path : List.of("/interviews/" + id, "/api/v1/interviews/" + id, "/interviews")) {
            for (int i = 0; i < 2; i++) {
                assertThat(given().header("Host", COUNTY + ".localhost").get(path).then().statusCode(200).extract()
                        .header("X-Page-Cache")).as(path).isNull();
            }
        }
    }

    @Test
    void aMalformedStartIsRefusedAndAStrangeLastEventIdStartsWithTheNextEvent() throws Exception {
        long id = interviews.announced(COUNTY, "流式接口的参数", Duration.ofMinutes(-15));
        interviews.answer(COUNTY, id, "已有的一条");
        for (String after : List.of("abc", "-1", "1.5")) {
            JsonPath problem = given().header("Host", COUNTY + ".localhost").get("/api/v1/interviews/" + id + "/events?after="
                    + after).then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
            assertThat(problem.getString("field")).isEqualTo("after");
        }
        try (EventStream stream = open(id, "", "not-a-number")) {
            awaitConnected(stream);
            long next = interviews.answer(COUNTY, id, "新的一条");
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.dataEvents().isEmpty());
            assertThat(stream.dataEvents()).extracting(EventStream.Event::id).containsExactly(Long.toString(next));
        }
        // A client that reads only the head of the answer (as the API fuzz test does) gets it at once.
        RawHttp.Answer head = RawHttp.exchange(root.getPort(), "GET", "/api/v1/interviews/" + id + "/events",
                Map.of("Host", COUNTY + ".localhost:" + root.getPort()), null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.contentType()).startsWith("text/event-stream");
    }

    @Test
    void takingTheInterviewBackEndsItsStreams() throws Exception {
        long id = interviews.announced(COUNTY, "撤回的访谈", Duration.ofMinutes(-15));
        try (EventStream stream = open(id, null)) {
            awaitConnected(stream);
            scope.run(TenantCode.of(COUNTY), () -> service.withdraw(id, service.get(id).version()));
            await().atMost(Duration.ofSeconds(10)).until(stream::ended);
        }
        try (EventStream again = open(id, null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> again.status() != 0);
            assertThat(again.status()).isEqualTo(404);
        }
    }

    @Test
    void anotherCountysInterviewOrADraftHasNoStream() throws Exception {
        long weibin = interviews.announced(COUNTY, "渭滨区的访谈", Duration.ofMinutes(-15));
        long draft = interviews.draft(COUNTY, "草稿访谈", Duration.ofMinutes(-15));
        for (String[] target : List.of(new String[] { "taibai.localhost", "/api/v1/interviews/" + weibin + "/events" },
                new String[] { "weibin.localhost", "/api/v1/interviews/" + draft + "/events" },
                new String[] { "weibin.localhost", "/api/v1/interviews/999999999/events" })) {
            try (EventStream stream = EventStream.open(root.getPort(), target[0], target[1], null)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> stream.status() != 0);
                assertThat(stream.status()).as(target[0] + target[1]).isEqualTo(404);
                assertThat(stream.header("Content-Type")).startsWith("application/problem+json");
            }
        }
    }

    private EventStream open(long id, String lastEventId) throws Exception {
        return open(id, "", lastEventId);
    }

    private EventStream open(long id, String query, String lastEventId) throws Exception {
        return EventStream.open(root.getPort(), COUNTY + ".localhost", "/api/v1/interviews/" + id + "/events" + query,
                lastEventId);
    }

    private static void awaitConnected(EventStream stream) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !stream.events().isEmpty());
    }

    /**
     * What another instance does when a moderator posts there: in one transaction on its own
     * connection, take the next event number under the interview's row lock, store the entry, notify.
     */
    private long postAsAnotherInstance(long id, String text) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", dbUser);
        dbPassword.ifPresent(p -> properties.setProperty("password", p));
        try (Connection c = DriverManager.getConnection(jdbcUrl, properties)) {
            c.setAutoCommit(false);
            long seq;
            try (PreparedStatement next = c.prepareStatement(
                    "UPDATE tenant_weibin.interview SET event_seq = event_seq + 1 WHERE id = ? RETURNING event_seq")) {
                next.setLong(1, id);
                try (ResultSet rs = next.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO tenant_weibin.interview_entry (interview_id, seq,"
                    + " speaker_kind, guest_id, speaker_name, speaker_position, text, posted_at, posted_by)"
                    + " SELECT ?, ?, 'GUEST', g.id, g.name, g.position, ?, now(), '另一实例' FROM tenant_weibin.interview_guest g"
                    + " WHERE g.interview_id = ? LIMIT 1")) {
                insert.setLong(1, id);
                insert.setLong(2, seq);
                insert.setString(3, text);
                insert.setLong(4, id);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement notify = c.prepareStatement("SELECT pg_notify('portal_interview_events', ?)")) {
                notify.setString(1, COUNTY + ":" + id + ":" + seq);
                notify.execute();
            }
            c.commit();
            return seq;
        }
    }
}

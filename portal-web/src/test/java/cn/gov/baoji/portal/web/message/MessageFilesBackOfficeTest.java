package cn.gov.baoji.portal.web.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.MessageFile;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Api;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The citizen's files on the back-office message page: staff who may see the message download them
 * (never inline, never cached); another department's officer and another county's editor get none;
 * the county editor shows a file with the published message and hides it again.
 */
@QuarkusTest
class MessageFilesBackOfficeTest {

    static final String COUNTY = "msgfil";
    static final String NEIGHBOUR = "msgfnb";
    private static final byte[] PDF = "%PDF-1.4\n% 现场说明\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    private static final Pattern FILE_LINK = Pattern.compile("href=\"(/admin/messages/\\d+/attachments/(\\d+))\"");
    private static boolean prepared;

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantScope scope;

    @Inject
    MessageBoard board;

    @Inject
    EntityManager em;

    @BeforeEach
    void countiesAndPeople() {
        RedirectUris.allow(keycloak, root.getPort(), COUNTY, NEIGHBOUR);
        if (prepared) {
            return;
        }
        Counties.provision(provisioner, COUNTY, "附件区", "619992", "classic");
        Counties.provision(provisioner, NEIGHBOUR, "附邻区", "619993", "classic");
        TestAccounts.account(keycloak, COUNTY + "-editor", "附件区审核员", COUNTY, "editor", null);
        TestAccounts.account(keycloak, COUNTY + "-webmaster", "附件区站点管理员", COUNTY, "webmaster", null);
        TestAccounts.account(keycloak, COUNTY + "-zfb", "政府办信息员", COUNTY, "contributor", "zfb");
        TestAccounts.account(keycloak, COUNTY + "-jyj", "教育局信息员", COUNTY, "contributor", "jyj");
        TestAccounts.account(keycloak, NEIGHBOUR + "-editor", "附邻区审核员", NEIGHBOUR, "editor", null);
        prepared = true;
    }

    @Test
    void staffDownloadTheFilesAndTheEditorShowsOneWithThePublishedMessage() {
        long id = send("占道经营举报（附现场说明）", "13912345601");
        String path = "/admin/messages/" + id;
        CountyBackOffice editor = CountyBackOffice.signIn(root.getPort(), COUNTY, COUNTY + "-editor");
        String page = editor.page(path);
        assertThat(page).contains("id=\"message-files\"").contains("现场说明.pdf").contains("application/pdf")
                .contains(PDF.length + " 字节").contains("不公开").contains("/attachments/");
        Matcher link = FILE_LINK.matcher(page);
        assertThat(link.find()).as("a download link").isTrue();
        String download = link.group(1);
        String file = link.group(2);
        downloads(editor, download);

        // Routed to 政府办: its officer downloads too, sees no show/hide form; 教育局's officer gets nothing.
        editor.page(path);
        assertThat(editor.step(path + "/accept", Map.of("department", "zfb"))).contains("已受理");
        CountyBackOffice zfb = CountyBackOffice.signIn(root.getPort(), COUNTY, COUNTY + "-zfb");
        assertThat(zfb.page(path)).contains("现场说明.pdf").doesNotContain("/attachments/" + file + "/show");
        downloads(zfb, download);
        CountyBackOffice jyj = CountyBackOffice.signIn(root.getPort(), COUNTY, COUNTY + "-jyj");
        refusedWithoutFile(jyj.open(download), 403);
        // A department officer may not show a file, even on a page they can open.
        zfb.page(path);
        assertThat(zfb.press(path + "/attachments/" + file + "/show", Map.of()).statusCode()).isEqualTo(403);

        // Another county's editor: on their own host the id does not exist, on ours they hold no role.
        CountyBackOffice neighbour = CountyBackOffice.signIn(root.getPort(), NEIGHBOUR, NEIGHBOUR + "-editor");
        refusedWithoutFile(neighbour.open(download), 404);
        BrowserSession browser = new BrowserSession();
        Response there = browser.logIn(browser.open("http://" + COUNTY + ".localhost:" + root.getPort() + download),
                NEIGHBOUR + "-editor", KeycloakTokens.DEMO_PASSWORD);
        refusedWithoutFile(there, 403);
        assertThat(editor.open(path + "/attachments/999999").statusCode()).isEqualTo(404);

        // Shown while the message is not yet published: still nothing on the website.
        String publicFile = "/messages/" + id + "/attachments/" + file;
        editor.page(path);
        String shown = editor.step(path + "/attachments/" + file + "/show", Map.of());
        assertThat(shown).contains("附件已设为随留言公开").contains("/attachments/" + file + "/hide")
                .contains("公开附件：现场说明.pdf");
        Api.anonymous(COUNTY).get(publicFile).then().statusCode(404);

        editor.page(path);
        assertThat(editor.step(path + "/publish", Map.of())).contains("留言已在网站公开。");
        byte[] published = Api.anonymous(COUNTY).get(publicFile).then().statusCode(200).extract().asByteArray();
        assertThat(published).isEqualTo(PDF);
        assertThat(Api.anonymous(COUNTY).get("/messages/" + id).then().statusCode(200).extract().asString())
                .contains("现场说明.pdf");

        // The webmaster hides it again: gone from the website, still there for staff.
        CountyBackOffice webmaster = CountyBackOffice.signIn(root.getPort(), COUNTY, COUNTY + "-webmaster");
        webmaster.page(path);
        String hidden = webmaster.step(path + "/attachments/" + file + "/hide", Map.of());
        assertThat(hidden).contains("附件已取消公开").contains("/attachments/" + file + "/show")
                .contains("取消公开附件：现场说明.pdf");
        Api.anonymous(COUNTY).get(publicFile).then().statusCode(404);
        assertThat(Api.anonymous(COUNTY).get("/messages/" + id).then().statusCode(200).extract().asString())
                .doesNotContain("现场说明.pdf");
        downloads(webmaster, download);
    }

    @Test
    void aFileShownFromAnOutdatedPageStaysPrivate() {
        long id = send("需要核实身份的留言", "13912345602");
        String path = "/admin/messages/" + id;
        CountyBackOffice editor = CountyBackOffice.signIn(root.getPort(), COUNTY, COUNTY + "-editor");
        Matcher link = FILE_LINK.matcher(editor.page(path));
        assertThat(link.find()).isTrue();
        String file = link.group(2);
        // An outdated page: refused with the message shown again, nothing changed.
        Response outdated = editor.press(path + "/attachments/" + file + "/show", Map.of("version", "99"));
        assertThat(outdated.statusCode()).isEqualTo(409);
        assertThat(outdated.asString()).contains("不公开").doesNotContain("/attachments/" + file + "/hide");
        assertThat(scope.call(TenantCode.of(COUNTY), () -> em.createQuery(
                "SELECT count(a) FROM MessageAttachment a WHERE a.messageId = :m AND a.shown = true", Long.class)
                .setParameter("m", id).getSingleResult())).isZero();
    }

    private long send(String title, String phone) {
        var input = MessageActors.message("zfb", title, phone, true);
        return scope.call(TenantCode.of(COUNTY), () -> {
            String code = board.submit(input, List.of(new MessageFile("现场说明.pdf", null, PDF)), "test-" + UUID.randomUUID(),
                    () -> {
                    });
            return em.createQuery("SELECT m.id FROM Message m WHERE m.queryCode = :c", Long.class).setParameter("c", code)
                    .getSingleResult();
        });
    }

    private static void downloads(CountyBackOffice office, String download) {
        Response file = office.open(download);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.asByteArray()).isEqualTo(PDF);
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment;").contains("UTF-8''");
        assertThat(file.getHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private static void refusedWithoutFile(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.asString()).doesNotContain("% 现场说明").doesNotContain("13912345");
    }
}

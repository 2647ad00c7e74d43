package cn.gov.baoji.portal.web.inspection;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The e-mails that arrived at the local SMTP server deploy/test.sh starts (GreenMail), read through its
 * REST API: what was really delivered, not what a mock was handed.
 */
final class GreenMailInbox {

    /** One delivered e-mail: its decoded subject and text. */
    record Received(String subject, String text) {
    }

    private GreenMailInbox() {
    }

    static String api() {
        String url = System.getenv("PORTAL_TEST_SMTP_API_URL");
        return url == null || url.isBlank() ? "http://127.0.0.1:8025" : url;
    }

    static List<Received> of(String address) {
        io.restassured.response.Response response = given().baseUri(api()).get("/api/user/" + address + "/messages/");
        // GreenMail creates a mailbox on the first delivery and answers 400 for an address it never saw.
        if (response.statusCode() == 400) {
            return List.of();
        }
        List<Map<String, Object>> messages = response.then().statusCode(200).extract().jsonPath().getList("");
        return messages.stream().map(m -> new Received((String) m.get("subject"), text((String) m.get("mimeMessage"))))
                .toList();
    }

    /** The body of a single-part text message, decoded from base64 or quoted-printable. */
    static String text(String mime) {
        int split = mime.indexOf("\r\n\r\n");
        String headers = mime.substring(0, split).toLowerCase(java.util.Locale.ROOT);
        String body = mime.substring(split + 4);
        if (headers.contains("content-transfer-encoding: base64")) {
            return new String(Base64.getMimeDecoder().decode(body.strip()), StandardCharsets.UTF_8);
        }
        if (headers.contains("content-transfer-encoding: quoted-printable")) {
            return quotedPrintable(body);
        }
        return body;
    }

    private static String quotedPrintable(String body) {
        String joined = body.replace("=\r\n", "").replace("=\n", "");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

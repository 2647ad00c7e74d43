package cn.gov.baoji.portal.admin.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

/** A file to download: an ASCII name for old clients, the Chinese name (RFC 5987) for the others, never cached. */
public final class Downloads {

    public static final String CSV = "text/csv;charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /**
     * @param asciiName e.g. {@code survey-12.csv}
     * @param name the name people see, e.g. {@code 调查12-满意度调查.csv}; characters file systems refuse become _
     */
    public static Response attachment(byte[] bytes, String type, String asciiName, String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        String encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "private, no-store")
                .build();
    }
}

package cn.gov.baoji.portal.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a hand-written HTTP/1.1 request, for the malformed Host headers that HTTP clients refuse to send.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** @return the whole response, status line first */
    public static String send(int port, String requestHead) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A response as far as a test judges it. */
    public record Answer(int status, String contentType, String body) {
    }

    /**
     * Sends a request whose target is sent exactly as given (e.g. broken percent-encoding, which
     * HTTP clients refuse to send), on a connection of its own.
     */
    public static Answer exchange(int port, String method, String target, Map<String, String> headers, String body)
            throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        String response;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            response = readResponse(socket.getInputStream());
        }
        int end = response.indexOf("\r\n\r\n");
        String headPart = end < 0 ? response : response.substring(0, end);
        String contentType = "";
        boolean chunked = false;
        for (String line : headPart.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).strip();
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
        }
        int status = Integer.parseInt(headPart.substring(headPart.indexOf(' ') + 1, headPart.indexOf(' ') + 4));
        String rest = end < 0 ? "" : response.substring(end + 4);
        return new Answer(status, contentType, chunked ? unchunk(rest) : rest);
    }

    /**
     * The response, or only its head when it is a stream of server-sent events: such a body never
     * ends while the stream is open, and the status and type are all a check of the request needs.
     */
    private static String readResponse(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        int last4 = 0;
        for (int c = in.read(); c >= 0; c = in.read()) {
            head.write(c);
            last4 = (last4 << 8) | c;
            if (last4 == 0x0D0A0D0A) {
                break;
            }
        }
        String headText = head.toString(StandardCharsets.UTF_8);
        if (headText.toLowerCase(Locale.ROOT).contains("\r\ncontent-type: text/event-stream")) {
            return headText;
        }
        return headText + new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The body of a chunked response (sizes count bytes; the bodies here are mostly ASCII, close enough for tests). */
    private static String unchunk(String chunked) {
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        int at = 0;
        while (at < bytes.length) {
            int lineEnd = at;
            while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).strip();
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt(semicolon >= 0 ? size.substring(0, semicolon) : size, 16);
            if (length == 0) {
                break;
            }
            body.write(bytes, lineEnd + 2, Math.min(length, bytes.length - lineEnd - 2));
            at = lineEnd + 2 + length + 2;
        }
        return body.toString(StandardCharsets.UTF_8);
    }
}

package cn.gov.baoji.portal.web.interview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A client of a server-sent-events stream on a socket of its own, as a browser's EventSource: sends
 * the request with the county's Host header (and Last-Event-ID when reconnecting), then reads the
 * chunked body as it arrives on a thread of its own and keeps every event and comment it parses.
 */
final class EventStream implements AutoCloseable {

    /** One event: its id, name and data; a comment has only {@code comment}. */
    record Event(String id, String name, String data, String comment) {
    }

    private final Socket socket;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private volatile int status;
    private volatile boolean ended;

    private EventStream(Socket socket) {
        this.socket = socket;
    }

    static EventStream open(int port, String host, String target, String lastEventId) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        StringBuilder head = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: ").append(host).append(':')
                .append(port).append("\r\nAccept: text/event-stream\r\n");
        if (lastEventId != null) {
            head.append("Last-Event-ID: ").append(lastEventId).append("\r\n");
        }
        head.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        EventStream stream = new EventStream(socket);
        Thread reader = new Thread(stream::read, "event-stream-test");
        reader.setDaemon(true);
        reader.start();
        return stream;
    }

    int status() {
        return status;
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    /** Events with data (no comments). */
    List<Event> dataEvents() {
        return events.stream().filter(e -> e.data() != null).toList();
    }

    boolean ended() {
        return ended;
    }

    private void read() {
        try {
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            status = Integer.parseInt(statusLine.split(" ")[1]);
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            boolean chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
            StringBuilder text = new StringBuilder();
            while (true) {
                byte[] chunk;
                if (chunked) {
                    int size = Integer.parseInt(line(in).strip(), 16);
                    if (size == 0) {
                        break;
                    }
                    chunk = in.readNBytes(size);
                    line(in);
                } else {
                    byte[] buffer = new byte[4096];
                    int n = in.read(buffer);
                    if (n < 0) {
                        break;
                    }
                    chunk = java.util.Arrays.copyOf(buffer, n);
                }
                text.append(new String(chunk, StandardCharsets.UTF_8));
                int end;
                while ((end = text.indexOf("\n\n")) >= 0) {
                    parse(text.substring(0, end));
                    text.delete(0, end + 2);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The connection closed: the stream ended.
        } finally {
            ended = true;
        }
    }

    private void parse(String block) {
        String id = null;
        String name = null;
        StringBuilder data = null;
        String comment = null;
        for (String line : block.split("\n")) {
            if (line.startsWith(":")) {
                comment = line.substring(1).strip();
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data = data == null ? new StringBuilder() : data.append('\n');
                data.append(line.substring(5).strip());
            }
        }
        events.add(new Event(id, name, data == null ? null : data.toString(), comment));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                bytes.write(c);
            }
        }
        if (c < 0 && bytes.size() == 0) {
            throw new IOException("closed");
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

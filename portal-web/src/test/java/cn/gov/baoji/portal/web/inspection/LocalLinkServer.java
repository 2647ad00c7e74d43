package cn.gov.baoji.portal.web.inspection;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A small HTTP server on 127.0.0.1 that the external-link check may reach in tests: /ok answers 200,
 * /missing 404, /slow answers only after 5 s (longer than the check's 2 s timeout in tests); /to-ok and
 * /to-missing redirect there, /to-inside to a second, "inside" server on 127.0.0.2 (not an allowed
 * address) that counts every request it gets, /to-metadata to the cloud metadata address.
 */
final class LocalLinkServer implements AutoCloseable {

    private final HttpServer server;
    private final HttpServer inside;
    private final AtomicInteger insideHits = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    LocalLinkServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        inside = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        inside.createContext("/", exchange -> {
            insideHits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        redirect("/to-ok", "/ok");
        redirect("/to-missing", "/missing");
        redirect("/to-inside", "http://127.0.0.2:" + inside.getAddress().getPort() + "/secret");
        redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
        server.createContext("/ok", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                // The server side of a hanging site: the check must give up on its own timeout.
                TimeUnit.SECONDS.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(executor);
        server.start();
        inside.start();
    }

    private void redirect(String path, String location) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
    }

    String insideUrl(String path) {
        return "http://127.0.0.2:" + inside.getAddress().getPort() + path;
    }

    /** Requests the inside server received: the checker must never cause one. */
    int insideHits() {
        return insideHits.get();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
        inside.stop(0);
        executor.shutdownNow();
    }
}

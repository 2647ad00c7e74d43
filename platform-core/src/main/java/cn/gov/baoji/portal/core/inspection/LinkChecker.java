package cn.gov.baoji.portal.core.inspection;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * A polite checker of external links: one request at a time per host (across all runs of this
 * instance), a timeout per request, HEAD first and GET only when HEAD is refused or fails, and each
 * answer remembered for a while so a link in many articles is asked once. The number of links a run
 * may request is bounded by the caller.
 */
@ApplicationScoped
public class LinkChecker {

    private static final Logger LOG = Logger.getLogger(LinkChecker.class);

    /** What a link answered: {@code status} 0 when it did not answer at all. */
    public record Outcome(int status, String problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    private record Cached(Outcome outcome, Instant at) {
    }

    private final InspectionConfig.ExternalLinks config;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final HttpClient client;

    LinkChecker(InspectionConfig config, Clock clock) {
        this.config = config.externalLinks();
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Whether this link may be checked at all under the configuration. */
    public boolean allowed(URI uri) {
        if (!config.enabled()) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        Optional<java.util.List<String>> only = config.onlyHosts();
        if (only.isPresent() && !only.get().contains(host)) {
            return false;
        }
        return !config.blockPrivateAddresses() || !privateAddress(host);
    }

    /** A remembered answer still fresh, without asking. */
    public Optional<Outcome> cached(String url) {
        Cached c = cache.get(url);
        return c != null && c.at().plus(config.cacheFor()).isAfter(clock.instant()) ? Optional.of(c.outcome())
                : Optional.empty();
    }

    /** Asks the link (waiting for the host's turn) and remembers the answer. */
    public Outcome check(URI uri) {
        Semaphore turn = hosts.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT), h -> new Semaphore(1));
        try {
            turn.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "检查被中断");
        }
        try {
            Outcome outcome = request(uri, "HEAD");
            if (!outcome.ok() && outcome.status() != 0) {
                // Some servers refuse HEAD (405, 403, 404 on HEAD only): ask as a browser would.
                outcome = request(uri, "GET");
            }
            cache.put(uri.toString(), new Cached(outcome, clock.instant()));
            return outcome;
        } finally {
            turn.release();
        }
    }

    private Outcome request(URI uri, String method) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("User-Agent", config.userAgent())
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status < 400 ? new Outcome(status, null) : new Outcome(status, "返回错误 " + status);
        } catch (HttpTimeoutException e) {
            return new Outcome(0, "超过 " + config.timeout().toSeconds() + " 秒无响应");
        } catch (IOException e) {
            LOG.debugf("External link %s did not answer: %s", uri, e.getMessage());
            return new Outcome(0, "无法访问");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "检查被中断");
        }
    }

    private static boolean privateAddress(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                        || a.isMulticastAddress()) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return false; // Checked, and reported as unreachable.
        }
    }

    /** Forgets every remembered answer (tests, and after the configuration changed). */
    public void forget() {
        cache.clear();
    }
}

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * A polite checker of external links: one request at a time per host (across all runs of this
 * instance), a timeout per request, HEAD first and GET only when HEAD is refused or fails, and each
 * answer remembered for a while so a link in many articles is asked once. The number of links a run
 * may request is bounded by the caller.
 *
 * <p>Redirects are followed by hand (at most {@code maxRedirects}), and before every request, the first
 * and each hop, the host is resolved and refused when any of its addresses is not public, so a link
 * cannot make the portal probe its own network (a 302 to 127.0.0.1:9200 or 169.254.169.254 is reported
 * as refused, never as what the inside address answered).
 *
 * <p>Residual risk, stated honestly: {@link HttpClient} resolves the host again itself when it connects,
 * and offers no way to hand it the address we checked (an IP-literal URI with a Host header breaks TLS
 * name checks, and "Host" is a restricted header). A DNS server that answers a public address to our
 * check and a private one a moment later (rebinding) could still slip through in that window. The JVM's
 * positive DNS cache (networkaddress.cache.ttl, 30 s by default without a security manager) usually
 * gives the client the very answer we checked, which narrows but does not close the window; closing it
 * needs an outbound proxy or firewall that refuses private ranges, which operations should have anyway.
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
    private final Set<InetAddress> exempt;

    LinkChecker(InspectionConfig config, Clock clock) {
        this.config = config.externalLinks();
        this.clock = clock;
        // Never let the client follow redirects: each hop is checked by hand before it is requested.
        this.client = HttpClient.newBuilder().connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.exempt = this.config.allowedAddresses().orElse(List.of()).stream().map(LinkChecker::literal)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static InetAddress literal(String address) {
        try {
            // Literal addresses only: getByName does not ask DNS for an IP literal.
            if (!address.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("portal.inspection.external-links.allowed-addresses takes IP addresses, not '"
                        + address + "'");
            }
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address: " + address, e);
        }
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
        return refusedHost(host).isEmpty();
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
            Outcome outcome = follow(uri, "HEAD");
            if (!outcome.ok() && outcome.status() != 0) {
                // Some servers refuse HEAD (405, 403, 404 on HEAD only): ask as a browser would.
                outcome = follow(uri, "GET");
            }
            cache.put(uri.toString(), new Cached(outcome, clock.instant()));
            return outcome;
        } finally {
            turn.release();
        }
    }

    /** Requests {@code uri}, following redirects by hand and checking each hop's addresses first. */
    private Outcome follow(URI uri, String method) {
        URI current = uri;
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            String host = current.getHost() == null ? "" : current.getHost().toLowerCase(Locale.ROOT);
            Optional<String> refused = refusedHost(host);
            if (refused.isPresent()) {
                LOG.infof("External link %s: hop %d to %s refused (%s); not requested", uri, hop, current, refused.get());
                // Same words whatever the inside address would have answered: the finding must not tell.
                return new Outcome(0, hop == 0 ? "指向内部网络地址，未检查" : "跳转到内部网络地址，未继续检查");
            }
            HttpResponse<Void> response;
            try {
                response = client.send(HttpRequest.newBuilder(current).timeout(config.timeout())
                        .header("User-Agent", config.userAgent())
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            } catch (HttpTimeoutException e) {
                return new Outcome(0, "超过 " + config.timeout().toSeconds() + " 秒无响应");
            } catch (IOException e) {
                LOG.debugf("External link %s did not answer: %s", current, e.getMessage());
                return new Outcome(0, "无法访问");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(0, "检查被中断");
            }
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (!REDIRECTS.contains(status) || location.isEmpty()) {
                return status < 400 ? new Outcome(status, null) : new Outcome(status, "返回错误 " + status);
            }
            Optional<URI> next = next(current, location.get());
            if (next.isEmpty()) {
                return new Outcome(0, "跳转地址无效");
            }
            current = next.get();
        }
        return new Outcome(0, "跳转超过 " + config.maxRedirects() + " 次");
    }

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private static Optional<URI> next(URI current, String location) {
        try {
            URI next = current.resolve(location.strip());
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && next.getHost() != null ? Optional.of(next)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Why {@code host} may not be requested, or empty. Resolves it now, just before the request. */
    private Optional<String> refusedHost(String host) {
        if (!config.blockPrivateAddresses()) {
            return Optional.empty();
        }
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.empty(); // Requested, and reported as unreachable.
        }
        for (InetAddress a : all) {
            if (!exempt.contains(a) && internal(a)) {
                return Optional.of(a.getHostAddress());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an address is anything but the public internet: any-local (0.0.0.0/8, ::), loopback,
     * private (10/8, 172.16/12, 192.168/16, fec0::/10), shared CGNAT 100.64/10, link-local (169.254/16,
     * fe80::/10), unique-local fc00::/7, multicast, IETF 192.0.0/24, benchmarking 198.18/15, reserved
     * 240/4 and broadcast; IPv6 forms that embed an IPv4 address (compatible, NAT64 64:ff9b::/96, 6to4
     * 2002::/16) are judged by that address. (Java turns IPv4-mapped ::ffff:a.b.c.d into IPv4 itself.)
     */
    static boolean internal(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            return internalV4(b, 0);
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if ((b0 & 0xfe) == 0xfc) {
            return true; // fc00::/7 unique-local
        }
        if (b0 == 0xfe && (b1 & 0x80) == 0x80) {
            return true; // fe80::/10 link-local, fec0::/10 site-local (both, whatever Java thinks)
        }
        if (allZero(b, 0, 12)) {
            return true; // ::/96 IPv4-compatible (deprecated) and the unspecified/loopback corner
        }
        if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
            return internalV4(b, 12); // 64:ff9b::/96 NAT64
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return internalV4(b, 2); // 2002::/16 6to4
        }
        return false;
    }

    private static boolean internalV4(byte[] b, int at) {
        int o0 = b[at] & 0xff;
        int o1 = b[at + 1] & 0xff;
        int o2 = b[at + 2] & 0xff;
        return o0 == 0 // 0.0.0.0/8 "this network"
                || o0 == 10 || o0 == 127 // private, loopback
                || (o0 == 100 && (o1 & 0xc0) == 64) // 100.64.0.0/10 shared (CGNAT)
                || (o0 == 169 && o1 == 254) // link-local, cloud metadata
                || (o0 == 172 && (o1 & 0xf0) == 16) || (o0 == 192 && o1 == 168) // private
                || (o0 == 192 && o1 == 0 && o2 == 0) // IETF protocol assignments
                || (o0 == 198 && (o1 & 0xfe) == 18) // benchmarking
                || o0 >= 224; // multicast, reserved 240/4, broadcast
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Forgets every remembered answer (tests, and after the configuration changed). */
    public void forget() {
        cache.clear();
    }
}

package dev.termin.booking.adapter.redis.internal;

import dev.termin.booking.adapter.redis.RedisConfig.Topology;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a Redis URL names (docs/redis.md, "URL syntax"): the topology, its hosts, the credentials for the data
 * nodes, the database and, for Sentinel, the primary's name. Cluster and Sentinel URLs list several hosts
 * separated by commas, in the form Lettuce uses ({@code redis-sentinel://h1:26379,h2:26379/0#mymaster}); such an
 * authority is not a server-based URI authority, so it is parsed here rather than by {@link URI}. Immutable.
 *
 * @param topology what the URL names
 * @param hosts seed nodes (cluster), sentinels (sentinel) or the one server; at least one
 * @param user the ACL user, or null
 * @param password the password, or null
 * @param database the database number (0 for a cluster)
 * @param primary the primary's name the sentinels monitor, or null unless Sentinel
 * @param tls true for {@code rediss} and {@code rediss-cluster}
 */
public record RedisEndpoints(Topology topology, List<Host> hosts, String user, String password, int database,
        String primary, boolean tls) {

    private static final int DEFAULT_PORT = 6379;
    private static final int DEFAULT_SENTINEL_PORT = 26379;

    public RedisEndpoints {
        Objects.requireNonNull(topology, "topology");
        hosts = List.copyOf(hosts);
    }

    /** A host and port. */
    public record Host(String host, int port) {
    }

    /**
     * Parses {@code url}.
     *
     * @throws IllegalArgumentException if it is not one of the documented forms; the message never repeats the
     *     URL (it may hold a password)
     */
    public static RedisEndpoints parse(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        Topology topology = switch (scheme) {
            case "redis", "rediss" -> Topology.STANDALONE;
            case "redis-cluster", "rediss-cluster" -> Topology.CLUSTER;
            case "redis-sentinel" -> Topology.SENTINEL;
            default -> throw new IllegalArgumentException("'url' must start with redis://, rediss://, "
                    + "redis-cluster://, rediss-cluster:// or redis-sentinel://");
        };
        String authority = url.getRawAuthority();
        if (authority == null || authority.isEmpty() || url.isOpaque()) {
            throw new IllegalArgumentException("'url' must name a host, e.g. redis://localhost:6379");
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? null : authority.substring(0, at);
        List<Host> hosts = hosts(authority.substring(at + 1),
                topology == Topology.SENTINEL ? DEFAULT_SENTINEL_PORT : DEFAULT_PORT);
        if (topology == Topology.STANDALONE && hosts.size() > 1) {
            throw new IllegalArgumentException("'url' names several hosts: use redis-cluster:// or "
                    + "redis-sentinel://");
        }
        if (topology == Topology.SENTINEL && url.getRawPath() != null && url.getRawPath().matches("/.*[^0-9].*")) {
            throw new IllegalArgumentException("'url' path of a redis-sentinel:// URL is the database number; name "
                    + "the primary after '#', e.g. redis-sentinel://host1:26379,host2:26379#mymaster");
        }
        int database = database(url.getRawPath());
        if (topology == Topology.CLUSTER && database != 0) {
            throw new IllegalArgumentException("'url' of a cluster cannot name a database (a cluster has only 0)");
        }
        String fragment = url.getFragment();
        String primary = null;
        if (topology == Topology.SENTINEL) {
            if (fragment == null || !fragment.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException("'url' must name the primary after '#', e.g. "
                        + "redis-sentinel://host1:26379,host2:26379#mymaster");
            }
            primary = fragment;
        } else if (fragment != null) {
            throw new IllegalArgumentException("'url' has a '#' part, which only redis-sentinel:// URLs use");
        }
        if (url.getRawQuery() != null) {
            throw new IllegalArgumentException("'url' cannot have a '?' part");
        }
        String user = null;
        String password = null;
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("'url' must give the password after ':', e.g. "
                        + "redis://:password@host or redis://user:password@host");
            }
            user = colon == 0 ? null : decode(userInfo.substring(0, colon));
            password = decode(userInfo.substring(colon + 1));
        }
        return new RedisEndpoints(topology, hosts, user, password, database, primary, scheme.startsWith("rediss"));
    }

    /** The URL with its credentials replaced by {@code ***}, safe to log. */
    public static String redact(URI url) {
        String text = url.toString();
        String authority = url.getRawAuthority();
        if (authority == null || authority.lastIndexOf('@') < 0) {
            return text;
        }
        String userInfo = authority.substring(0, authority.lastIndexOf('@'));
        return text.replace(userInfo + "@", "***@");
    }

    private static List<Host> hosts(String list, int defaultPort) {
        List<Host> hosts = new ArrayList<>();
        for (String part : list.split(",", -1)) {
            hosts.add(host(part, defaultPort));
        }
        return hosts;
    }

    private static Host host(String part, int defaultPort) {
        String host;
        String port = null;
        if (part.startsWith("[")) {
            int close = part.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("'url' has an unclosed '[' in a host");
            }
            host = part.substring(1, close);
            String rest = part.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("'url' has text after an IPv6 host that is not a port");
                }
                port = rest.substring(1);
            }
        } else {
            int colon = part.indexOf(':');
            host = colon < 0 ? part : part.substring(0, colon);
            port = colon < 0 ? null : part.substring(colon + 1);
        }
        if (host.isEmpty() || !host.matches("[A-Za-z0-9._:%-]+")) {
            throw new IllegalArgumentException("'url' must name every host, e.g. redis-cluster://h1:7000,h2:7001");
        }
        if (port == null) {
            return new Host(host, defaultPort);
        }
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("'url' has a port that is not a number from 1 to 65535");
        }
        return new Host(host, Integer.parseInt(port));
    }

    private static int database(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return 0;
        }
        if (!path.matches("/[0-9]{1,5}")) {
            throw new IllegalArgumentException("'url' path must be a database number, e.g. redis://host:6379/0");
        }
        return Integer.parseInt(path.substring(1));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // URLDecoder's message would quote part of the password.
            throw new IllegalArgumentException("'url' has a malformed %-escape in its user or password");
        }
    }
}

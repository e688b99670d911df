package dev.termin.booking.adapter.http.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Reads {@value #PUBLIC_URL}, the address customers reach this server at (behind a proxy: the proxy's), which
 * customer e-mails link to for the manage page. Default {@code http://localhost:<TERMIN_PORT>}, right only for a
 * server used on the same machine.
 */
public final class PublicUrlVariables {

    public static final String PUBLIC_URL = "TERMIN_PUBLIC_URL";

    private PublicUrlVariables() {
    }

    /**
     * The public base URL, without a trailing slash.
     *
     * @throws InvalidSettingException if the value is not an absolute http(s) URL without query or fragment
     */
    public static URI read(Environment env, ServerSettings server) {
        String value = env.text(PUBLIC_URL).orElse("http://localhost:" + server.port());
        return env.check(PUBLIC_URL, () -> parse(value));
    }

    private static URI parse(String value) {
        URI uri;
        try {
            uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("must be a URL like https://termine.example.org (got '" + value
                    + "')", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("must be an absolute http(s) URL without query or fragment (got '"
                    + value + "')");
        }
        return uri;
    }
}
